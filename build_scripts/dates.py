"""Dates: an article's publication date, and the days its weekdays name.

News dates by weekday ("The agency on Wednesday accused ..."), so two outlets report the same day as
"on Wednesday" and "on April 22". Counted back from the article's publication date, a weekday is a
day of the month like any other, and the two wordings give the same date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil import parser as date_parser

from .textutil import MONTH_OF_DAY, MONTHS, WEEKDAYS, content_stems, month_number, outside_quotes

# "next Monday" and "this coming Friday" look ahead; "last Friday" looks back a week more when the
# article itself is dated a Friday; "Sunday's Business section" is an edition, not a day anything happened, and
# "on a Sunday", "every Friday" name no one day
_WEEKDAY = re.compile(rf"(?<!\b[Aa]\s)(?<!\b[Aa]ny\s)(?<!\b[Ee]very\s)(?<!\b[Ee]ach\s)"
                      rf"\b(?:((?i:next|coming|last|this))\s+)?({'|'.join(WEEKDAYS)})"
                      r"(?!'s\s+(?:[A-Z]\w*\s+)?(?:edition|section|issue|paper|supplement|magazine)\b)(?:'s)?\b")
_WEEKDAY_OF_A_WEEK = re.compile(rf"\b({'|'.join(WEEKDAYS)})\s+(?:of\s+)?((?i:last|next))\s+week\b")
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


@lru_cache(maxsize=4096)  # asked of every section heading a paragraph sits under
def only_a_date(text: str) -> date | None:
    """The whole date a line names when it says nothing else ("Tuesday, 21 April 2026"), as a live blog's day
    heading does; None for "Issue #112 | Saturday, 18 October 2031" or anything that is no whole date."""
    day, rest = _date_and_rest(text)
    return day if day and not any(re.search(r"\w", token) for token in rest) else None


def _date_and_rest(line: str) -> tuple[date | None, tuple[str, ...]]:
    """The whole date a line names, and the pieces of the line around it, in order ("Orvek, ")."""
    day = publication_date(line)
    if day is None:
        return None, ()
    return day, date_parser.parse(line, default=_DEFAULTS[0], fuzzy_with_tokens=True, ignoretz=True)[1]


_PLACE = re.compile(r"(?:[A-Z][\w'.-]*\s*){1,3},\s*")  #: a dateline's place, and its comma: "Orvek, "


def dateline_day(line: str) -> date | None:
    """The day a dateline on a line of its own gives ("Orvek, 12 August 2032", "PORT HELVE, April 24, 2026"):
    a place, then the whole date the piece was filed, and nothing else."""
    day, rest = _date_and_rest(line)
    if day is None:
        return None
    place, after = (rest[0], rest[1:]) if rest and line.startswith(rest[0]) else ("", rest)
    if not _PLACE.fullmatch(place) or _WEEKDAY.search(place) or any(re.search(r"\w", t) for t in after):
        return None
    return day


def weekday_dated(line: str) -> date | None:
    """A whole date given with the weekday it falls on ('"First Light" - Saturday 14 August 2032, 07:00'): a
    programme's or a page's own day. A headline naming some other date seldom gives its weekday."""
    day = publication_date(line)
    if day is None or not re.search(rf"\b{WEEKDAYS[day.weekday()]}\b", line, re.IGNORECASE):
        return None
    return day


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
        direction, weekday = (match.group(1) or "").lower(), match.group(2)
        week = _WEEKDAY_OF_A_WEEK.match(text, match.start(2))
        if week and week.group(2).lower() == "last":
            days.add(str(_in_that_week(published, week).day))
        elif not week and direction not in ("next", "coming"):
            days.add(str(_weekday_back(published, weekday, direction == "last").day))
    return frozenset(days)


def _in_that_week(published: date, week: re.Match) -> date:
    """The day "Tuesday last week" or "Monday next week" names: that weekday of the week before or after the
    article's, whatever day the article is dated."""
    monday = published - timedelta(days=published.weekday(), weeks=1 if week.group(2).lower() == "last" else -1)
    return monday + timedelta(days=WEEKDAYS.index(week.group(1)))


