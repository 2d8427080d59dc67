"""Standing: whether a measure is in force, as two sources tell it.

One source reports a step taken ("The council has added three operators to its watch list", "Night-crossing
rules are already in force"); another, as recent, says no such step has been taken ("No operator has been
added to the list", "no rule of that kind is in force"). A proposal reported as enacted is the mistake a
reader of the measures page most needs to see, so the two are set side by side there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .dates import mentioned_dates
from .disagree import points_by_sentence, sentences_side
from .judge import restates_a_checked_claim
from .model import Claim, Disagreement, LabelledSentence, SentenceRef
from .status import done_verbs, in_force_words
from .textutil import content_stems
from .timeline import ANSWERS
from .vocabulary import acts_named, negated_before

IN_FORCE_NOTE = "One source reports this measure in force; another says no such step has been taken."
STALE_DAYS = 3  #: a denial this many days older than a report of the step still answers it: news of a step gives its day
MIN_SHARED = 2  #: words two clauses share, besides the words saying it is in force, to be about one measure
NEGATION_REACH = 6  #: "has not been added", "haven't yet imposed"

# where the clause a status stands in begins: after "said", "now that", a comma or a colon
_SUBJECT_STARTS = re.compile(r"[,;:\u2014(]|\s[-\u2013]\s|(?<!\bof\s)\bthat\b|\b(?:which|who|said|says|because|since|after|when|"
                             r"while|as|but|and|so)\b", re.IGNORECASE)
_OBJECT_ENDS = re.compile(r"[,;:.!?\u2014)]|\s[-\u2013]\s|\b(?:but|which|who|because|while|so)\b", re.IGNORECASE)
# "no operator", "nobody", "none of the firms": a denial of the step by anyone
_NO_ONE = re.compile(r"^\W*(?:no|none|nobody|neither|no\s+one|not\s+(?:a\s+single|one|any))\b", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:if|would|could|should|may|might|will|whether|unless|once|when)\b", re.IGNORECASE)
_AS_OF = re.compile(r"\bas\s+of\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _in_force() -> re.Pattern:
    """"are already in force", "took effect", "has added", "had been listed": a step reported taken. The
    verbs are status.yml's, those that put a measure in force after "has", but for answering."""
    answers = acts_named(ANSWERS)  # "had not responded to questions": no comment, not a step denied
    verbs = "|".join(sorted((v for v in done_verbs() | in_force_words() if not acts_named(v) & answers),
                            key=len, reverse=True))
    return re.compile(rf"\b(?:(?:is|are|was|were|be|been|remains?|remained)\s+(?:already\s+|now\s+|still\s+)?"
                      rf"in\s+(?:force|effect)|took\s+effect|(?:has|have|had|hasn't|haven't|hadn't)\s+"
                      rf"(?P<not>not\s+)?(?:already\s+|now\s+|yet\s+|just\s+)?(?:been\s+)?(?P<verb>{verbs}))\b(?!\s+place)",
                      re.IGNORECASE)


@dataclass(frozen=True)
class _Standing:
    """A clause reporting a step taken, or denying it."""

    ref: SentenceRef
    denied: bool
    anyone: bool  #: denied of anyone ("no operator has been added"), not of one named actor
    hedged: bool  #: only supposed: "if the office has added ..."
    verb: str  #: the verb that says the step was taken, or "in force"
    words: frozenset[str]  #: what the clause names besides the step's words
    names: frozenset[str]  #: the capitalised words among them
    day: date | None  #: the day it speaks for: its "as of" date, or its article's


def _standing(ref: SentenceRef, match: re.Match, day: date | None) -> _Standing:
    text = ref.sentence.text
    start = max((m.end() for m in _SUBJECT_STARTS.finditer(text, 0, match.start())), default=0)
    end = _OBJECT_ENDS.search(text, match.end())
    clause = text[start:end.start() if end else len(text)]
    anyone = bool(_NO_ONE.match(clause))
    denied = anyone or bool(match.group("not") or "n't" in match.group()) or \
        negated_before(text, match.start(), NEGATION_REACH)
    told = clause.replace(match.group(), " ")
    # a denial may leave its measure to the sentence before or the heading above ("The office is weighing
    # whether to add the firms to its watch list. As of April 29, no company has been added.")
    words = content_stems(told) | (content_stems(f"{ref.previous} {ref.section}") if denied else set())
    return _Standing(ref, denied, anyone, bool(_HEDGED.search(text, start, match.start())),
                     (match.group("verb") or "in force").lower(), frozenset(words),
                     frozenset(re.findall(r"(?<!^)(?<![.:] )\b[A-Z][\w-]+", told)), day)


def standings(ref: SentenceRef, published: date | None) -> list[_Standing]:
    """Each step the sentence reports taken or denies."""
    text = ref.sentence.text
    as_of = _AS_OF.search(text)
    given = [m for m in mentioned_dates(text[as_of.end():], published) if len(m.iso) == 10] if as_of else []
    day = date.fromisoformat(given[0].iso) if given else published
    return [_standing(ref, m, day) for m in _in_force().finditer(text)]


def _shared(step: _Standing, denial: _Standing) -> int:
    return len(step.words & denial.words) + (step.verb == denial.verb)


def _one_measure(step: _Standing, denial: _Standing) -> bool:
    """The denial answers the report: the same measure (two words in common besides "in force", the verb
    counting when both use it), denied of anyone or of an actor the report names, and not older than the report
    by more than a few days (a later step is news, not a mistake)."""
    if _shared(step, denial) < MIN_SHARED or not (denial.anyone or step.names & denial.names):
        return False
    return not (step.day and denial.day and (step.day - denial.day).days > STALE_DAYS)


def in_force_disagreements(labelled: list[LabelledSentence], claims: list[Claim],
                           published: dict[str, date | None], topic: str) -> list[Disagreement]:
    """Reports of a measure in force set against later (or hardly earlier) sentences of other outlets saying
    no such step has been taken; one box a report, with every denial of it. topic: the measures page, where the
    boxes go: a report stands on it; a denial may stand anywhere, or on no page (a fact-check's bare verdict)."""
    claim_of = points_by_sentence(claims)
    steps, denials = [], []
    for ls in labelled:
        ref, pages = ls.ref, {label.topic for label in ls.labels}
        if ref.paragraph_kind == "heading" or ref.sentence.text.rstrip().endswith("?") or \
                restates_a_checked_claim(ref.sentence.text):
            continue
        for found in standings(ref, published.get(ref.source_id)):
            if found.denied:
                denials.append(found)
            elif topic in pages and not found.hedged:
                steps.append(found)
    answered: dict[tuple[str, ...], list[SentenceRef]] = {}  # the denials -> the reports they answer
    for step in steps:
        answers = sorted((d for d in denials if d.ref.outlet_key != step.ref.outlet_key and _one_measure(step, d)),
                         key=lambda d: -_shared(step, d))  # the plainest denial shown first
        if answers:
            reports = answered.setdefault(tuple(dict.fromkeys(d.ref.key for d in answers)), [])
            reports += [step.ref] if step.ref not in reports else []
    ref_of = {d.ref.key: d.ref for d in denials}
    return [Disagreement((sentences_side(reports, claim_of), sentences_side([ref_of[k] for k in keys], claim_of)),
                         IN_FORCE_NOTE, detected=True, topic=topic) for keys, reports in answered.items()]
