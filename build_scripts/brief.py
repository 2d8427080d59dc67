"""Brief: claims -> topic pages, each composed as an editor would: a summary of the
best-corroborated distinct claims, key points by independent outlets and then by how
informative they are, points only one outlet makes after them, plus the page's quotes,
opinion and disagreements.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

import numpy as np

from .config import EditorialConfig
from .debates import debated
from .describe import claim_terms
from .disagree import corrected_points, detect_disagreements, points_by_sentence, sentence_side
from .embed import embed
from .judge import LABEL, OPINION, commentary_rules
from .sections import SectionScores, assign_sections
from .model import (Claim, Disagreement, DisagreementSide, LabelledSentence, Quotation, SentenceRef, TopicBriefing,
                    TopicLabel)
from .status import load_vocabulary, measure_status, with_status
from .topics import TopicScores, best_topics, claim_row
from .textutil import content_stems
from .vocabulary import polarity_of

SUMMARY_MIN, SUMMARY_MAX = 3, 5
MIN_KEY_POINTS = 6  #: single-source claims fill the key points up to this many
MAX_KEY_POINTS = 25
MAX_SINGLE_POINTS = 40  #: a page lists at most this many points only one outlet makes
MAX_DETAILS = 3  #: a key point shows at most this many single reports' details (all stay among its citations)
SUMMARY_OVERLAP = 0.5  #: two claims sharing this much of their citations say the same thing ...
SUMMARY_ALIKE = 0.55  #: ... and so do two whose sentences are this alike in meaning: for the summary a near
#: repeat costs more than a point left to the key points below it
SUMMARY_WITHIN = 0.8  #: ... and two one of which has this share of the other's words (and at least
SUMMARY_WITHIN_TERMS = 3  #: this many of them): the same claim, once with more detail


def place_claims(claims: list[tuple[Claim, list[int]]], scores: TopicScores, config: EditorialConfig) -> list[Claim]:
    """Give each claim its topic(s): where its sentence and the sentences stating it fit best (members
    are rows of the topic scores)."""
    vocabulary = load_vocabulary(config.status_words, config.actor_words)
    measures = np.array([t.statuses for t in config.topics], dtype=bool)
    placed = []
    for claim, rows in claims:
        combined, relevant = claim_row(scores.scores, scores.relevant, rows)
        if (relevant & measures).any() and not measure_status(claim.text, claim.context, vocabulary)[1]:
            relevant = relevant & ~measures  # no word of it says a step is proposed or taken: no measure
        chosen = best_topics(combined, relevant)
        cues = {t: tuple(config.topics[t].cues[c].phrase for c in scores.cues[rows[0]].get(t, ())) for t in chosen}
        labels = tuple(TopicLabel(config.topics[t].id, round(float(combined[t]), 3), cues[t]) for t in chosen)
        placed.append(replace(claim, topics=labels, score=labels[0].score if labels else 0.0))
    return placed


def apply_editing(claims: list[Claim], config: EditorialConfig) -> list[Claim]:
    """Pins and notes attach to the claim that holds the sentence the editors named."""
    pinned = set(config.pinned)
    edited = []
    for claim in claims:
        notes = [config.notes[m] for m in claim.members if m in config.notes]
        edited.append(replace(claim, pinned=bool(pinned & set(claim.members)), note=" ".join(notes)))
    return edited


def page_order(claims: list[Claim]) -> list[Claim]:
    """Pinned first, then by independent outlets, reports before views, then by how much checkable detail."""
    return sorted(claims, key=lambda c: (not c.pinned, -len(c.outlets), c.opinion, -c.informativeness, c.id))


def compose(claims: list[Claim], canonical: Callable[[str], str] = str,
            corrected: set[str] = frozenset()) -> tuple[tuple[Claim, ...], ...]:
    """(summary, key points, single-source points) of one page, from its claims in page order.
    canonical: folds the other names of one actor into one (a capital's name and its country's); corrected: the
    points a correction says were wrongly reported, listed beside their correction but never summed up."""
    meaning = dict(zip((c.id for c in claims), embed([c.text for c in claims])))
    content = {c.id: _content(c.text, canonical) for c in claims}
    corroborated = [c for c in claims if _corroborated(c)]
    singles = [c for c in claims if not _corroborated(c)]
    fill = max(0, MIN_KEY_POINTS - len(corroborated))
    key = (corroborated + singles[:fill])[:MAX_KEY_POINTS]
    rest = singles[fill:fill + MAX_SINGLE_POINTS]
    summary: list[Claim] = []
    for claim in corroborated + singles:  # maximal marginal relevance: the best, never twice the same
        if len(summary) == SUMMARY_MAX or (len(summary) >= SUMMARY_MIN and len(claim.outlets) < 2):
            break
        # a point that needs its lead-in or the sentence before it shown with it makes the summary
        # only when several outlets report it (the summary lists its context too)
        # and a writer's view is no summary of what was reported
        if (not claim.context or _corroborated(claim)) and not claim.opinion and claim.id not in corrected and \
                not any(content[claim.id][0] == content[s.id][0]  # a denial never repeats what it denies
                        and (_same_content(claim, s) or _alike(meaning[claim.id], meaning[s.id])
                             or _says_within(content[claim.id][1], content[s.id][1])) for s in summary):
            summary.append(claim)
    return tuple(summary), tuple(key), tuple(rest)


def attach_details(claims: list[Claim]) -> tuple[list[Claim], dict[str, tuple[Claim, ...]]]:
    """Points one outlet makes whose sentence a corroborated point already cites become that point's
    details: the reader sees the shared claim once, with what the single report adds under it."""
    corroborated = [c for c in claims if _corroborated(c)][:MAX_KEY_POINTS]  # the ones shown as key points
    remaining, details = [], {}
    for claim in claims:
        host = None
        if not _corroborated(claim) and claim.members:
            host = next((c for c in corroborated if claim.members[0] in c.members), None)
        if host is None:
            remaining.append(claim)
        else:
            details[host.id] = (*details.get(host.id, ()), claim)
    most_informative = {host: tuple(sorted(found, key=lambda c: (-c.informativeness, c.id))[:MAX_DETAILS])
                        for host, found in details.items()}
    return remaining, most_informative


def _corroborated(claim: Claim) -> bool:
    """Several outlets report it, or the editors pinned it: a key point."""
    return claim.pinned or len(claim.outlets) > 1


def _alike(a: np.ndarray, b: np.ndarray) -> bool:
    return float(a @ b) >= SUMMARY_ALIKE


def _content(text: str, canonical: Callable[[str], str]) -> tuple[bool, frozenset[str]]:
    """(it denies, its content words with synonyms and an actor's names folded)."""
    return polarity_of(text)[0], claim_terms(text, canonical)


def _says_within(a: frozenset[str], b: frozenset[str]) -> bool:
    """One says nothing the other does not, in other words or with more detail: "The board called the
    charges baseless" and "'The accusations are groundless,' the board's spokesman said on Wednesday"."""
    smaller, larger = sorted((a, b), key=len)
    return len(smaller) >= SUMMARY_WITHIN_TERMS and len(smaller & larger) >= SUMMARY_WITHIN * len(smaller)


def _same_content(a: Claim, b: Claim) -> bool:
    cited_a = {(c.source_id, c.sentence_id) for c in a.citations}
    cited_b = {(c.source_id, c.sentence_id) for c in b.citations}
    # measured against the larger: one sentence may state two claims (an accusation, and the method
    # it names) and cite both, without the two saying the same thing
    return len(cited_a & cited_b) >= SUMMARY_OVERLAP * max(len(cited_a), len(cited_b))


def _voice(ref: SentenceRef) -> tuple[str, str]:
    """Who speaks a transcript's turn, as its source and family name: "ANNA BERGLUND" and "BERGLUND" are one."""
    return ref.source_id, ref.speaker.split()[-1].lower()


MIN_STATEMENT_WORDS = 3  #: words besides capitalised ones a turn's sentence needs to say something: not "I've heard that too"


def _says_something(text: str) -> bool:
    """Enough words besides names and the speaker's label to be a statement, or a denial ("That is simply not true");
    not the talk of the proceedings ("The committee will come to order")."""
    said = LABEL.sub("", text)
    if commentary_rules().meta_talk.search(said):
        return False
    # capitalised words left out: names, and the opening word ("Sure, ...", "I've ...", "That's ...")
    return len(content_stems(re.sub(r"\b[A-Z][\w'-]*", " ", said))) >= MIN_STATEMENT_WORDS or polarity_of(said)[0]


def quotation_topics(quotations: list[Quotation], claims: list[Claim], labelled: list[LabelledSentence],
                     first_topic: str) -> dict[str, str]:
    """Quotation id -> the topic whose page lists it: the page of the point its sentences state, else the
    topic their sentences answer, else that of the sentences just before them in the article. A transcript's
    turn is listed only where it states a point ("" places it nowhere)."""
    topic_of: dict[str, str] = {}
    last_in: dict[str, str] = {}  # source id -> topic of the last sentence read there that has one
    turn_topic: dict[tuple[str, str], str] = {}  # a transcript's turn -> the topic its first answer answers
    for ls in labelled:  # article order: a sentence no topic fits takes the one before it
        key = ls.ref.key
        if ls.labels:
            last_in[ls.ref.source_id] = ls.labels[0].topic
            if ls.ref.speaker:
                turn_topic.setdefault((ls.ref.source_id, ls.ref.paragraph_id), ls.labels[0].topic)
        if ls.ref.source_id in last_in:
            topic_of[key] = last_in[ls.ref.source_id]
    for ls in labelled:  # ... but a turn's sentence takes the topic its turn answers
        if not ls.labels and (ls.ref.source_id, ls.ref.paragraph_id) in turn_topic:
            topic_of[ls.ref.key] = turn_topic[ls.ref.source_id, ls.ref.paragraph_id]
    for claim in claims:
        if claim.topics:
            topic_of.update(dict.fromkeys(claim.members, claim.topics[0].topic))
    stated = {m for claim in claims if claim.topics for m in claim.members}
    # a guest's turn that answers a topic is listed though too short or too personal to be a point ("It is a
    # blockade."); not the turns of whoever asks the questions, whose introductions and links say nothing
    asking = {_voice(ls.ref) for ls in labelled if ls.ref.speaker and "?" in ls.ref.sentence.text}
    answering_turns = {(ls.ref.source_id, ls.ref.paragraph_id) for ls in labelled
                       if ls.ref.speaker and _voice(ls.ref) not in asking and (ls.labels or ls.ref.key in stated)}
    # a turn that answers a topic answers it in each statement that says something ("Identity checks are a speed
    # bump, not a wall."), not in its courtesies ("I've heard that too")
    answering = {ls.ref.key for ls in labelled if (ls.ref.source_id, ls.ref.paragraph_id) in answering_turns and
                 (ls.labels or _says_something(ls.ref.sentence.text))}
    placed = {}
    for quotation in quotations:
        if quotation.in_turn and not any(c.key in stated or c.key in answering for c in quotation.citations):
            placed[quotation.id] = ""  # a press conference's turns on other matters stay off every page
            continue
        votes: dict[str, int] = {}
        for citation in quotation.citations:
            topic = topic_of.get(citation.key)
            if topic:
                votes[topic] = votes.get(topic, 0) + 1
        placed[quotation.id] = max(sorted(votes), key=votes.get) if votes else first_topic
    return placed


def quotation_order(quotations: list[Quotation]) -> list[Quotation]:
    """Most outlets first, then by speaker, so the most widely carried words lead."""
    return sorted(quotations, key=lambda q: (-len(q.outlets), q.speaker.lower(), q.id))


FOLLOWING_SENTENCES = 3  #: how far on a measure's article may say it takes effect later
MAX_DETECTED = 10  #: detected disagreements per page, the most widely reported first


def recorded_disagreements(contradictions, claims: list[Claim], labelled: list[LabelledSentence]) -> list[Disagreement]:
    """The editors' contradictions: each sentence they name stands for its point, or alone if no point states it."""
    claim_of = points_by_sentence(claims)
    ref_of = {ls.ref.key: ls.ref for ls in labelled}
    found = []
    for contradiction in contradictions:
        sides: dict[str, DisagreementSide] = {}
        for key in contradiction.sentences:
            if key in claim_of:
                claim = claim_of[key]
                sides.setdefault(claim.id, DisagreementSide(claim.text, claim.citations, claim.outlets, (claim.id,)))
            elif key in ref_of:
                sides.setdefault(key, sentence_side(ref_of[key]))
        if len(sides) >= 2:
            found.append(Disagreement(tuple(sides.values()), contradiction.note, detected=False))
    return found


def _same_box(detected: Disagreement, recorded: Disagreement) -> bool:
    """Every side of the detected box cites a sentence the other box (the editors', or a more telling one)
    already sets out."""
    cited = {x.key for side in recorded.sides for x in side.citations}
    return all(cited & {x.key for x in side.citations} for side in detected.sides)


def _agreed(detected: Disagreement, agreements: Sequence[tuple[str, ...]]) -> bool:
    """The editors say two sentences the box sets on different sides do not disagree."""
    cited = [{x.key for x in side.citations} for side in detected.sides]
    return any(sum(bool(set(group) & keys) for keys in cited) > 1 for group in agreements)


def _disagreements_by_page(disagreements: list[Disagreement], claims: list[Claim],
                           first_topic: str) -> dict[str, list[Disagreement]]:
    """Each box goes on the page it names, else on that of its first point that has one; at most MAX_DETECTED
    detected ones a page."""
    topic_of = {c.id: c.topics[0].topic for c in claims if c.topics}
    pages: dict[str, list[Disagreement]] = {}
    for d in disagreements:
        page = pages.setdefault(d.topic or next((topic_of[c] for c in d.claim_ids if c in topic_of), first_topic), [])
        if not d.detected or sum(box.detected for box in page) < MAX_DETECTED:
            page.append(d)
    return pages


def follow_their_lead(key: list[Claim], singles: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """Single reports leaning on a key point ("Two audits have confirmed these findings" after "Inspectors found
    forged passes ...") join the key points, to stand after it, rather than stand apart with the key
    point repeated as their context."""
    while followers := [c for c in singles if c.context and any(lead.text in c.context for lead in key)]:
        key, singles = key + followers, [c for c in singles if c not in followers]  # and those leaning on them
    return key, singles


def lists_together(claims: list[Claim], position: dict[str, int]) -> list[Claim]:
    """Points that share a lead-in (the items of one list, or sentences leaning on one sentence) side by
    side where the first of them stands, in their article's order: a list reads as the source gives it.
    position: "<source>#<sentence>" -> where the sentence stands among all the articles' sentences."""
    def placed_at(claim: Claim) -> int:
        return position.get(claim.citations[0].key, 0)
    sharing: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.context and claim.citations:
            sharing.setdefault(claim.context, []).append(claim)
    # a point that is itself the lead-in of others goes first among them, and stands as their lead-in
    lead_of = {context: next((c for c in claims if c.text in context), None) for context in sharing}
    ordered, placed = [], set()

    def place(claim: Claim) -> None:  # the point, then those leaning on it, each followed by its own
        ordered.append(claim)
        placed.add(claim.id)
        for context, lead in lead_of.items():
            if lead is claim:
                for follower in sorted(sharing[context], key=placed_at):
                    if follower.id not in placed:
                        place(follower)

    for claim in claims:
        if claim.id in placed:
            continue
        context = claim.context if claim.context in sharing else next(
            (x for x, lead in lead_of.items() if lead is claim), "")
        run = sorted(sharing[context], key=placed_at) if context else [claim]
        run = ([lead_of[context]] if context and lead_of[context] else []) + run
        for c in run:
            if c.id not in placed:
                place(c)
    return ordered


def brief_topics(claims: list[Claim], labelled: list[LabelledSentence], quotations: list[Quotation],
                 config: EditorialConfig, canonical, sectioned: dict[str, SectionScores] | None = None,
                 found_elsewhere: Sequence[Disagreement] = (),
                 telling: Sequence[Disagreement] = ()) -> tuple[TopicBriefing, ...]:
    """Each topic's page: its claims composed, each under the section it answers if the topic has sections;
    its quotations, opinion and disagreements. sectioned: topic id -> how its sentences answer its sections;
    found_elsewhere: disagreements detected from more than the claims (the timeline's dates); telling: ones that
    say more than a box on the same sentences found from the claims, and replace it (a measure reported in
    force, against its denial, beats "one says the opposite")."""
    placed = quotation_topics(quotations, claims, labelled, config.topics[0].id if config.topics else "")
    vocabulary = load_vocabulary(config.status_words, config.actor_words)
    measures = {t.id for t in config.topics if t.statuses}
    position = {ls.ref.key: n for n, ls in enumerate(labelled)}  # every sentence, in article order
    following = {}  # "<source>#<sentence>" -> the next few sentences of its article
    for n, ls in enumerate(labelled):
        after = [x.ref.sentence.text for x in labelled[n + 1:n + 1 + FOLLOWING_SENTENCES]
                 if x.ref.source_id == ls.ref.source_id]
        following[ls.ref.key] = " ".join(after)
    claims = [with_status(c, vocabulary, following.get(c.citations[0].key, "")) if c.citations and
              any(lab.topic in measures for lab in c.topics) else c for c in claims]
    disagreements = [*recorded_disagreements(config.contradictions, claims, labelled),
                     *debated(config.debates, claims, labelled)]
    on_points = [d for d in detect_disagreements(claims, [ls.ref for ls in labelled],
                                                 canonical, quotations)
                 if not any(_same_box(d, better) for better in telling)]
    detected = [d for d in [*on_points, *found_elsewhere, *telling]
                if not any(_same_box(d, r) for r in disagreements) and not _agreed(d, config.agreements)]
    disagreements += sorted(detected, key=lambda d: -sum(len(side.outlets) for side in d.sides))
    by_page = _disagreements_by_page(disagreements, claims, config.topics[0].id if config.topics else "")
    retracted = corrected_points(disagreements)
    briefings = []
    for spec in config.topics:
        on_page = page_order([c for c in claims if any(lab.topic == spec.id for lab in c.topics)])
        listed, details = attach_details(on_page)
        summary, key, singles = compose(listed, canonical, retracted)
        key, singles = follow_their_lead(list(key), list(singles))
        key, singles = tuple(lists_together(key, position)), tuple(lists_together(singles, position))
        topic_quotes = tuple(quotation_order([q for q in quotations if placed[q.id] == spec.id]))
        opinions = tuple(ls.ref.citation for ls in labelled
                         if ls.reason == OPINION and any(lab.topic == spec.id for lab in ls.labels))
        scored = (sectioned or {}).get(spec.id)
        section_of = assign_sections(on_page, spec.sections, scored) if scored else {}
        briefings.append(TopicBriefing(spec, tuple(on_page), summary, key, singles, topic_quotes,
                                       tuple(by_page.get(spec.id, ())), opinions, tuple(details.items()),
                                       tuple(section_of.items())))
    return tuple(briefings)

