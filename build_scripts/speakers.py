"""Speakers: a sentence -> the stretches of it that name who says or does what it reports.

"Federation president Katrin Oberholt said on Tuesday ...", "According to the agency, ...",
"'...,' said the agency's chief investigator": the speaker is the subject of a verb of saying
or doing, the words after "according to", or the words after a verb that follows a quotation
or a comma. Which side a speaker is on is story knowledge: the editors name each topic's
voices in briefing.yml, and a sentence one of them speaks is evidence for that topic.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .judge import LABEL, NAME_ZIPF, commentary_rules, general_zipf, is_first_person, says_we
from .textutil import DETERMINER_BEFORE

_CLAUSE_BREAK = re.compile(r"[,;:\u2014(\"\u201c\u201d]|\b(?:that|which|who|whom|whose|what|and|but|while|when|if|because)\b",
                           re.IGNORECASE)
_RELATIVE = frozenset({"which", "who", "that"})
_AFTER_WORDS = 12  #: how far after an inverted verb ("..., said X, the Y's Z") the speaker may be named
_AFTER = re.compile(r"(?:\W*\S+){1,%d}" % _AFTER_WORDS)
_NAME_AFTER_WORDS = 6  #: "..., said Ana Lopes[, the agency's ...]": a longer run after the verb is what was said
_WORD = re.compile(r"\w")
_TOKEN = re.compile(r"according to\b|[A-Za-z]+", re.IGNORECASE)  # "according to" is one verb of attribution
_PRONOUN = re.compile(r"\W*(?:he|she|they)\W*$", re.IGNORECASE)  #: "..., he said": the speaker is named before
# "It also says ...": a document or body named before speaks; "it" stands for a speaker only before a
# verb of saying ("It would also require ..." is what a bill or a rule does, not who says it)
_IT_SAYS = re.compile(r"\W*it(?:\s+(?:also|further|then|again|separately))?\s+(\w+)", re.IGNORECASE)
_MAY_POINT_BACK = re.compile(r"\b(?:he|she|they|it)\b", re.IGNORECASE)  #: needed by _PRONOUN and _IT_SAYS alike


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return commentary_rules().act_verbs | {"according to"}


def _verb_matches(sentence: str) -> list[re.Match]:
    verbs = _verbs()
    # a capitalised word inside the sentence is part of a name ("the Federated States"), not a verb
    return [m for m in _TOKEN.finditer(sentence) if m.group().lower() in verbs
            and (m.start() == 0 or not m.group()[0].isupper())
            and not DETERMINER_BEFORE.search(sentence, 0, m.start())]


def speaker_spans(sentence: str, speech_only: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each stretch of the sentence that names who says or does what it reports (only who
    says it, with speech_only)."""
    speech = commentary_rules().speech_verbs
    verbs = [v for v in _verb_matches(sentence) if not speech_only or v.group().lower() in speech]
    if not verbs:
        return []
    breaks = list(_CLAUSE_BREAK.finditer(sentence))
    spans = []
    reported_from = None  # where what a named speaker says begins
    for verb in verbs:
        if reported_from is not None and verb.start() >= reported_from and verb.group().lower() not in speech:
            continue  # "Lopes said the ministry had offered no proof": who acts in a report is not who speaks
        if verb.group().lower() in speech and reported_from is None:
            reported_from = verb.end()
        before = [b for b in breaks if b.end() <= verb.start()]
        subject_start = before[-1].end() if before else 0
        if (len(before) >= 2 and before[-1].group() == before[-2].group() == ","
                and not _WORD.search(sentence, subject_start, verb.start())):
            # "Ana Lopes, the ministry's spokeswoman, said ...": the subject and its apposition
            spans.append((before[-3].end() if len(before) >= 3 else 0, verb.start()))
            continue
        if before and before[-1].group().lower() in _RELATIVE and not _WORD.search(sentence, subject_start, verb.start()):
            # "..., the Harbour Board, which said ...": who speaks is what "which" stands for, before it
            spans.append((before[-3].end() if len(before) >= 3 else 0, before[-1].start()))
            continue
        if verb.group().lower() == "according to" or not _WORD.search(sentence, subject_start, verb.start()):
            after = _AFTER.match(sentence, verb.end())
            next_break = next((b.start() for b in breaks if b.start() >= verb.end()), len(sentence))
            named_first = len(sentence[verb.end():next_break].split()) <= _NAME_AFTER_WORDS
            if after and (named_first or verb.group().lower() == "according to"):
                spans.append((verb.end(), after.end()))
        else:
            spans.append((subject_start, verb.start()))
    return spans


