"""Debates: a question the editors name, with the words of each answer, gathers every sentence that gives one,
in the articles the editors have read and in those added later."""
from __future__ import annotations

import json
import shutil

import pytest

from build_scripts.config import ConfigError, load_config
from build_scripts.debates import debated
from build_scripts.model import Debate, DebateSide, LabelledSentence, Sentence, SentenceRef, TopicLabel
from build_scripts.pipeline import build
from conftest import FIXTURES, write_article
from test_editorial import run

FARES = Debate("Will the new routes pay for themselves?", (
    DebateSide("They will", ("pay for themselves", "will break even", "profitable")),
    DebateSide("They will not", ("lose money", "will never break even", "a subsidy"))), topic="service")


def _sentences(*said: tuple[str, str]) -> list[LabelledSentence]:
    """(outlet, sentence) pairs as labelled sentences of the story, each its own article."""
    return [LabelledSentence(SentenceRef(f"{outlet}-{n}", outlet, f"p-{n}", "paragraph", Sentence(f"p-{n}.s1", text)),
                             (TopicLabel("service", 0.5, ()),), True, "")
            for n, (outlet, text) in enumerate(said)]


def test_each_answer_is_shown_with_the_sentences_that_give_it():
    labelled = _sentences(("harbour-times", "The council says the new routes will pay for themselves by 2030."),
                          ("bay-news", "Auditors say the routes will lose money for a decade."),
                          ("kelso-post", "A shipping analyst said the night route could be profitable by 2030."),
                          ("bay-news", "The council voted on Tuesday to add two routes."))
    [box] = debated((FARES,), [], labelled)
    assert (box.note, box.detected, box.topic) == ("Will the new routes pay for themselves?", False, "service")
    assert [(side.answer, side.outlets) for side in box.sides] == [
        ("They will", ("harbour-times",)), ("They will", ("kelso-post",)), ("They will not", ("bay-news",))]
    assert box.sides[2].text == "Auditors say the routes will lose money for a decade."
    assert [c.quote for c in box.sides[2].citations] == [box.sides[2].text]


@pytest.mark.parametrize("sentence", [
    "Auditors say the routes will not pay for themselves.",  # denied
    "If the routes pay for themselves, fares will fall.",  # supposed
    "Nobody knows whether the routes will pay for themselves.",  # asked
    "Will the routes pay for themselves?",  # a question
    "The night route will lose money, the day route will be profitable.",  # both answers
])
def test_a_sentence_that_denies_supposes_or_asks_gives_no_answer(sentence):
    labelled = _sentences(("harbour-times", "Auditors say the new routes will lose money for a decade."),
                          ("bay-news", sentence))
    assert debated((FARES,), [], labelled) == []


def test_one_answer_or_one_outlet_is_no_debate():
    one_answer = _sentences(("harbour-times", "The routes will pay for themselves."),
                            ("bay-news", "The new routes will be profitable, the council says."))
    one_outlet = _sentences(("bay-news", "The routes will pay for themselves, the council says."),
                            ("bay-news", "Auditors say the routes will lose money."))
    assert debated((FARES,), [], one_answer) == [] and debated((FARES,), [], one_outlet) == []


def test_a_debate_about_someone_counts_only_sentences_naming_them():
    about_council = Debate(FARES.question, FARES.sides, about=("council",))
    labelled = _sentences(("harbour-times", "The council says the routes will pay for themselves."),
                          ("bay-news", "Auditors say the routes will lose money."),
                          ("kelso-post", "The council's own papers show the routes will lose money."))
    [box] = debated((about_council,), [], labelled)
    assert [side.outlets for side in box.sides] == [("harbour-times",), ("kelso-post",)]


def test_an_article_added_later_joins_the_debate_in_a_built_site(tmp_path):
    debate = """debates:
  - question: Did the Port Authority oppose the routes?
    note: It calls the claim untrue.
    sides:
      - {label: It did, phrases: [fought the routes]}
      - {label: It did not, phrases: [simply untrue]}
"""
    _, topic, _ = run(tmp_path / "before", debate)
    assert not [d for d in topic["disagreements"] if d["note"].startswith("Did the Port")]  # one answer so far
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES / "ferry", seeds)
    write_article(seeds, "d-kelso-post.md", "Kelso Post",
                  "Harbour officials say the Port Authority fought the routes for two years before the vote.",
                  date="2026-03-06")
    build(seeds, tmp_path / "before" / "briefing.yml", tmp_path / "site")
    data = json.loads((tmp_path / "site" / "data" / "briefing.json").read_text(encoding="utf-8"))
    [box] = [d for t in data["topics"] for d in t["disagreements"] if d["note"].startswith("Did the Port")]
    assert box["note"] == "Did the Port Authority oppose the routes? It calls the claim untrue."
    assert [(side["answer"], side["outlet_count"]) for side in box["sides"]] == [("It did", 1), ("It did not", 1)]
    page = (tmp_path / "site" / "briefings" / "service.md").read_text(encoding="utf-8")
    assert '<span class="debate-answer">It did not:</span>' in page


@pytest.mark.parametrize("debates, message", [
    ("debates:\n  - {question: Q, sides: [{label: A, phrases: [a]}]}\n", "needs two or more sides"),
    ("debates:\n  - {question: Q, topic: nowhere, sides: [{label: A, phrases: [a]}, {label: B, phrases: [b]}]}\n",
     "debate topic 'nowhere' is no topic id"),
    ("debates:\n  - {question: Q, sides: [{label: A, phrases: a}, {label: B, phrases: [b]}]}\n",
     "must be a list of words"),
    ("debates:\n  - {question: Q, sides: [{label: A, phrases: [a], words: [x]}, {label: B, phrases: [b]}]}\n",
     "unknown key 'words' in debate side"),
])
def test_a_mistake_in_a_debate_is_named_with_its_line(tmp_path, debates, message):
    config = tmp_path / "briefing.yml"
    config.write_text("story: {title: T, summary: S}\ntopics:\n  - {id: service, title: Service, cues: [ferry]}\n"
                      + debates, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"briefing.yml:\d+: .*{message}"):
        load_config(config)
