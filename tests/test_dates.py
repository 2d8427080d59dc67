"""Dates: a publication date is read only when it names day, month and year; a weekday in a sentence is
the day it names counted back from that date, so "on Wednesday" and "on April 22" are the same date."""
from __future__ import annotations

from datetime import date

import pytest

from build_scripts.dates import date_label, only_a_date, publication_date, weekday_dates


@pytest.mark.parametrize("value, expected", [
    ("2026-04-22", date(2026, 4, 22)),
    ("Thursday, April 23, 2026", date(2026, 4, 23)),
    ("17/10/2031", date(2031, 10, 17)),
    ("2031-10-16 09:30:00+00:00", date(2031, 10, 16)),
    ("Apr 23, 2026 09:48 PM BJT", date(2026, 4, 23)),  # a zone it does not know is no date part, nor a warning
    ("April 23", None),  # no year: whatever year were filled in would be a guess
    ("Published 2026", None),
    ("5 minutes ago", None),
    ("", None),
    ("not a date at all", None),
    ("9" * 500, None),
])
@pytest.mark.filterwarnings("error")
def test_a_publication_date_is_read_only_when_it_names_a_whole_date(value, expected):
    assert publication_date(value) == expected


@pytest.mark.parametrize("value, shown", [
    ("Updated April 24, 2026", "2026-04-24"),
    ("24/04/2026", "2026-04-24"),
    ("Spring 2026", "Spring 2026"),  # no whole date: shown as the source gives it
    ("", ""),
])
def test_every_sources_date_is_shown_in_one_format(value, shown):
    assert date_label(value) == shown


THURSDAY = date(2026, 4, 23)


@pytest.mark.parametrize("text, published, days", [
    ("The ministry rejected the accusation on Wednesday.", THURSDAY, {"22"}),
    ("The ministry rejected the accusation on Thursday.", THURSDAY, {"23"}),  # the day of the paper itself
    ("The memo went out on Friday.", THURSDAY, {"17"}),  # the latest Friday before it
    ("The memo went out last Thursday.", THURSDAY, {"16"}),  # "last" on the same weekday: a week back
    ("The memo went out on Tuesday last week.", THURSDAY, {"14"}),  # last week's Tuesday, not this week's
    ("Officials will meet next Monday.", THURSDAY, set()),  # ahead: no date reported yet
    ("Officials met on Monday and again on Wednesday.", THURSDAY, {"20", "22"}),
    ("The memo went out on Wednesday, officials said.", None, set()),  # an undated article dates nothing
    ("The wednesday market was quiet.", THURSDAY, set()),  # a weekday is a name: capitalised
    ("Sales fell 5 percent in the past month.", THURSDAY, set()),
])
def test_a_weekday_names_the_latest_such_day_on_or_before_publication(text, published, days):
    assert weekday_dates(text, published) == days


@pytest.mark.parametrize("line, day", [
    ("Tuesday, 21 April 2026", date(2026, 4, 21)),
    ("21 April 2026", date(2026, 4, 21)),
    ("Strait Monitor | Issue #112 | Saturday, 18 October 2031", None),  # a masthead strip: more than a date
    ("Updated April 24, 2026", None),
    ("April 2026", None),  # no whole date
])
def test_a_line_is_only_a_date_when_it_says_nothing_else(line, day):
    assert only_a_date(line) == day
