"""A time-boxed fuzz run: mutated articles through read, clean, segment and (in small batches) the whole
build, counting what was tried and reporting any crash.

    .venv/bin/python bench/fuzz.py --seconds 60

Inputs are the seeds and the test inputs, mutated at random (bytes flipped, markup pieces inserted,
cut short, repeated, wrapped in a web page); every one must be built or refused with a reason. The
run is reproducible from --seed. It measures and reports; tests/test_properties.py checks the
properties on every run of the test suite.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from build_scripts.normalize import load_rules  # noqa: E402
from build_scripts.pipeline import build  # noqa: E402
from build_scripts.prepare import prepare_document  # noqa: E402

PIECES = [b"<zq>", b"</title><zq>", b"<img src=x onerror=zq()>", b"[zq](javascript:zq)", b"{#zq}", b"{{ zq }}",
          b"`zq`", b"*zq*", b"&lt;", b"<!--", b"---\n", b"\n- zq", b"\n# zq", b"|zq|", b"[^1]", b"\\", b"\xe2\x80",
          b"\xc3\xa2\xe2\x82\xac", b"\x00", b"\r\n", b"\t", b"\n\n", b"<div>", b"</p>", b"\"", b"...", b"Mr. ", b"1. ",
          b" 4.0.1 ", b" 3.2.1 billion ", b" $1,2.3 ", b" 1.5.2026 ", b" 10.000,5 "]  # versions, dates, odd figures
SUFFIXES = (".txt", ".md", ".html")
BATCH = 4  #: mutated articles built together as one corpus, every so often


def mutate(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(6)
        at = rng.randint(0, len(data))
        if kind == 0 and data:
            i = rng.randrange(len(data))
            data = data[:i] + bytes([rng.randrange(256)]) + data[i + 1:]
        elif kind == 1:
            data = data[:at] + rng.choice(PIECES) * rng.randint(1, 50) + data[at:]
        elif kind == 2:
            data = data[:at]
        elif kind == 3 and data:
            start = rng.randrange(len(data))
            data = data[:at] + data[start:start + rng.randint(1, 2000)] * rng.randint(1, 5) + data[at:]
        elif kind == 4:
            data = b"<html><head><title>" + data[:200] + b"</title></head><body><p>" + data + b"</p></body></html>"
        else:
            data = b"---\ntitle: " + data[:80].replace(b"\n", b" ") + b"\n---\n\n" + data
    return data[:3_000_000]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = [p.read_bytes() for folder in (ROOT / "seeds", ROOT / "tests" / "fixtures" / "inputs")
              for p in sorted(folder.iterdir()) if p.is_file()]
    rules = load_rules(())
    tried = refused = builds = 0
    crashes: list[str] = []
    slowest = (0.0, "")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "seeds"
        batch.mkdir()
        while time.perf_counter() - started < args.seconds:
            name = f"input-{tried}{rng.choice(SUFFIXES)}"
            path = batch / name
            path.write_bytes(mutate(rng.choice(corpus), rng))
            began = time.perf_counter()
            try:
                prepared, problems = prepare_document(path, rules, None)
                refused += prepared is None
                if prepared is None and not problems:
                    crashes.append(f"{name}: refused without a reason")
            except Exception:  # noqa: BLE001 - a crash is what this run looks for
                crashes.append(f"{name}: {traceback.format_exc(limit=3)}")
            spent = time.perf_counter() - began
            slowest = max(slowest, (spent, name))
            tried += 1
            if tried % BATCH == 0:  # the whole build on the last few inputs together
                try:
                    build(batch, ROOT / "briefing.yml", None)
                    builds += 1
                except Exception:  # noqa: BLE001
                    crashes.append(f"build of {sorted(p.name for p in batch.iterdir())}: "
                                   f"{traceback.format_exc(limit=3)}")
                for old in batch.iterdir():
                    old.unlink()
    elapsed = time.perf_counter() - started
    print(f"fuzz: {tried} inputs in {elapsed:.0f} s ({refused} refused with a reason), {builds} whole builds of "
          f"{BATCH}, {len(crashes)} crashes; slowest input {slowest[0]:.2f} s (seed {args.seed})")
    for crash in crashes[:5]:
        print(crash)
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
