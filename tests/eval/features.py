"""Score what a briefing adds to its points: quotations, disagreements, measures' status and the timeline.

Like scoring.py it reads only what the built briefing shows and the sources' sentences, never how
the engine decided; the gold format is in tests/eval/README.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .scoring import SentenceIndex, SentenceKey, identify_page, normalize

_GENERIC = frozenset({"the", "a", "an", "of", "s", "and", "in", "at", "for", "to", "on", "its", "his", "her"})


def _tokens(text: str) -> list[str]:
    """Words, with a dotted abbreviation as one word ("U.S." is "us", as "US" is)."""
    undotted = re.sub(r"\b(\w)\.(?=\w\.)|(?<=\b\w)\.(?=\W|$)", lambda m: m.group(1) or "", text)
    return [t for t in re.findall(r"\w+", normalize(undotted).replace("'s", "")) if t not in _GENERIC]


def speaker_matches(engine: str, gold: str) -> bool:
    """The engine names the gold speaker: every word of the gold's name (before its role) is in the engine's
    naming, or the engine's naming is part of the gold's (name and role) and shares a name with it. Gold may
    give alternatives with '/'."""
    shown = set(_tokens(engine))
    if not shown:
        return False
    for option in gold.split("/"):
        name = set(_tokens(re.split(r"[,(]", option)[0]))
        everything = set(_tokens(option))
        if name and name <= shown:
            return True
        if shown <= everything and shown & name:
            return True
    return False


def _parts(quote: str) -> list[tuple[str, ...]]:
    return [tuple(_tokens(p)) for p in re.split(r"\.\.\.|\u2026|/", quote) if _tokens(p)]


def quote_matches(engine: str, gold: str) -> bool:
    """Same words: one is inside the other (a gold quote joined with '...' matches any of its pieces)."""
    shown = " ".join(_tokens(engine))
    return bool(shown) and any(f" {' '.join(p)} " in f" {shown} " or f" {shown} " in f" {' '.join(p)} "
                               for p in _parts(gold))


def _share(part: int, whole: int) -> float:
    """part / whole, and 1.0 when the gold annotates none (nothing to miss)."""
    return part / whole if whole else 1.0


def _ratio(part: str, whole: str) -> property:
    """A share of two counts, read when asked (the counts grow while scoring)."""
    return property(lambda scores: _share(getattr(scores, part), getattr(scores, whole)))


@dataclass
class FeatureScores:
    corpus: str
    gold_quotes: int = 0
    quotes_found: int = 0  #: a listed quotation cites a gold sentence and has its words
    quotes_speaker: int = 0  #: ... and names its speaker
    scare_quotes: int = 0
    scare_listed: int = 0  #: scare-quoted terms listed as quotations (0 is right)
    listed_quotes: int = 0
    gold_disagreements: int = 0
    disagreements_shown: int = 0  #: a box sets a sentence of one side against one of the other
    disagreements_detected: int = 0  #: ... a box the engine detected, not one the editors recorded
    gold_status: int = 0  #: gold measures found as points (status is judged on those)
    status_given: int = 0
    status_right: int = 0
    wrongly_enacted: int = 0  #: a point called enacted that its gold says is not
    measure_points: int = 0  #: points on the status pages
    measure_points_with_status: int = 0
    gold_events: int = 0
    events_found: int = 0  #: on the timeline with its date and a gold sentence cited
    events_out_of_order: int = 0
    gold_sectioned: int = 0  #: points on an explainer page whose gold claim names a section
    section_right: int = 0  #: ... listed under that section ('other': under none)
    details: list[str] = field(default_factory=list)

    quote_recall = _ratio("quotes_speaker", "gold_quotes")
    disagreement_recall = _ratio("disagreements_shown", "gold_disagreements")
    status_accuracy = _ratio("status_right", "gold_status")
    event_recall = _ratio("events_found", "gold_events")
    section_accuracy = _ratio("section_right", "gold_sectioned")


def _locate_all(index: SentenceIndex, locators) -> frozenset[SentenceKey]:
    found: set[SentenceKey] = set()
    for loc in locators or ():
        found |= index.locate(loc["file"], loc["text"])
    return frozenset(found)


def score_quotes(s: FeatureScores, briefing, gold: dict, index: SentenceIndex) -> None:
    file_of = {src.id: src.file for src in briefing.sources}
    listed = [(q, frozenset((file_of[c.source_id], c.sentence_id) for c in q.citations))
              for t in briefing.topics for q in t.quotes]
    s.listed_quotes = len(listed)
    gold_quotes = []
    for entry in gold.get("quotes") or []:
        keys = _locate_all(index, entry["sentences"])
        if not keys:
            continue
        gold_quotes.append((entry, keys))
        s.gold_quotes += 1
        matching = [q for q, cited in listed if cited & keys and quote_matches(q.quote, entry["quote"])]
        if not matching:
            s.details.append(f"quote missed: [{entry['speaker']}] {entry['quote'][:90]}")
            continue
        s.quotes_found += 1
        if any(speaker_matches(q.speaker, entry["speaker"]) for q in matching):
            s.quotes_speaker += 1
        else:
            s.details.append(f"quote speaker: [{matching[0].speaker}] for [{entry['speaker']}] "
                             f"{entry['quote'][:60]}")
    for loc in gold.get("scare_quotes") or []:
        keys = index.locate(loc["file"], loc["text"])
        if not keys:
            continue
        s.scare_quotes += 1
        quoted_here = [e["quote"] for e, k in gold_quotes if k & keys]
        wrong = [q for q, cited in listed if cited & keys and not any(quote_matches(q.quote, g) for g in quoted_here)]
        if wrong:
            s.scare_listed += 1
            s.details.append(f"scare quote listed: [{wrong[0].speaker}] {wrong[0].quote[:60]}")


def box_shows(box: list[frozenset], one: frozenset, other: frozenset) -> bool:
    """A box shows a gold disagreement when two of its sides cite a sentence of each gold side, and one of
    them a sentence only its own gold side holds: a sentence that sets both figures against each other ("more
    than 600 million, well above the ministry's 410 million") may stand for one side, not for both."""
    return any(i != j and a & one and b & other and (a & (one - other) or b & (other - one))
               for i, a in enumerate(box) for j, b in enumerate(box))


def score_disagreements(s: FeatureScores, briefing, gold: dict, index: SentenceIndex) -> None:
    file_of = {src.id: src.file for src in briefing.sources}
    shown = []  # per box: whether detected, and the set of sentences each side cites
    for topic in briefing.topics:
        for d in topic.disagreements:
            shown.append((d.detected, [frozenset((file_of[x.source_id], x.sentence_id) for x in side.citations)
                                       for side in d.sides]))
    for entry in gold.get("disagreements") or []:
        sides = [_locate_all(index, side) for side in entry["sides"]]
        if sum(bool(side) for side in sides) < 2:
            continue
        s.gold_disagreements += 1
        showing = [detected for detected, box in shown if box_shows(box, sides[0], sides[1])]
        s.disagreements_detected += any(showing)
        if showing:
            s.disagreements_shown += 1
        else:
            s.details.append(f"disagreement not shown: {entry['note'][:100]}")


def score_status(s: FeatureScores, briefing, pages, gold_claims, gold: dict) -> None:
    status_of = {e["id"]: e["status"] for e in gold.get("claims", []) if e.get("status")}
    status_pages = {c.page for c in gold_claims if c.id in status_of}
    claims = {c.id: c for t in briefing.topics for c in t.claims}
    for page in sorted(status_pages):
        points = pages.get(page, [])
        for point, about in zip(points, identify_page(page, points, gold_claims)):
            claim = claims[point.claim_id]
            status = getattr(claim, "status", "")
            s.measure_points += 1
            s.measure_points_with_status += bool(status and getattr(claim, "status_words", ""))  # a label the words justify
            if about is None or about.id not in status_of or about.page != page:
                continue
            expected = status_of[about.id]
            s.gold_status += 1
            s.status_given += bool(status)
            if status == expected:
                s.status_right += 1
            else:
                s.details.append(f"status: {status or 'none'} for {expected}: {point.text[:90]}")
            if status == "enacted" and expected != "enacted":
                s.wrongly_enacted += 1


def score_events(s: FeatureScores, briefing, gold: dict, index: SentenceIndex) -> None:
    file_of = {src.id: src.file for src in briefing.sources}
    timeline = getattr(briefing, "timeline", ())
    entries = [(e, frozenset((file_of[c.source_id], c.sentence_id) for c in e.citations)) for e in timeline]
    found_at = []
    for entry in gold.get("events") or []:
        keys = _locate_all(index, entry["sentences"])
        if not keys:
            continue
        s.gold_events += 1
        date = str(entry["date"])
        hits = [n for n, (e, cited) in enumerate(entries) if cited & keys and date in e.dates]
        if hits:
            s.events_found += 1
            found_at.append((date, hits[0]))
        else:
            s.details.append(f"event missed: {date} {entry['what'][:90]}")
    positions = [n for _, n in sorted(found_at)]
    s.events_out_of_order = sum(b < a for a, b in zip(positions, positions[1:]))


def score_sections(s: FeatureScores, briefing, pages, gold_claims, gold: dict) -> None:
    """Points on a page with sections, matched to their gold claims: are they under the gold's section?"""
    section_of = {e["id"]: e["section"] for e in gold.get("claims", []) if e.get("section")}
    for topic in briefing.topics:
        if not topic.spec.sections:
            continue
        placed = dict(topic.section_of)
        points = pages.get(topic.spec.id, [])
        for point, about in zip(points, identify_page(topic.spec.id, points, gold_claims)):
            if about is None or about.id not in section_of or about.page != topic.spec.id:
                continue
            expected, shown = section_of[about.id], placed.get(point.claim_id, "other")
            s.gold_sectioned += 1
            if shown == expected:
                s.section_right += 1
            else:
                s.details.append(f"section: {shown} for {expected}: {point.text[:90]}")


def score_features(corpus: str, briefing, pages, gold_claims, gold: dict, index: SentenceIndex) -> FeatureScores:
    s = FeatureScores(corpus)
    score_quotes(s, briefing, gold, index)
    score_disagreements(s, briefing, gold, index)
    score_status(s, briefing, pages, gold_claims, gold)
    score_events(s, briefing, gold, index)
    score_sections(s, briefing, pages, gold_claims, gold)
    return s

