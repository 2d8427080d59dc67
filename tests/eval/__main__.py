"""`make eval`: build every annotated corpus and print how the briefing scores against its gold.

    .venv/bin/python -m tests.eval              # the table
    .venv/bin/python -m tests.eval --verbose    # and every missed claim, extra point, wrong citation
"""
from __future__ import annotations

import argparse
import sys

from .corpora import CORPORA, evaluate_corpus
from .scoring import Scores

COLUMNS = ("corpus", "claims", "multi", "recall", "recall-multi", "points/claim", "outlets>=90%", "filler",
           "citation-prec", "misfiled", "points")


def row(s: Scores) -> tuple:
    return (s.corpus, s.gold_claims, s.multi_claims, f"{s.recall:.2f}", f"{s.recall_multi:.2f}",
            f"{s.points_per_claim:.2f}", f"{s.outlets_cited:.2f}", s.filler_points, f"{s.citation_precision:.2f}",
            f"{s.misfiled_rate:.2f}", s.points)


def total(all_scores: list[Scores]) -> Scores:
    """All corpora pooled (every claim, point and citation counts once)."""
    pooled = Scores("all")
    for s in all_scores:
        for name in ("gold_claims", "multi_claims", "found", "found_multi", "points", "identified_points",
                     "duplicate_points", "filler_points", "misfiled", "citations", "citations_correct"):
            setattr(pooled, name, getattr(pooled, name) + getattr(s, name))
        pooled.outlet_coverage += s.outlet_coverage
    return pooled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list each problem behind the figures")
    parser.add_argument("--corpus", action="append", help="only this corpus (repeatable)")
    args = parser.parse_args(argv)
    results = [evaluate_corpus(c) for c in CORPORA if not args.corpus or c.name in args.corpus]
    for s in results:
        if args.verbose:
            print(f"\n== {s.corpus}: missed {len(s.missed)}")
            for line in s.missed:
                print(f"  missed {line}")
            for line in s.details:
                print(f"  {line}")
            for line in s.unmatched_locators:  # text the cleaner removed (furniture, summary boxes)
                print(f"  gold locator matches no sentence: {line}")
    if args.verbose:
        print()
    rows = [COLUMNS] + [row(s) for s in results] + ([row(total(results))] if len(results) > 1 else [])
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(COLUMNS))]
    for r in rows:  # the table last, so the figures are what a terminal shows at the end
        print("  ".join(str(v).rjust(w) if i else str(v).ljust(w) for i, (v, w) in enumerate(zip(r, widths))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
