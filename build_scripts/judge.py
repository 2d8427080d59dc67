"""Judge: one sentence in its place -> may it stand as a point, and if not, why.

A point is a checkable statement: it says who did or said what, or gives a figure, a date,
a named actor or document, or a technical fact. Headings, captions, questions, fragments,
first-person opinion, the article talking about itself, rhetorical framing and generic
commentary are not points; they stay on the source page and the review page shows why.

Also decides what a point needs shown with it: a list item its lead-in ("... could
include:"), a sentence that leans on the one before ("However, this approach ...") that
sentence.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .authors import about_the_document
from .entities import EntityMatcher
from .model import SentenceRef
from .normalize import is_first_person
from .patterns import AnyPattern
from .textutil import MONTH_ABBREVIATED, MONTHS, WEEKDAYS, numbers_in, outside_quotations, outside_quotes, stem, words
from .vocabulary import polarity_of

COMMENTARY_FILE = Path(__file__).parent / "data" / "commentary.yml"
MIN_CLAIM_WORDS = 8
MIN_REPORT_WORDS = 5  #: ... or this many when one of the story's actors denies something
MIN_ITEM_WORDS = 4  #: a list item completed by its lead-in may be short ("Raising fares for tourists.")
NAME_ZIPF = 3.0  #: a capitalised word rarer than this as a lower-case English word is a name
RARE_ZIPF = 3.3  #: two words rarer than this in general English make a sentence technical
KEYNESS = 300  #: a story term is used this many times more often in the coverage than in general English

_TERMINAL = re.compile(r"[.!][\"'\u201d\u2019)\]]*$")
_OPENING_QUOTE = "\"'\u201c\u2018"
# "This week", "that morning": a time, not a word pointing back at the sentence before
_NOT_A_TIME = (r"(?!(?:this|that|these|those) (?:week|weekend|month|year|morning|afternoon|evening|day|days|time|"
               r"spring|summer|autumn|fall|winter|quarter)\b)")
# "First, ...", then "Second, ...", "Finally, ...": the points of an enumeration
_LATER_POINT = r"(?:second(?:ly)?|third(?:ly)?|fourth|fifth|finally|lastly)"
ENUMERATION_OPENS = re.compile(r"^(?:first(?:ly)?|to begin with),", re.IGNORECASE)
ENUMERATION_GOES_ON = re.compile(rf"^{_LATER_POINT},", re.IGNORECASE)
# A sentence opening like this leans on the one before it: its subject is "this", "these", "it", ...
LEANS = re.compile(
    r"^(?:(?:however|but|yet|still|instead|moreover|furthermore|additionally|also|indeed|meanwhile|nevertheless|"
    r"nonetheless|thus|therefore|so|and|despite|in (?:response|addition|turn|contrast|short)|as a result|"
    r"at the same time|on the (?:flip|other) side|by contrast|even so)\b,?\s+)?"
    # "This week ..." dates the sentence; it refers to nothing before it
    rf"{_NOT_A_TIME}"
    r"(?:this|these|that|those|such|it|its|they|their|them|he|his|she|her|the (?:move|decision|step|steps|plan|"
    r"claim|claims|accusation|accusations|allegation|allegations|measure|measures|statement|remarks|comments|"
    r"latest|same|former|latter|process|technique|method|approach|practice)|despite (?:this|these|that|those)|"
    # "Both companies listed in May.": which two? (not "Both ports and airlines ...", which names them)
    r"both (?:of them\b|[a-z]+s\b(?! and\b))|"
    # "All three said ...", "None of the three firms ...": which three?
    r"(?:all|none of the|each of the|the) (?:two|three|four|five|six|seven|eight|nine|ten)(?![-\w])(?! (?:or|to)\b)|"
    # "First, ...", "Third, ...": the next item of a list the sentences before began; "Even then, ...": when?
    rf"(?:first|{_LATER_POINT}|even then)(?=,))\b",
    re.IGNORECASE)
# "..., she said investigators had linked 40,000 accounts": who "she" is, the sentence before says
_PRONOUN_SPEAKER = re.compile(r"[,\"\u201d]\s*(?:he|she|they)\s+(?:said|says|added|adds|noted|notes|told|argued|argues|"
                              r"wrote|warned|warns|explained|continued|insisted)\b", re.IGNORECASE)


# "The problem is when someone does it to another company's model": what "it" is, the sentence before says
_PRO_VERB = re.compile(r"\b(?:do|does|did|doing|done)\s+(?:it|this|that|so)\b(?!\s+(?:is|was|will|would)\b)",
                       re.IGNORECASE)


# "Researchers have corroborated these findings": which findings, the sentence before says
# (in its first clause: "..., which is partly why those crops ..." refers back inside the sentence)
_THESE = re.compile(r"^[^,;:]*?\b(?:these|those)\s+(?!(?:days|who|which|that|of|in|are|were|with|for|used)\b)"
                    r"(?![a-z]+ly\b)[a-z]+", re.IGNORECASE)
# "... is a concrete manifestation of this strategy": which strategy, the sentence before says
_THIS_THING = re.compile(rf"\b{_NOT_A_TIME}this\s+(?!(?:is|was|has|had|will|would|can|could|may|might|must|should|"
                         r"does|did|means|meant|and|or|year's|week's|article|piece|story|report)\b)(?![a-z]+ly\b)[a-z]+",
                         re.IGNORECASE)


# "Unlike simple scraping, this technique ...": a short opening phrase, then a subject that points back
_OPENED_POINTING = re.compile(rf"^[^,;:\"\u201c]{{1,40}},\s+{_NOT_A_TIME}(?:this|these|that|those|such|its|they|"
                              r"their|he|his|she|her)\b", re.IGNORECASE)
# "Introduced in the House on April 29 and referred to committee.": what was, the sentence before says; not
# "Founded in 2023, the lab ...", which names it after the comma
_NO_SUBJECT = re.compile(r"^[A-Z][a-z]+ed\s+(?:in|on|by|to|at|into|from|under|with)\b"
                         r"(?![^.;:]*,\s+(?:(?:the|a|an|its|his|her|their|this)\b|[A-Z]))")
# "Officials allege the firms are using similar methods": similar to what, the sentence before says
_SIMILAR = re.compile(r"\b(?:us|employ|appl|adopt|tak)[a-z]*\s+similar\s+[a-z]+s\b", re.IGNORECASE)


# "Analysts believe the true figure is considerably higher": the figure the sentence before gives
_THE_TRUE_FIGURE = re.compile(r"\bthe\s+(?:true|real|actual|correct|full)\s+(?:figure|number|total|tally|count|toll)\b",
                              re.IGNORECASE)


# "Banning accounts is therefore of limited use": why, the sentence before says
_INFERS = re.compile(r"^[^,;:]*?\b(?:therefore|thus|hence|consequently)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # asked of each sentence when it is judged, described and shown
def leans_on_previous(text: str) -> bool:
    """The sentence needs the one before it to be understood: "However, this approach ...", "It ...",
    "..., she said.", "... when someone does it ...", "... corroborated these findings"."""
    unquoted = without_framing(_QUOTED.sub('""', text))
    return bool(LEANS.match(text) or _PRONOUN_SPEAKER.search(text) or _PRO_VERB.search(text)
                or _THESE.search(unquoted) or _THIS_THING.search(unquoted) or _INFERS.search(unquoted)
                or _SIMILAR.search(unquoted) or _OPENED_POINTING.match(text) or _THE_TRUE_FIGURE.search(unquoted)
                or _NO_SUBJECT.match(text))


# Month names only as names: "may" and "march" are also verbs ("the short term may bring ...")
_DATES = re.compile(rf"\b(?:{MONTHS}|{'|'.join(WEEKDAYS)}|[Yy]esterday|[Tt]oday|[Tt]onight)\b|"
                    rf"\b{MONTH_ABBREVIATED}(?=\s?\d)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?!s)")
_NOW = re.compile(r"(?:more |most |until |only )?(?:recently|now|currently|this (?:week|month|year))\b", re.IGNORECASE)
_OPENER = re.compile(r"([A-Z][a-z][\w-]*)(?:['\u2019]s)?\b")
_NAME_WORD = r"[A-Z][a-z][\w'\u2019-]*"
_CAPITALISED = re.compile(rf"(?<![.!?:]\s)(?<!^)\b{_NAME_WORD}")  # not a sentence's first word
_CAPITALISED_RUN = re.compile(rf"(?<![.!?:]\s)(?<!^)\b{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]{3,}[\"\u201d]")
_SPECULATION = re.compile(r"^(?:if|should|unless|were|whether)\b|\bif\b.*\b(?:could|would|might|may)\b",
                          re.IGNORECASE)
# Hedged forecasts of effects: "could exacerbate tensions", "may well prolong", "potentially slowing".
_HEDGED = re.compile(r"\b(?:may well|may yet|(?:un)?likely to|potentially|no doubt|(?:could|may|might|can) "
                     r"(?:further |also |even )?(?:lead|exacerbate|strain|deter|slow|reshape|affect|impact|change|"
                     r"become|prove|shift|hamper|hinder|undermine|erode|fuel|spur|damage|harm|transform|disrupt|"
                     r"intensify|escalate|complicate|weaken|signal|diminish)\w*)\b", re.IGNORECASE)
# "European Union: Focused on regulatory frameworks, ...": a label and a phrase with no subject
_LABELLED_PHRASE = re.compile(r"^[^:.!?\"\u201c]{1,40}:\s+[A-Z][a-z]+(?:ing|ed)\b")
# A label opening a line: "Stricter Regulations: ...", a transcript's "Mara Lind: ..." or "Q: ...", a broadcast
# transcript's "RACHEL DUNMORE, ANCHOR: ..." or "MAREK DOLAN (CUSTOMS DIRECTORATE): ..." (the name, then a role)
LABEL = re.compile(r"^((?:[A-Z][\w'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*)(?:,\s+(?:[A-Z][\w'\u2019.-]*\s+){0,4}"
                   r"[A-Z][\w'\u2019.-]*|\s+\([^()]{1,60}\))?:\s+")
# A speaker's hesitation in a transcript: "um", "uh", "er", with the commas around it
_HESITATION = re.compile(r"(?:,\s*)?\b(?:um+|uh+|erm|er|ah)\b,?", re.IGNORECASE)
# A forecast in the writer's voice: "The summit will serve as a barometer", "... are expected to accelerate"
_NOBODY_EXPECTS = re.compile(r"\b(?:is|are|was|were) (?:widely )?expected to\b", re.IGNORECASE)
_FORECAST = re.compile(rf"\bwill\b|{_NOBODY_EXPECTS.pattern}", re.IGNORECASE)
# The writer's verdict: what cannot or will never happen. What cannot be seen, told apart or proved is
# how a thing works ("a customer cannot see the weights"), not a verdict.
_VERDICT = re.compile(r"\b(?:cannot|can't|can never|will never)\s+(?:\w+ly\s+|yet\s+|even\s+)?"
                      r"(?!only\b|see\b|tell\b|detect|distinguish|know\b|verify|prove\b|trace\b|identify|catch\b|"
                      r"test\b|confirm|check\b|spot\b|find\b|determine|measure|access\b|read\b|be (?:seen|told|detected|"
                      r"distinguished|known|verified|proved|proven|traced|identified|caught|tested|confirmed|checked|"
                      r"spotted|found|determined|measured|accessed|read)\b)\w", re.IGNORECASE)
_GIVES_REASON = re.compile(r"\b(?:because|since|so|unless|until|without)\b|[;:]", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:could|may|might|would|must|should)\b", re.IGNORECASE)
# "should" only advises; "must" and "need to" also tell how a technique works ("a model must answer")
_ADVISING = re.compile(r"\b(?:should|ought to|cannot (?:afford|wait)|can't (?:afford|wait))\b", re.IGNORECASE)
_NECESSITY = re.compile(r"\b(?:must|need to|needs to)\b", re.IGNORECASE)
# "It's crucial for companies to bolster their defences": the writer's own advice, however technical
_IMPORTANCE = re.compile(r"\bit(?:'s|\u2019s| is) (?:crucial|essential|important|vital|imperative|critical|key) "
                         r"(?:for [\w\s]+? )?to\b", re.IGNORECASE)
_MODAL_VERB = re.compile(r"\b(?P<modal>will|would|could|may|might|shall)\s+(?:not\s+|also\s+|surely\s+|likely\s+)?"
                         r"(?P<verb>[a-z]+)\b", re.IGNORECASE)
_HEDGES = frozenset(("could", "may", "might"))  #: modals of what may or may not happen
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Oo]urselves)\b")  # case-sensitive: "US" is a country


@dataclass(frozen=True)
class Commentary:
    meta_talk: AnyPattern  #: with the host's lines
    hosting: AnyPattern
    checked_claim: AnyPattern
    rhetoric: AnyPattern
    evaluative: frozenset[str]
    actor_nouns: frozenset[str]
    document_nouns: frozenset[str]
    attribution: frozenset[str]
    act_verbs: frozenset[str]
    unnamed_groups: frozenset[str]
    opinion_verbs: frozenset[str]
    advice_verbs: frozenset[str]
    advice: AnyPattern
    history: AnyPattern
    speech_verbs: frozenset[str]
    framing_openers: tuple[re.Pattern, ...]
    framing_tails: tuple[re.Pattern, ...]


@lru_cache(maxsize=1)
def commentary_rules() -> Commentary:
    data = yaml.safe_load(COMMENTARY_FILE.read_text(encoding="utf-8"))
    return Commentary(
        meta_talk=AnyPattern(data["meta_talk"] + data["hosting"]),
        hosting=AnyPattern(data["hosting"]),
        checked_claim=AnyPattern(data["checked_claim"]),
        rhetoric=AnyPattern(data["rhetoric"]),
        evaluative=frozenset(data["evaluative"]),
        actor_nouns=frozenset(data["actor_nouns"]),
        document_nouns=frozenset(data["document_nouns"]),
        attribution=frozenset(data["attribution"]),
        act_verbs=frozenset(data["act_verbs"]),
        unnamed_groups=frozenset(data["unnamed_groups"]),
        opinion_verbs=frozenset(data["opinion_verbs"]),
        advice_verbs=frozenset(data["advice_verbs"]),
        advice=AnyPattern(data["advice"]),
        history=AnyPattern(data["history"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        framing_openers=tuple(re.compile(p, re.IGNORECASE) for p in data["framing_openers"]),
        framing_tails=tuple(re.compile(p, re.IGNORECASE) for p in data["framing_tails"]),
    )


@dataclass(frozen=True)
class Verdict:
    reason: str  #: why it may not be a point; "" when it may
    context: str = ""  #: what must be shown with it (lead-in, or the sentence it leans on)
    anchors: int = 0  #: named actors, figures, dates, quotations and reported acts it carries


def story_terms(texts_by_source: list[list[str]]) -> frozenset[str]:
    """The story's own vocabulary: words at least two sources use, far more often than general
    English does ("haemoglobin", "turbines"), as opposed to one writer's
    flourish ("exacerbate")."""
    count: Counter = Counter()
    sources_using: Counter = Counter()
    for texts in texts_by_source:
        found = [w for text in texts for w in words(text) if len(w) > 3]
        count.update(found)
        sources_using.update(set(found))
    total = sum(count.values()) or 1
    judgement = commentary_rules().evaluative
    return frozenset(w for w, n in count.items() if sources_using[w] >= 2 and w not in judgement
                     and (n / total) / _general_rate(w) >= KEYNESS)


def judge_sentence(ref: SentenceRef, matcher: EntityMatcher, excluded: frozenset[str] = frozenset(),
                   terms: frozenset[str] = frozenset()) -> Verdict:
    text = ref.sentence.text
    if ref.key in excluded:
        return Verdict("excluded by editors")
    structural = _structural_reason(ref, matcher)
    if structural:
        return Verdict(structural)
    leans = ref.paragraph_kind != "item" and leans_on_previous(text)
    context = ref.lead_in if ref.paragraph_kind == "item" else leant_on(ref)
    if ref.speaker and not context and not text.startswith(ref.speaker):
        context = f"{ref.speaker}:"  # a transcript's turn: who says it is named once, at its start
    reason, anchors = commentary_reason(text, ref.lead_in if ref.paragraph_kind == "item" else "", matcher,
                                        ref.previous if leans else "", terms, bool(ref.speaker))
    return Verdict(reason, "" if reason else context, anchors)


def leant_on(ref: SentenceRef) -> str:
    """The sentence before, when this one needs it to be understood; not a greeting or a host's line
    ("Good morning, everyone."), which explains nothing."""
    said = ref.previous.removeprefix(f"{ref.speaker}:").strip() if ref.speaker else ref.previous
    if leans_on_previous(ref.sentence.text) and not commentary_rules().meta_talk.search(said):
        return ref.previous
    return ""


def restates_a_checked_claim(text: str) -> bool:
    """A fact-check's "Claim 5: ...": the claim it checks, which the fact-check does not say."""
    return bool(commentary_rules().checked_claim.search(text))