def _weekday_back(published: date, weekday: str, last: bool) -> date:
    """The latest such weekday on or before the article's date; after "last", a week back from the paper's own."""
    back = (published.weekday() - WEEKDAYS.index(weekday)) % 7
    return published - timedelta(days=back or (7 if last else 0))


def _weekday_ahead(published: date, weekday: str, next_one: bool) -> date:
    """The next such weekday from the article's date: its own day for "is to meet on Thursday" in Thursday's
    paper, a week on for "next Thursday"."""
    return published + timedelta(days=(WEEKDAYS.index(weekday) - published.weekday()) % 7 or (7 if next_one else 0))


#: how a date the text does not write out in full was worked out, as a page says it
RECKONINGS = {
    "year": "the year taken from the article's date",
    "story year": "the year taken from the other articles' dates (this one gives none)",
    "counted": "counted from the article's date",
    "earlier": "counted from the date the article gives before it",
    "heading": "the day heading of the live blog update it is in",
}


@dataclass(frozen=True)
class DateMention:
    """A day (or only a month, or a week) a sentence says something happened or will happen."""

    iso: str  #: "2026-04-21"; "2026-04" when the text names only the month; "2026-W16" for a week
    words: str  #: the words that date it, exactly as the sentence has them
    reckoning: str = ""  #: how it was worked out: one of RECKONINGS, "" when the text writes it out in full


_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_FULL_DATES = (  # (pattern, which groups hold day, month, year)
    (re.compile(rf"\b(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?({MONTH_OF_DAY})(?:,?\s+({_YEAR})\b)?"), (1, 2, 3)),
    (re.compile(rf"\b({MONTH_OF_DAY})\s+(\d{{1,2}}){_ORDINAL}\b(?!\s*(?:%|percent|per cent))(?:,?\s+({_YEAR})\b)?"),
     (2, 1, 3)),
)
_MONTH_YEAR = re.compile(rf"\b({MONTHS})\s+(?:of\s+)?({_YEAR})\b")
# a month on its own only after a word that makes it a time: "in March", "last November", "since January";
# "May" and "March" are words too
_MONTH_ALONE = re.compile(rf"\b(?:(last|next|this)|in|since|by|until|from|during|through|before|after|early|late|"
                          rf"mid|end\s+of|beginning\s+of|start\s+of)[\s-]+(?:early\s+|late\s+|mid-)?({MONTHS})\b",
                          re.IGNORECASE)
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(rf"\b({_YEAR})\b")
_DAYS_FROM_PUBLICATION = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
                          "this afternoon": 0, "this evening": 0, "earlier today": 0, "later today": 0,
                          "tomorrow": 1}
_RELATIVE_DAY = re.compile(r"\b(?:" + "|".join(sorted(_DAYS_FROM_PUBLICATION, key=len, reverse=True)) + r")\b",
                           re.IGNORECASE)
