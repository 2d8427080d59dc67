"""Sections: a topic page's points -> the sub-question (section) each answers.

The editors may split a topic into sections, each described like a topic (a question, cue
phrases, example sentences). The points of the page are scored against them as sentences are
against topics, by meaning, cues and the wording learned from the clearest cases; a point's
place is decided half by its own sentence and half by the sentences that state it. Every
sentence of a page is about its topic, so meaning tells the sections apart less than the kind
of answer each asks for: a question worded "What is ...?" is answered by a definition, "How
does ...?" by steps, "Why is it hard ...?" by obstacles; the phrases that mark each kind of
answer (build_scripts/data/questions.yml) join the section's cues. A point no section fits is
left out of all of them, and the page lists it last.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from .model import Claim, Cue, SentenceRef, TopicLabel, TopicSpec
from .status import phrase_pattern
from .textutil import STOPWORDS, stems, words
from .topics import best_topics, claim_row, score_topics, with_neighbours

DATA = Path(__file__).parent / "data" / "questions.yml"


@lru_cache(maxsize=1)
def _kinds() -> tuple[float, tuple[tuple[object, tuple[str, ...]], ...]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return float(data["weight"]), tuple((phrase_pattern(kind["asks"]), tuple(kind["answers"]))
                                        for kind in data["kinds"])


def answer_cues(question: str) -> tuple[Cue, ...]:
    """The phrases that mark an answer of the kind the question asks for, as cues."""
    weight, kinds = _kinds()
    phrases = [p for asks, answers in kinds if asks.search(question) for p in answers]
    return tuple(Cue(p, weight) for p in dict.fromkeys(phrases))


def cued_sections(topic: TopicSpec) -> tuple[TopicSpec, ...]:
    """The topic's sections, each with its own cues, the words only its question asks about ("hard to
    detect, prove or stop": detect, prove, stop; not the topic's own words, nor a word another section's
    question shares) and the phrases of the kind of answer it asks for."""
    weight, _ = _kinds()
    topic_words = {stem for text in (topic.title, topic.question, topic.intro, *topic.examples,
                                     *(c.phrase for c in topic.cues)) for stem in stems(text)}
    asked = Counter(stem for s in topic.sections for stem in set(stems(s.question)))
    shared = {stem for stem, n in asked.items() if n > 1}
    sections = []
    for section in topic.sections:
        own = {cue.phrase for cue in section.cues}
        question_words = [w for w in dict.fromkeys(words(section.question)) if w not in STOPWORDS and len(w) > 2
                          and not set(stems(w)) & (topic_words | shared)]
        extra = [c for c in (*(Cue(w, weight) for w in question_words), *answer_cues(section.question))
                 if c.phrase not in own]
        sections.append(replace(section, cues=section.cues + tuple({c.phrase: c for c in extra}.values())))
    return tuple(sections)


@dataclass(frozen=True)
class SectionScores:
    """How well each sentence on one topic answers each of the topic's sections."""

    row_of: dict[str, int]  #: "<source id>#<sentence id>" -> row
    scores: np.ndarray  #: sentences x sections; higher is better
    relevant: np.ndarray  #: sentences x sections; False where a sentence is too far from a section to be in it


def score_all_sections(topics: tuple[TopicSpec, ...], claims: list[Claim], refs: list[SentenceRef], said: list[str],
                       vectors: np.ndarray, labels: dict[str, tuple[TopicLabel, ...]]) -> dict[str, SectionScores]:
    """Topic id -> how the sentences on it answer its sections, for each topic that has sections. refs are the
    scored sentences in reading order, said what each says (with its list lead-in), vectors each read in its
    paragraph and under its heading, labels the topics each sentence answers. A sentence is on a topic when
    a topic label or a claim placed there holds it."""
    found = {}
    keys = [ref.key for ref in refs]
    for topic in (t for t in topics if t.sections):
        stated = {m for c in claims if any(lab.topic == topic.id for lab in c.topics) for m in c.members}
        rows = [n for n, key in enumerate(keys)
                if key in stated or any(lab.topic == topic.id for lab in labels.get(key, ()))]
        # a heading that asks a question ("Why is it so hard to stop?") says what the sentences under it answer
        texts = [f"{refs[n].section} {said[n]}" if refs[n].section.endswith("?") else said[n] for n in rows]
        scores = with_neighbours(score_topics(texts, vectors[rows], cued_sections(topic)),
                                 [(refs[n].source_id, refs[n].section) for n in rows])
        found[topic.id] = SectionScores({keys[n]: row for row, n in enumerate(rows)}, scores.scores, scores.relevant)
    return found


def assign_sections(claims: list[Claim], sections: tuple[TopicSpec, ...], scored: SectionScores) -> dict[str, str]:
    """Claim id -> id of the section whose question it answers best (claims no section fits are absent)."""
    placed = {}
    for claim in claims:
        own = claim.citations[0].key if claim.citations else ""
        rows = [scored.row_of[key] for key in dict.fromkeys((own, *claim.members)) if key in scored.row_of]
        if not rows:
            continue
        chosen = best_topics(*claim_row(scored.scores, scored.relevant, rows))
        if chosen:
            placed[claim.id] = sections[chosen[0]].id
    return placed
