"""Small text helpers shared by the stages: words, stems, slugs."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")

#: Function words carry no claim; the list is about English grammar, not any story.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves said says say according also may
might must shall s t its it's one two new
""".split())

_STEMMER = snowballstemmer.stemmer("english")


_DOTTED_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")


def words(text: str) -> list[str]:
    """Lower-case word tokens; hyphenated words stay whole; "U.S." is the same word as "US"."""
    return list(_words(text))


@lru_cache(maxsize=100_000)  # coverage repeats itself: wire copy, reprints, quotes carried by every outlet
def _words(text: str) -> tuple[str, ...]:
    if "." in text:
        text = _DOTTED_ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text)
    return tuple(w.replace("\u2019", "'") for w in WORD.findall(text.lower()))


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOPWORDS}


# the stemmer cuts "responsible" to the stem of "response": being to blame is not answering
_NOT_TO_CUT = re.compile(r"(?P<kept>(?:ir)?responsib)(?:le|ly|ility|ilities)$")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    kept = _NOT_TO_CUT.match(word)
    return kept.group("kept") if kept else _STEMMER.stemWord(word)


def stems(text: str) -> list[str]:
    """Stems of all words, in order (hyphenated words also yield their parts)."""
    result = []
    for word in words(text):
        result.append(stem(word))
        if "-" in word:
            result.extend(stem(part) for part in word.split("-") if part)
    return result


def content_stems(text: str) -> set[str]:
    """Stems of the content words; a hyphenated word also gives its parts ("cross-border")."""
    result = set()
    for word in words(text):
        if word in STOPWORDS or len(word) < 2:
            continue
        result.add(stem(word))
        if "-" in word:
            result.update(stem(part) for part in word.split("-") if len(part) > 1 and part not in STOPWORDS)
    return result


def slugify(text: str, max_length: int = 60) -> str:
    """ASCII slug safe as a file and URL name: letters, digits and single hyphens only."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "untitled"


#: what parts a name from its sections or a headline from its site: "The Harbour Times | Business",
#: "Ferry fares to rise - The Harbour Gazette"
NAME_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+")


def names_an_outlet(text: str) -> bool:
    """"Harbour Wire", "The Bay Gazette": a short run of capitalised words, as an outlet's name is (what
    follows a byline's names, or a headline in a page's title)."""
    tokens = text.split()
    return (1 <= len(tokens) <= 4 and tokens[0][:1].isupper()
            and all(w[:1].isupper() or w.lower() in ("of", "and", "the", "&") for w in tokens))


def outlet_key_for(outlet: str, file: str) -> str:
    """Outlets are counted by name; a source with no known outlet counts as its own."""
    return slugify(outlet) if outlet else f"file:{file}"


_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_UNITS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90})
#: the words that multiply a number ("4 million", "twenty-four thousand")
SCALE = {"hundred": 100, "thousand": 1000, "k": 1000, "million": 10 ** 6, "m": 10 ** 6, "billion": 10 ** 9,
          "bn": 10 ** 9, "trillion": 10 ** 12}
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")  #: not a version ("4.0.1") nor a section ("3.2.1"): they count nothing
_SCALED = re.compile(r"(\d+(?:[.,]\d+)?)\s*(hundred|thousand|million|billion|trillion|bn|m|k)\b", re.IGNORECASE)


def _spelled_numbers(text: str) -> list[int]:
    """The values of numbers written in words: "twenty-four thousand" is 24000, "sixteen million" 16000000."""
    values, total, current, in_number = [], 0, 0, False
    for word in [part for w in words(text.lower()) for part in w.split("-")] + [""]:
        if word in _UNITS:
            current, in_number = current + _UNITS[word], True
        elif word in ("hundred", "thousand", "million", "billion", "trillion"):
            if word == "hundred":
                current = max(current, 1) * 100
            else:
                total, current = total + max(current, 1) * SCALE[word], 0
            in_number = True
        elif word == "and" and in_number:
            continue  # "one hundred and twenty"
        elif in_number:
            values.append(total + current)
            total, current, in_number = 0, 0, False
    return values


_NUMBER_WORD = r"(?:" + "|".join(sorted([*_UNITS, "hundred", "thousand", "million", "billion", "trillion", "dozen"],
                                          key=len, reverse=True)) + r")"
#: a number in words, with where it starts and ends: "nineteen", "twenty-four thousand", "a dozen",
#: "half a billion"
SPELLED_NUMBER = (rf"\b(?:(?:half\s+)?an?\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?"
                  rf"{_NUMBER_WORD}(?:(?:-|(?<=hundred)\s+and\s+|\s+){_NUMBER_WORD})*\b")


def spelled_value(phrase: str) -> float:
    """The value of a number in words (a SPELLED_NUMBER): "twenty-four thousand" 24000, "a dozen" 12, "two
    dozen" 24, "half a billion" 500000000."""
    tokens = [part for w in words(phrase) for part in w.split("-")]
    factor = 1.0
    if tokens[:1] == ["half"]:
        factor, tokens = 0.5, tokens[1:]
    if tokens[:1] in (["a"], ["an"]):
        tokens = ["one", *tokens[1:]]
    if tokens[-1:] == ["dozen"]:
        if len(tokens) == 1:
            return 0.0  # "a few dozen", "several dozen": no count given
        factor, tokens = factor * 12, tokens[:-1]
    values = _spelled_numbers(" ".join(tokens))
    return values[0] * factor if values else 0.0