def commentary_reason(text: str, lead_in: str, matcher: EntityMatcher, leans_on: str = "",
                      terms: frozenset[str] = frozenset(), spoken: bool = False) -> tuple[str, int]:
    """Why a complete sentence is commentary rather than a checkable statement ("" if it is one),
    and how many anchors it carries. A list item is judged with its lead-in; a sentence that
    leans on the one before ("This process ...") may take its technical subject from it; a
    transcript's turn (spoken) is what its speaker says, however it is worded."""
    rules = commentary_rules()
    unquoted = _QUOTED.sub('""', text)  # what a quoted speaker says is reported, not the article's framing
    unquoted = _HESITATION.sub("", unquoted)  # a transcript's "we are, um, diving into" is "we are diving into"
    if rules.meta_talk.search(unquoted) or restates_a_checked_claim(unquoted):
        return META_TALK, 0
    if rules.rhetoric.search(unquoted):
        return "rhetorical framing", 0
    if rules.history.search(unquoted):
        return HISTORY, 0
    if rules.advice.search(unquoted):
        return "exhortation (the writer's own advice)", 0
    whole = f"{lead_in} {LABEL.sub('', text)}" if lead_in else LABEL.sub("", text)
    tokens = words(whole)
    evidence = anchors_of(_PERSPECTIVE.sub("", whole), matcher)
    evaluative = sum(w in rules.evaluative for w in words(unquoted))
    # technical: it uses the story's own vocabulary, or several words rare in general English
    technical = any(w in terms for w in tokens) or sum(
        len(w) > 3 and general_zipf(w) < RARE_ZIPF for w in set(tokens)) >= 2
    if _unnamed_opinion(unquoted, evidence, rules):
        return "generic commentary (an unnamed group's opinion, nothing specific)", evidence.total
    nobody_says = not spoken and not any(w in rules.speech_verbs or w in rules.attribution for w in words(unquoted))
    if _SPECULATION.search(unquoted) and nobody_says:
        # "If fares rise, the operators could leave the route": a condition and a forecast that
        # nobody is reported as making, however many actors it names
        return "speculation (nobody reported as saying or doing it)", evidence.total
    if _VERDICT.search(unquoted) and not _GIVES_REASON.search(unquoted) and not evidence.specific and nobody_says:
        # "Suppression cannot stop their progress": what cannot or will never happen, with no reason given and
        # nobody reported as saying it, is the writer's verdict
        return "generic commentary (a verdict nobody is reported as giving)", evidence.total
    if spoken and says_we(unquoted):
        evidence = replace(evidence, named=evidence.named + 1)  # "we" is the speaker, named with the turn
    if evidence.reported:
        return "", evidence.total
    if (_is_imperative(LABEL.sub("", text), rules) and not evidence.specific and _advises(lead_in, rules)) \
            or _IMPORTANCE.search(unquoted):
        return "exhortation (the writer's own advice)", evidence.total
    if evaluative >= 2 and not evidence.specific:
        return "generic commentary (judgement words, nothing reported)", evidence.total
    if _SPECULATION.search(unquoted) or _HEDGED.search(unquoted) or (
            (_MODAL.search(unquoted) and not technical or _FORECAST.search(unquoted) or _hedged_act(unquoted, rules))
            and not evidence.specific):
        return "speculation (nobody reported as saying or doing it)", evidence.total
    if not lead_in and not evidence.specific and (_ADVISING.search(unquoted) or
                                                   _NECESSITY.search(unquoted) and not technical):
        return "exhortation (the writer's own advice)", evidence.total
    if evidence.total == 0 and not technical and not any(w in terms for w in words(leans_on)):
        return "generic commentary (no actor, figure, date or technical term)", 0
    return "", evidence.total


