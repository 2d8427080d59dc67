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
        # Cues indexed by their first stem: a sentence only checks cues that can match it.
        self._by_first_stem: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
        for t, topic in enumerate(topics):
            for c, cue in enumerate(topic.cues):
                cue_stems = tuple(stems(cue.phrase))
                if cue_stems:
                    self._by_first_stem.setdefault(cue_stems[0], []).append((t, c, cue_stems))

    def label(self, text: str) -> tuple[TopicLabel, ...]:
        sentence_stems = stems(text)
        present = set(sentence_stems)
        joined = " " + " ".join(sentence_stems) + " "
        matched: dict[int, set[int]] = {}
        for first in present:
            for t, c, cue_stems in self._by_first_stem.get(first, ()):
                if len(cue_stems) == 1 or (set(cue_stems) <= present and f" {' '.join(cue_stems)} " in joined):
                    matched.setdefault(t, set()).add(c)
        labels = []
        for t in sorted(matched):
            topic = self.topics[t]
            cues = [topic.cues[c] for c in sorted(matched[t])]  # in the editors' order
            score = sum(cue.weight for cue in cues)
            if score >= topic.min_score:
                labels.append(TopicLabel(topic.id, round(score, 3), tuple(cue.phrase for cue in cues)))
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
    verdicts = judge_sentences(refs, topics, excluded)
    return [LabelledSentence(ref, labels, eligible=not reason, reason=reason)
            for ref, (labels, reason) in zip(refs, verdicts)]


def judge_sentences(refs: list[SentenceRef], topics: tuple[TopicSpec, ...],
                    excluded: frozenset[str] = frozenset()) -> list[tuple[tuple[TopicLabel, ...], str]]:
    """(labels, reason not a claim) per sentence: the part worth running in worker processes."""
    matcher = TopicMatcher(topics)
    return [(matcher.label(ref.sentence.text) if ref.paragraph_kind != "caption" else (),
             claim_eligibility(ref, excluded)) for ref in refs]
