"""Classify: sentences -> topic labels, with the cues that decided them.

A topic's cues are phrases with weights from briefing.yml. Cues match on word stems
(so "accuse" also finds "accused" and "accusations"); a sentence's score for a topic is
the sum of the weights of the distinct cues it contains. Also decides whether a
sentence may stand as a claim at all (questions, fragments, captions and first-person
opinion may not).
"""
from __future__ import annotations

import re

from .model import LabelledSentence, SentenceRef, TopicLabel, TopicSpec
from .normalize import is_first_person
from .textutil import stems, words

_TERMINAL = re.compile(r"[.!][\"'\u201d\u2019)\]]*$")
MIN_CLAIM_WORDS = 8


class TopicMatcher:
    """Pre-stemmed cues for fast matching of many sentences."""

    def __init__(self, topics: tuple[TopicSpec, ...]):
        self.topics = topics
        self._cues = [[(cue.phrase, tuple(stems(cue.phrase)), cue.weight) for cue in t.cues] for t in topics]

    def label(self, text: str) -> tuple[TopicLabel, ...]:
        sentence_stems = stems(text)
        present = set(sentence_stems)
        joined = " " + " ".join(sentence_stems) + " "
        labels = []
        for topic, cues in zip(self.topics, self._cues):
            matched, score = [], 0.0
            for phrase, cue_stems, weight in cues:
                if not cue_stems or not set(cue_stems) <= present:
                    continue
                if len(cue_stems) == 1 or f" {' '.join(cue_stems)} " in joined:
                    matched.append(phrase)
                    score += weight
            if matched and score >= topic.min_score:
                labels.append(TopicLabel(topic.id, round(score, 3), tuple(matched)))
        return tuple(labels)


def claim_eligibility(ref: SentenceRef, excluded: frozenset[str]) -> str:
    """Why a sentence may not stand as a claim; empty string when it may."""
    text = ref.sentence.text
    if f"{ref.source_id}#{ref.sentence.id}" in excluded:
        return "excluded by editors"
    if ref.paragraph_kind == "heading":
        return "heading"
    if ref.paragraph_kind == "caption":
        return "caption"
    if ref.paragraph_kind == "item":
        return "list item"
    if ref.other_language:
        return "other language"
    if text.rstrip("\"'\u201d\u2019) ").endswith("?"):
        return "question"
    if len(words(text)) < MIN_CLAIM_WORDS:
        return "fragment (too short)"
    if not _TERMINAL.search(text) or not text[:1].isupper() and not text[:1] in "\"'\u201c\u2018":
        return "fragment (not a complete sentence)"
    if is_first_person(text):
        return "first-person opinion"
    return ""


def classify_sentences(refs: list[SentenceRef], topics: tuple[TopicSpec, ...],
                       excluded: frozenset[str] = frozenset()) -> list[LabelledSentence]:
    matcher = TopicMatcher(topics)
    result = []
    for ref in refs:
        reason = claim_eligibility(ref, excluded)
        labels = matcher.label(ref.sentence.text) if ref.paragraph_kind != "caption" else ()
        result.append(LabelledSentence(ref, labels, eligible=not reason, reason=reason))
    return result
