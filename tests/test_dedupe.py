"""Duplicates: the same article twice, exactly or nearly, is found; different articles are not."""
from __future__ import annotations

from build_scripts.dedupe import find_duplicates
from build_scripts.model import Block, CleanDocument, MetaValue
from conftest import ferry_config

ARTICLE = ["The harbour council voted on Tuesday to add two ferry routes across the bay after a long debate.",
           "The new routes will be paid for with a small rise in fares, the finance office said on Wednesday.",
           "Local businesses welcomed the plan, which the council expects to complete by next spring.",
           "Critics said the fare rise would hit commuters hardest and asked for a review of the budget."]


def doc(name: str, paragraphs: list[str]) -> CleanDocument:
    return CleanDocument(name, "txt", {"title": MetaValue(name, "")}, tuple(Block("paragraph", p) for p in paragraphs),
                         (), ())


def test_identical_and_nearly_identical_articles_are_found_once():
    near = ARTICLE[:3] + ["Critics said the fare rise would hit commuters hardest and asked for a budget review."]
    docs = [doc("a", ARTICLE), doc("b", ARTICLE), doc("c", near), doc("d", list(reversed(ARTICLE[:2])))]
    found = find_duplicates(docs)
    assert found[1] == (0, 1.0)
    assert found[2][0] == 0 and 0.8 <= found[2][1] < 1.0
    assert 3 not in found and 0 not in found


def test_articles_on_the_same_story_in_other_words_are_not_duplicates():
    other = ["On Tuesday the council approved two more ferry lines over the bay, ending months of argument.",
             "Fares will rise slightly to cover the cost, according to the city's finance department.",
             "Shop owners near the pier said they were pleased with the decision."]
    assert find_duplicates([doc("a", ARTICLE), doc("b", other)]) == {}


def build_coverage(tmp_path, articles: dict[str, str]):
    from build_scripts.pipeline import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    config = ferry_config(tmp_path, ['ferry', 'routes'])
    return build(seeds, config, None).briefing


WIRE_STORY = ("By Ada Lorne and Ben Hale, {credit}\n\n"
              "The harbour council voted on Tuesday to add two ferry routes across the bay after a long debate.\n\n"
              "{extra}\n")


def test_a_paper_running_a_wire_story_under_the_wires_byline_counts_as_the_wire(tmp_path):
    briefing = build_coverage(tmp_path, {
        "a.md": "---\ntitle: Council adds ferry routes\noutlet: Harbour Wire\n---\n\n" + WIRE_STORY.format(
            credit="Harbour Wire", extra="The finance office said fares would rise slightly to pay for them."),
        "b.txt": "The Bay Tribune | News | Transport\n\nCouncil backs two new ferry routes\n\n" + WIRE_STORY.format(
            credit="Harbour Wire", extra="Shop owners near the pier said they were pleased with the decision."),
        "c.md": "---\ntitle: Two ferry lines approved\noutlet: Port Daily\n---\n\nBy Cal Mercer, Hong Kong\n\n"
                "On Tuesday the harbour council approved two more ferry routes over the bay, ending months of "
                "argument.\n\nFares will rise slightly to cover the cost, according to the city's finance "
                "department, which expects the routes to open by next spring.\n",
    })
    by_file = {s.file: s for s in briefing.sources}
    assert by_file["b.txt"].outlet == "The Bay Tribune"  # what the page says published it ...
    assert by_file["b.txt"].counted_as == "Harbour Wire"  # ... and whose report it is
    assert by_file["c.md"].counted_as == "Port Daily"  # a place after the names is where the writer filed from
    vote = next(c for t in briefing.topics for c in t.claims
                if any("two ferry routes across the bay" in cited.quote for cited in c.citations))
    assert len(vote.citations) == 3 and len(vote.outlets) == 2  # the wire (twice) and Port Daily
    from build_scripts.render import source_label
    assert source_label(by_file["b.txt"]) == "The Bay Tribune (Harbour Wire report)"  # whose report it prints
    assert source_label(by_file["a.md"]) == "Harbour Wire" and source_label(by_file["c.md"]) == "Port Daily"
