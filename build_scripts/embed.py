"""Embed: texts -> unit vectors whose dot product says how alike their meanings are.

Uses wordllama's 256-dimension static embeddings, whose weights ship inside its wheel: the
model loads from the installed package and never touches the network (wordllama 0.4 looks
for its tokenizer in a folder that does not exist and then tries to download it, unless it
is pointed at its own package folder with downloads disabled).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

DIMENSIONS = 256
BATCH = 4096


@lru_cache(maxsize=1)
def _model():
    import wordllama

    return wordllama.WordLlama.load(dim=DIMENSIONS, cache_dir=Path(wordllama.__file__).parent,
                                    disable_download=True)


def embed(texts: list[str]) -> np.ndarray:
    """One L2-normalised float32 row per text (a zero row for a text with no words)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    unique = sorted(set(texts))  # each distinct text once: coverage repeats itself
    model = _model()
    with np.errstate(invalid="ignore", divide="ignore"):  # a text with no words has no direction
        rows = [model.embed(unique[i:i + BATCH], norm=True) for i in range(0, len(unique), BATCH)]
    vectors = np.nan_to_num(np.asarray(np.vstack(rows), dtype=np.float32), copy=False)
    row_of = {text: n for n, text in enumerate(unique)}
    return vectors[[row_of[text] for text in texts]]
