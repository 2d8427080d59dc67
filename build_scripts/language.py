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
def _profiles() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    return {lang: frozenset(str(w) for w in ws) for lang, ws in data.items()}


_EDGE_PUNCTUATION = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019\u2014\u2013-"


def detect_language(text: str) -> str:
    tokens = [t.strip(_EDGE_PUNCTUATION) for t in text.lower().split()]  # cheap: this runs on every paragraph
    best, best_hits = "", 0
    for lang, profile in _profiles().items():
        hits = sum(1 for t in tokens if t in profile)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits >= MIN_HITS and best_hits >= len(tokens) * 0.15 else ""