# "While X and Y dominate, ...", "For X, ...": who is named in a concession or a point of view is not who
# the sentence reports as doing anything
_PERSPECTIVE = re.compile(r"^(?:while|whereas|for)\s[^,]{1,60},\s*", re.IGNORECASE)
_AUXILIARIES = frozenset("is are was were has have had will would can could may might do does did".split())
_FIRST_CLAUSE = re.compile(r"^[^,;:]*?(?=,|;|:|\b(?:that|which|who|whom|when|because|so|if|while)\b|$)", re.IGNORECASE)


HISTORY = "background (history, not this story's events)"
TOO_SHORT = "fragment (too short)"
OPINION = "first-person opinion"
META_TALK = "meta-talk about the article"
QUOTATION_PART = "part of a quotation (its speaker is named in the sentences around it)"
#: never a point, but cited beside a point that says the same: the writer's view, or a quoted speaker's
CITES_ONLY = (OPINION, QUOTATION_PART)


def says_we(text: str) -> bool:
    """"We", "our" or "us" outside quotation marks: the writer's voice, or the speaker's in a transcript
    or an organisation's own statement."""
    return bool(_WE.search(text)) and bool(_WE.search(outside_quotes(text)))  # most say none: no quotes to strip


def names_a_date(text: str) -> bool:
    """A month, weekday, "today" or a year, or it turns to the present ("More recently, ..."): the
    sentence says when it happened."""
    return bool(_DATES.search(text) or _YEAR.search(text) or _NOW.match(text))


