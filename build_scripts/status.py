"""Status: a measure's sentence -> how far along the measure is, and the words that say so.

Decided from the sentence's own wording (and, for a list item, the line introducing the list),
never from anything else: "introduced a bill that would ..." is a bill, "is weighing a ban"
is under consideration, "banned 9,000 accounts" is in force. The vocabulary is data
(build_scripts/data/status.yml) that editors extend in briefing.yml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .judge import commentary_rules
from .model import Claim
from .textutil import WORD
from .vocabulary import negated_before, negation_start

DATA = Path(__file__).parent / "data" / "status.yml"
GAP_WORDS = 4  #: "..." in a phrase stands for up to this many words


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    pattern: re.Pattern | None


@dataclass(frozen=True)
class StatusVocabulary:
    statuses: tuple[Rule, ...]  #: tried in order: the first that matches decides
    actors: tuple[Rule, ...]
    labels: dict[str, str]  #: status or actor id -> how a page shows it
    default: str  #: the status of a step the source says was not taken (still only an option)
    starts_later: re.Pattern | None = None  #: a next sentence saying it is not in force yet ("takes effect when")


def phrase_pattern(phrases: list[str]) -> re.Pattern | None:
    """One pattern matching any of the phrases: whole words, case-blind, '...' for up to GAP_WORDS words."""
    parts = []
    for phrase in sorted({p.strip().lower() for p in phrases if p and p.strip()}, key=len, reverse=True):
        pieces = [re.escape(piece.strip()) for piece in phrase.split("...")]
        body = rf"(?:\W+\w+){{0,{GAP_WORDS}}}\W+".join(pieces)
        left = r"(?<!-)\b" if phrase[0].isalnum() else ""  # not inside a compound: "restricted-party lists"
        right = r"\b(?!-\w)" if phrase[-1].isalnum() else ""
        parts.append(f"{left}{body}{right}")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _rules(entries: list[dict], extra: dict[str, list[str]]) -> tuple[Rule, ...]:
    """The entries in order; an editor's phrases join the last entry of their status, so they never jump
    ahead of a less final status (a proposal stays a proposal)."""
    last = {entry["id"]: n for n, entry in enumerate(entries)}
    return tuple(Rule(entry["id"], entry.get("label", entry["id"]),
                      phrase_pattern(list(entry.get("phrases") or []) + (extra.get(entry["id"], []) if last[entry["id"]] == n
                                                                    else [])))
                 for n, entry in enumerate(entries))


@lru_cache(maxsize=8)
def _base() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)  # one build asks for it while placing points and again while briefing them
def load_vocabulary(status_words: tuple[tuple[str, tuple[str, ...]], ...] = (),
                    actor_words: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> StatusVocabulary:
    base = _base()
    statuses = _rules(base["statuses"], {k: list(v) for k, v in status_words})
    actors = _rules(base["actors"], {k: list(v) for k, v in actor_words})
    labels = {r.id: r.label for r in (*statuses, *actors)}
    return StatusVocabulary(statuses, actors, labels, base["default"], phrase_pattern(base.get("starts_later") or []))


def status_ids() -> tuple[str, ...]:
    return tuple(dict.fromkeys(entry["id"] for entry in _base()["statuses"]))


def actor_ids() -> tuple[str, ...]:
    return tuple(dict.fromkeys(entry["id"] for entry in _base()["actors"]))


def measure_status(text: str, lead_in: str, vocabulary: StatusVocabulary) -> tuple[str, str]:
    """(status id, the words that justify it), or ('', '') when no word says. The sentence decides; a list
    item that is only the measure itself ("A levy on the institute", "Require an annual report") takes
    the status of the line introducing the list ("Options under review include:", "The bill would:"), and
    an order with nothing around it ("Cap sales to unknown buyers.") is someone's advice."""
    text = _without_speakers(text)
    bare = _names_only_the_measure(text) or _PRONOUN_SUBJECT.match(text)  # "It would require ...": the bill's
    if bare and lead_in:
        lead = _first_status(lead_in, vocabulary)
        if lead[0]:
            return lead
    if bare and _imperative(text):
        return "recommended", _imperative(text)
    own = _first_status(text, vocabulary)
    if own[0]:
        return own
    if lead_in:
        lead = _first_status(lead_in, vocabulary)
        if lead[0]:
            return lead
    done = next((m for m in _DONE.finditer(text) if not _negated(text, m.start())
                 and m.group("verb").lower() in done_verbs()), None)
    if done:
        return "enacted", done.group()  # "has banned": done, when nothing above hedges it
    denied = _denied_step(text, vocabulary)
    return (vocabulary.default, denied) if denied else ("", "")


def _denied_step(text: str, vocabulary: StatusVocabulary) -> str:
    """The words saying a step was not taken ("has not added any company to the list", "No decision has been
    taken"), or '': a step not taken is still only an option."""
    steps = [m for rule in vocabulary.statuses if rule.pattern and rule.id in ("enacted", "announced")
             for m in rule.pattern.finditer(text)]
    steps += [m for m in WORD.finditer(text) if m.group().lower() in done_verbs()]
    for step in sorted(steps, key=lambda m: m.start()):
        start = negation_start(text, step.start(), NEGATION_REACH)
        if start >= 0:
            return text[start:step.end()]
    return ""


