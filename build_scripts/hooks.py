"""MkDocs hook: regenerate the briefing pages before every `mkdocs build` / `mkdocs serve`.

Registered in mkdocs.yml under `hooks:`. MkDocs loads this file by path, so the
project root is put on sys.path for the package import. Only changed files are
written, so `mkdocs serve` settles after one rebuild instead of looping.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_scripts.config import ConfigError, load_config  # noqa: E402
from build_scripts.pipeline import build  # noqa: E402

log = logging.getLogger("mkdocs.plugins.briefing")


BRIEFINGS = "briefings/"  #: where the topic pages are written, one per topic of briefing.yml


def on_config(config, **kwargs):
    """The navigation's list of briefing pages is briefing.yml's topics, in its order: an editor who adds,
    renames or drops a topic there does not also edit mkdocs.yml."""
    project = Path(config["config_file_path"]).resolve().parent
    try:
        topics = load_config(project / "briefing.yml").topics
    except ConfigError:
        return config  # on_pre_build reports it
    pages = [f"{BRIEFINGS}{topic.id}.md" for topic in topics]
    for item in config["nav"] or []:
        for title, value in (item.items() if isinstance(item, dict) else ()):
            if isinstance(value, list) and value and all(isinstance(v, str) and v.startswith(BRIEFINGS) for v in value):
                item[title] = pages
    return config


def on_pre_build(config, **kwargs) -> None:
    project = Path(config["config_file_path"]).resolve().parent
    try:
        result = build(project / "seeds", project / "briefing.yml", Path(config["docs_dir"]))
    except ConfigError as exc:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(exc)) from None
    for problem in result.briefing.problems:
        # Bad seeds are reported but do not fail --strict: the other sources still build.
        log.info("%s: %s: %s", problem.severity, problem.file, problem.message)
    log.info(result.summary())
