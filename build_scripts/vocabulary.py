"""Vocabulary: general-English word groups the engine reads from its data files.

data/synonyms.yml groups words that say the same thing in a news claim; data/acts.yml groups
verbs (and their nouns) of saying or doing by meaning; data/polarity.yml lists the words of
denial and negation. All are about no story.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from .clauses import description
from .textutil import WORD, stem, words

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """stem -> the stem that stands for its whole group."""
    groups = yaml.safe_load((DATA / "synonyms.yml").read_text(encoding="utf-8")) or []
    return {stem(word): stem(group[0]) for group in groups for word in group if " " not in word}


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern | None, dict[str, str]]:
    groups = yaml.safe_load((DATA / "synonyms.yml").read_text(encoding="utf-8")) or []
    table = {word.lower(): group[0] for group in groups for word in group if " " in word}
    if not table:
        return None, table
    names = sorted(table, key=lambda p: (-len(p), p))
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in names) + r")\b", re.IGNORECASE), table


def fold_phrases(text: str) -> str:
    """Many-word synonyms replaced by their group's first word ("artificial intelligence" -> "AI")."""
    pattern, table = _phrases()
    return pattern.sub(lambda m: table[m.group().lower()], text) if pattern else text


@lru_cache(maxsize=1)
def acts() -> dict[str, int]:
    """stem -> the number of its group of acts ("accused", "alleges" -> the same number)."""
    groups = yaml.safe_load((DATA / "acts.yml").read_text(encoding="utf-8")) or []
    return {stem(word): n for n, group in enumerate(groups) for word in group if " " not in word}


def acts_named(text: str) -> frozenset[int]:
    """The acts of saying or doing a text names, as group numbers."""
    table = acts()
    return frozenset(table[s] for s in (stem(w) for w in words(text)) if s in table)


def names_denial(text: str) -> bool:
    """It names a denial anywhere, trailing descriptions included: "a charge the ministry dismissed"."""
    denials, _ = _polarity()
    return bool({stem(w) for w in words(text)} & denials)


def may_deny(text: str) -> bool:
    """A quick first test for names_denial: a word opening like a denial word ("rejected", "slanderous")."""
    return bool(_denial_openings().search(text))


@lru_cache(maxsize=1)
def _denial_openings() -> re.Pattern:
    denials, _ = _polarity()
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, denials))) + ")", re.IGNORECASE)


def sense(word_stem: str) -> str:
    """What a stem means, as far as these groups tell: "dismiss" and "reject" have one sense."""
    if word_stem in acts():
        return f"act:{acts()[word_stem]}"
    return synonyms().get(word_stem, word_stem)


@lru_cache(maxsize=1)
def _polarity() -> tuple[frozenset[str], frozenset[str]]:
    """(stems of denial words, stems of negation words)."""
    data = yaml.safe_load((DATA / "polarity.yml").read_text(encoding="utf-8"))
    return frozenset(stem(str(w)) for w in data["denial"]), frozenset(stem(str(w)) for w in data["negation"])


# "X, not Y, did it" and "not just X but Y" contrast two things, and "with the tolerance, if not the
# direction, of ..." concedes one; none of them denies anything
_CONTRAST = re.compile(r",\s*not\s[^,]*,|\bnot (?:just|only|merely|simply)\b|\bif not\b", re.IGNORECASE)
_ANSWER = re.compile(r"^\W*(?:yes|no)\s*[,.!\u2014-]+\s*", re.IGNORECASE)  #: "No, the ministry said ..." answers a question


#: a "not" this many words before a denial word negates it ("the absence of a public rebuttal")
DENIAL_NEGATION_REACH = 4


def negated_before(text: str, at: int, reach: int) -> bool:
    """A negation among the `reach` words before position `at`, in the same clause: "No lab has deployed",
    "has not banned", "haven't tightened"."""
    return negation_start(text, at, reach) >= 0


def negation_start(text: str, at: int, reach: int) -> int:
    """Where the negation negated_before finds begins ("has not added": at "not"), or -1."""
    _, negations = _polarity()
    clause_start = max((m.end() for m in re.finditer(r"[,;:.!?()\u2014]", text[:at])), default=0)
    near = list(WORD.finditer(text[clause_start:at].lower()))[-reach:]
    return next((clause_start + m.start() for m in near
                 if m.group().replace("\u2019", "'").endswith("n't") or stem(m.group()) in negations), -1)


def polarity_of(text: str) -> tuple[bool, bool]:
    """(it denies something, it says "not"). An opening "Yes," or "No," answers a question (an FAQ,
    an interview) and negates nothing in the sentence; nor does a trailing description ("X accused
    Y, a charge Y denies" is an accusation), nor a contrast ("the fees, not the storms, did it")."""
    text = _ANSWER.sub("", text)
    text = text.replace(description(text), "")
    denials, negations = _polarity()
    negating = words(_CONTRAST.sub(",", text))
    negative = [w.endswith("n't") or stem(w) in negations for w in negating]
    denies = names_denial(text)
    if denies and any(negative):
        # in a denial, "no basis in fact" or "offered no evidence" is how it denies; only a "not" just
        # before the denial word ("has not denied", "the absence of a rebuttal") turns it round
        denial_at = [n for n, w in enumerate(negating) if stem(w) in denials]
        return True, any(any(negative[max(0, n - DENIAL_NEGATION_REACH):n]) for n in denial_at)
    return denies, any(negative)
