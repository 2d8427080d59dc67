"""How well a similarity tells two outlets' wordings of one claim from two different claims.

    .venv/bin/python -m tests.eval.pairs                         # the bundled embeddings and word overlap
    .venv/bin/python -m tests.eval.pairs --texts-out texts.json  # the sentences, for another model to embed
    .venv/bin/python -m tests.eval.pairs --vectors vectors.npy   # ... and that model's vectors, in that order

The pairs are every two gold sentences from different outlets whose claims sit on one page (the hard
case: same subject); a pair is positive when the two state a common gold claim. A benchmark: it measures
and prints, it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import yaml

from build_scripts.embed import embed
from build_scripts.pipeline import build
from build_scripts.textutil import content_stems, outlet_key_for

from .corpora import CORPORA
from .scoring import Scores, SentenceIndex, load_gold_claims

RECALLS = (0.25, 0.5, 0.75)


def gold_pairs(corpus) -> list[tuple[bool, str, str]]:
    """(same claim?, text, text) for each pair of gold sentences from different outlets on one page."""
    briefing = build(corpus.seeds, corpus.config, None).briefing
    text = {(s.file, sentence.id): sentence.text for s in briefing.sources
            for p in s.paragraphs for sentence in p.sentences}
    outlet = {s.file: outlet_key_for(s.counted_as, s.file) for s in briefing.sources}
    gold = yaml.safe_load(corpus.gold.read_text(encoding="utf-8"))
    claims = load_gold_claims(gold, SentenceIndex(briefing.sources), outlet, Scores(corpus.name))
    stated: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for claim in claims:
        for key in claim.sentences:
            stated.setdefault(key, set()).add((claim.id, claim.page))
    keys = sorted(stated)
    pairs = []
    for n, a in enumerate(keys):
        for b in keys[n + 1:]:
            if outlet[a[0]] == outlet[b[0]] or not {p for _, p in stated[a]} & {p for _, p in stated[b]}:
                continue
            same = bool({c for c, _ in stated[a]} & {c for c, _ in stated[b]})
            pairs.append((same, text[a], text[b]))
    return pairs


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Chance that a positive pair scores above a negative one (ties count half)."""
    ranks = np.argsort(np.argsort(scores, kind="stable"), kind="stable") + 1.0
    for value in np.unique(scores):  # average the ranks of ties
        tied = scores == value
        ranks[tied] = ranks[tied].mean()
    positives = labels.sum()
    negatives = len(labels) - positives
    return float((ranks[labels].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def precision_at(scores: np.ndarray, labels: np.ndarray, recall: float) -> float:
    """Precision of the best-scored pairs when they hold this share of the positives."""
    order = np.argsort(-scores, kind="stable")
    found = np.cumsum(labels[order])
    k = int(np.searchsorted(found, recall * labels.sum())) + 1
    return float(found[k - 1] / k)


def overlap(a: str, b: str) -> float:
    x, y = set(content_stems(a)), set(content_stems(b))
    return len(x & y) / (len(x | y) or 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.pairs", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts-out", type=Path, help="write the sentences (a JSON list) and stop")
    parser.add_argument("--vectors", type=Path, help="unit vectors of those sentences, one row each (.npy)")
    args = parser.parse_args(argv)
    pairs = [pair for corpus in CORPORA for pair in gold_pairs(corpus)]
    texts = sorted({t for _, a, b in pairs for t in (a, b)})
    if args.texts_out:
        args.texts_out.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        return 0
    labels = np.array([same for same, _, _ in pairs])
    row = {t: n for n, t in enumerate(texts)}
    a, b = [row[x] for _, x, _ in pairs], [row[y] for _, _, y in pairs]
    bundled = embed(texts)
    measures = {"bundled embedding (cosine)": np.einsum("ij,ij->i", bundled[a], bundled[b]),
                "word overlap (Jaccard of stems)": np.array([overlap(x, y) for _, x, y in pairs])}
    measures["bundled embedding + word overlap"] = sum(measures.values())
    if args.vectors:
        other = np.load(args.vectors)
        measures[f"{args.vectors.name} (cosine)"] = np.einsum("ij,ij->i", other[a], other[b])
    print(f"{len(pairs)} pairs of gold sentences from different outlets on one page, "
          f"{int(labels.sum())} of them stating a common claim")
    print(f"{'similarity':40s}  {'AUC':>5s}  " + "  ".join(f"prec@recall {r:.2f}" for r in RECALLS))
    for name, scores in measures.items():
        scores = np.round(scores.astype(np.float64), 6)
        print(f"{name:40s}  {auc(scores, labels):5.3f}  "
              + "  ".join(f"{precision_at(scores, labels, r):16.2f}" for r in RECALLS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
