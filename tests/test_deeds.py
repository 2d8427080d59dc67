"""Deeds: who a sentence says did what, when a name opens it."""
import pytest

from build_scripts.deeds import deeds_in


def _told(text: str) -> list[tuple[str, str]]:
    return [(deed.actor, deed.told.split()[0]) for deed in deeds_in(text)]


@pytest.mark.parametrize("text, expected", [
    # the name, its appositive skipped, and what it says it does itself
    ("Harlow Freight, the largest haulier, said on Monday it would suspend deliveries to the port.",
     [("Harlow Freight", "suspend")]),
    ("On March 3 the Port Workers Union announced that its members would halt loading at the north quay.",
     [("Port Workers Union", "halt")]),
    # a relative clause's deed; declining to comment is a stance, not a deed
    ("Privately owned Drennick Mills, which last month closed two bakeries, declined to comment.",
     [("Drennick Mills", "closed")]),
    # two deeds joined by "and"
    ("Harlow Freight cut its fleet by a third and sold two depots in May.",
     [("Harlow Freight", "cut"), ("Harlow Freight", "sold")]),
    # what a speaker says another did is the other's deed, not the speaker's
    ("Harlow Freight said the port authority had closed the gates.", []),
    # a name that qualifies a noun names no actor: the fishing captains, the labs did it
    ("Kasparian fishing captains have for months reported losing their positions.", []),
    ("Leading Kelso ferry firms banned night crossings on Monday.", []),
    # a common word that opens a sentence is not a name
    ("Officials said they would suspend deliveries to the port.", []),
    # denying and condemning are stances many take at once
    ("The Ministry of Transport denied the report on Tuesday.", []),
    ("Harlow Freight condemned the strike at the port.", []),
])
def test_the_name_that_opens_a_sentence_and_its_deed(text, expected):
    assert _told(text) == expected
