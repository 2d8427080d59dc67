"""Describe: located sentences -> verdicts (may it be a point, and why not) and, for those that
may, what claims are compared on: content stems with entity aliases and synonyms folded,
figures, polarity, and how good a point the sentence makes on its own.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Callable, NamedTuple

from . import vocabulary
from .vocabulary import acts_named, names_denial, polarity_of
from .claims import Candidate
from .clauses import asides, main_clause, without_titles, without_trailing_reason
from .dates import weekday_dates
from .entities import EntityMatcher, is_entity_token
from .judge import (CITES_ONLY, HISTORY, OPINION, Verdict, commentary_rules, general_zipf, judge_sentence,
                    leans_on_previous, names_a_date, story_terms, without_framing)
from .model import Claim, LabelledSentence, SentenceRef, Source
from .normalize import declares_opinion
from .speakers import speaker_spans
from .textutil import WEEKDAYS, content_stems, dates_in, numbers_in, quantities_in, stem, words

SPECIFIC_ZIPF = 4.3  #: words rarer than this in general English carry specific information
WEEKDAY_WORDS = frozenset(day.lower() for day in WEEKDAYS)  #: a date is a detail
# A verb that only says who is speaking ("He added that ...", "..., she noted.", "told reporters") is
# not part of the claim; the same word can be one elsewhere ("added five firms to the list").
_ATTRIBUTION = re.compile(r"\b(?:added|adds|noted|notes|stated|states|explained|explains|continued|told (?:reporters|"
                          r"journalists|a (?:news )?briefing|lawmakers))\b(?=\s+that\b|\s*[,:;.!\"\u201c\u201d]|\s*$)"
                          r"|\btold (?:reporters|journalists)\b", re.IGNORECASE)


def background_terms(text: str, matcher: EntityMatcher) -> frozenset[str]:
    """The terms a sentence has only in its background and description clauses."""
    main = main_clause(text)
    if main == text:
        return frozenset()
    return claim_terms(text, matcher.canonicalize) - claim_terms(main, matcher.canonicalize)


def claim_terms(text: str, canonical: Callable[[str], str]) -> frozenset[str]:
    """Content stems with entity aliases folded to one name (canonical: an EntityMatcher's canonicalize)
    and synonyms to one word."""
    synonyms = vocabulary.synonyms()
    return frozenset(synonyms.get(s, s) for s in content_stems(vocabulary.fold_phrases(canonical(text))))


def specific_terms(text: str, matcher: EntityMatcher) -> frozenset[str]:
    """The terms that carry specific information: names, and words uncommon in general English
    that are not words of judgement ("turbines", "haemoglobin"; not "data", "significant")."""
    synonyms = vocabulary.synonyms()
    judgement = commentary_rules().evaluative
    canonical = vocabulary.fold_phrases(matcher.canonicalize(text))
    found = set()
    for word in words(canonical):
        if is_entity_token(word):
            found.add(word)
        elif word in WEEKDAY_WORDS or (word not in judgement and len(word) > 3 and general_zipf(word) < SPECIFIC_ZIPF):
            s = stem(word)
            found.add(synonyms.get(s, s))
    return frozenset(found)


def judge_all(sources: list[Source], refs: list[SentenceRef], matcher: EntityMatcher,
              excluded: frozenset[str]) -> list[Verdict]:
    terms = story_terms([[p.text for p in s.paragraphs if p.kind != "heading"] for s in sources])
    verdicts: list[Verdict] = []
    seen: dict[tuple, Verdict] = {}  # the same sentence in the same place is judged once
    history_paragraph = last_paragraph = None  # (source, paragraph): the last that opened telling history
    opinion_paragraph = None  # (source, paragraph): the last that opened "From my perspective, ..."
    for ref in refs:
        if ref.key in excluded:
            verdicts.append(Verdict("excluded by editors"))
            continue
        place = (ref.sentence.text, ref.paragraph_kind, ref.other_language, ref.lead_in,
                 ref.previous if leans_on_previous(ref.sentence.text) else "", ref.speaker)
        if place not in seen:
            seen[place] = judge_sentence(ref, matcher, frozenset(), terms)
        verdict = seen[place]
        paragraph = (ref.source_id, ref.paragraph_id)
        opens, last_paragraph = paragraph != last_paragraph, paragraph
        if verdict.reason == OPINION and opens and declares_opinion(ref.sentence.text):
            opinion_paragraph = paragraph
        elif paragraph == opinion_paragraph and not verdict.reason:
            # "From my perspective, the response highlights ... . Lund's call is a powerful statement, ...":
            # the rest of a paragraph the writer opens as their view goes on giving it
            verdict = Verdict(OPINION)
        if verdict.reason == HISTORY and opens:
            history_paragraph = paragraph
        elif paragraph == history_paragraph and not verdict.reason and not names_a_date(ref.sentence.text):
            # "In the 2010s, tensions grew. The council responded with fare caps. More recently, ...":
            # the rest of a paragraph that opens in the past goes on telling it, unless it dates itself
            verdict = Verdict(HISTORY)
        verdicts.append(verdict)
    return verdicts


def describe_candidates(refs: list[SentenceRef], verdicts: list[Verdict], matcher: EntityMatcher,
                        flags: dict[str, tuple[str, ...]], published: dict[str, date | None]) -> list[Candidate]:
    """flags and publication dates by source id."""
    features: dict[str, TextFeatures] = {}
    candidates = []
    for ref, verdict in zip(refs, verdicts):
        text = ref.sentence.text
        if text not in features:
            features[text] = text_features(text, matcher)
        dated = with_weekdays(features[text], weekday_dates(text, published.get(ref.source_id)))
        candidates.append(describe_candidate(ref, verdict, flags[ref.source_id], dated))
    return candidates


def with_weekdays(features: TextFeatures, days: frozenset[str]) -> TextFeatures:
    """The days its weekdays name are dates it gives ("on Wednesday" in Thursday's paper is the 22nd): the
    same words date different days in articles of different days, so they are added per article."""
    return features._replace(figures=features.figures | days, dates=features.dates | days) if days else features


class TextFeatures(NamedTuple):
    """What claims are compared on, from a sentence's text alone (the same text says the same thing
    wherever it stands)."""

    terms: frozenset[str]
    specific: frozenset[str]
    acts: frozenset[int]
    figures: frozenset[str]
    denies: bool
    negated: bool
    background: frozenset[str]
    denial_aside: bool
    negation_aside: bool
    quantities: frozenset[str]
    dates: frozenset[str]
    voices: tuple[tuple[int, ...], ...]


def text_features(text: str, matcher: EntityMatcher) -> TextFeatures:
    """A list item is compared on its own words: its lead-in is the same for every item of the list."""
    stated = without_titles(without_framing(text))  # a quoted title is a name, not what the sentence says
    stated = _ATTRIBUTION.sub(" ", stated)
    denies, negated = polarity_of(text)
    figures = frozenset(numbers_in(text))
    return TextFeatures(
        terms=claim_terms(stated, matcher.canonicalize),
        specific=specific_terms(stated, matcher),
        acts=acts_named(stated),
        figures=figures,
        denies=denies,
        negated=negated,
        background=background_terms(stated, matcher),
        # "X accused Y of copying, a charge Y dismissed": an accusation that also reports its denial
        denial_aside=not denies and any(names_denial(aside) for aside in asides(stated)),
        # "X relied on proxy accounts, because the labs do not sell there": the "not" is in the reason
        negation_aside=negated and not polarity_of(without_trailing_reason(text))[1],
        quantities=quantities_in(text),
        dates=figures & dates_in(text),
        voices=voices_of(text, matcher),
    )


def voices_of(text: str, matcher: EntityMatcher) -> tuple[tuple[int, ...], ...]:
    """Who says what the sentence reports, as the editors' entities it names as speaking, each with what it
    is part of ("spokeswoman Mara Lind said": Lind, the board she speaks for, the council it belongs to)."""
    spans = speaker_spans(text, speech_only=True)
    if not spans:
        return ()
    return tuple(dict.fromkeys(matcher.lineage(m.entity) for m in matcher.mentions(text)
                               if any(start <= m.start and m.end <= end for start, end in spans)))


def describe_candidate(ref: SentenceRef, verdict: Verdict, flags: tuple[str, ...], features: TextFeatures) -> Candidate:
    return Candidate(
        key=ref.key,
        source_id=ref.source_id,
        paragraph_id=ref.paragraph_id,
        sentence_id=ref.sentence.id,
        outlet=ref.outlet_key,
        text=ref.sentence.text,
        context=verdict.context,
        quality=point_quality(ref, verdict) - (0.2 if flags else 0.0),  # a source with quality warnings
        opinion="opinion-piece" in flags,
        list_key=f"{ref.source_id}#{ref.lead_in}" if ref.paragraph_kind == "item" and ref.lead_in else "",
        cites_only=verdict.reason in CITES_ONLY,
        **features._asdict(),
    )


def point_quality(ref: SentenceRef, verdict: Verdict) -> float:
    """How well a sentence stands as a point on its own: self-contained, checkable, not too long."""
    length = len(words(ref.sentence.text))
    quality = min(verdict.anchors, 5) * 0.1
    quality += 0.5 if 10 <= length <= 35 else (-0.5 if length > 45 else 0.0)
    if ref.paragraph_kind != "item" and leans_on_previous(ref.sentence.text):
        quality -= 1.0  # a version that does not lean on the sentence before reads better
    elif ref.paragraph_kind == "item":
        quality -= 0.3
    if without_framing(ref.sentence.text) != ref.sentence.text:
        quality -= 0.3  # "On the flip side, ..." reads worse on its own than the plain statement
    return round(quality, 3)


def labelled_sentences(refs: list[SentenceRef], verdicts: list[Verdict],
                       labels: dict[str, tuple]) -> list[LabelledSentence]:
    return [LabelledSentence(ref, labels.get(ref.key, ()), eligible=not v.reason,
                             reason=v.reason, context=v.context) for ref, v in zip(refs, verdicts)]


REPEATS = "repeats a point without stating all of it"
NO_PAGE = "fits no page: no word of it says a measure is proposed or taken, and it answers no other page's question"


def account_for_unstated(labelled: list[LabelledSentence], claims: list[Claim]) -> list[LabelledSentence]:
    """A sentence that could be a point but that no point states or cites was judged a repeat of a
    point it does not state in full: it is left out, and says so on the review page and in the open
    data, like every other sentence left out (an editor's `split` makes it a point of its own). One whose
    point was placed on no page (it fitted only the measures page, and names no measure) says that."""
    in_claims = {m for c in claims if c.topics for m in c.members}
    pageless = {m for c in claims if not c.topics for m in c.members}
    return [replace(ls, eligible=False, reason=NO_PAGE if ls.ref.key in pageless else REPEATS)
            if ls.eligible and ls.labels and ls.ref.key not in in_claims else ls
            for ls in labelled]
