"""Disagree: claims -> the places where the sources do not agree.

Twelve kinds are detected, each cautiously (editors record the ones it misses in briefing.yml):
- different figures for the same count ("41 rowers" and "57 rowers", "about 300 stored samples" and "some
  380 stored samples", "19 trucks" and "a dozen trucks", "rose fivefold" and "more than tripled", "78 percent"
  and "41 per cent"): the same unit, words around it in common, amounts that cannot both be right. The unit
  may come before the figure ("the tally of accounts north of 30,000"), or be named otherwise by a sentence
  agreeing on another count ("21,000 accounts ... 13.4 million exchanges", "21,000 accounts ... 16 million
  requests"); a member sentence's count its point does not show is compared too;
- a statement and its negation ("the memo named three companies", "the memo does not name any company"), the
  sources of one side together; a clause of a longer sentence counts when it opens on the same subject (or its
  relative clause: "Friday's memo, which singled out X, ..."), and a
  negation counts only for the few words it reaches ("is in no doubt" negates no link, no firm), or for the
  verb itself when it is done to nothing at all ("the memo itself names no company" against "the memo named
  three developers, A, B and C");
- a source saying a party has not answered ("has not responded", "did not respond to a request for comment")
  while others report that party's denial;
- a correction of a figure or of what was reported ("nearly 40 minutes, not the 11 minutes the agency has
  cited", "..., not zircon sand as previously reported") against the sentences that gave it;
- the accusation itself against the accused's denial, for the most widely reported pair only;
- a rebuttal the article marks as one ("However, the agency says the freezer fault affected only 14
  samples", "A teammate, however, told ...", "Its lawyers reply that ...", "Asked about the remark, X said",
  "MARSK: That's not correct.") against the statement it answers, a few sentences before;
- rival causes or origins ("traces the interference to three sites on the coast" against "blaming solar
  storms ... for any disturbance"; "began life in a greenhouse there" against "come from our own programmes");
- a cause named for an event against the denial of the party it names ("... a station operated by X" against
  "X said the station had 'never transmitted'");
- what one side says its case rests on ("the evidence came from the companies' own investigations") against
  sources saying no evidence was handed over ("had produced no evidence");
- the days sources give for one event, as the timeline found them ("accused ... on Wednesday", "the accusation
  issued on April 21"): one side per day; and entries of two points a few days apart whose dated clauses name
  one act ("vehicles were detained ... on 8 March" against "stopped a convoy on the night of March 9 and
  seized a dozen trucks");
- one deed credited to different actors ("X said it would pause purchases of oxides" against "Y announced that
  its members would pause purchases of oxides"), in one point or on a day both name.
- a word one source applies to what happened ("It is piracy, plain and simple") against sources disputing it
  ("Calling it piracy is a political description", "Whether it is piracy is another question").
Points one source makes are not disagreements: the page lists them apart.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from .dates import day_title
from .authors import authored_in
from .deeds import deeds_in
from .entities import is_entity_token
from .judge import restates_a_checked_claim
from .labels import applied_labels, disputed_labels
from .figures import (CURRENCY_SIGNS, FAR_RATIO, PERCENT, QUALIFIER_WORDS, TIMES, Figure, as_printed, conflict,
                      figures_disagree, figures_in, near, paired, reading, size)
from .model import Citation, Claim, Disagreement, DisagreementSide, Quotation, SentenceRef, TimelineEvent
from .speakers import speaker_spans
from .textutil import MONTH_NAMES, STOPWORDS, WEEKDAYS, content_stems, dates_in, outside_quotes, stem
from .timeline import clauses_naming, dated_apart, same_act
from .vocabulary import acts, acts_named, fold_phrases, may_deny, names_denial, negated_before, polarity_of

NEGATIONS = frozenset(stem(w) for w in (
    "not", "no", "never", "none", "without", "absence", "deny", "denied", "denies", "false", "baseless",
    "reject", "rejected", "dismiss", "dismissed", "unfounded", "nor", "neither"))
SAME_SUBJECT = 0.35
NEGATION_SCOPE = 4  #: a negation reaches this many words after it ("does not name any company")
SAME_CLAUSE, MIN_CLAUSE_WORDS = 0.4, 3  #: two clauses about the same thing: this share of their words, this many
MAX_CLAIMS = 400  #: the claims compared pairwise for negations, the most widely reported first
MIN_SHARED_CONTEXT = 2  #: words two figures' sentences share besides the unit, to be about the same count
MIN_SHARED_FAR = 5  #: ... when the figures are more than twice apart (at most figures.FAR_RATIO)
#: a percentage is a share of something its sentence names ("78 percent full", "40 percent below normal"):
#: two of them are one count only when their sentences share more words
MIN_SHARED_FOR_PERCENT = 3

# where a sentence's clauses part ("The memo named three companies — Tianheng AI, ..."), and a clause that
# opens on its subject: a determiner and a noun
_CLAUSES = re.compile(r",?\s+(?:and|but|while|whereas|although|though)\s+|;\s*|\s+[\u2014\u2013]\s+|:\s+")
# ("Thursday's memo, which singled out ...": the noun after a possessive name, and the verb of its relative clause)
_SUBJECT = re.compile(r"^\W*(?:(?i:the|a|an|its|their|this|these)|[A-Z][\w-]*['\u2019]s)\s+"
                      r"(?:(?P<name>(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)(?=\s+(?:has|have|had|is|are|was|were|does|did|"
                      r"do|will|would|said|says|[a-z]+ed)\b)|(?:[A-Z][\w-]*\s+)*(?P<noun>[a-zA-Z][\w'-]*))")
#: its head: the name a verb follows ("The Port Authority has added"), else the noun ("the Port Authority memo")
# the verb after a clause's subject, and whether the clause says it was done to nothing at all: "names no
# company", "does not name any company", "doesn't name a single company" (against "named three developers")
_VERB = re.compile(r"(?:,\s+which)?\s+(?:itself\s+|also\s+|still\s+)?(?:(?P<neg>(?:does|did|do|has|have|had)\s*"
                   r"(?:not|n['\u2019]t)|never)\s+|(?:has|have|had)\s+(?:already\s+|now\s+)?)?"
                   r"(?P<verb>[a-z]+)(?P<none>\s+(?:no|any|a\s+single)\b)?", re.IGNORECASE)
# a party that has said nothing so far: "has not responded", "did not respond to a request for comment", "the
# absence of a public rebuttal"; not one that declined to comment, which is an answer, nor the wire's "did not
# immediately respond", which is only the hour it went out
_NO_ANSWER = re.compile(
    r"\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?(?:publicly\s+)?(?:responded|replied|commented)|"
    r"did\s+not\s+(?:respond|reply)\s+to\s+(?:a|an|our|the|repeated|new)?\s*(?:requests?\s+for\s+comment|"
    r"(?:e-?mails?|calls|messages|questions|inquiries|enquiries)\b)|"
    r"(?:has|have|had)\s+yet\s+to\s+(?:respond|reply|comment)|"
    r"(?:absence|lack)\s+of\s+(?:a\s+|any\s+)?(?:public\s+)?(?:rebuttal|response|reply)|"
    r"no\s+public\s+(?:rebuttal|response|reply|comment))\b", re.IGNORECASE)
# what is said after these adds to a statement rather than negating it: "... under consideration, but no
# decision has been taken", "... were drawn from sea-level athletes and did not account for rowers at altitude";
# and "would not say whether" refuses to answer, it negates nothing
_LATER_CLAUSE = re.compile(r"(?:,\s*|\s)(?:but|though|although|while|whereas)\s.*$|;.*$|"
                           r"\sand\s+(?:did|does|do|has|have|had|is|was|were|are|would|will|could|can)(?:\s+not|n't)\s.*$",
                           re.IGNORECASE)
_REFUSAL = re.compile(r"\b(?:would|will|did|does|do)\s+not\s+(?:say|comment|disclose|elaborate|specify|confirm)|"
                      r"declined\s+to\s+\w+|could\s+not\s+be\s+reached|without\s+(?:saying|giving|providing)\b", re.IGNORECASE)
_PROPER = re.compile(r"\b[A-Z][\w'-]+")
_CALENDAR = frozenset(WEEKDAYS + MONTH_NAMES)
# an accusation as the sentence's main verb: not one recalled in a clause ("fell after X accused Y")
_ACCUSES = re.compile(r"^(?:(?!\b(?:after|before|since|when|as|until|because|while|that|which|who)\b)[^,;:])*?"
                      r"\b(?:accused|accuses|accusing|alleged that|alleges|blamed|blames)\b", re.IGNORECASE)


# a sentence that answers what the article has just reported: "However, the agency says ...", "A teammate,
# however, told ...", "Its lawyers reply that ...", "Asked about the remark, X said ..."; a "however" with no one
# speaking contrasts, it rebuts nothing, and "Asked about the hearing" asks about a matter, not a statement
_REBUTS = re.compile(r"(?:^\W*(?:however|but|yet)\b|^[^.;:]*?,\s*however,|^\W*(?:asked\s+about|responding\s+to|"
                     r"in\s+(?:response|reply)\s+to)\s+(?:the|that|this|those|these|his|her|their)\s+(?:remarks?|comments?|"
                     r"claims?|statements?|charges?)\b)[^.;:]*?\b(?:says?|said|told|argues?|argued|"
                     r"insists?|insisted|counters?|countered|maintains?|maintained)\b|"
                     r"\b(?:reply|replies|replied|retorts?|retorted|counters?|countered)\s+that\b", re.IGNORECASE)
# a flat denial of what was just said, as an interview, a transcript or an op-ed gives it ("MARSK: That's not
# correct.", "That is simply false.", "They are wrong, or ..."); not "That's right." nor "That's not the only reason."
_FLAT_DENIAL = re.compile(r"^(?:[A-Z][A-Z .'-]+(?:\([^)]*\))?:\s*)?\W*(?:(?:that|this|it)(?:'s|\u2019s|\s+is|\s+was)\s+"
                          r"(?:(?:simply|just|completely|absolutely|totally|flatly|categorically)\s+)?"
                          r"(?:not\s+(?:true|correct|right|accurate|the\s+case)|"
                          r"false|wrong|untrue|incorrect|inaccurate|nonsense)|(?:they|he|she)\s+(?:is|are|was|were)\s+"
                          r"(?:simply\s+|just\s+|plainly\s+)?(?:wrong|mistaken)|not\s+true|nonsense)\s*[.!,;]",
                          re.IGNORECASE)
REBUTTAL_REACH = 3  #: how many sentences back a rebuttal may answer
EFFECT_WORDS = 5  #: the words before "came from", "is the product of" that may name the thing explained
ACCOUNT_NEGATION_REACH = 6  #: a negation this many words before a cause denies it ("did not come from")
# an account of where something came from ("these varieties began life in a greenhouse", "the timetable is the
# product of its own planners") or of what caused an event ("traces the interference to three sites on
# the coast", "blaming solar storms ... for any disturbance"), with the thing explained (effect) and its cause;
# a pattern without an effect has it in the words just before (searching for those first is slow)
_EFFECT = r"\b(?P<effect>(?:[\w'-]+\s+){0,4}?[\w'-]+)"
_CAUSE = r"(?P<cause>[^,.;:\u201d\"]{3,80})"
_ORIGINS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\s(?:come|comes|came|stem|stems|stemmed|derive|derives|derived|descend|descends|descended|"
    r"originate|originates|originated)\s+(?:\w+\s+)?from\s+" + _CAUSE,
    r"\s(?:began|begin|begins|started)\s+life\s+(?:in|at|as)\s+" + _CAUSE,
    r"\s(?:is|are|was|were)\s+(?:\w+\s+)?(?:the result of|the product of|built on|derived from)\s+" + _CAUSE))
_CAUSES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\b(?:trace|traces|traced|tracing)\s+" + _EFFECT + r"\s+(?:back\s+)?to\s+" + _CAUSE,
    r"\b(?:blame|blames|blamed|blaming)\s+(?P<cause>[^,.;:]{3,80}?)\s+for\s+(?P<effect>(?:[\w'-]+\s+){0,3}[\w'-]+)",
    r"\bblamed\s+" + _EFFECT + r"\s+on\s+" + _CAUSE,
    r"\b(?:attribute|attributes|attributed|attributing)\s+" + _EFFECT + r"\s+to\s+" + _CAUSE,
    r"\s(?:is|are|was|were)\s+(?:\w+\s+)?(?:caused by|attributed to)\s+" + _CAUSE,
    r"\s(?:is|are|was|were|has been|had been)\s+(?:\w+\s+){0,2}?(?:the work of|carried out by)\s+" + _CAUSE))
# a cause that names no one but a kind of agent: "a former contractor with knowledge of the system"
_AGENT = re.compile(r"^(?:a|an|some|another)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?<!ing)\b(?!\s+(?:of|that)\b)")
# a cause that is the thing's own maker: "its own breeding programmes", "independent research"
_OWN = re.compile(r"\b(?:own|independent|independently|homegrown|home-grown|domestic|nowhere else)\b", re.IGNORECASE)
_ACCOUNT_WORDS = re.compile(r"\b(?:from|life|trac|blam|attribut|caused|result|product|built|work of|carried)",
                            re.IGNORECASE)  # cheap first test
_QUANTIFIER = {"one", "all", "some", "most", "many", "each", "none", "several", "both"}


def _side(claims: list[Claim], part_of: dict[str, str] | None = None) -> DisagreementSide:
    """One side: the most widely reported of its claims shown, every claim's sources cited; a part split off
    a claim counts as that claim."""
    shown = max(claims, key=lambda c: (len(c.outlets), c.informativeness))
    citations = list(shown.citations) + [x for c in claims if c is not shown for x in c.citations]
    outlets = tuple(dict.fromkeys(o for c in [shown, *claims] for o in c.outlets))
    return DisagreementSide(shown.text, tuple(dict.fromkeys(citations)), outlets,
                            tuple(dict.fromkeys((part_of or {}).get(c.id, c.id) for c in [shown, *claims])))


def _apart(sides: list[DisagreementSide], outlet_of: dict[str, str]) -> tuple[DisagreementSide, ...]:
    """The sides, none citing the sentence another side shows: a sentence in two points ("21,000 accounts
    had sent 16 million requests") stands on the side whose figure it gives."""
    shown = {side.citations[0] for side in sides}
    kept = []
    for side in sides:
        citations = side.citations[:1] + tuple(x for x in side.citations[1:] if x not in shown)
        if citations != side.citations:
            outlets = _outlets(citations, outlet_of)
            side = replace(side, citations=citations, outlets=tuple(o for o in side.outlets if o in outlets))
        kept.append(side)
    return tuple(kept)


def _outlets(citations, outlet_of: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(outlet_of.get(x.source_id, x.source_id) for x in citations))


def sentence_side(ref: SentenceRef, claim_ids: tuple[str, ...] = ()) -> DisagreementSide:
    """One side that is one sentence, as its article gives it (claim_ids: the point it belongs to, if any)."""
    return DisagreementSide(ref.sentence.text, (ref.citation,), (ref.outlet_key,), claim_ids)


def _sentences(claim: Claim) -> set[str]:
    return {x.key for x in claim.citations}


def _split_on_figures(claims: list[Claim], outlet_of: dict[str, str]) -> tuple[list[Claim], dict[str, str]]:
    """Each claim, with the member sentences that contradict its figures split off as parts of their own:
    sentences about one thing are one point even when they count it differently, and that is a
    disagreement. A member sentence counting something its point's sentence does not count is a part of its own
    too: its figure is a detail the point does not show ("used tens of thousands of fake accounts (as many as
    30,000)"). Returns the claims and parts, and each part's id -> its claim's id."""
    split, part_of = [], {}
    for claim in claims:
        groups: list[list[Citation]] = []
        counts: list[list[Sequence[Figure]]] = []  # per group, the distinct counts its sentences give
        shown = {f.counted for f in figures_in(claim.text)}
        details: dict[frozenset, int] = {}  # a detail's figures -> its group
        for citation in claim.citations:
            mine = figures_in(citation.quote)
            if groups and {f.counted for f in mine} - shown:
                detail = reading(mine)
                if detail not in details:
                    details[detail] = len(groups)
                    groups.append([])
                    counts.append([mine])
                groups[details[detail]].append(citation)
                continue
            home = next((n for n, given in enumerate(counts) if not any(figures_disagree(mine, g) for g in given)),
                        None)
            if home is None:
                groups.append([citation])
                counts.append([mine])
                continue
            groups[home].append(citation)
            if mine and all(reading(mine) != reading(g) for g in counts[home]):
                counts[home].append(mine)  # a reprint's identical figures are compared once
        split.append(replace(claim, citations=tuple(groups[0]), outlets=_outlets(groups[0], outlet_of))
                     if len(groups) > 1 else claim)
        for n, group in enumerate(groups[1:], start=1):
            part = replace(claim, id=f"{claim.id}~{n}", text=group[0].quote, citations=tuple(group),
                           outlets=_outlets(group, outlet_of))
            split.append(part)
            part_of[part.id] = claim.id
    return split, part_of


@dataclass
class _CountIndex:
    """Which claims give which counts, so that a claim is compared only with those that could contradict it."""
    by_size: dict[tuple[str, int], list[int]]  #: (what is counted, _size) -> the claims giving such a count
    paired: dict[str, list[int]]  #: what is counted -> the claims giving it and another count
    multiples: list[int]  #: the claims giving a multiple ("ten times its normal level"), of any size

    @classmethod
    def of(cls, figures: list[Sequence[Figure]]) -> _CountIndex:
        index = cls({}, {}, [])
        for n, given in enumerate(figures):
            for f in given:
                index.by_size.setdefault((f.counted, size(f)), []).append(n)
                if len(given) > 1:
                    index.paired.setdefault(f.counted, []).append(n)
                if f.counted == TIMES:
                    index.multiples.append(n)
        return index

    def comparable(self, given: Sequence[Figure], after: int) -> list[int]:
        """The claims after this one that could contradict it: counting the same thing, at most about four times
        as many or as few (FAR_RATIO), or (to pair with it) giving two counts, one of them of the same thing."""
        found = set()
        for f in given:
            for step in range(size(f) - 3, size(f) + 4):
                found.update(self.by_size.get((f.counted, step), ()))
            if f.counted == TIMES:
                found.update(self.multiples)
            if len(given) > 1:
                found.update(self.paired.get(f.counted, ()))
        return sorted(j for j in found if j > after)


def figure_disagreements(claims: list[Claim], canonical: Callable[[str], str],
                         outlet_of: dict[str, str] | None = None) -> list[Disagreement]:
    """Claims (and sentences within one claim) that count the same thing differently, one box per count:
    each side the statements that agree. outlet_of: source id -> outlet key."""
    claims, part_of = _split_on_figures(claims, outlet_of or {})
    figures = {c.id: figures_in(c.text) for c in claims}
    context = {c.id: _context(f"{c.context} {c.text}", canonical) for c in claims if figures[c.id]}
    counted = [c for c in claims if figures[c.id]]
    # what is counted -> (a, b) -> a's figure and b's figure, for the claims counting it differently
    contradicting: dict[str, dict[tuple[str, str], tuple[Figure, Figure]]] = {}
    named_alike = _Names()  # the names one count goes by ("exchanges", "queries", "conversations")
    sentences = {c.id: _sentences(c) for c in counted}
    index = _CountIndex.of([figures[c.id] for c in counted])
    for i, a in enumerate(counted):
        for j in index.comparable(figures[a.id], i):
            b = counted[j]
            if sentences[a.id] & sentences[b.id]:
                continue
            theirs = paired(figures[a.id], figures[b.id])
            shared = None
            for fa in figures[a.id]:
                # multiples of one thing differ however far apart ("a hundred times" against "ten times")
                fb = next((f for f in theirs if conflict(fa, f, math.inf if fa.counted == TIMES else FAR_RATIO)), None)
                if fb is None:
                    continue
                needed = MIN_SHARED_FOR_PERCENT if fa.counted == PERCENT else MIN_SHARED_CONTEXT
                if not near(fa, fb) and not fb.alias:  # a count named otherwise is paired by one both agree on
                    needed = MIN_SHARED_FAR
                shared = context[a.id] & context[b.id] if shared is None else shared
                about = shared - (fa.stems & fb.stems)
                if fb.alias:  # named otherwise ("exchanges", "requests"): more words in common, besides what
                    needed += 1  # the figures the two share count
                    about -= {w for f in (*figures[a.id], *theirs) for w in f.stems}
                if len(about) < needed:
                    continue
                if fb.alias:  # "6 million conversations" against "16 million exchanges": one count, two names
                    named_alike.join(fa.counted, _noun(fb))
                pairs = contradicting.setdefault(fa.counted, {})
                pairs.setdefault((a.id, b.id), (fa, fb))
                pairs.setdefault((b.id, a.id), (fb, fa))
    by_id = {c.id: c for c in claims}
    # one box for the same sentences set apart on several counts ("24,000 accounts and 16 million exchanges"),
    # or again through parts of one claim: its sides' texts -> (its sides, the figures set apart)
    boxes: dict[frozenset[str], tuple[tuple[DisagreementSide, ...], list[tuple[str, str]]]] = {}
    by_count: dict[str, dict[tuple[str, str], tuple[Figure, Figure]]] = {}
    for name, pairs in contradicting.items():
        by_count.setdefault(named_alike.first(name), {}).update(pairs)
    for pairs in by_count.values():
        for sides in _count_groups(pairs, [c.id for c in counted], by_id):
            built = _apart([_side([by_id[c] for c in side], part_of) for side in sides], outlet_of or {})
            _, said = boxes.setdefault(frozenset(side.text for side in built), (built, []))
            said.extend(pair for side in sides[1:] if (pair := as_printed(*pairs[(sides[0][0], side[0])])) not in said)
    found = []
    for built, said in boxes.values():
        figures_said = "; ".join(f"\u201c{x}\u201d against \u201c{y}\u201d" for x, y in said)
        found.append(Disagreement(built, f"The sources give different figures: {figures_said}.", detected=True))
    return found


class _Names:
    """Names that go together (union-find): each name -> the first name of its group."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def first(self, name: str) -> str:
        while self.parent.get(name, name) != name:
            name = self.parent[name]
        return name

    def join(self, a: str, b: str) -> None:
        a, b = sorted((self.first(a), self.first(b)))
        if a != b:
            self.parent[b] = a


def _noun(figure: Figure) -> str:
    """What the figure's own sentence calls the thing counted."""
    return replace(figure, alias="").counted if figure.alias else figure.counted


def _context(text: str, canonical: Callable[[str], str]) -> set[str]:
    """The words of a sentence that say what its figures are about: not the figures' digits nor the words
    that qualify them ("roughly 24,000" and "roughly 11,000" share no subject)."""
    return {w for w in content_stems(canonical(outside_quotes(text)))
            if not any(ch.isdigit() for ch in w) and w not in QUALIFIER_WORDS}


def _count_groups(pairs: dict[tuple[str, str], tuple[Figure, Figure]], order: list[str],
                  by_id: dict[str, Claim]) -> list[list[list[str]]]:
    """The claims counting one thing differently, in groups linked by contradictions, each as its sides: the
    first led by the most widely reported claim, each other side the claims contradicting that one. A claim
    linked only through another ("1,400" against "about 900", "about 900" against "3.2 billion") is left out."""
    linked: dict[str, set[str]] = {}
    for a, b in pairs:
        linked.setdefault(a, set()).add(b)
    found, seen = [], set()
    for start in [c for c in order if c in linked]:
        if start in seen:
            continue
        group, todo = [], [start]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            group.append(current)
            todo.extend(sorted(linked[current] - seen))
        sides: list[list[str]] = []
        for cid in sorted(group, key=lambda c: (-len(by_id[c].outlets), c)):
            home = next((s for s in sides if not any(other in linked[cid] for other in s)), None)
            if home is None:
                sides.append([cid])
            else:
                home.append(cid)
        centre = sides[0][0]
        sides[1:] = [against for side in sides[1:] if (against := [c for c in side if (centre, c) in pairs])]
        sides[0] = [c for c in sides[0] if c == centre or any((c, o) in pairs for s in sides[1:] for o in s)]
        if len(sides) > 1:
            found.append(sides)
    return found


def correction_disagreements(refs: list[SentenceRef], claims: list[Claim],
                             canonical: Callable[[str], str]) -> list[Disagreement]:
    """A sentence that corrects a figure other sources give ("nearly 40 minutes, not the 11 minutes the agency
    has cited", "roughly 24,000 accounts, not 240,000") against those sources: the same thing counted, the
    corrected amount, and words in common. However far apart the two figures are, the sentence says they
    count one thing. And a correction of what was reported ("..., not zircon sand as previously reported")."""
    claim_of = points_by_sentence(claims)
    found = _corrected_reports(refs, claim_of, canonical)
    for ref in refs:
        if not _CORRECTS_NUMBER.search(ref.sentence.text):
            continue  # most sentences: the figures of the rest are read only for the number corrected
        for wrong in _corrected(ref.sentence.text, figures_in(ref.sentence.text)):
            words = content_stems(canonical(outside_quotes(ref.sentence.text))) - wrong.stems
            number = re.sub(r"\D", "", wrong.figure)
            given = [other for other in refs if other.source_id != ref.source_id
                     and number in re.sub(r"\D", "", other.sentence.text) and not _one_point(ref, other, claim_of)
                     and _gives(other.sentence.text, wrong, words, canonical)]
            if given:
                note = f"One source corrects or revises a figure others give: \u201c{wrong.words(wrong.stems)}\u201d."
                found.append(Disagreement((_with_others(given, claim_of), _sentence_with_point(ref, claim_of)), note,
                                          detected=True))
    return found


def _gives(text: str, wrong: Figure, words: set[str], canonical: Callable[[str], str]) -> bool:
    """The sentence gives the figure another corrects: an amount its range allows, of the same thing with
    words in common, or of a thing it names otherwise ("the networks of 14 utilities" against "17 utilities,
    up from the 14") with more words in common."""
    shared = len(words & content_stems(canonical(outside_quotes(text))))
    return shared >= MIN_SHARED_CONTEXT and any(
        f.low <= wrong.high and wrong.low <= f.high and (f.counted == wrong.counted or shared > MIN_SHARED_CONTEXT)
        for f in figures_in(text))


# what a correction says was wrongly reported: "declared as iron-ore fines, not zircon sand as previously reported"
_AS_REPORTED = re.compile(r"\bnot\s+(?P<wrong>[^,;:.()\"\u201c\u201d]{3,60}?)\s+as\s+(?:\w+\s+)?(?:previously|earlier|"
                          r"first|initially|originally|wrongly|incorrectly)\s+(?:reported|stated|said)\b", re.IGNORECASE)


# what a correction says an earlier report got wrong, all of it: "An earlier report, published April 23,
# incorrectly said that Kelso Lines had disclosed in February that 40 ferries ..."
_WRONGLY_REPORTED = re.compile(r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|reported|stated|"
                               r"attributed|credited)\s+(?:that\s+)?(?P<wrong>[^;]{10,300})", re.IGNORECASE)
WRONG_SHARE = 0.7  #: of the words a correction says were wrongly reported, those a report must give to be one


CORRECTS_REPORT = "One source corrects what others reported"


def corrected_points(disagreements: Iterable[Disagreement]) -> set[str]:
    """The points a correction says were wrongly reported (the first side of its box)."""
    return {c for d in disagreements if d.note.startswith(CORRECTS_REPORT) for c in d.sides[0].claim_ids}


def _corrected_reports(refs: list[SentenceRef], claim_of: dict[str, Claim],
                       canonical: Callable[[str], str]) -> list[Disagreement]:
    """A correction of what other reports said ("..., not zircon sand as previously reported", "An earlier
    report incorrectly said that ...") against the reports that said it, in other articles (the outlet's own
    earlier one among them): all the words corrected, or most of a whole statement with every name in it and no
    other party the editors list ("Harbour Ferries reported ..., and Kelso Lines has told ..." is not "Kelso Lines had
    disclosed"), but not those saying only whose its subject is; never a report denying it, which agrees."""
    found = []
    for ref in refs:
        text = ref.sentence.text
        as_reported = " not " in text and _AS_REPORTED.search(text)
        match = as_reported or _WRONGLY_REPORTED.search(text)
        said = (match.group("wrong") if as_reported else _without_subject_names(match.group("wrong"))) if match else ""
        wrong = content_stems(canonical(said))
        if not wrong:
            continue
        names = set() if as_reported else _mentions(said, canonical)
        parties = None if as_reported else _names(said, canonical)[0]
        needed = len(wrong) if as_reported else WRONG_SHARE * len(wrong)
        given = [other for other in refs if other.source_id != ref.source_id
                 and not _AS_REPORTED.search(other.sentence.text) and not _WRONGLY_REPORTED.search(other.sentence.text)
                 and len(wrong & content_stems(canonical(other.sentence.text))) >= needed
                 and not _stems(other.sentence.text, canonical)[1] & wrong  # "the memo does not name X" agrees
                 and names <= _mentions(other.sentence.text, canonical)
                 and (parties is None or _names(other.sentence.text, canonical)[0] <= parties)]
        if given:
            said = f": \u201c{match.group('wrong')}\u201d." if as_reported else "."
            found.append(Disagreement((_with_others(given, claim_of), _sentence_with_point(ref, claim_of)),
                                      CORRECTS_REPORT + said, detected=True))
    return found


def _without_subject_names(statement: str) -> str:
    """What was wrongly reported, without the names that only say whose its subject is: "the Port Authority memo
    named Kelso Lines" is reported as "The memo singles out Kelso Lines"."""
    subject = _SUBJECT.match(statement)
    if not subject or not subject.group("noun"):
        return statement
    noun = subject.start("noun")
    return statement[:subject.start()] + _PROPER.sub("", statement[subject.start():noun]) + statement[noun:]


_CORRECTED = re.compile(r"\b(?:not|rather\s+than)\s+(?:the\s+)?$", re.IGNORECASE)
# a figure set against one others give: "more than 20 million, well above the 16 million cited by officials",
# "17 utilities, up from the 14 it cited last week"; not a limit it is compared with ("below the 180 guaranteed")
_COMPARED = re.compile(r"(?:\b(?:above|below|higher\s+than|lower\s+than|greater\s+than|more\s+than|less\s+than|"
                       r"fewer\s+than)\s+the|\b(?:up|down)\s+from(?:\s+the)?)\s+$", re.IGNORECASE)
_CITED = re.compile(r"^[^,;.()]{0,40}?\b(?:cited|given|reported|claimed|quoted|stated|published|announced)\b",
                    re.IGNORECASE)
_CORRECTS_NUMBER = re.compile(rf"\b(?:(?:not|rather\s+than)\s+(?:the\s+)?|(?:above|below|than)\s+the\s+|"
                              rf"(?:up|down)\s+from\s+(?:the\s+)?)[{CURRENCY_SIGNS}]?\d", re.IGNORECASE)
_NUMBER = re.compile(rf"[{CURRENCY_SIGNS}]?\d[\d,]*(?:\.\d+)?")


def _corrected(text: str, figures: Sequence[Figure]) -> Sequence[Figure]:
    """The figures a sentence says are wrong ("not the 11 minutes ...", "24,000 accounts, not 240,000") or sets
    its own against ("well above the 16 million cited by officials"), each counting what the figure it gives
    instead counts when it names nothing itself, or when it is compared with it."""
    found = []
    for match in _NUMBER.finditer(text):
        compared = _COMPARED.search(text[:match.start()]) and _CITED.search(text[match.end():])
        if not compared and not _CORRECTED.search(text[:match.start()]):
            continue
        own = next((f for f in figures if text.find(f.figure) == match.start()), None)
        right = [f for f in figures if f is not own and text.find(f.figure) < match.start()]
        if right and (own is None or compared):  # "not 240,000", "up from the 14": what the figure before counts
            value = float(match.group().lstrip(CURRENCY_SIGNS).replace(",", ""))
            low, high = (own.low, own.high) if own else (value * 0.98, value * 1.02)
            own = Figure(low, high, right[-1].unit, own.figure if own else match.group(), text)
        if own is not None:
            found.append(own)
    return found


def _stems(text: str, canonical: Callable[[str], str]) -> tuple[set[str], set[str]]:
    """(its content words, the words its main statement negates). A negation reaches the few words after it
    in its clause ("doesn't name a single company", "rejected the overloading accusations"), not those of a
    refusal, nor of a clause added after "but": "is in no doubt" negates the doubt, not the rest."""
    main = canonical(_REFUSAL.sub(" ", _LATER_CLAUSE.sub("", outside_quotes(text))).replace("n't", " not"))
    negated = set()
    for clause in re.split(r"[,;:()\u2014\u2013]|\s(?:and|but|or|while|whereas)\s", main.lower()):
        words = re.findall(r"\b[\w'-]+\b", clause)
        for n, word in enumerate(words):
            if stem(word) in NEGATIONS and words[n + 1:n + 2] != ["to"]:  # "told them not to drink": an instruction
                negated |= content_stems(" ".join(words[n + 1:n + 1 + NEGATION_SCOPE])) - NEGATIONS
    return content_stems(canonical(text)) - NEGATIONS, negated


def _opposed(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """One negates what the other states and is not negated itself."""
    (words_a, negated_a), (words_b, negated_b) = a, b
    return bool(negated_a & words_b and not negated_b or negated_b & words_a and not negated_a)


def negation_disagreements(claims: list[Claim], canonical: Callable[[str], str]) -> list[Disagreement]:
    """Two claims from different outlets about the same thing (most of their words shared) where only one
    negates what the other states (their dates are the timeline's to compare: dating_disagreements)."""
    considered = sorted(claims, key=lambda c: (-len(c.outlets), c.id))[:MAX_CLAIMS]
    features = [_stems(c.text, canonical) for c in considered]
    clauses = [_clauses(c.text, canonical) for c in considered]
    found = []
    for i, a in enumerate(considered):
        for j in range(i + 1, len(considered)):
            b = considered[j]
            if set(a.outlets) & set(b.outlets):
                continue  # one outlet does not disagree with itself here
            fa, fb = features[i][0], features[j][0]
            alike = bool(fa and fb) and len(fa & fb) / len(fa | fb) >= SAME_SUBJECT
            if not alike:
                if not _clauses_opposed(clauses[i], clauses[j]):
                    continue
                note = _OPPOSITE
            elif _opposed(features[i], features[j]):
                note = _OPPOSITE
            elif figures_disagree(figures_in(a.text), figures_in(b.text)):
                note = "The sources give different figures."
            else:
                continue
            found.append((a, b, note))
    opposed = [(a, b) for a, b, note in found if note == _OPPOSITE]
    return [Disagreement((_side(one), _side(other)), _OPPOSITE, detected=True) for one, other in _two_sides(opposed)] + \
        [Disagreement((_side([a]), _side([b])), note, detected=True) for a, b, note in found if note != _OPPOSITE]


_OPPOSITE = "One source states this; another says the opposite."


def _two_sides(pairs: list[tuple[Claim, Claim]]) -> list[tuple[list[Claim], list[Claim]]]:
    """Opposed pairs sharing a claim as one box: "the memo singled out X" against both "the memo names no firm"
    and "the memo does not name any company". Pairs whose claims cannot be split in two sides (A against B,
    B against C, C against A) stay boxes of their own."""
    side_of: dict[str, int] = {}
    claim_of: dict[str, Claim] = {}
    linked: dict[str, list[str]] = {}
    for a, b in pairs:
        claim_of[a.id], claim_of[b.id] = a, b
        linked.setdefault(a.id, []).append(b.id)
        linked.setdefault(b.id, []).append(a.id)
    boxes = []
    for start in linked:
        if start in side_of:
            continue
        side_of[start], members, queue, split = 0, [start], [start], True
        while queue:
            at = queue.pop()
            for other in linked[at]:
                if other not in side_of:
                    side_of[other] = 1 - side_of[at]
                    members.append(other)
                    queue.append(other)
                split = split and side_of[other] != side_of[at]
        if split:
            boxes.append(([claim_of[m] for m in members if side_of[m] == 0],
                          [claim_of[m] for m in members if side_of[m] == 1]))
        else:
            boxes += [([claim_of[a.id]], [claim_of[b.id]]) for a, b in pairs if a.id in members]
    return boxes


@dataclass(frozen=True)
class _Clause:
    subject: str  #: the stem of the noun it opens on
    words: tuple[set[str], set[str]]  #: its words, and the words it negates
    verb: str  #: the stem of the verb after the subject, if it reads as one
    done_to_nothing: bool  #: "names no company", "does not name any company"
    #: a negated verb's stem and the names just after it: "does not name Halvard Lines or any other company"
    denied: tuple[str, frozenset[str]] = ("", frozenset())
    names: frozenset[str] = frozenset()  #: the stems of the names the clause gives after its subject
    #: what it says was done to nothing of a kind, whoever did it: "no Tarn ferry firm has been added" (add, firm)
    none_done: tuple[str, str] = ("", "")


_NONE_DONE = re.compile(r"\bno\s+(?:[\w-]+\s+){0,3}?(?P<thing>[\w-]+)\s+(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?"
                        r"been\s+(?P<verb>[a-z]+ed)\b", re.IGNORECASE)


def _clauses(text: str, canonical: Callable[[str], str]) -> list[_Clause]:
    """The clauses that name their subject ("the memo named three companies", not "and said they had ..."), and
    those saying nothing of a kind was done ("no Tarn ferry firm has been added to the list"); a pronoun or a
    verb opening a clause leaves its subject unknown."""
    found = []
    for clause in _CLAUSES.split(fold_phrases(outside_quotes(text))):  # "singled out" names
        subject = _SUBJECT.match(clause)
        words = _stems(clause, canonical)
        none_done = _NONE_DONE.search(clause)
        if none_done:
            found.append(_Clause("", words, "", True, none_done=(stem(none_done.group("verb").lower()),
                                                               stem(none_done.group("thing").lower()))))
        if subject and len(words[0]) >= MIN_CLAUSE_WORDS:
            verb = _VERB.match(clause, subject.end())
            negated = bool(verb and verb.group("neg"))
            nothing = bool(verb and verb.group("none") and (negated or verb.group("none").split() == ["no"]))
            # "did not say how many": what is not done, and to what, is unclear
            verb_stem = stem(verb.group("verb").lower()) if verb and (nothing or not negated) else ""
            names = frozenset(stem(w.lower()) for w in _PROPER.findall(clause, subject.end()) if w not in _CALENDAR)
            denied = ("", frozenset())
            if negated and not nothing:  # the names the negation reaches, not what it leaves unclear ("how many")
                reach = " ".join(clause[verb.end("verb"):].split()[:NEGATION_SCOPE])
                denied = (stem(verb.group("verb").lower()),
                          frozenset(stem(w.lower()) for w in _PROPER.findall(reach) if w not in _CALENDAR))
            head = (subject.group("name") or subject.group("noun")).split()[-1]
            found.append(_Clause(stem(head.lower()), words, verb_stem, nothing, denied, names))
    return found


def _clauses_opposed(a: list[_Clause], b: list[_Clause]) -> bool:
    """A clause of one and a clause of the other with the same subject, and one negating what the other states:
    "The report named three shipping firms" and "The report does not name any firm" (most words in common), or
    "The report named three shipping lines, A, B and C" and "The report itself names no company" (the same
    verb, done to nothing at all)."""
    for x in a:
        for y in b:
            if _undoes(x, y) or _undoes(y, x):
                return True
            if x.subject != y.subject or not x.subject:
                continue
            plain_x, plain_y = x.words[0], y.words[0]
            if len(plain_x & plain_y) >= MIN_CLAUSE_WORDS and \
                    len(plain_x & plain_y) / len(plain_x | plain_y) >= SAME_CLAUSE and _opposed(x.words, y.words):
                return True
            if x.verb and x.verb == y.verb and x.done_to_nothing != y.done_to_nothing and \
                    not (x.words[1] if y.done_to_nothing else y.words[1]):
                return True
    return False


def _undoes(no: _Clause, yes: _Clause) -> bool:
    """One clause says not done what the other says was done: nothing of a kind ("no Tarn ferry firm has been
    added to the list", whoever would add it) against a clause adding one; a negated verb reaching a name ("the
    memo does not name Halvard Lines") against the same subject doing it to that name ("singles out Halvard")."""
    if yes.words[1] or not yes.verb:
        return False
    if no.none_done[0] == yes.verb and no.none_done[1] in yes.words[0]:
        return True
    return no.denied[0] == yes.verb and no.subject == yes.subject and bool(no.denied[1] & yes.names)


def _names(text: str, canonical: Callable[[str], str]) -> tuple[set[str], set[str]]:
    """(the editors' entities a sentence names, with what they are part of; its other capitalised names, not
    those of days and months: "the August release" names no one)."""
    folded = canonical(outside_quotes(text))
    return set(re.findall(r"\bentity\d+\b", folded)), {stem(w.lower().removesuffix("'s")) for w in _PROPER.findall(folded)
                                                        if w.lower() not in STOPWORDS and w not in _CALENDAR}


def _parties(text: str, canonical: Callable[[str], str]) -> set[str]:
    """Who a sentence names: the editors' entities, else its capitalised names."""
    entities, others = _names(text, canonical)
    return entities or others


def _mentions(text: str, canonical: Callable[[str], str]) -> set[str]:
    """Every party and place a sentence names: the editors' entities and its other capitalised names ("Tarvik"
    beside the operator the editors list)."""
    entities, others = _names(text, canonical)
    return entities | others


_VERB_FORM = re.compile(r"[a-z]+(?:ed|es|s)$")  #: "rejected", "denies": a verb's, not a noun's ("denial", "smear")


def _denies_in_a_verb(text: str) -> bool:
    """A verb of the denial acts says the denial ("rejected the charges", "called them groundless"), not a noun
    beside a name ("the release of its model proves that blockade and smear cannot stop ...")."""
    deny = acts()[stem("deny")]
    return any(w == "called" or _VERB_FORM.fullmatch(w) and not w.endswith(("ions", "als")) and
               acts().get(stem(w)) == deny for w in re.findall(r"[a-z]+", re.split(r"[.;:]", text.lower())[0]))


_SILENT_ANSWERED = "One source says no answer was given; another reports the answer."
_SILENT_DENIED = "One source says no answer was given; others report the denial."
_PARTY_LIST = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+")
# what follows a speaker's name and role only says more about them: "Kallberg Ferries, one of the firms named
# by Tarvik"
_SPEAKER_ASIDE = re.compile(r"\b(?:named|accused|cited|blamed|which|who|whom|that|by)\b.*$", re.IGNORECASE)
_NAME = r"[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*)*"
_NAMES_LISTED = re.compile(rf"(?<!\w){_NAME}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_NAME})+\s*$")


def silence_disagreements(refs: list[SentenceRef], claims: list[Claim], canonical: Callable[[str], str],
                          denials: list[SentenceRef] | None = None,
                          quotations: Sequence[Quotation] = ()) -> list[Disagreement]:
    """A source says a party has not answered; another reports that party's answer: a statement it is quoted
    making, or a denial (any sentence of a point, not only the one it shows). An answer by the very party silent
    ("the embassy"), not one merely sharing a name with it ("the foreign ministry"), wins. Sentences saying one
    party was silent and answered alike make one box."""
    reprints: dict[str, list[SentenceRef]] = {}  # one box for a sentence however many reprints carry it
    for ref in refs:
        if _NO_ANSWER.search(ref.sentence.text):
            reprints.setdefault(ref.sentence.text, []).append(ref)
    if not reprints:
        return []
    ref_of = {r.key: r for r in refs}
    claim_of = points_by_sentence(claims)
    denials = _denials(refs) if denials is None else denials
    # a party answers by denying, not when a sentence names it beside a "smear" ("the release of its model
    # proves that blockade and smear cannot stop ...")
    denied_by = {r.key: _denier(r.sentence.text, canonical) for r in denials if _denies_in_a_verb(r.sentence.text)}
    denials = [r for r in denials if r.key in denied_by]
    speakers = [(q, _mentions(_speaker_head(q.speaker), canonical)) for q in quotations]
    silent: dict[frozenset[str], list[SentenceRef]] = {}  # a party -> the sentences saying it gave no answer
    answer: dict[frozenset[str], list[str]] = {}  # a party -> the sentences giving its answer
    notes = {}
    for text, silent_refs in reprints.items():
        no_answer = _NO_ANSWER.search(outside_quotes(text))
        if not no_answer or _denies(text):
            continue
        subject = _silent_subject(outside_quotes(text)[:no_answer.start()])
        parties = _parties(subject, canonical) or _parties(text, canonical)
        elsewhere = {r.outlet_key for r in silent_refs}
        denied = [r.key for r in denials if r.outlet_key not in elsewhere and parties & denied_by[r.key]]
        answered = {}
        for party in _each_party(subject, canonical):
            own = [k for k in denied if party <= denied_by[k]] + \
                [c.key for q, speaker in speakers if party <= speaker
                 for c in q.citations if c.key in ref_of and ref_of[c.key].outlet_key not in elsewhere]
            if own:
                answered[frozenset(party)] = (own, _SILENT_ANSWERED)
        if denied and not answered:
            answered[frozenset(parties)] = (denied, _SILENT_DENIED)
        for party, (keys, note) in answered.items():
            silent.setdefault(party, []).extend(silent_refs)
            answer.setdefault(party, []).extend(keys)
            notes[party] = note
    boxes = []
    for party, silences in silent.items():
        quiet = {r.outlet_key for r in silences}
        answers = [ref_of[k] for k in dict.fromkeys(answer[party]) if ref_of[k].outlet_key not in quiet]
        if answers:  # the silence alone, not the point it is in: that may hold a later answer
            boxes.append(Disagreement((sentences_side(silences, claim_of), _with_others(answers, claim_of)),
                                      notes[party], detected=True))
    return boxes


def _silent_subject(before: str) -> str:
    """Who has not answered: the names listed just before ("Tarvik, Moss Lines and Kallberg Ferries did not
    respond"), else the subject of its clause ("Ostreva rejected it, and the firm did not respond")."""
    listed = _NAMES_LISTED.search(before)
    return listed.group() if listed else _CLAUSES.split(before)[-1]


def _each_party(subject: str, canonical: Callable[[str], str]) -> list[set[str]]:
    """Each party a subject lists ("Tarvik, Moss Lines and Kallberg Ferries" are three), by every name it gives."""
    return [named for part in _PARTY_LIST.split(subject) if (named := _mentions(part, canonical))]


def _speaker_head(speaker: str) -> str:
    return _SPEAKER_ASIDE.sub("", speaker)


def _denier(text: str, canonical: Callable[[str], str]) -> set[str]:
    """Who denies: the parties named before the word of denial ("Ostreva rejected it, and the firm did not
    respond": Ostreva), else the sentence's."""
    at = next((m.start() for m in re.finditer(r"[\w'-]+", text) if names_denial(m.group())), 0)
    return _parties(text[:at], canonical) or _parties(text, canonical)


def _with_others(refs: list[SentenceRef], claim_of: dict[str, Claim],
                 shown: SentenceRef | None = None) -> DisagreementSide:
    """One side: the sentence shown (by default the most widely reported of these), citing every one of them."""
    shown = shown or max(refs, key=lambda r: (_reach(r, claim_of), r.key))
    side = _sentence_with_point(shown, claim_of)
    cited = set(side.citations)  # a reprinted sentence may be said by thousands of sources
    extra = tuple(r.citation for r in refs if r is not shown and r.citation not in cited)
    return replace(side, citations=side.citations + extra,
                   outlets=tuple(dict.fromkeys(side.outlets + tuple(r.outlet_key for r in refs))))


def _denials(refs: list[SentenceRef]) -> list[SentenceRef]:
    return [r for r in refs if _denies(r.sentence.text)]


def _denies(text: str) -> bool:
    """What the sentence says first is a denial, with a verb of denial: not "X says Y did it; Y denies any
    involvement", and not screens that "lie"."""
    return may_deny(text) and acts()[stem("deny")] in acts_named(_LATER_CLAUSE.sub("", text)) and \
        polarity_of(text) == (True, False)


def accusation_disagreements(claims: list[Claim], refs: list[SentenceRef], canonical: Callable[[str], str],
                             denials: list[SentenceRef] | None = None) -> list[Disagreement]:
    """The accusation against the accused's denial: a claim whose main verb accuses ("X accused Y of ...", not
    "shares fell after X accused Y") and a sentence whose first clause denies ("Y rejected the accusation as
    'a fabrication'"), naming one of the same parties and sharing words with it; the denial may be any
    retelling of a point, not only the one its point shows. Only the most widely reported pair: the dispute
    itself, not every retelling of it."""
    accusations = [c for c in claims if _ACCUSES.search(outside_quotes(c.text)) and polarity_of(c.text) == (False, False)]
    if not accusations:
        return []
    claim_of = points_by_sentence(claims)
    denials = _denials(refs) if denials is None else denials
    parties = {c.id: _parties(c.text, canonical) for c in accusations}
    said = {c.id: content_stems(canonical(outside_quotes(c.text))) for c in accusations}
    pairs = []
    for ref in denials:
        point = claim_of.get(ref.key)
        theirs, words = _parties(ref.sentence.text, canonical), content_stems(canonical(outside_quotes(ref.sentence.text)))
        for a in accusations:
            shared = len(said[a.id] & words)
            if point is not a and ref.key not in _sentences(a) and parties[a.id] & theirs and \
                    shared >= MIN_SHARED_CONTEXT:
                pairs.append(((len(a.outlets) + _reach(ref, claim_of), shared, a.id, ref.key), a, ref))
    if not pairs:
        return []
    _, accusation, denial = max(pairs, key=lambda pair: pair[0])
    # the denial shown, citing every sentence that denies this accusation: a reader sees how widely it is reported
    answers = [denial] + [ref for _, a, ref in pairs if a is accusation and ref is not denial]
    return [Disagreement((_side([accusation]), _with_others(answers, claim_of, shown=denial)),
                         "One side accuses; the accused denies it.", detected=True)]


def rebuttal_disagreements(refs: list[SentenceRef], claims: list[Claim],
                            canonical: Callable[[str], str]) -> list[Disagreement]:
    """A sentence the article marks as a rebuttal against the statement it answers: of the few sentences
    before it in its article, one sharing words with it, someone's statement first ("officials have argued
    that ..."), then the one sharing most."""
    claim_of = points_by_sentence(claims)
    found = []
    for n, ref in enumerate(refs):
        if _FLAT_DENIAL.match(ref.sentence.text):
            found += _flat_denial(refs, n, claim_of)
            continue
        if not _REBUTS.search(outside_quotes(ref.sentence.text)):
            continue
        words = content_stems(canonical(ref.sentence.text))
        before = [r for r in refs[max(0, n - REBUTTAL_REACH):n] if r.source_id == ref.source_id]
        shared = {r.key: len(words & content_stems(canonical(r.sentence.text))) for r in before}
        answered = [r for r in before if shared[r.key] >= MIN_SHARED_CONTEXT]
        if not answered:
            continue
        statement = max(answered, key=lambda r: (bool(speaker_spans(r.sentence.text, speech_only=True)),
                                                 shared[r.key], r.sentence.id))
        if _one_point(statement, ref, claim_of):
            continue  # the article's own retelling, not two sides
        # each side is the sentence itself, the exchange as the article gives it, filed with its point if any
        sides = [sentence_side(r, (claim_of[r.key].id,) if r.key in claim_of else ()) for r in (statement, ref)]
        found.append(Disagreement(tuple(sides), "One source reports a statement and the answer to it.", detected=True))
    return found


def _flat_denial(refs: list[SentenceRef], n: int, claim_of: dict[str, Claim]) -> list[Disagreement]:
    """"That's not correct." against the statement just before it (not a question put to the speaker), shown
    with what the speaker says instead when the next sentence, in the same paragraph, speaks of the same
    thing ("That's not correct. Two-factor authentication was in place ...")."""
    denial = refs[n]
    before = [r for r in refs[max(0, n - REBUTTAL_REACH):n] if r.source_id == denial.source_id]
    statement = next((r for r in reversed(before) if not r.sentence.text.rstrip().endswith("?")), None)
    if statement is None or polarity_of(statement.sentence.text)[0]:
        return []  # "What we reject is the idea that ... That is simply not true.": the speaker's own denial
    after = refs[n + 1] if n + 1 < len(refs) else None
    if after is not None and after.source_id == denial.source_id and after.paragraph_id == denial.paragraph_id \
            and content_stems(after.sentence.text) & content_stems(statement.sentence.text):
        answer = replace(sentence_side(after), citations=(after.citation, denial.citation))
    else:
        answer = sentence_side(denial)
    sides = (_sentence_with_point(statement, claim_of), answer)
    return [Disagreement(sides, "One source reports a statement and the answer to it.", detected=True)]


@dataclass(frozen=True)
class _Account:
    """One sentence's account of a cause or an origin."""

    ref: SentenceRef
    effect: frozenset  #: the stem of the thing explained ("varieti" in "these varieties began life in ...")
    parties: frozenset  #: who or what the cause names
    named: frozenset  #: who or what the sentence names from its cause on ("... including a station operated by X")
    own: bool  #: the cause is the thing's own maker
    event: bool  #: it names what caused an event, not where a thing came from
    agent: bool = False  #: the cause names no one, only a kind of agent ("a former contractor")


def _accounts(ref: SentenceRef, canonical: Callable[[str], str]) -> list[_Account]:
    """The causes and origins a sentence gives, unless it denies them ("did not come from")."""
    text = ref.sentence.text
    found = []
    if not _ACCOUNT_WORDS.search(text):
        return found
    for pattern in _ORIGINS + _CAUSES:
        for match in pattern.finditer(text):
            if negated_before(text, match.start("cause"), ACCOUNT_NEGATION_REACH):
                continue
            effect = match.group("effect") if "effect" in pattern.groupindex else \
                " ".join(re.split(r"[,;:()]", text[:match.start()])[-1].split()[-EFFECT_WORDS:])
            head = re.split(r"\s+of\s+", effect)[0].split()
            if head and head[-1].lower() in _QUANTIFIER:  # "every one of these varieties": the varieties
                head = effect.split()
            if not head:
                continue
            cause = match.group("cause")
            account = _Account(ref, frozenset(content_stems(head[-1])), frozenset(_parties(cause, canonical)),
                               frozenset(_parties(text[match.start("cause"):], canonical)),
                               bool(_OWN.search(cause)), pattern in _CAUSES)
            if not (account.named or account.own) and account.event and _AGENT.match(cause.strip()):
                account = replace(account, agent=True)
            if account.named or account.own or account.agent:
                found.append(account)
    return found


def _rival(a: _Account, b: _Account) -> bool:
    """Two accounts of one thing (the same thing named, or both the cause of an event: the story's event, named
    differently by each side) whose causes cannot both be the whole story: each names someone and none in
    common, or one credits the thing's own maker, or only a kind of agent, and the other names someone."""
    if not (a.effect & b.effect or a.event and b.event):
        return False
    if a.agent or b.agent:  # "the work of a former contractor" against "carried out by X"
        return a.agent != b.agent and bool(b.parties if a.agent else a.parties)
    if a.own or b.own:  # not "its own Drev deposit" against "comes from the Drev deposit"
        return a.own != b.own and bool(b.parties if a.own else a.parties) and not a.parties & b.parties
    return bool(a.parties and b.parties) and not a.parties & b.parties


def accounts_in(refs: list[SentenceRef], canonical: Callable[[str], str]) -> list[_Account]:
    """Every cause or origin the sentences give."""
    return [a for ref in refs for a in _accounts(ref, canonical)]


def rival_accounts(accounts: list[_Account], claims: list[Claim]) -> list[Disagreement]:
    """Rival causes or origins given for a thing ("traces the interference to three sites on the coast"
    against "blaming solar storms ... for any disturbance"). Only the most widely reported pair: the dispute
    itself, not every retelling of it."""
    claim_of = points_by_sentence(claims)
    # a named cause against one that names someone else may be one party named two ways; against the thing's own
    # maker or a kind of agent it cannot be
    pairs = [((a.own or a.agent or b.own or b.agent, _reach(a.ref, claim_of) + _reach(b.ref, claim_of), a.ref.key,
               b.ref.key), a, b)
             for n, a in enumerate(accounts) for b in accounts[n + 1:]
             if a.ref.key != b.ref.key and _rival(a, b) and not _one_point(a.ref, b.ref, claim_of)]
    if not pairs:
        return []
    _, first, second = max(pairs, key=lambda pair: pair[0])
    return [Disagreement(tuple(_sentence_with_point(a.ref, claim_of) for a in (first, second)),
                         "The sources give rival causes or origins.", detected=True)]


def answered_accounts(accounts: list[_Account], refs: list[SentenceRef], claims: list[Claim],
                      canonical: Callable[[str], str]) -> list[Disagreement]:
    """A cause named for an event, and the party it names answering with a denial: "The report traces the
    interference to three sites, including a station operated by X" against "X said the station had 'never
    transmitted'" (X speaks, denies or negates, and names something else the account names). Only the most
    widely reported pair."""
    claim_of = points_by_sentence(claims)
    accounts = [a for a in accounts if a.event]
    if not accounts:
        return []
    answers = []
    for ref in refs:
        text = ref.sentence.text
        if not any(polarity_of(text)):
            continue
        speakers = {p for start, end in speaker_spans(text, speech_only=True) for p in _parties(text[start:end], canonical)}
        if speakers:
            answers.append((ref, speakers, _mentions(text, canonical) - speakers))
    mentioned = {a.ref.key: _mentions(a.ref.sentence.text, canonical) for a in accounts}
    pairs = [((_reach(a.ref, claim_of) + _reach(ref, claim_of), a.ref.key, ref.key), a.ref, ref)
             for a in accounts for ref, speakers, named in answers
             if speakers & a.named and named & mentioned[a.ref.key] and not _one_point(a.ref, ref, claim_of)]
    if not pairs:
        return []
    _, account, answer = max(pairs, key=lambda pair: pair[0])
    return [Disagreement(tuple(_sentence_with_point(r, claim_of) for r in (account, answer)),
                         "One side names a cause; the party it names denies it.", detected=True)]


# what a case rests on ("the evidence came from the companies' own investigations", "its assessment drew on
# information supplied by ...", "The evidence is clear and it is overwhelming"), and that none was handed over
# ("had produced no evidence", "has not provided a single piece of evidence", "no evidence has been handed over")
_GROUNDS = re.compile(r"\b(?:evidence|case|assessment|judge?ment|findings|attribution)\s+(?:[\w'-]+\s+){0,2}?"
                      r"(?:rests?|rested|draws?|drew|drawn|relies|relied|rely|came|comes|(?:is|was)\s+based)\s+"
                      r"(?:on|upon|from)\b|"
                      r"\bevidence\s+(?:is|was)\s+[\"\u201c]?(?:clear|overwhelming|conclusive|compelling)\b",
                      re.IGNORECASE)
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)  #: "questioned whether the evidence, which relies on ..."
_GIVE = r"(?:provid|produc|present|offer|show|hand|giv|gave|shar|publish|suppl)\w*"
_NO_EVIDENCE = re.compile(rf"\b{_GIVE}\s+(?:\W?no|(?:\w+\s+)?any|a\s+single\s+piece\s+of|a\s+shred\s+of)\s+"
                          rf"(?:(?:public|hard|factual|concrete|real|credible)\s+)?(?:evidence|proof)\b|"
                          rf"\bno\s+(?:evidence|proof)\s+(?:has|had|was|were|have)\s+(?:yet\s+)?(?:been\s+)?{_GIVE}",
                          re.IGNORECASE)


def grounds_disagreements(refs: list[SentenceRef], claims: list[Claim]) -> list[Disagreement]:
    """What one side says its case rests on, against sources saying it has handed over no evidence: the
    statement and its negation that most contested accusations carry. One box, each side citing every sentence
    that says it; only when the two sides are reported by different outlets."""
    grounds = [r for r in refs if (found := _GROUNDS.search(r.sentence.text))
               and polarity_of(_clause_at(r.sentence.text, found.start())) == (False, False)
               and not _WHETHER.search(r.sentence.text)]
    none_given = [r for r in refs if _NO_EVIDENCE.search(r.sentence.text)]
    if not grounds or not none_given or {r.outlet_key for r in grounds} == {r.outlet_key for r in none_given}:
        return []
    claim_of = points_by_sentence(claims)
    return [Disagreement((_with_others(grounds, claim_of), _with_others(none_given, claim_of)),
                         "One side says what its case rests on; the other says no evidence has been handed over.",
                         detected=True)]


def _clause_at(text: str, at: int) -> str:
    """The clause of a sentence holding the character at `at`: "The evidence is clear" in "'The evidence is clear
    and it is overwhelming,' X said, 'and we will not allow ...'", whose later "not" says nothing of it."""
    start = 0
    for boundary in _CLAUSES.finditer(text):
        if boundary.start() > at:
            return text[start:boundary.start()]
        start = boundary.end()
    return text[start:]


def dating_disagreements(events: Sequence[TimelineEvent], claims: list[Claim],
                         outlet_of: dict[str, str]) -> list[Disagreement]:
    """Timeline events whose sources give different days: a side for each day, with the sources that date the
    same act on it ("the council accused the operator on Wednesday", not "shares fell on Wednesday after the
    accusation"). A month or a week holding a day gives that day no other date."""
    claim_of = points_by_sentence(claims)
    found = []
    for event in events:
        dated = [(c, iso, clause) for c, iso, clause in zip(event.citations, event.citation_dates,
                                                             event.citation_clauses) if len(iso) == 10]
        by_day: dict[str, list[Citation]] = {}
        for citation, iso, clause in dated:
            if any(other != iso and same_act(clause, told) for _, other, told in dated):
                by_day.setdefault(iso, []).append(citation)
        if len(by_day) < 2:
            continue
        sides = tuple(_cited_side(cited, _outlets(cited, outlet_of), claim_of) for _, cited in sorted(by_day.items()))
        days = " against ".join(day_title(iso) for iso in sorted(by_day))
        found.append(Disagreement(sides, f"The sources give different dates for this: {days}.", detected=True))
    shown = [{c.key for c in side.citations} for d in found for side in d.sides]
    for dated_alike in _one_event_each(dated_apart(tuple(events))):
        sides = []
        for day in sorted(dated_alike):
            cited = []
            for event, shared in dated_alike[day]:
                naming = clauses_naming(event, shared)  # first, then every other sentence dating the entry that day
                cited += [event.citations[n] for n in naming] + [c for n, (c, iso) in enumerate(
                    zip(event.citations, event.citation_dates)) if iso == event.date and n not in naming]
            cited = list(dict.fromkeys(cited))
            sides.append(_cited_side(cited, _outlets(cited, outlet_of), claim_of))
        if any({c.key for c in side.citations} & keys for side in sides for keys in shown):
            continue  # a point's own dates already show it
        days = " against ".join(day_title(day) for day in sorted(dated_alike))
        found.append(Disagreement(tuple(sides), f"The sources give different dates for this: {days}.", detected=True))
    return found


def _one_event_each(pairs) -> list[dict[str, list[tuple[TimelineEvent, frozenset[int]]]]]:
    """Pairs of entries that are one event dated two ways, joined where they share an entry (a bill introduced
    "on Tuesday" and "on April 28" against "on April 29": one event, two days): per event, each day's entries
    with the acts that tie them."""
    entry, ties, linked = {}, {}, {}  # entry id -> the entry, the acts tying it, the entries paired with it
    for first, second, shared in pairs:
        for one, other in ((first, second), (second, first)):
            entry[one.id] = one
            ties[one.id] = ties.get(one.id, frozenset()) | shared
            linked.setdefault(one.id, []).append(other.id)
    order = {entry_id: n for n, entry_id in enumerate(entry)}
    found, seen = [], set()
    for start in entry:
        event, todo = [], [start]
        while todo:  # every entry paired with one of the event's
            entry_id = todo.pop()
            if entry_id not in seen:
                seen.add(entry_id)
                event.append(entry_id)
                todo += linked[entry_id]
        if len(event) > 1:
            days: dict[str, list[tuple[TimelineEvent, frozenset[int]]]] = {}
            for entry_id in sorted(event, key=order.get):
                days.setdefault(entry[entry_id].date, []).append((entry[entry_id], ties[entry_id]))
            found.append(days)
    return found


MIN_SHARED_DEED = 4  #: words two tellings of one deed share, its verb among them
MIN_SHARED_TELLING = 2  #: ... or of what "the memo" says, where both sentences speak of the one the story is about
MAX_TELLINGS = 200  #: of each author's sentences, the first compared: thousands of reprints of one say nothing new


def credit_disagreements(refs: list[SentenceRef], claims: list[Claim],
                         canonical: Callable[[str], str]) -> list[Disagreement]:
    """One deed credited to different actors ("Vell Magnetics said it would pause purchases of oxides from Orvik"
    against "the Magnet Producers Association announced that its members would pause purchases of oxides from
    Orvik"): the same act told in four shared words, by actors neither sentence names both of, in sentences
    that state one point or name the same day or month ("in February"). A side per actor, citing every
    sentence that credits it."""
    claim_of = points_by_sentence(claims)
    told = []
    for ref in refs:
        for deed in deeds_in(ref.sentence.text):
            actor = frozenset(_mentions(deed.actor, canonical))
            words = content_stems(canonical(deed.told)) - _mentions(deed.told, canonical)
            if actor:
                told.append((ref, deed.act, actor, words, _mentions(ref.sentence.text, canonical)))
    boxes: dict[tuple, dict[frozenset, list[SentenceRef]]] = {}
    telling: dict[tuple[str, str], list[int]] = {}  # (act, word) -> the tellings of that act with that word
    for n, (_, act, _, words, _) in enumerate(told):
        for word in words:
            telling.setdefault((act, word), []).append(n)
    for n, (a, act, actor_a, words_a, named_a) in enumerate(told):
        shared = Counter(m for word in words_a for m in telling[(act, word)] if m > n)
        for m in sorted(m for m, count in shared.items() if count >= MIN_SHARED_DEED):
            b, _, actor_b, _, named_b = told[m]
            if a.outlet_key == b.outlet_key or actor_a & named_b or actor_b & named_a:
                continue
            if not (_one_point(a, b, claim_of) or _days_named(a.sentence.text) & _days_named(b.sentence.text)):
                continue
            _credit(boxes.setdefault((act, frozenset((actor_a, actor_b))), {}), (actor_a, a), (actor_b, b))
    return [Disagreement(_most_told_first(sides.values(), claim_of),
                         "The sources credit different actors with the same act.", detected=True)
            for sides in boxes.values()]


def _credit(sides: dict[frozenset, list[SentenceRef]], *credited: tuple[frozenset, SentenceRef]) -> None:
    """Each sentence on the side of the party it credits, once."""
    for party, ref in credited:
        if ref not in sides.setdefault(party, []):
            sides[party].append(ref)


def _most_told_first(credited: Iterable[list[SentenceRef]], claim_of: dict[str, Claim]) -> tuple[DisagreementSide, ...]:
    """A side per party's sentences, the one most outlets tell first."""
    return tuple(sentences_side(refs, claim_of)
                 for refs in sorted(credited, key=lambda refs: -len({r.outlet_key for r in refs})))


@dataclass(frozen=True)
class _Author:
    """Whom a sentence says a document is from: the body it names and the bodies that one is part of (the
    editors' entities), or the words of a name the editors do not list."""

    body: str
    within: frozenset[str]

    def differs(self, other: "_Author") -> bool:
        """Neither is the other nor part of it: the trade ministry is not the government's other half."""
        return self.body not in other.within and other.body not in self.within


def _author(name: str, canonical: Callable[[str], str]) -> _Author | None:
    entities = [w for w in canonical(name).split() if is_entity_token(w)]
    if entities:
        return _Author(entities[0], frozenset(entities))
    stems = frozenset(stem(w.lower()) for w in _PROPER.findall(name) if w.lower() not in STOPWORDS)
    return _Author(" ".join(sorted(stems)), stems) if stems else None


def authorship_disagreements(refs: list[SentenceRef], claims: list[Claim],
                             canonical: Callable[[str], str]) -> list[Disagreement]:
    """One document said to come from different bodies ("A memo issued by the Office of Planning" against "The
    memo, issued by the Security Council"), neither part of the other nor named by the other sentence, in
    sentences that state one point or tell alike what the document says (MIN_SHARED_DEED words besides the
    authors'). A side per author, citing every sentence that credits it."""
    claim_of = points_by_sentence(claims)
    by_author: dict[tuple[str, str], list[tuple[SentenceRef, _Author, set[str], set[str], bool]]] = {}
    for ref in refs:
        for authored in authored_in(ref.sentence.text):
            author = _author(authored.author, canonical)
            if author is None:
                continue
            text = outside_quotes(ref.sentence.text)
            words = content_stems(canonical(text)) - _mentions(text, canonical) - {stem(authored.document)}
            by_author.setdefault((authored.document, author.body), []).append(
                (ref, author, words, _mentions(text, canonical), authored.definite))
    apart = []  # (credited to one body, credited to another) for each document told alike
    for (document, body_a), told_a in by_author.items():
        for (other, body_b), told_b in by_author.items():
            if other != document or body_b <= body_a or not told_a[0][1].differs(told_b[0][1]):
                continue
            if any(a.outlet_key != b.outlet_key and author_a.body not in named_b and author_b.body not in named_a
                   and (_one_point(a, b, claim_of) or len(words_a & words_b) >= (
                       MIN_SHARED_TELLING if the_a and the_b else MIN_SHARED_DEED))
                   for a, author_a, words_a, named_a, the_a in told_a[:MAX_TELLINGS]
                   for b, author_b, words_b, named_b, the_b in told_b[:MAX_TELLINGS]):
                apart.append(((document, body_a), (document, body_b)))
    found = []
    for pair in apart:
        if any(_says_again(pair, other, by_author) for other in apart):
            continue
        # one document, then: every sentence crediting each body with it is that body's side
        found.append(Disagreement(_most_told_first(([t[0] for t in by_author[key]] for key in pair), claim_of),
                                  "The sources say the same document came from different bodies.", detected=True))
    return found


def _says_again(pair: tuple, other: tuple, by_author: dict) -> bool:
    """Both pairs set one body against a third, and the other pair's other body is part of this pair's: "the
    Transport Ministry" against "the Safety Council" says less than "the Planning Office of the Transport
    Ministry" against "the Safety Council" does, and may not be a difference at all."""
    shared = set(pair) & set(other)
    if len(shared) != 1:
        return False
    mine, theirs = (by_author[next(key for key in p if key not in shared)][0][1] for p in (pair, other))
    return mine.body in theirs.within and theirs.body not in mine.within


MIN_COUNTS_ALIKE = 2  #: counts two sentences give alike, to be one disclosure ("240 bookings", "1,600 seats")


def sayer_disagreements(refs: list[SentenceRef], claims: list[Claim],
                        canonical: Callable[[str], str]) -> list[Disagreement]:
    """The same counts said to come from different parties ("Kelso Lines said rival operators had used roughly 240
    fake bookings to block more than 1,600 seats" against "Harbour Ferries reported that rival operators used some
    240 fake bookings to block more than 1,600 seats"): two counts alike, each sentence's speaker (one the editors
    list) unnamed by the other. A side per speaker, citing every sentence that credits it."""
    claim_of = points_by_sentence(claims)
    told, by_count = [], {}
    for ref in refs:
        text = ref.sentence.text
        counts = figures_in(text)
        if len(counts) < MIN_COUNTS_ALIKE:
            continue
        sayers = frozenset(p for start, end in speaker_spans(text, speech_only=True)  # the editors' entities:
                           for p in _names(text[start:end], canonical)[0])  # "Reports say" names no one
        if sayers:
            for f in counts:
                by_count.setdefault((f.counted, size(f)), []).append(len(told))
            told.append((ref, counts, sayers, _mentions(text, canonical)))
    boxes: dict[frozenset, dict[frozenset, list[SentenceRef]]] = {}
    for n, (a, counts_a, sayers_a, named_a) in enumerate(told):
        candidates = Counter(m for f in counts_a for m in set(by_count[(f.counted, size(f))][:MAX_TELLINGS]) if m > n)
        for m in sorted(m for m, shared in candidates.items() if shared >= MIN_COUNTS_ALIKE):
            b, counts_b, sayers_b, named_b = told[m]
            if a.outlet_key == b.outlet_key or sayers_a & named_b or sayers_b & named_a:
                continue
            alike = sum(any(x.counted == y.counted and x.low <= y.high and y.low <= x.high for y in counts_b)
                        for x in counts_a)
            if alike >= MIN_COUNTS_ALIKE:
                _credit(boxes.setdefault(frozenset((sayers_a, sayers_b)), {}), (sayers_a, a), (sayers_b, b))
    return [Disagreement(_most_told_first(sides.values(), claim_of),
                         "The sources say different parties gave the same figures.", detected=True)
            for sides in boxes.values()]


def label_disagreements(refs: list[SentenceRef], claims: list[Claim]) -> list[Disagreement]:
    """A word one source applies to what happened ("It is piracy, plain and simple") and others dispute ("Calling
    it piracy is a political description", "Whether any of this amounts to piracy is far from obvious"): a side
    for the sentences applying it, one for those disputing it, when other outlets dispute it."""
    applying: dict[str, list[SentenceRef]] = {}
    disputing: dict[str, list[SentenceRef]] = {}
    word_of: dict[str, str] = {}
    disputed_in = {ref.key: disputed_labels(ref.sentence.text) for ref in refs}
    for ref in refs:
        for label in disputed_in[ref.key]:
            disputing.setdefault(label, []).append(ref)
    if not disputing:
        return []  # nothing disputed: no sentence need be read for the words it applies
    for ref in refs:
        lowered = ref.sentence.text.lower()
        if not any(label[:4] in lowered for label in disputing):  # how the word begins ("piraci": "piracy")
            continue
        for label, word in applied_labels(ref.sentence.text, disputed_in[ref.key]).items():
            if label in disputing:
                applying.setdefault(label, []).append(ref)
                word_of.setdefault(label, word)
    claim_of = points_by_sentence(claims)
    found = []
    for label in sorted(set(applying) & set(disputing)):
        if {r.outlet_key for r in disputing[label]} - {r.outlet_key for r in applying[label]}:
            sides = (sentences_side(applying[label], claim_of), sentences_side(disputing[label], claim_of))
            found.append(Disagreement(sides, f"The sources differ on calling it \u201c{word_of[label]}\u201d.",
                                      detected=True))
    return found


def sentences_side(refs: list[SentenceRef], claim_of: dict[str, Claim]) -> DisagreementSide:
    """A side of just these sentences (one actor's credit, one word applied): the first shown, all cited, not
    the rest of their points, which may say the other side's."""
    return _cited_side([r.citation for r in refs], tuple(dict.fromkeys(r.outlet_key for r in refs)), claim_of)


def _cited_side(cited: list[Citation], outlets: tuple[str, ...], claim_of: dict[str, Claim]) -> DisagreementSide:
    """One side citing just these sentences, the first shown, with the points they belong to."""
    return DisagreementSide(cited[0].quote, tuple(cited), outlets,
                            tuple(dict.fromkeys(claim_of[x.key].id for x in cited if x.key in claim_of)))


def _days_named(text: str) -> set[str]:
    """The days, months and dates a sentence names."""
    return {w for w in re.findall(r"[A-Z][a-z]+", text) if w in _CALENDAR} | dates_in(text)


def points_by_sentence(claims: list[Claim]) -> dict[str, Claim]:
    """"<source id>#<sentence id>" -> the point that sentence states."""
    return {member: claim for claim in claims for member in claim.members}


def _one_point(a: SentenceRef, b: SentenceRef, claim_of: dict[str, Claim]) -> bool:
    """Both sentences state one point: its retellings, not two sides."""
    return a.key in claim_of and claim_of[a.key] is claim_of.get(b.key)


def _reach(ref: SentenceRef, claim_of: dict[str, Claim]) -> int:
    """How many outlets say what the sentence says: its point's, or its own one."""
    return len(claim_of[ref.key].outlets) if ref.key in claim_of else 1


def _sentence_with_point(ref: SentenceRef, claim_of: dict[str, Claim]) -> DisagreementSide:
    """The sentence shown as its article gives it, with every source of its point if it is in one."""
    claim = claim_of.get(ref.key)
    if claim is None:
        return sentence_side(ref)
    citations = (ref.citation,) + tuple(x for x in claim.citations if x.key != ref.key)
    return DisagreementSide(ref.sentence.text, citations, claim.outlets, (claim.id,))


def detect_disagreements(claims: list[Claim], refs: list[SentenceRef] = (),
                         canonical: Callable[[str], str] | None = None,
                         quotations: Sequence[Quotation] = ()) -> list[Disagreement]:
    """Every detected disagreement among the claims (and the sentences saying a party gave no answer, set
    against the quotations of its answer)."""
    canonical = canonical or (lambda text: text)
    refs = [ref for ref in refs if not restates_a_checked_claim(ref.sentence.text)]  # no side of a box
    figures = figure_disagreements(claims, canonical, {ref.source_id: ref.outlet_key for ref in refs})
    in_figures = [frozenset(d.claim_ids) for d in figures]
    accounts = accounts_in(list(refs), canonical)
    # a negation box on claims a figure box holds says the same again; a correction says something else
    others = [d for d in negation_disagreements(claims, canonical)
              if not any(frozenset(d.claim_ids) <= group for group in in_figures)]
    corrections = correction_disagreements(list(refs), claims, canonical)
    others += [d for d in corrections
               if d.note.startswith(CORRECTS_REPORT) or not any(frozenset(d.claim_ids) <= group for group in in_figures)]
    # a report another source corrects is shown once, with its correction, not again against the right report
    corrected = [{c.key for c in side.citations} for d in corrections for side in d.sides]
    others += [d for d in sayer_disagreements(list(refs), claims, canonical)
               if not any({c.key for c in side.citations} <= keys for side in d.sides for keys in corrected)]
    denials = _denials(list(refs))
    return figures + others + silence_disagreements(list(refs), claims, canonical, denials, quotations) + \
        accusation_disagreements(claims, list(refs), canonical, denials) + \
        rebuttal_disagreements(list(refs), claims, canonical) + rival_accounts(accounts, claims) + \
        answered_accounts(accounts, list(refs), claims, canonical) + grounds_disagreements(list(refs), claims) + \
        credit_disagreements(list(refs), claims, canonical) + label_disagreements(list(refs), claims) + \
        authorship_disagreements(list(refs), claims, canonical)
