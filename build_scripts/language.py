"""Language: which language a piece of text is in, from its function words.

Good enough to set a missing `language` and to flag paragraphs in another language;
needs no model or download. Returns "" when there are too few words to tell.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml


WORDS_FILE = Path(__file__).parent / "data" / "function_words.yml"
MIN_HITS = 3  #: fewer function words than this and we do not guess


@lru_cache(maxsize=1)
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """word -> the languages it is a function word of (one lookup per word, not one per language)."""
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    index: dict[str, list[str]] = {}
    for lang, function_words in data.items():
        for word in function_words:
            index.setdefault(str(word), []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


_EDGE_PUNCTUATION = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019\u2014\u2013-"


def detect_language(text: str) -> str:
    tokens = [t.strip(_EDGE_PUNCTUATION) for t in text.lower().split()]  # cheap: this runs on every paragraph
    index = _languages_of_word()
    hits: dict[str, int] = {}
    for token in tokens:
        for lang in index.get(token, ()):
            hits[lang] = hits.get(lang, 0) + 1
    best, best_hits = "", 0
    for lang in sorted(hits):  # sorted: ties go the same way every time
        if hits[lang] > best_hits:
            best, best_hits = lang, hits[lang]
    return best if best_hits >= MIN_HITS and best_hits >= len(tokens) * 0.15 else ""
