"""Speakers: a sentence -> the stretches of it that name who says or does what it reports.

"Federation president Katrin Oberholt said on Tuesday ...", "According to the agency, ...",
"'...,' said the agency's chief investigator": the speaker is the subject of a verb of saying
or doing, the words after "according to", or the words after a verb that follows a quotation
or a comma. Which side a speaker is on is story knowledge: the editors name each topic's
voices in briefing.yml, and a sentence one of them speaks is evidence for that topic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .judge import commentary_rules

_CLAUSE_BREAK = re.compile(r"[,;:\u2014(\"\u201c\u201d]|\b(?:that|which|who|whom|whose|what|and|but|while|when|if|because)\b",
                           re.IGNORECASE)
_AFTER_WORDS = 12  #: how far after an inverted verb ("..., said X, the Y's Z") the speaker may be named


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern:
    verbs = sorted(commentary_rules().act_verbs, key=len, reverse=True)
    return re.compile(r"\b(?:according to|" + "|".join(re.escape(v) for v in verbs) + r")\b", re.IGNORECASE)


def speaker_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of the sentence that names who says or does what it reports."""
    spans = []
    for verb in _verb_pattern().finditer(sentence):
        before = sentence[:verb.start()]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        subject_start = breaks[-1].end() if breaks else 0
        if verb.group().lower() == "according to" or not re.search(r"\w", before[subject_start:]):
            after = re.match(r"(?:\W*\S+){1,%d}" % _AFTER_WORDS, sentence[verb.end():])
            if after:
                spans.append((verb.end(), verb.end() + after.end()))
        else:
            spans.append((subject_start, verb.start()))
    return spans


@dataclass(frozen=True)
class VoiceMatcher:
    """Each topic's voices (names and phrases, already expanded to every alias) as one pattern."""

    voices: tuple[tuple[str, ...], ...]  #: per topic

    def __post_init__(self):
        patterns = [re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(names, key=len, reverse=True))
                               + r")\b", re.IGNORECASE) if names else None for names in self.voices]
        object.__setattr__(self, "_patterns", patterns)

    def topics_spoken_for(self, sentence: str) -> frozenset[int]:
        """Indexes of the topics one of whose voices speaks in the sentence."""
        spans = speaker_spans(sentence)
        if not spans:
            return frozenset()
        found = set()
        for t, pattern in enumerate(self._patterns):
            if pattern is None:
                continue
            for match in pattern.finditer(sentence):
                if any(start <= match.start() and match.end() <= end for start, end in spans):
                    found.add(t)
                    break
        return frozenset(found)
