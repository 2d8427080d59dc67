"""Editorial config: mistakes are reported with file and line, never as a traceback."""
from __future__ import annotations

import pytest

from build_scripts.config import ConfigError, load_config
from build_scripts.model import Cue
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
    assert config.topics[0].cues == (Cue("ferry", 2.0),) and config.topics[0].examples == ()
    assert config.excluded_sentences == frozenset()


def test_cues_may_be_a_plain_list_and_topics_may_give_examples(tmp_path):
    text = GOOD.replace("    cues:\n      ferry: 2\n", "    cues: [ferry, Heavy Rain]\n    examples: [\"The ferry was cancelled.\"]\n")
    topic = load_config(write(tmp_path, text)).topics[0]
    assert topic.cues == (Cue("ferry", 1.0), Cue("heavy rain", 1.0))
    assert topic.examples == ("The ferry was cancelled.",)


def test_a_voice_that_names_an_entity_speaks_under_all_its_names(tmp_path):
    text = GOOD + "    voices: [Port Authority, harbour master]\n" + (
        "entities:\n  - name: Port Authority\n    kind: organisation\n    aliases: [the port, PA]\n")
    topic = load_config(write(tmp_path, text)).topics[0]
    assert topic.voices == ("Port Authority", "the port", "PA", "harbour master")


def test_a_topic_may_list_sections_each_read_like_a_topic(tmp_path):
    text = GOOD + ("    sections:\n      - title: What a ferry pass is\n        question: What is a ferry pass?\n"
                   "      - id: price\n        title: What it costs\n        question: How much is a pass?\n"
                   "        cues: [fare, euros]\n        examples: [\"A yearly pass costs 300 euros.\"]\n")
    what, price = load_config(write(tmp_path, text)).topics[0].sections
    assert (what.id, what.title, what.question, what.cues) == ("what-a-ferry-pass-is", "What a ferry pass is",
                                                               "What is a ferry pass?", ())
    assert (price.id, price.cues, price.examples) == ("price", (Cue("fare", 1.0), Cue("euros", 1.0)),
                                                      ("A yearly pass costs 300 euros.",))


@pytest.mark.parametrize("text, message", [
    (GOOD + "    voices: Port Authority\n", "briefing.yml:9: 'voices' must be a list of names or phrases"),
    (GOOD.replace("    cues:", "    cuess:"), "briefing.yml:7: unknown key 'cuess' in topic"),
    (GOOD.replace("ferry: 2", "ferry: two"), "briefing.yml:8: cue 'ferry' needs a positive number"),
    (GOOD.replace("ferry: 2", "ferry: 0"), "briefing.yml:8: cue 'ferry' needs a positive number"),
    (GOOD.replace("    cues:\n      ferry: 2\n", "    cues: []\n"), "briefing.yml:7: topic 'service' needs 'cues'"),
    (GOOD + "    examples: [[nested]]\n", "briefing.yml:9: 'examples' must be a list of sentences"),
    (GOOD.replace("id: service", "id: Service Page"), "briefing.yml:5: topic id 'Service Page'"),
    (GOOD.replace("  title: Ferries\n", "  title: [Ferries\n"), "briefing.yml:3: YAML syntax error"),
    (GOOD + "cleaning:\n  furniture: ['(unclosed']\n", "briefing.yml:10: furniture pattern '(unclosed'"),
    (GOOD.replace("story:", "storey:"), "briefing.yml:1: unknown key 'storey'"),
    (GOOD + "sources:\n  a.txt:\n    outlit: X\n", "briefing.yml:11: unknown key 'outlit'"),
    (GOOD + "entities:\n  - {name: Ferry Office, part_of: Harbour Board}\n",
     "briefing.yml:10: part_of 'Harbour Board' is not the name of an entity"),
    (GOOD + "    sections: What it is\n", "briefing.yml:9: 'sections' of topic 'service' must be a list"),
    (GOOD + "    sections:\n      - title: Fares\n", "briefing.yml:10: missing 'question'"),
    (GOOD + "    sections:\n      - {title: Fares, question: Why so dear, cue: [fare]}\n",
     "briefing.yml:10: unknown key 'cue' in section of topic 'service'"),
    (GOOD + "    sections:\n      - {title: Fares, question: Why so dear}\n      - {title: fares!, question: How much}\n",
     "briefing.yml:11: section id 'fares' is used twice in topic 'service'"),
])
def test_mistakes_name_the_line(tmp_path, text, message):
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert str(caught.value).startswith(message), str(caught.value)


def test_python_object_tags_are_refused(tmp_path):
    with pytest.raises(ConfigError, match="YAML"):
        load_config(write(tmp_path, GOOD.replace("Ferries", "!!python/object/apply:os.system ['true']")))
