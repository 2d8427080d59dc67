"""`make eval`: build every annotated corpus and print how the briefing scores against its gold.

    .venv/bin/python -m tests.eval              # the table
    .venv/bin/python -m tests.eval --verbose    # and every missed claim, extra point, wrong citation
"""
from __future__ import annotations

import argparse
import sys

from build_scripts.pipeline import build

from .corpora import CORPORA, evaluate_corpus, evaluate_features
from .features import FeatureScores
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
    built = [(c, build(c.seeds, c.config, None)) for c in CORPORA if not args.corpus or c.name in args.corpus]
    results = [evaluate_corpus(c, r) for c, r in built]
    features = [evaluate_features(c, r) for c, r in built]
    for s, f in zip(results, features):
        if args.verbose:
            print(f"\n== {s.corpus}: missed {len(s.missed)}")
            for line in s.missed:
                print(f"  missed {line}")
            for line in s.details:
                print(f"  {line}")
            for line in s.unmatched_locators:  # text the cleaner removed (furniture, summary boxes)
                print(f"  gold locator matches no sentence: {line}")
            for line in f.details:
                print(f"  {line}")
    if args.verbose:
        print()
    rows = [COLUMNS] + [row(s) for s in results] + ([row(total(results))] if len(results) > 1 else [])
    print_table([FEATURE_COLUMNS] + [feature_row(f) for f in features]
                + ([feature_row(total_features(features))] if len(features) > 1 else []))
    print()
    print_table(rows)  # the claims table last, so its figures are what a terminal shows at the end
    return 0


FEATURE_COLUMNS = ("corpus", "quotes", "found", "+speaker", "listed", "scare-listed", "disagree", "shown",
                   "detected", "status", "right", "enacted-wrong", "no-status", "events", "on-timeline", "out-of-order",
                   "sectioned", "section-right")


def feature_row(f: FeatureScores) -> tuple:
    return (f.corpus, f.gold_quotes, f.quotes_found, f"{f.quotes_speaker} ({f.quote_recall:.2f})", f.listed_quotes,
            f"{f.scare_listed}/{f.scare_quotes}", f.gold_disagreements,
            f"{f.disagreements_shown} ({f.disagreement_recall:.2f})", f.disagreements_detected, f.gold_status,
            f"{f.status_right} ({f.status_accuracy:.2f})", f.wrongly_enacted,
            f.measure_points - f.measure_points_with_status, f.gold_events,
            f"{f.events_found} ({f.event_recall:.2f})", f.events_out_of_order, f.gold_sectioned,
            f"{f.section_right} ({f.section_accuracy:.2f})")


def total_features(all_features: list[FeatureScores]) -> FeatureScores:
    pooled = FeatureScores("all")
    for f in all_features:
        for name, value in vars(f).items():
            if isinstance(value, int) and not isinstance(value, bool):
                setattr(pooled, name, getattr(pooled, name) + value)
    return pooled


def print_table(rows: list[tuple]) -> None:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(str(v).rjust(w) if i else str(v).ljust(w) for i, (v, w) in enumerate(zip(r, widths))))


if __name__ == "__main__":
    sys.exit(main())