# the day after the last date the article gave, or that same day: "the following day", "the same afternoon"
_DAYS_FROM_PREVIOUS = re.compile(r"\b(?:(?:the\s+)?(following|next)\s+day|a\s+day\s+(later)|the\s+day\s+(after)|"
                                 r"(?:the\s+)?(same)\s+(?:day|morning|afternoon|evening|night)|"
                                 r"(?P<count>two|three|four|five|six|\d)\s+days\s+later|a\s+(?P<week>week)\s+later)\b",
                                 re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ABOUT = re.compile(r"\b(?:more|less|fewer)\s+than\s+$|\b(?:over|about|around|nearly|almost|within|some|roughly)\s+$",
                    re.IGNORECASE)  #: "more than a week later": no day
_SAME_AS_BEFORE = re.compile(r"\b(?:the|that)\s+same\s+$", re.IGNORECASE)
_SUPPOSING = re.compile(r"\W*(?:if|suppose|imagine|say)\b", re.IGNORECASE)  #: a case supposed, not a day reported
_WEEK_OR_MONTH = re.compile(r"\b(?:(last|this|earlier\s+this|later\s+this)\s+(week|month))\b", re.IGNORECASE)
# words before a date in its clause that put it ahead: "will hold a hearing on Tuesday", "due on 23 June"
_AHEAD = re.compile(r"\b(?:will|would|shall|'ll|due|scheduled|expected|set\s+to|plans?\s+to|is\s+to|are\s+to|"
                    r"starting|next|coming|upcoming|takes?\s+effect|comes?\s+into\s+(?:force|effect)|"
                    r"goes?\s+into\s+effect)\b", re.IGNORECASE)
_CLAUSE_WORDS = "but|that|which|who|whom|after|before|when|while|once|until"
# a weekday written before its date: "on Wednesday, April 22" is one date
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}),?\s+$")
# where a date's clause ends, for what it says happened then ("and" joins two acts of one subject: "signed ...
# and released on Wednesday")
# a dash parts clauses too: "accuses them of cloning - hammering chatbots with questions"
_CUT_BUT_COMMAS = rf"[;:\u2014]|\s[-\u2013]\s|\b(?:{_CLAUSE_WORDS})\b"
_CLAUSE_CUT = re.compile(rf",|{_CUT_BUT_COMMAS}", re.IGNORECASE)
_MAIN_CLAUSE_END = re.compile(rf"{_CUT_BUT_COMMAS}|$", re.IGNORECASE)  #: commas set off a subject, not a clause
# where the words that may put a date ahead begin ("will meet and on Monday" is no longer the "will")
_CLAUSE_START = re.compile(rf"[,;:]|\b(?:and|what|{_CLAUSE_WORDS})\b", re.IGNORECASE)
_UNTIL = re.compile(r"until|till", re.IGNORECASE)
#: words that say when in a day, not what happened: "Late on the night of August 9, the gates were opened"
_TIME_OF_DAY = frozenset(content_stems("late early shortly just night morning afternoon evening midnight hours dawn"))
# a clause saying when the main one happens takes its time from it: "takes effect when it is published on Monday"
_WHEN_CLAUSE = re.compile(r"(?:after|before|when|once|until)", re.IGNORECASE)
# a start date with a modal after it: "from July 1 it would require", "as of 1 May, lenders will ..."
_STARTING_FROM = re.compile(r"\b(?:from|as\s+of|effective|beginning)\s*$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"[^,;:.]*?\b(?:will|would|shall|'ll)\b", re.IGNORECASE)
_AHEAD_WEIGHT = 3  #: a date without its year is taken in the past: ahead counts this many times as far


def _looks_ahead(text: str, start: int, end: int) -> bool:
    """The words before a date in its own clause say it is still to come, or those of the clause a "when"
    clause hangs on, or the date starts a period that a "will" after it looks forward to."""
    before = text[:start]
    if _STARTING_FROM.search(before) and _MODAL_AFTER.match(text, end):
        return True
    cuts = list(_CLAUSE_START.finditer(before))
    if not cuts:
        return bool(_AHEAD.search(before))
    if _AHEAD.search(before, cuts[-1].end()):
        return True
    if _WHEN_CLAUSE.fullmatch(cuts[-1].group()):
        main_starts = cuts[-2].end() if len(cuts) > 1 else 0
        return bool(_AHEAD.search(before[main_starts:cuts[-1].start()]))
    return False


def clause_around(text: str, start: int, end: int) -> str:
    """The clause a date at text[start:end] stands in, the date left out; when the date opens the sentence on
    its own ("On April 23, the office ..."), the clause after it."""
    weekday = _WEEKDAY_BEFORE.search(text, 0, start)  # "on Wednesday, April 22": one date, not two clauses
    start = weekday.start() if weekday else start
    cuts = [m.span() for m in _CLAUSE_CUT.finditer(text) if not start <= m.start() < end]
    bounds = [0] + [b for span in cuts for b in span] + [len(text)]
    clauses = list(zip(bounds[::2], bounds[1::2]))  # (begin, end) of the text between two cuts
    at = next(n for n, (a, b) in enumerate(clauses) if a <= start < b or n == len(clauses) - 1)
    found = f"{text[clauses[at][0]:start]} {text[end:clauses[at][1]]}"
    if not content_stems(found) and at and _UNTIL.fullmatch(text[clauses[at - 1][1]:clauses[at][0]]):
        # "stayed in place until March 13": the day the clause before stops being so
        return f"{text[clauses[at - 1][0]:clauses[at - 1][1]].rstrip()} until"
    if not content_stems(found) - _TIME_OF_DAY and at + 1 < len(clauses):
        # the date opens the sentence: what happened then is its main clause, however many commas set off
        # its subject ("On April 22, the office's director, Ana Lopes, signed the order")
        after = text[clauses[at + 1][0]:]
        return after[:_MAIN_CLAUSE_END.search(after).start()]
    return found


def _in_year(month: int, day: int, anchor: date, ahead: bool) -> date | None:
    """The year a day of a month falls in when the text gives none: the one nearest the article's date,
    the past preferred unless the words put it ahead."""
    candidates = []
    for day_then in filter(None, (_day(year, month, day) for year in (anchor.year - 1, anchor.year, anchor.year + 1))):
        away = (day_then - anchor).days
        weight = (_AHEAD_WEIGHT if away > 0 else 1) if not ahead else (1 if away >= 0 else _AHEAD_WEIGHT)
        candidates.append((abs(away) * weight, day_then))
    return min(candidates)[1] if candidates else None


_RANGE_END_YEAR = re.compile(rf"\s*(?:and|to|until|through|-|\u2013)\s*(?:\d{{1,2}}{_ORDINAL}\s+{MONTH_OF_DAY}|"
                             rf"{MONTH_OF_DAY}\s+\d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL}),?\s+({_YEAR})\b")


def _range_year(text: str, end: int) -> str:
    """The year a range gives once, at its end: "between February 9 and April 10, 2026"."""
    match = _RANGE_END_YEAR.match(text, end)
    return match.group(1) if match else ""


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_NAMES_THE_DAY_OF = re.compile(r",?\s*")  #: between a weekday and the date it is the weekday of


def mentioned_dates(text: str, published: date | None, year_anchor: date | None = None,
                    previous: date | None = None) -> list[DateMention]:
    """The dates a sentence gives, in the order it gives them. A date with its year needs nothing else; a
    weekday, "yesterday" or "last week" is counted from the article's date (published) and dates nothing when
    that is unknown; a day and month without a year take the year nearest the article's date, or the
    year_anchor's when the article is undated; "the following day" is the day after previous, the last day
    the article named before this sentence. What is quoted is someone's words, not the article's dating."""
    text = outside_quotes(text)
    anchor = published or year_anchor
    own_year = "year" if published else "story year"
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, DateMention]] = []

    def add(match: re.Match, day_iso: str, reckoning: str) -> None:
        span = match.span()
        if any(a < span[1] and span[0] < b for a, b in taken):
            return
        taken.append(span)
        found.append((span[0], DateMention(day_iso, match.group().strip(), reckoning)))

    for pattern, (d, m, y) in _FULL_DATES:
        for match in pattern.finditer(text):
            day, month = int(match.group(d)), month_number(match.group(m))
            year = match.group(y) or _range_year(text, match.end())
            if year:
                when = _day(int(year), month, day)
            elif anchor:
                when = _in_year(month, day, anchor, _looks_ahead(text, *match.span()))
            else:
                continue
            if when:
                add(match, when.isoformat(), "" if year else own_year)
    for match in _MONTH_YEAR.finditer(text):
        add(match, f"{match.group(2)}-{month_number(match.group(1)):02d}", "")
    for match in _MONTH_ALONE.finditer(text):
        month_name = match.group(2).capitalize()
        if anchor is None or match.group(2) != month_name:  # "in may" is no month
            continue
        month, relation = month_number(month_name), (match.group(1) or "").lower()
        that_year = _THAT_YEAR.match(text, match.end())
        if that_year:  # "a ban that took effect in January that year": the year the sentence gave before
            years = _YEAR_WRITTEN.findall(text[:match.start()])
            if years:
                add(match, f"{years[-1]}-{month:02d}", "")
            continue
        if relation == "last":
            year = anchor.year - (month >= anchor.month)
        elif relation == "next":
            year = anchor.year + (month <= anchor.month)
        elif relation == "this":
            year = anchor.year
        else:  # the month's middle, taken as a day without its year
            year = _in_year(month, 15, anchor, _looks_ahead(text, *match.span())).year
        add(match, f"{year}-{month:02d}", own_year)
    if published:
        for match in _WEEKDAY_OF_A_WEEK.finditer(text):  # "Tuesday last week": that week's, whatever day it is
            add(match, _in_that_week(published, match).isoformat(), "counted")
        for match in _WEEKDAY.finditer(text):
            if _NAMES_THE_DAY_OF.match(text, match.end()).end() in {start for start, _ in taken}:
                continue  # "on Sunday, March 9": the weekday of the date that follows, not a day to count
            direction, weekday = (match.group(1) or "").lower(), match.group(2)
            if _SAME_AS_BEFORE.search(text, 0, match.start()):  # "the same Friday": the Friday named before
                if previous and WEEKDAYS[previous.weekday()] == weekday:
                    add(match, previous.isoformat(), "earlier")
                continue
            next_one = direction in ("next", "coming")
            ahead = next_one or (direction != "last" and _looks_ahead(text, *match.span()))
            when = _weekday_ahead(published, weekday, next_one) if ahead else \
                _weekday_back(published, weekday, direction == "last")
            add(match, when.isoformat(), "counted")
        for match in _RELATIVE_DAY.finditer(text):
            when = published + timedelta(days=_DAYS_FROM_PUBLICATION[match.group().lower()])
            add(match, when.isoformat(), "counted")
        for match in _WEEK_OR_MONTH.finditer(text):
            relation, unit = match.group(1).lower(), match.group(2).lower()
            if unit == "week":
                monday = published - timedelta(days=published.weekday() + (7 if relation == "last" else 0))
                year, week, _ = monday.isocalendar()
                add(match, f"{year}-W{week:02d}", "counted")
            else:
                month_start = published.replace(day=1)
                if relation == "last":
                    month_start = (month_start - timedelta(days=1)).replace(day=1)
                add(match, month_start.strftime("%Y-%m"), "counted")
    if (previous or found) and not _SUPPOSING.match(text):  # "If it works, a ban ... is known at all the same day"
        for match in _DAYS_FROM_PREVIOUS.finditer(text):
            base = _day_before(found, match.start(), previous)
            if base and not _ABOUT.search(text, 0, match.start()):
                add(match, (base + timedelta(days=_days_on(match))).isoformat(), "earlier")
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]


