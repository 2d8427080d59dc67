"""Editorial config: mistakes are reported with file and line, never as a traceback."""
from __future__ import annotations

import pytest

from build_scripts.config import ConfigError, load_config
from conftest import ROOT

GOOD = """\
story:
  title: Ferries
  summary: The ferry story.
topics:
  - id: service
    title: The service
    cues:
      ferry: 2
"""


def write(tmp_path, text):
    path = tmp_path / "briefing.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_projects_config_loads():
    config = load_config(ROOT / "briefing.yml")
    assert len(config.topics) >= 4


def test_a_minimal_config_loads_with_defaults(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    assert config.topics[0].min_score == 1.0 and config.excluded_sentences == frozenset()


@pytest.mark.parametrize("text, message", [
    (GOOD.replace("    cues:", "    cuess:"), "briefing.yml:7: unknown key 'cuess' in topic"),
    (GOOD.replace("ferry: 2", "ferry: two"), "briefing.yml:8: cue 'ferry' needs a number"),
    (GOOD.replace("id: service", "id: Service Page"), "briefing.yml:5: topic id 'Service Page'"),
    (GOOD.replace("  title: Ferries\n", "  title: [Ferries\n"), "briefing.yml:3: YAML syntax error"),
    (GOOD + "cleaning:\n  furniture: ['(unclosed']\n", "briefing.yml:10: furniture pattern '(unclosed'"),
    (GOOD.replace("story:", "storey:"), "briefing.yml:1: unknown key 'storey'"),
    (GOOD + "sources:\n  a.txt:\n    outlit: X\n", "briefing.yml:11: unknown key 'outlit'"),
])
def test_mistakes_name_the_line(tmp_path, text, message):
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert str(caught.value).startswith(message), str(caught.value)


def test_python_object_tags_are_refused(tmp_path):
    with pytest.raises(ConfigError, match="YAML"):
        load_config(write(tmp_path, GOOD.replace("Ferries", "!!python/object/apply:os.system ['true']")))
