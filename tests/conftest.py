"""Shared test helpers: a throw-away copy of the project to build sites in."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
HAND_WRITTEN_DOCS = ("index.md", "methodology.md", "assets")


def make_project(tmp: Path, seeds: Path | None = None, config_text: str | None = None) -> Path:
    """A copy of the project in tmp (hand-written docs only), optionally with other seeds/config."""
    project = tmp / "project"
    project.mkdir(parents=True)
    for name in ("mkdocs.yml", "build_scripts", "overrides"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / name)
    (project / "docs").mkdir()
    for name in HAND_WRITTEN_DOCS:
        src = ROOT / "docs" / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / "docs" / name)
    shutil.copytree(seeds or ROOT / "seeds", project / "seeds")
    (project / "briefing.yml").write_text(config_text or (ROOT / "briefing.yml").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    return project


def write_article(folder: Path, name: str, outlet: str, text: str, title: str = "", date: str = "") -> None:
    """One seed article with its front matter (date as YAML reads it: quote one that is not ISO)."""
    dated = f"date: {date}\n" if date else ""
    (folder / name).write_text(f"---\ntitle: {title or outlet + ' report'}\noutlet: {outlet}\n{dated}---\n\n{text}\n",
                               encoding="utf-8")


def ferry_config(tmp: Path, cues: list[str], question: str = "What did the council decide about ferries?") -> Path:
    """An editorial config with one topic, the council's ferries, for a test's own little seeds."""
    config = tmp / "briefing.yml"
    config.write_text("story: {title: Ferries, summary: The council's ferry plan.}\ntopics:\n"
                      f"  - {{id: ferries, title: Ferries, question: '{question}', intro: The vote., "
                      f"cues: [{', '.join(cues)}]}}\n", encoding="utf-8")
    return config


def build_fixture(seeds: Path, config_text: str, tmp: Path):
    """The generator run on a fixture story with its own editorial config, writing nothing; it must build
    without a problem."""
    from build_scripts.pipeline import build
    config = tmp / "briefing.yml"
    config.write_text(config_text, encoding="utf-8")
    result = build(seeds, config, None)
    assert result.briefing.problems == ()
    return result


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` in the project; the hook generates the pages first."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real seeds and config, built once with --strict."""
    project = make_project(tmp_path_factory.mktemp("site"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project