def _is_imperative(text: str, rules: Commentary) -> bool:
    """"Encrypt data both at rest and in transit.": advice in the imperative, with no subject. Not "Use
    of the drug has grown" nor "Train services to the port were cut": there the first word is a noun,
    the subject of a verb in the same clause."""
    tokens = words(_FIRST_CLAUSE.match(text).group())
    return (len(tokens) > 1 and tokens[0] in rules.advice_verbs and tokens[1] != "of"
            and not _AUXILIARIES & set(tokens))


_ADVICE_LEAD_IN = re.compile(r"\b(?:you|your|tips?|advice|recommendations?|best practices?|consider)\b", re.IGNORECASE)


def _advises(lead_in: str, rules: Commentary) -> bool:
    """Whether an imperative is the writer's advice: on its own it is; under a lead-in only when the lead-in
    advises too ("Companies should:", "Here is what you can do:"), not when it tells what a procedure does
    ("A typical run follows these steps:")."""
    return not lead_in or bool(_ADVISING.search(lead_in) or _NECESSITY.search(lead_in)
                               or _ADVICE_LEAD_IN.search(lead_in) or _is_imperative(lead_in, rules))


def _hedged_act(text: str, rules: Commentary) -> bool:
    """"Governments may impose stricter controls": an act that may or may not come, with nobody reported
    as planning it, however technical its object."""
    return any(m["modal"].lower() in _HEDGES and m["verb"].lower() in rules.act_verbs for m in _MODAL_VERB.finditer(text))