def _day_before(found: list[tuple[int, DateMention]], at: int, previous: date | None) -> date | None:
    """The last day named before position `at`: earlier in the sentence ("told them on Monday, March 10, and
    lifted it two days later"), else in the article before it."""
    days = [mention.iso for start, mention in found if start < at and len(mention.iso) == 10]
    return date.fromisoformat(days[-1]) if days else previous


def _days_on(match: re.Match) -> int:
    if match.group("count"):
        count = match.group("count").lower()
        return int(count) if count.isdigit() else _COUNTS[count]
    return 7 if match.group("week") else 0 if match.group(4) else 1


def sort_key(iso: str) -> str:
    """A mention's place in time as sortable text: a week sorts at its Monday, a month before its days."""
    if "-W" in iso:
        year, week = iso.split("-W")
        return date.fromisocalendar(int(year), int(week), 1).isoformat()
    return iso


def day_title(iso: str) -> str:
    """"Tuesday 21 April 2026"; "April 2026" for a month the source gives without a day; "the week of
    20 April 2026"."""
    if "-W" in iso:
        return "The week of " + day_title(sort_key(iso))
    if len(iso) == 7:
        return date.fromisoformat(iso + "-01").strftime("%B %Y") + " (no day given)"
    day = date.fromisoformat(iso)
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def within(wider: str, day: str) -> bool:
    """A month or a week and a day in it agree ("in March" and "on 4 March", "last week" and "on Thursday")."""
    if len(day) != 10 or len(wider) == 10:
        return False
    if "-W" in wider:
        year, week, _ = date.fromisoformat(day).isocalendar()
        return wider == f"{year}-W{week:02d}"
    return day.startswith(wider + "-")
