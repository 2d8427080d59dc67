"""Figures: the counts a sentence gives, and when two of them cannot both be right.

A figure, in digits or words ("19", "a dozen", "half a billion", "fivefold"), is a range its wording allows
("more than 24,000" runs a little above 24,000, "nearly 2,000" a little below, "tens of thousands" from 10,000 to
under 100,000) with what it counts: the words after it ("41 Belmark rowers"), else a plural just before it ("the
tally of accounts north of 30,000"), or a currency; every percentage counts percent ("41 per cent", "78%"). Two
figures conflict when they count the same thing, their ranges do not meet and they are near enough (at most
MAX_RATIO apart) to be counts of one thing.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from .textutil import MIN_COUNT, SCALE, SPELLED_NUMBER, content_stems, quantities_in, spelled_value, stem
from .vocabulary import synonyms

MAX_RATIO = 2.0  #: figures further apart than this count different things ("banned 9,000 accounts", "used 24,000")
#: ... unless their sentences have much more in common besides (see disagree.MIN_SHARED_FAR): "estimated the annual
#: cost to island operators at $3 billion", "estimated the harm to island operators at roughly $1.2 billion a year"
FAR_RATIO = 4.0
#: where two sentences agree on one count ("24,000 accounts"), another each gives, named otherwise, is the same
#: thing this far apart ("6 million conversations" and "16 million exchanges"; not "60 million requests")
AGREED_RATIO = 3.0


_FOLDS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}  #: how many times as much
_FOLD = rf"\b(?P<times>\d+|[a-z]+?)-?fold\b|\b(?:{'|'.join(_FOLDS)})\b"  #: "fivefold", "5-fold", "tripled"
CURRENCY_SIGNS = "$\u20ac\u00a3\u00a5"
_QUALIFIED = re.compile(
    r"(?:\b(?P<qual>more than|over|at least|upwards of|north of|above|in excess of|nearly|almost|close to|closer to|"
    r"up to|as many as|fewer than|less than|well under|under|below|about|around|some|roughly|approximately|"
    r"an estimated|estimated|circa|something like)\s+)?"
    rf"(?:(?P<fold>{_FOLD})"
    rf"|(?P<currency>[{CURRENCY_SIGNS}])?(?P<number>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>"
    + "|".join(sorted(SCALE, key=len, reverse=True)) + r")\b)?"
    rf"|(?P<spelled>{SPELLED_NUMBER}))"
    r"(?=(?P<after>(?:\s+[\w'-]+){0,3}))", re.IGNORECASE)  # the words after may hold the next figure
# a quick first test: digits, or a word no figure of ten or more, nor a fold, is written without
_MAY_COUNT = re.compile(r"\d|fold\b|tens\b|hundreds\b|\b(?:ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
                        rf"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|"
                        rf"{'|'.join(_FOLDS)})\b",
                        re.IGNORECASE)
# a magnitude in words, a range not a number: "tens of thousands of fake accounts" (10,000 up to 100,000),
# "hundreds of millions of dollars"; not "thousands of accounts" alone, used too loosely to contradict a count
_MAGNITUDE = re.compile(r"\b(?P<times>tens|hundreds)\s+of\s+(?P<many>thousands|millions|billions)"
                        r"\s+of\b(?=(?P<after>(?:\s+[\w'-]+){0,3}))", re.IGNORECASE)
_MANY = {"thousands": 1000, "millions": 10 ** 6, "billions": 10 ** 9}
#: a currency named after its figure ("half a billion dollars") counts what its sign does ("$410 million")
_CURRENCY_WORDS = {"dollar": "$", "euro": "\u20ac", "yen": "\u00a5"}
# the plural noun a figure counts, named just before it: "conversations at", "accounts north of", "accounts ("
_COUNTED_BEFORE = re.compile(r"\b([a-z][\w'-]*[a-z]s)\s*(?:\(|\b(?:at|of|to|was|were|numbered|numbering|"
                             r"totalled|totaled|totalling|totaling)\b)?\s*$")
_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
PERCENT = stem("percent")  #: what every percentage counts
_AT_LEAST = {"more than", "over", "at least", "upwards of", "north of", "above", "in excess of"}
_NEARLY = {"nearly", "almost", "close to", "closer to"}  #: a little under: "close to half a billion" is not 410 million
_AT_MOST = {"up to", "as many as", "fewer than", "less than", "well under", "under", "below"}
_ABOUT = {"about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "circa", "something like"}
#: the words that qualify a figure ("roughly", "more than"): they say nothing of what it counts
QUALIFIER_WORDS = frozenset(stem(word) for phrase in (*_AT_LEAST, *_NEARLY, *_AT_MOST, *_ABOUT)
                            for word in phrase.split())


_NOT_PLURAL = ("us", "ss", "is")  #: "bogus accounts", "class sizes", "crisis talks": the word ends in s, one of a kind


@dataclass(frozen=True)
class Figure:
    low: float
    high: float
    unit: tuple[tuple[str, int], ...]  #: the words that say what is counted (stem, where it ends), or the currency
    figure: str  #: the figure as printed: "about 300"
    text: str  #: its sentence
    alias: str = ""  #: what another sentence calls the thing it counts, when the two count it alike (paired)

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(s for s, _ in self.unit)

    @cached_property
    def counted(self) -> str:
        """The noun counted: the first plural among its words ("24,000 fraudulent accounts", "19 shell
        companies"), else its first word or currency sign; or what another sentence calls it."""
        if self.alias:
            return self.alias
        return next((s for s, end in self.unit if self.text[:end].endswith("s") and len(s) > 2 and
                     not self.text[:end].endswith(_NOT_PLURAL)), self.unit[0][0])

    def words(self, shared: frozenset[str]) -> str:
        """The figure with what it counts, as printed: "about 300 stored samples", "41 Belmark rowers"."""
        ends = [end for s, end in self.unit if s in shared]
        start = self.text.index(self.figure)
        return self.text[start:max(ends)] if ends and max(ends) > start else self.figure


@lru_cache(maxsize=100_000)  # a point's sentences are read again for every comparison and kind
def figures_in(text: str) -> tuple[Figure, ...]:
    """The counts a sentence gives, each as the range its wording allows: "more than 24,000" runs a little
    above 24,000, "nearly 2,000" a little below, "about 300" a little either side."""
    if not _MAY_COUNT.search(text):
        return ()  # most sentences
    counted = quantities_in(text)
    found = []
    for match in _QUALIFIED.finditer(text):
        value = _value(match)
        if match.group("number") and f"{value:.0f}" not in counted or match.group("spelled") and value < MIN_COUNT \
                or not value:
            continue  # a date, an ordinal, a number in a name, too small to tell reports apart, or "manifold"
        qualifier = (match.group("qual") or "").lower()
        low, high = ((value, value * 1.15) if qualifier in _AT_LEAST else (value * 0.9, value) if qualifier in _NEARLY
                     else (value * 0.85, value) if qualifier in _AT_MOST else (value * 0.95, value * 1.05)
                     if qualifier in _ABOUT else (value * 0.98, value * 1.02))
        figure_end = max(match.end(group) for group in ("scale", "number", "fold", "spelled"))
        if match.group("fold"):  # "rose fivefold", "has more than tripled": how many times as much
            unit = ((TIMES, figure_end),)
        elif percent := _PERCENT.match(text, figure_end):  # "41 per cent", "78 percent full" and "78%" count alike
            unit = ((PERCENT, percent.end()),) + tuple(
                (s, end) for s, end in _unit(match) if end > percent.end())
        else:
            unit = _unit(match) or (() if match.group("currency") else _unit_before(text[:match.start()]))
            unit += ((match.group("currency"), figure_end),) if match.group("currency") else ()
        if unit:
            found.append(Figure(low, high, unit, text[match.start():figure_end], text))
    return tuple(found) + _magnitudes(text)


def _magnitudes(text: str) -> tuple[Figure, ...]:
    """The magnitudes in words a sentence gives, with what they count ("tens of thousands of fake accounts")."""
    found = []
    for match in _MAGNITUDE.finditer(text):
        many = _MANY[match.group("many").lower()]
        low = many * (10 if match.group("times").lower() == "tens" else 100)
        high = low * 10 - 1
        unit = _unit(match)
        if unit:
            found.append(Figure(low, high, unit, text[match.start():match.end("many")], text))
    return tuple(found)


def _value(match: re.Match) -> float:
    if match.group("number"):
        return float(match.group("number").replace(",", "")) * SCALE.get((match.group("scale") or "").lower(), 1)
    times = match.group("times")
    if times:  # "5-fold", "fivefold"
        return float(times) if times.isdigit() else spelled_value(times)
    if match.group("fold"):
        return _FOLDS[match.group("fold").lower()]
    return spelled_value(match.group("spelled"))


def _unit(match: re.Match) -> tuple[tuple[str, int], ...]:
    """What a figure counts: the first two words after it, past names ("41 Belmark rowers", "24,000 fraudulent
    accounts"), as stems with where each ends in the text; none past a function word ("$8 million in fees")."""
    unit = []
    for token in re.finditer(r"[\w'-]+", match.group("after")):
        word = token.group()
        if word[:1].isupper():
            continue
        if not content_stems(word) or len(unit) == 2:
            break
        end = match.start("after") + token.end()
        if _counted_stem(word) in _CURRENCY_WORDS:
            return ((_CURRENCY_WORDS[_counted_stem(word)], end),)
        unit.append((_counted_stem(word), end))
    return tuple(unit)


def _unit_before(before: str) -> tuple[tuple[str, int], ...]:
    """What a figure with no unit after it counts, named just before it: "estimates the harvested
    conversations at more than 20 million", "the tally of accounts north of 30,000", "fake accounts (as
    many as 30,000"; not the subject of a verb ("the accounts generated 16 million")."""
    named = _COUNTED_BEFORE.search(before)
    return ((_counted_stem(named.group(1)), named.end(1)),) if named else ()


def _counted_stem(word: str) -> str:
    """What a word counts, as a stem: "residents" and "people" count the same."""
    word_stem = stem(word.lower())
    return synonyms().get(word_stem, word_stem)


#: what a multiple counts ("fivefold", "ten times its normal level"): how many times as much, of anything
TIMES = _counted_stem("times")


def as_printed(a: Figure, b: Figure) -> tuple[str, str]:
    """Two contradicting figures with what they count, as their sentences print them."""
    unit = a.stems & b.stems
    return a.words(unit), b.words(unit)


def paired(a: Sequence[Figure], b: Sequence[Figure]) -> Sequence[Figure]:
    """b's figures, with the one left over named as a's when both sentences count one thing and each gives
    one more figure of the same kind: "21,000 accounts that generated 13.4 million exchanges" and "21,000
    accounts had sent 16 million requests" count the same exchanges."""
    shared = {x.counted for x in a} & {y.counted for y in b}
    rest_a = [x for x in a if x.counted not in shared]
    rest_b = [y for y in b if y.counted not in shared]
    if not shared or len(rest_a) != 1 or len(rest_b) != 1:
        return b
    x, y = rest_a[0], rest_b[0]
    agreed = all(not conflict(p, q) for p in a for q in b if p.counted == q.counted)
    if _currency(x) != _currency(y) or not near(x, y, AGREED_RATIO if agreed else MAX_RATIO):
        return b
    return [replace(f, alias=x.counted) if f is y else f for f in b]


def _currency(figure: Figure) -> str:
    return next((s for s, _ in figure.unit if not s[:1].isalnum()), "")


def conflict(a: Figure, b: Figure, most_apart: float = MAX_RATIO) -> bool:
    """Amounts of the same thing ("41 rowers showed" and "57 coaches showed" count different things) that
    cannot both be right."""
    return a.counted == b.counted and (a.high < b.low or b.high < a.low) and near(a, b, most_apart)


def near(a: Figure, b: Figure, most_apart: float = MAX_RATIO) -> bool:
    """No more than most_apart times apart: further apart, they count different things."""
    return max(a.low, b.low) / max(min(a.high, b.high), 1e-9) <= most_apart


def figures_disagree(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """One gives a figure the other contradicts and does not also give ("more than 600 million crowns, well
    above the ministry's 410 million" against "410 million crowns")."""
    def unmatched(x: Figure, others: Sequence[Figure]) -> bool:
        return not any(x.counted == y.counted and not conflict(x, y) for y in others)
    b = paired(a, b)
    return any(conflict(x, y) and (unmatched(x, b) or unmatched(y, a)) for x in a for y in b)


def reading(figures: Sequence[Figure]) -> frozenset:
    """What the figures say, however printed: a reprint's are the same."""
    return frozenset((f.low, f.high, f.counted) for f in figures)


def size(figure: Figure) -> int:
    """Its order of magnitude in powers of two: counts near enough to contradict (at most FAR_RATIO apart) are
    at most three steps apart."""
    return int(math.log2(max(figure.high, 1.0)))
