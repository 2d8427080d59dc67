"""Command line: python -m build_scripts {build,check,add}."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .acquire import add_article
from .config import ConfigError
from .ingest import InputError
from .pipeline import build

ROOT = Path.cwd()


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of input articles (default: seeds/)")
    parser.add_argument("--config", type=Path, default=ROOT / "briefing.yml",
                        help="editorial config (default: briefing.yml)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="generate the briefing pages into docs/")
    _paths(build_cmd)
    build_cmd.add_argument("--docs", type=Path, default=ROOT / "docs", help="MkDocs docs folder (default: docs/)")
    check_cmd = commands.add_parser("check", help="list every problem with the inputs; exit 1 on errors")
    _paths(check_cmd)
    check_cmd.add_argument("--verbose", action="store_true", help="also list every text removed from each source")
    add_cmd = commands.add_parser("add", help="store an article file or web page in seeds/ with front matter")
    add_cmd.add_argument("target", help="a file path or an http(s) URL")
    add_cmd.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of input articles")
    args = parser.parse_args(argv)

    if args.command == "add":
        return _add(args.target, args.seeds)

    try:
        result = build(args.seeds, args.config, args.docs if args.command == "build" else None, progress=True)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in result.briefing.problems:
        print(f"{problem.severity}: {problem.file}: {problem.message}", file=sys.stderr)
    if args.command == "check":
        if args.verbose:
            for source in result.briefing.sources:
                for fix in source.fixes:
                    print(f"{source.file}: {fix.name}: {fix.removed or fix.detail}")
        errors = sum(p.severity == "error" for p in result.briefing.problems)
        print(f"Checked {len(result.briefing.sources) + errors} input(s): "
              f"{errors} error(s), {len(result.briefing.problems) - errors} warning(s)")
        return 1 if errors else 0
    print(result.summary())
    return 0


def _add(target: str, seeds: Path) -> int:
    try:
        path = add_article(target, seeds)
    except InputError as exc:
        print(f"error: {target}: {exc}", file=sys.stderr)
        return 1
    print(f"Added {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