def _unnamed_opinion(text: str, evidence: Evidence, rules: Commentary) -> bool:
    """"Experts agree that ...", "Analysts expect ...": what nobody in particular believes, with no
    figure, date or name to check."""
    tokens = words(text)
    return (not evidence.named and not evidence.specific and any(w in rules.unnamed_groups for w in tokens)
            and any(w in rules.opinion_verbs for w in tokens))


@lru_cache(maxsize=1)
def judgement_stems() -> frozenset[str]:
    """Stems of the words of judgement (data/commentary.yml), for telling comment from detail."""
    return frozenset(stem(w) for w in commentary_rules().evaluative)


def without_framing(text: str) -> str:
    """The sentence without an opening or ending that only frames it ("On the flip side, ...",
    "..., raising doubts about the deal")."""
    rules = commentary_rules()
    for pattern in rules.framing_openers:
        text = pattern.sub("", text, count=1)
    for pattern in rules.framing_tails:
        text = pattern.sub(".", text, count=1)
    return text


def _structural_reason(ref: SentenceRef, matcher: EntityMatcher) -> str:
    text = ref.sentence.text
    if ref.paragraph_kind in ("heading", "caption"):
        return ref.paragraph_kind
    if ref.other_language:
        return "other language"
    if text.rstrip("\"'\u201d\u2019) ").endswith("?"):
        return "question"
    if text.rstrip().endswith(":"):
        return "lead-in to a list"
    if ref.paragraph_kind == "item":
        if ref.lead_in:
            return "" if len(words(text)) >= MIN_ITEM_WORDS else TOO_SHORT
        if not is_complete(text):
            return "list item (not a sentence, no lead-in)"
    said = LABEL.sub("", text) if ref.speaker else text
    if len(words(said)) < MIN_CLAIM_WORDS and not _short_report(said, matcher):
        return TOO_SHORT  # (a transcript's "Mara Lind:" is who speaks, not what is said)
    if not is_complete(text) or _LABELLED_PHRASE.match(text):
        return "fragment (not a complete sentence)"
    # in a transcript "I" and "we" are the speaker's, not the writer's
    if not ref.speaker and (is_first_person(text) or says_we(text)):
        rules = commentary_rules()
        plain = _HESITATION.sub("", text)
        if rules.meta_talk.search(plain) or restates_a_checked_claim(plain) or rules.rhetoric.search(plain):
            return ""  # "In this article we will explore ..." is meta-talk, not an opinion worth showing
        unquoted = outside_quotations(text)
        if not (is_first_person(unquoted) or says_we(unquoted)):
            return QUOTATION_PART  # '"What we are seeing is not a handful of rogue researchers.': not the writer's
        return OPINION
    return ""


