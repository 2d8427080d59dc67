"""Dates: an article's publication date, and the days its weekdays name.

News dates by weekday ("The agency on Wednesday accused ..."), so two outlets report the same day as
"on Wednesday" and "on April 22". Counted back from the article's publication date, a weekday is a
day of the month like any other, and the two wordings give the same date.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil import parser as date_parser

from .textutil import WEEKDAYS

# "next Monday" and "this coming Friday" look ahead; "last Friday" looks back a week more when the
# article itself is dated a Friday
_WEEKDAY = re.compile(rf"\b(?:(next|coming|last)\s+)?({'|'.join(WEEKDAYS)})\b")
# two defaults that share no part: a part the text does not give comes out different
_DEFAULTS = (datetime(1901, 1, 1), datetime(1902, 2, 2))


def publication_date(value: str) -> date | None:
    """The date a front-matter or byline date names when it names a whole one ("2026-04-22", "Thursday,
    April 23, 2026", "17/10/2031"); None when it lacks a day, month or year, or is no date at all."""
    if not value or len(value) > 100:
        return None
    try:
        read = [date_parser.parse(value, default=default, fuzzy=True, ignoretz=True).date() for default in _DEFAULTS]
    except (ValueError, OverflowError):
        return None
    return read[0] if read[0] == read[1] else None


def date_label(value: str) -> str:
    """How a page shows a source's date: one format for every source ("Updated April 24, 2026" and
    "24/04/2026" both read 2026-04-24); the text as given when it names no whole date."""
    found = publication_date(value)
    return found.isoformat() if found else value


def weekday_dates(text: str, published: date | None) -> frozenset[str]:
    """The days of the month ("22") that the weekdays in a sentence name, counted back from the day the
    article was published: the latest such weekday on or before it. Nothing for a weekday ahead."""
    if published is None:
        return frozenset()
    days = set()
    for match in _WEEKDAY.finditer(text):
        direction, weekday = match.groups()
        if direction in ("next", "coming"):
            continue
        back = (published.weekday() - WEEKDAYS.index(weekday)) % 7
        if direction == "last" and back == 0:
            back = 7
        days.add(str((published - timedelta(days=back)).day))
    return frozenset(days)
