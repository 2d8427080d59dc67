"""Sections: an explainer page lists each point under the sub-question it answers ("What is it?",
"How is it done?", "Why is it hard to catch?"), in the editors' order, with what answers none last."""
from __future__ import annotations

import json

import pytest
import yaml

from build_scripts.model import Cue, TopicSpec
from build_scripts.sections import answer_cues, cued_sections

from conftest import FIXTURES, build_fixture, make_project, mkdocs_build

STORY = FIXTURES / "explainer"
CONFIG = """\
story:
  title: Container cloning at Saltreach
  summary: A port authority accuses a shipping firm of cloning containers; the firm denies it.
topics:
  - id: accusation
    title: The accusation
    question: What does the port authority accuse the shipping firm of, and on what evidence?
    intro: The authority's case.
    cues: [accused, investigators, suspect containers, prosecutor]
  - id: response
    title: The firm's answer
    question: How has the shipping firm answered?
    intro: Its denial.
    cues: [denied, rejected, spokesperson, lawyers]
  - id: explainer
    title: What container cloning is
    question: What is container cloning, how is it done, and why is it hard to catch?
    intro: The technique, as the coverage explains it.
    cues: [identification number, seal, inspection, clone]
    sections:
      - id: what-it-is
        title: What it is
        question: What is container cloning?
      - id: how-it-works
        title: How it is done
        question: How is a container's identity copied?
      - id: hard-to-catch
        title: Why it is hard to catch
        question: Why do checks miss a cloned container?
"""


def phrases(cues: tuple[Cue, ...]) -> set[str]:
    return {c.phrase for c in cues}


@pytest.mark.parametrize("question, answered_by, not_by", [
    ("What is a ferry pass?", "refers to", "because"),
    ("What are sleeper trains?", "known as", "step"),
    ("How does the scheme work?", "step", "refers to"),
    ("How are tickets forged?", "works by", "hard to"),
    ("Why is fare evasion hard to stop?", "hard to", "step"),
    ("Why is fare evasion hard to stop?", "because", "known as"),
    ("Why did the council act?", "because", "hard to"),
])
def test_a_question_lends_its_section_the_phrases_that_mark_its_kind_of_answer(question, answered_by, not_by):
    found = phrases(answer_cues(question))
    assert answered_by in found and not_by not in found


def test_a_question_of_no_known_form_lends_no_phrases():
    assert answer_cues("Ferry passes and their prices") == ()


def test_a_section_is_cued_by_the_words_only_its_question_asks_about():
    topic = TopicSpec("fares", "Fares", "What do ferry fares cost?", "", (Cue("ferry", 1.0),), sections=(
        TopicSpec("price", "Price", "What does a ferry pass cost?", "", ()),
        TopicSpec("evasion", "Evasion", "Why is fare evasion on the ferry hard to stop?", "", (Cue("inspectors", 1.0),))))
    price, evasion = cued_sections(topic)
    assert "pass" in phrases(price.cues) and "ferry" not in phrases(price.cues)  # the topic's own word
    assert {"evasion", "inspectors", "hard to"} <= phrases(evasion.cues)
    assert "cost" not in phrases(evasion.cues) and "evasion" not in phrases(price.cues)
    assert evasion.cues[0] == Cue("inspectors", 1.0)  # the editors' cues come first, at their weight


@pytest.fixture(scope="module")
def explainer(tmp_path_factory):
    return build_fixture(STORY / "seeds", CONFIG, tmp_path_factory.mktemp("explainer"))


def _section_of_sentences(result) -> dict[str, str]:
    """'<file>|<sentence text>' -> the section its point on the explainer page is listed under."""
    topic = next(t for t in result.briefing.topics if t.spec.id == "explainer")
    file_of = {s.id: s.file for s in result.briefing.sources}
    placed = dict(topic.section_of)
    found = {}
    for claim in topic.listed:
        for citation in claim.citations:
            found.setdefault(f"{file_of[citation.source_id]}|{citation.quote}", placed.get(claim.id, ""))
    return found


def test_points_are_listed_under_the_sub_question_they_answer(explainer):
    """Gold written by an annotator who saw neither the engine nor its output."""
    gold = yaml.safe_load((STORY / "gold.yml").read_text(encoding="utf-8"))["sections"]
    listed = _section_of_sentences(explainer)
    judged = []
    for entry in gold:
        shown = [section for key, section in listed.items()
                 if key.startswith(entry["file"] + "|") and entry["text"] in key]
        if shown:
            judged.append(shown[0] == entry["section"])
    assert len(judged) >= 0.8 * len(gold)  # the explainer's sentences reach the page ...
    assert sum(judged) >= 0.75 * len(judged), f"{sum(judged)} of {len(judged)} under the right sub-question"


def test_the_page_takes_the_sections_in_the_editors_order_with_points_that_answer_none_last(explainer):
    page = explainer.pages["briefings/explainer.md"]
    headings = [line[4:] for line in page.splitlines() if line.startswith("### ")]
    assert headings, page
    order = ["What it is", "How it is done", "Why it is hard to catch", "Also on this topic"]
    key = [h for h in headings if not h.endswith("(one source)")]
    singles = [h.removesuffix(" (one source)") for h in headings if h.endswith("(one source)")]
    for shown in (key, singles):
        assert shown == sorted(shown, key=order.index)
    assert "### " not in explainer.pages["briefings/accusation.md"]  # a page without sections has no groups


def test_the_open_data_gives_each_page_its_sections_and_each_point_its_section(explainer):
    data = json.loads(explainer.pages["data/briefing.json"])
    topic = next(t for t in data["topics"] if t["id"] == "explainer")
    assert [s["id"] for s in topic["sections"]] == ["what-it-is", "how-it-works", "hard-to-catch"]
    assert {c["section"] for c in topic["claims"]} <= {"what-it-is", "how-it-works", "hard-to-catch", ""}
    assert {c["section"] for c in topic["claims"]} >= {"what-it-is", "how-it-works", "hard-to-catch"}
    other = next(t for t in data["topics"] if t["id"] == "accusation")
    assert other["sections"] == [] and {c["section"] for c in other["claims"]} == {""}


def test_a_page_with_sections_builds_strict(tmp_path):
    # the project's mkdocs.yml lists its own four pages in the navigation
    config = (CONFIG.replace("id: accusation", "id: allegations").replace("id: response\n", "id: responses\n")
              .replace("id: explainer", "id: distillation") + "  - {id: measures, title: Measures, cues: [fine]}\n")
    project = make_project(tmp_path, seeds=STORY / "seeds", config_text=config)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (project / "site" / "briefings" / "distillation" / "index.html").read_text(encoding="utf-8")
    assert 'id="how-it-is-done"' in page and 'href="#why-it-is-hard-to-catch"' in page  # in the page's contents