@dataclass(frozen=True)
class VoiceMatcher:
    """Each topic's voices (names and phrases, already expanded to every alias), found in one pass."""

    voices: tuple[tuple[str, ...], ...]  #: per topic

    def __post_init__(self):
        topics_of: dict[str, set[int]] = {}
        for t, names in enumerate(self.voices):
            for name in names:
                topics_of.setdefault(name.lower(), set()).add(t)
        names = sorted(topics_of, key=lambda n: (-len(n), n))
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE) if names else None
        object.__setattr__(self, "_topics_of", topics_of)
        object.__setattr__(self, "_pattern", pattern)

    def topics_named(self, name: str) -> frozenset[int]:
        """Indexes of the topics one of whose voices the name is ("Mara Lind", a transcript's speaker)."""
        found = self._pattern.finditer(name) if self._pattern is not None else ()
        return frozenset(t for match in found for t in self._topics_of[match.group().lower()])

    def topics_spoken_for(self, sentence: str, before: str = "",
                          before_spoken: frozenset[int] | None = None) -> frozenset[int]:
        """Indexes of the topics one of whose voices speaks in the sentence. When its speaker is "he",
        "she" or "they", the speaker is the one of the sentence before it (before), whose own
        speaker the caller may already know (before_spoken: "He urged ... . '...,' he said.")."""
        named = list(self._pattern.finditer(sentence)) if self._pattern is not None else []
        if not named and not (before and _MAY_POINT_BACK.search(sentence)):
            return frozenset()  # most sentences name no voice and no "he", "she", "they" or "it" who speaks
        spans = speaker_spans(sentence)
        spoken = frozenset(t for match in named
                           if any(start <= match.start() and match.end() <= end for start, end in spans)
                           for t in self._topics_of[match.group().lower()])
        if not spoken and before and (any(_PRONOUN.match(sentence[a:b]) for a, b in spans) or _it_says(sentence)):
            # "He urged the Federated States to ...": the voice it names is not who speaks
            return before_spoken if before_spoken is not None else self.topics_spoken_for(before)
        return spoken


# "Mara Lind: We have noted the report.", "Q: ...": in a transcript each turn opens with who speaks it
FAQ_LABELS = frozenset({"q", "a", "question", "answer"})  #: an FAQ's turns: its publisher writing, quoting nobody
_ROLES = FAQ_LABELS | {"spokesperson", "spokesman", "spokeswoman", "reporter", "moderator", "host", "interviewer",
                       "journalist"}
MIN_TURNS = 3  #: labelled paragraphs, one speaker at least twice and two speakers: the article is a transcript


def transcript_speakers(paragraphs: list[str]) -> list[str]:
    """Per paragraph, who speaks it when the article is a transcript ('' for every paragraph when it is not,
    and for a paragraph that opens with no speaker). A label is a speaker when it names someone (a name,
    not "Introduced:" or "Update:") or a role ("Q:", "Spokesperson:")."""
    labels = turn_labels(paragraphs)
    turns = Counter(label for label in labels if label)
    if sum(turns.values()) < MIN_TURNS or len(turns) < 2 or max(turns.values()) < 2:
        return [""] * len(paragraphs)
    return labels


ORGANISATION_VOICE = 0.3  #: share of sentences saying "we" that makes a text an organisation's own statement
MAX_SINGULAR = 0.03  #: an op-ed or a column says "I" too


def organisation_voice(sentences: list[str], name: str) -> str:
    """Who "we" is when a text is an organisation's own statement (a company's post "We banned
    21,000 accounts", a ministry's release): the name it is published under, when "we" runs through
    the text and "I" hardly appears; '' for an article, whose "we" is the writer's."""
    if not name or not sentences:
        return ""
    if sum(map(says_we, sentences)) < ORGANISATION_VOICE * len(sentences):
        return ""  # most texts: "I" need not be counted
    return name if sum(map(is_first_person, sentences)) <= MAX_SINGULAR * len(sentences) else ""


def turn_labels(paragraphs: list[str]) -> list[str]:
    """Per paragraph, the speaker label it opens with ('' for none), read with the text's own words."""
    running_text = " ".join(LABEL.sub("", text) for text in paragraphs)
    return [speaker_label(text, running_text) for text in paragraphs]


def speaker_label(paragraph: str, running_text: str = "") -> str:
    """The label a transcript's turn opens with, when it names someone or a role ("Mara Lind:", "Q:"): a word
    too rare to be English, or a full name the transcript's own words give ("TOM AVERY (HOST):", whom the show
    opens on "I'm Tom Avery"; first names and common surnames are English words too)."""
    found = LABEL.match(paragraph)
    if not found:
        return ""
    label = found.group(1)
    names = label.lower() in _ROLES or any(general_zipf(w.lower()) < NAME_ZIPF for w in label.split())
    return label if names or _named_in(label, running_text) else ""


_ROLE_ASIDE = re.compile(r"\s*\([^)]*\)|,.*$")  #: "TOM AVERY (HOST)", "RACHEL DUNMORE, ANCHOR"


def _named_in(label: str, running_text: str) -> bool:
    """The label's name, of two words or more, written as a name in the text: "HELEN ZHOU-BARRETT" as "Helen
    Zhou-Barrett"."""
    name = _ROLE_ASIDE.sub("", label).strip()
    name = name.title() if name.isupper() else name
    return len(name.split()) >= 2 and bool(running_text) and \
        re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", running_text) is not None


def _it_says(sentence: str) -> bool:
    found = _IT_SAYS.match(sentence)
    return bool(found) and found.group(1).lower() in commentary_rules().speech_verbs
