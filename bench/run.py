"""Scaling benchmark for the generator (not part of the test run).

Builds synthetic corpora by recombining the seeds' paragraphs into many articles from
many made-up outlets, runs the generator on each size in a fresh process, and prints
time per stage, articles per second and peak memory. The table is also written to
bench/results/scaling.md.

    .venv/bin/python bench/run.py                 # 100, 500, 1000 and 5000 articles
    .venv/bin/python bench/run.py --sizes 100 1000
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILLER = ("notably", "reportedly", "officially", "broadly", "largely", "recently", "publicly", "openly")


def paragraph_pool() -> list[str]:
    """Cleaned paragraphs of the seeds: the material the synthetic articles are made of."""
    from build_scripts.config import load_config
    from build_scripts.prepare import load_sources

    sources, _ = load_sources(ROOT / "seeds", load_config(ROOT / "briefing.yml"))
    return [p.text for s in sources for p in s.paragraphs if p.kind == "paragraph" and len(p.text.split()) > 12]


def perturb(text: str, rng: random.Random) -> str:
    """Insert an adverb somewhere: the same claim in slightly different words, as outlets write it."""
    words = text.split()
    position = rng.randrange(1, len(words))
    return " ".join(words[:position] + [rng.choice(FILLER)] + words[position:])


def make_corpus(folder: Path, articles: int, outlets: int = 60, seed: int = 7) -> None:
    rng = random.Random(seed)
    pool = paragraph_pool()
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        body = [perturb(p, rng) for p in rng.sample(pool, rng.randint(8, 16))]
        outlet = f"Synthetic Outlet {rng.randrange(outlets):02d}"
        day = 1 + n % 28
        front = (f"---\ntitle: Synthetic article {n:05d} on the story\noutlet: {outlet}\n"
                 f"url: https://outlet{n % outlets}.example/articles/{n}\ndate: 2026-04-{day:02d}\n---\n\n")
        (folder / f"{n:05d}.md").write_text(front + "\n\n".join(body) + "\n", encoding="utf-8")


def measure(corpus: Path, docs: Path) -> dict:
    """Run in a child process: one generator build, its stages and its peak memory."""
    from build_scripts.pipeline import build

    started = time.perf_counter()
    result = build(corpus, ROOT / "briefing.yml", docs)
    return {
        "seconds": time.perf_counter() - started,
        "stages": result.stages,
        "sources": len(result.briefing.sources),
        "claims": result.claim_count,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 1000, 5000])
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "DOCS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(Path(args.child[0]), Path(args.child[1]))))
        return 0

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus, docs = Path(tmp) / f"corpus-{size}", Path(tmp) / f"docs-{size}"
            make_corpus(corpus, size)
            out = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(docs)], check=True,
                                 capture_output=True, text=True).stdout
            row = json.loads(out.strip().splitlines()[-1]) | {"articles": size}
            rows.append(row)
            print(f"{size:>6} articles: {row['seconds']:6.1f} s, {size / row['seconds']:6.0f} articles/s, "
                  f"peak {row['peak_mb']:6.0f} MB (+ workers {row['worker_peak_mb']:.0f} MB each), "
                  f"{row['claims']} claims", flush=True)
            shutil.rmtree(corpus)
            shutil.rmtree(docs)
    table = render_table(rows)
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "scaling.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


def render_table(rows: list[dict]) -> str:
    stages = list(rows[0]["stages"])
    lines = ["| articles | total s | articles/s | peak MB | worker peak MB | claims | " + " | ".join(stages) + " |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in stages) + " |"]
    for row in rows:
        lines.append(f"| {row['articles']} | {row['seconds']:.1f} | {row['articles'] / row['seconds']:.0f} | "
                     f"{row['peak_mb']:.0f} | {row['worker_peak_mb']:.0f} | {row['claims']} | "
                     + " | ".join(f"{row['stages'].get(s, 0):.2f}" for s in stages) + " |")
    by_size = {r["articles"]: r["seconds"] for r in rows}
    if 500 in by_size and 5000 in by_size:
        lines.append(f"\n5,000 articles took {by_size[5000] / by_size[500]:.1f} times as long as 500.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
