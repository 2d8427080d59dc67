"""Quotes: direct quotes are found with the speaker the text names; terms in quotation marks are not quotes."""
from __future__ import annotations

import pytest

from build_scripts.entities import EntityMatcher
from build_scripts.model import Entity
from build_scripts.quotes import find_speaker, quoted_spans

MATCHER = EntityMatcher((
    Entity("Harbour Council", "organisation", ("council", "the HC")),
    Entity("Maria Silva", "person", ("Silva",)),
    Entity("Port Authority", "organisation", ("PA",)),
    Entity("Office of Ferries and Harbour Safety", "organisation", ()),
))


@pytest.mark.parametrize("sentence, speaker", [
    ('"We have waited a long time," said Maria Silva, who runs a caf\u00e9.', "Maria Silva"),
    ("Council spokesman Tom Reed declared the plan \u201centirely affordable\u201d on Monday.", "Council spokesman Tom Reed"),
    ("Port officials describe the fares as \u201cfair and simple\u201d.", "Port officials"),
    ("The council accused the PA of what it called \u2018reckless delay\u2019 over the routes.", "Harbour Council"),
    ("Silva's call for the council to 'think of commuters' was echoed by others.", "Maria Silva"),
    ("In response, a Port Authority spokesperson took a firm stance, calling the plan \"a gamble\".", "Port Authority"),
    ('The plan is "a gamble", someone wrote.', ""),
    ('"The Port Authority should look at its own delays first," he said.', ""),
    ('"The Port Authority should look at its own delays first," Maria Silva said.', "Maria Silva"),
    # a known name with "and" in it is one speaker, not its last words
    ("A week after the Office of Ferries and Harbour Safety accused the PA of \"reckless delay\", little changed.",
     "Office of Ferries and Harbour Safety"),
])
def test_speaker_is_who_the_text_names(sentence, speaker):
    assert find_speaker(sentence, MATCHER) == speaker


def test_quoted_words_are_exact_substrings_and_apostrophes_are_not_quotes():
    sentence = "The council's chair said the routes were 'long overdue' and \u201cfinally funded\u201d."
    spans = quoted_spans(sentence)
    assert spans == ["long overdue", "finally funded"]
    assert all(span in sentence for span in spans)