def _short_report(text: str, matcher: EntityMatcher) -> bool:
    """A short denial by one of the story's actors, or what the story's document leaves out: "The ministry
    dismissed the charge as a smear." is the answer to an accusation, "The memo names no company." says what the
    memo does not do; "That is a big deal." or "The capital has begun to respond." says little."""
    denies, negated = polarity_of(text)
    return len(words(text)) >= MIN_REPORT_WORDS and (denies and bool(matcher.mentions(text)) or
                                                      negated and about_the_document(text))


def is_complete(text: str) -> bool:
    """It opens on a capital (or a quotation mark) and ends as a statement does."""
    return bool(_TERMINAL.search(text)) and (text[:1].isupper() or text[:1] in _OPENING_QUOTE)


QUOTATION_WORDS = 4  #: quoted words with no speech verb are a quotation at this length, a scare quote below it


@dataclass(frozen=True)
class Evidence:
    """What makes a sentence checkable."""

    named: int  #: actors named: the editors' entities and other capitalised names
    actors: int  #: actors by role ("officials", "the ministry")
    specific: int  #: figures, dates and quotations
    reported: bool  #: someone named or by role is reported as saying or doing something

    @property
    def total(self) -> int:
        """Actors by role count only when reported as saying or doing something."""
        return self.named + self.specific + int(self.reported)