_PRONOUN_SUBJECT = re.compile(r"^\W*(?:It|They|This|These)\s+(?:would|will|could)\b")
# who says it, at the end of a sentence: '..., said X, a former official now at the institute', '..., said X, a
# security engineer who has worked on abuse': it tells who speaks, not how far along the measure is
_SPEAKER_DESCRIBED = re.compile(r"[,\u201d\"]\s*(?:said|says|according\s+to)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
                                r"\s*,\s*(?:a|an|the)\s[^\"\u201c\u201d]*$")


def _without_speakers(text: str) -> str:
    return _SPEAKER_DESCRIBED.sub(" ", text)


_DONE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?!been\b|not\b|never\b)(?P<verb>\w+)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def done_verbs() -> frozenset[str]:
    """The verbs that, after "has", report a measure put in place besides the in-force words (status.yml's
    done_verbs)."""
    return frozenset(_base().get("done_verbs", ()))


@lru_cache(maxsize=1)
def in_force_words() -> frozenset[str]:
    """The in-force phrases that are one past participle ("banned", "imposed", "frozen"): after "has", a step
    taken."""
    return frozenset(p for entry in _base()["statuses"] if entry["id"] == "enacted" for p in entry.get("phrases") or ()
                     if re.fullmatch(r"[a-z]+(?:ed|en)", p))


def _first_status(words: str, vocabulary: StatusVocabulary) -> tuple[str, str]:
    for rule in vocabulary.statuses:
        if not rule.pattern or not words:
            continue
        # a denied option is still only an option: "does not rule out potential additions"
        found = next((m for m in rule.pattern.finditer(words) if (rule.id == vocabulary.default or
                                                                  not _negated(words, m.start())) and not
                      (rule.id == "enacted" and _TO_BEFORE.search(words, 0, m.start())) and
                      not _as_a_name(words, m)), None)
        if found:
            return rule.id, found.group()
    return "", ""


# where a capitalised word is one only because something opens there: the sentence, a label, a list item
_OPENING = re.compile(r"(?:^|[.!?:*\u2013\u2014-])[\s\"'\u201c\u2018(*_]*$")


def _as_a_name(words: str, match: re.Match) -> bool:
    """The one word is written as a name, not the word: "a hearing for May 6", "in May", "said Bill Hale"; a
    capital is the word's only where something opens ("May the council ...", "Bill introduced.")."""
    if not match.group()[0].isupper() or " " in match.group():
        return False  # "the Ferry Act would": a phrase of several words is the phrase, capital or not
    return not _OPENING.search(words, 0, match.start()) or bool(re.match(r"\w+\s+\d", words[match.start():]))

_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)  #: "commits the office to set up a channel": not done yet
NEGATION_REACH = 6  #: a negation among this many words before a status phrase denies it ("None of the firms has added")


def _negated(words: str, at: int) -> bool:
    """The phrase at `at` is denied: "No lab has deployed it", "has not banned"."""
    return negated_before(words, at, NEGATION_REACH)


_ORDINAL = re.compile(r"^(?:first|second|third|fourth|fifth|finally|next|also|lastly)\b[,:]?\s*", re.IGNORECASE)
_NOT_AFTER_A_VERB = frozenset({"of", "to", "is", "are", "was", "were", "has", "have", "had", "will", "would"})


def _without_ordinal(text: str) -> str:
    return _ORDINAL.sub("", text.strip())


def _imperative(text: str) -> str:
    """The verb an order opens with and no subject before it ("Cap sales ...", "Second, use the list"), or ''."""
    words = _without_ordinal(text).split()
    if len(words) >= 2 and words[0].lower() in _base_verbs() and words[1].lower() not in _NOT_AFTER_A_VERB:
        return words[0]
    return ""


def _names_only_the_measure(text: str) -> bool:
    """A list item with no subject of its own: an order ("Require ..."), a gerund ("Limiting access ...")
    or a noun phrase with no verb ("Tighter rules on night crossings")."""
    text = _without_ordinal(text)
    first = text.split(" ", 1)[0].strip(",;:") if text else ""
    no_verb = not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|may|might|can|does|did)\b"
                            r"|\b[a-z]+(?:ed|es)\b", text)
    return bool(_imperative(text)) or first.endswith("ing") or no_verb


@lru_cache(maxsize=1)
def _base_verbs() -> frozenset[str]:
    """The advice verbs the judge knows, and the ones bills and memos open their provisions with."""
    return frozenset(commentary_rules().advice_verbs) | frozenset(_base().get("base_verbs", ()))


def measure_actor(text: str, lead_in: str, vocabulary: StatusVocabulary) -> str:
    for words in (text, lead_in):
        for rule in vocabulary.actors:
            if rule.pattern and words and rule.pattern.search(words):
                return rule.id
    return vocabulary.actors[-1].id if vocabulary.actors else ""


def with_status(claim: Claim, vocabulary: StatusVocabulary, following: str = "") -> Claim:
    """The claim with its measure's status, the words that say so, and who would act. following: the sentence
    after the claim's in its article, which may put off what this one reports as done ("The Commerce
    Department added three firms to its list." "The listing takes effect when it is published on Monday.")."""
    status, words = measure_status(claim.text, claim.context, vocabulary)
    later = vocabulary.starts_later.search(following) if vocabulary.starts_later and following else None
    if status == "enacted" and later:
        status, words = "announced", later.group()
    return replace(claim, status=status or vocabulary.default, status_words=words,
                   actor=measure_actor(claim.text, claim.context, vocabulary))