def numbers_in(text: str) -> set[str]:
    """The figures a sentence states, digits or words ("ten percent" and "10%" are the same,
    "4 million" and "4,000,000" too, and "twenty-four thousand" and "24,000").

    Numbers below ten are left out when written as words: "the two countries" and "one key
    method" count things in passing rather than state a figure."""
    found = set()
    for match in _SCALED.finditer(text):
        value = float(match.group(1).replace(",", "")) * SCALE[match.group(2).lower()]
        found.add(f"{value:.0f}")
    text = _SCALED.sub(" ", text)
    found.update(n for m in _DIGITS.finditer(text) if _FIGURE.fullmatch(n := m.group().replace(",", "")))
    found.update(str(value) for value in _spelled_numbers(text) if value >= 10)
    return found


#: ends with a determiner: the next word is a noun or an adjective ("its claims", "the calls", "its stated
#: aim"), not a verb
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|my|your|these|those|such|any|no|of)\s+$",
                               re.IGNORECASE)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
#: month names, as a regex group: case-sensitive, since "may" and "march" are also verbs
MONTHS = f"(?:{'|'.join(MONTH_NAMES)})"
#: a month beside a day's number: its name, or the short form news agencies write ("Aug. 9", "Sept. 6", "Oct 14")
#: a name: capitalised words, "of", "and", "for", "de" within it ("Office of Ports and Waterways", "U.S. Coast
#: Guard"); a possessive "'s" ends it
NAME_RUN = r"(?:[A-Z][\w&.-]*\s+(?:(?:of|and|for|de)\s+)*)*[A-Z][\w&.-]*"
MONTH_ABBREVIATED = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
MONTH_OF_DAY = rf"(?:{MONTHS}\b|{MONTH_ABBREVIATED})"
_DATE_NUMBERS = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_OF_DAY}|"
                           rf"\b{MONTH_OF_DAY}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|"
                           r"\b((?:19|20)\d\d)\b(?!s)")


def month_number(name: str) -> int:
    """1 for "January", "Jan" or "Jan."; 9 for "Sept."."""
    return [m[:3] for m in MONTH_NAMES].index(name[:3].capitalize()) + 1


def dates_in(text: str) -> set[str]:
    """The figures that are parts of dates: "22" in "on April 22", "2028" in "since 2028"."""
    return {n for m in _DATE_NUMBERS.finditer(text) for n in m.groups() if n}


# numbers that name rather than count: "41st", "V4", "F-35", "COVID-19"
_NAMING_NUMBERS = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b[A-Za-z]+-?\d+[A-Za-z]*\b")
MIN_COUNT = 10  #: a smaller number ("3 firms") is too common to tell two reports apart


def quantities_in(text: str) -> frozenset[str]:
    """The figures that count or measure something: "24,000 accounts", "90 days", "98 percent";
    not the parts of dates, ordinals or numbers in names."""
    counted = numbers_in(_NAMING_NUMBERS.sub(" ", text)) - dates_in(text)
    return frozenset(n for n in counted if float(n) >= MIN_COUNT)


_BALANCED_QUOTE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_OPENS_QUOTE = re.compile(r"(?:^|(?<=\s))[\"\u201c]|\u201c")  #: a quote mark at a word's start opens a quotation
_CLOSES_QUOTE = re.compile(r"[\"\u201d](?=\s|$)|\u201d")


def outside_quotes(text: str) -> str:
    """The sentence without what it quotes: words inside quotes are someone else's."""
    return _BALANCED_QUOTE.sub("", text)


def outside_quotations(text: str) -> str:
    """The sentence without what it quotes, also where a quotation runs over several sentences: one that
    runs on into the next ('"What we target is fraud.') is quoted to this sentence's end, one that ran on
    from the sentence before ('This is not partisan, and I am proud of it," she said.') from its start."""
    text = outside_quotes(text)
    closing = _CLOSES_QUOTE.search(text)
    if closing and not _OPENS_QUOTE.search(text, 0, closing.start()):
        text = text[closing.end():]
    opening = _OPENS_QUOTE.search(text)
    return text[:opening.start()] if opening else text