def anchors_of(text: str, matcher: EntityMatcher) -> Evidence:
    rules = commentary_rules()
    tokens = words(text)
    mentions = matcher.mentions(text)
    named = len({m.entity for m in mentions})
    # other names: runs of capitalised words outside the editors' names ("Fox Business" is one name,
    # and "Federated States" is not two when the editors know it)
    pieces, last = [], 0
    for m in mentions:  # blank the editors' names out, keeping every position
        pieces += [text[last:m.start], " " * (m.end - m.start)]
        last = m.end
    unknown = "".join(pieces) + text[last:]
    named += len({m.group() for m in _CAPITALISED_RUN.finditer(unknown) if not _DATES.fullmatch(m.group())})
    opener = _OPENER.match(text)
    if opener and not matcher.mentions(opener.group()) and _looks_like_a_name(opener.group(1)):
        named += 1  # "Brightwater's chairman said ...": a name that happens to open the sentence
    actors = int(any(w in rules.actor_nouns or w in rules.document_nouns for w in tokens))
    # "are expected to accelerate" names nobody expecting it
    speaks = any(w in rules.speech_verbs or w in rules.attribution for w in words(_NOBODY_EXPECTS.sub(" ", text)))
    quotations = [q for q in _QUOTED.findall(text) if speaks or len(words(q)) >= QUOTATION_WORDS]
    specific = len(numbers_in(text)) + len(_DATES.findall(text)) + len(quotations)
    # an act verb inside a name is no act: "For the Federated States, keeping a lead supports jobs"; nor
    # one still to come ("Others will warn that ..." reports nobody warning) or that may never come
    # ("Governments may impose controls" reports nobody imposing them)
    acting = words(_MODAL_VERB.sub(lambda m: " " if _not_done(m, rules) else m.group(), _CAPITALISED.sub(" ", text)))
    reported = any(w in rules.attribution for w in tokens) or (
        any(w in rules.act_verbs for w in acting) and (named > 0 or actors > 0))
    return Evidence(named, actors, specific, reported)


def _not_done(modal_verb: re.Match, rules: Commentary) -> bool:
    """A speech verb after any modal ("will warn"), or any verb after a hedge ("may impose")."""
    return modal_verb["verb"].lower() in rules.speech_verbs or modal_verb["modal"].lower() in _HEDGES


def _looks_like_a_name(word: str) -> bool:
    """A capitalised first word that is not a common English word ("Brightwater", not "The")."""
    return general_zipf(word.lower()) < NAME_ZIPF


@lru_cache(maxsize=200_000)
def general_zipf(word: str) -> float:
    """How common a word is in general English, on the Zipf scale (wordfreq): 7 for "the", 0 if unknown."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _general_rate(word: str) -> float:
    """How often a word occurs in general English, per word of text."""
    return max(10 ** general_zipf(word) / 1e9, 1e-9)
