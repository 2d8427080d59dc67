"""Entities: every name of an actor is found; acronyms are case-sensitive; names are discovered."""
from __future__ import annotations

import pytest

from build_scripts.entities import EntityMatcher, proper_names
from build_scripts.model import Entity

MATCHER = EntityMatcher((
    Entity("Harbour Council", "organisation", ("HC", "the council", "Town Hall")),
    Entity("Port Authority", "organisation", ("PA", "Port Authority's board")),
))


def names(text):
    return [(MATCHER.entities[m.entity].name, text[m.start:m.end]) for m in MATCHER.mentions(text)]


def test_aliases_match_and_acronyms_only_in_capitals():
    assert names("Town Hall and the HC met; pa said hi; the PA agreed.") == [
        ("Harbour Council", "Town Hall"), ("Harbour Council", "HC"), ("Port Authority", "PA")]


def test_longest_name_wins_and_curly_apostrophes_match():
    assert names("The Port Authority\u2019s board met.") == [("Port Authority", "Port Authority\u2019s board")]


def test_canonical_form_makes_different_names_equal():
    assert MATCHER.canonicalize("Town Hall said no").split() == MATCHER.canonicalize("HC said no").split()
    assert MATCHER.canonicalize("Town Hall said no").split() != MATCHER.canonicalize("PA said no").split()


def test_what_a_part_says_its_whole_says_too():
    matcher = EntityMatcher((Entity("Harbour Council", "organisation", ()),
                             Entity("Ferry Office", "organisation", ("the ferry office",), part_of="Harbour Council"),
                             Entity("Ann Berg", "person", (), part_of="Ferry Office")))
    assert set(matcher.canonicalize("Ann Berg said no").split()) >= {"entity0", "entity1", "entity2"}
    assert "entity0" in matcher.canonicalize("The ferry office said no").split()
    assert "entity1" not in matcher.canonicalize("The Harbour Council said no").split()


@pytest.mark.parametrize("sentence, expected", [
    ("A report by the Foundation for Ferry Safety said so.", ["Foundation for Ferry Safety"]),
    ("The plan suits Harbour AI firms, officials said.", []),
    ("He visited the Bay of Plenty. Harbour Council agreed.", ["Bay of Plenty"]),
    ("Harbour Council agreed on Monday.", []),
    ("It was the Port Authority's decision.", ["Port Authority"]),
])
def test_proper_names_are_found_without_sentence_openers_or_acronym_phrases(sentence, expected):
    assert proper_names(sentence) == expected
