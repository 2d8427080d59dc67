"""Duplicates: the same article twice, exactly or nearly, is found; different articles are not."""
from __future__ import annotations

from build_scripts.dedupe import find_duplicates
from build_scripts.model import Block, CleanDocument, MetaValue

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
