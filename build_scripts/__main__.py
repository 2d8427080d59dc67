"""Command line: python -m build_scripts {build,check}."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import ConfigError
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
    args = parser.parse_args(argv)

    try:
        result = build(args.seeds, args.config, args.docs if args.command == "build" else None, progress=True)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in result.briefing.problems:
        print(f"{problem.severity}: {problem.file}: {problem.message}", file=sys.stderr)
    if args.command == "check":
        errors = sum(p.severity == "error" for p in result.briefing.problems)
        print(f"Checked {len(result.briefing.sources) + errors} input(s): "
              f"{errors} error(s), {len(result.briefing.problems) - errors} warning(s)")
        return 1 if errors else 0
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
