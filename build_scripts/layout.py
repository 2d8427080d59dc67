"""Undo a printed page's layout in text extracted from it (a PDF saved as text).

Such text is hard-wrapped: every paragraph is broken into lines of about the same
width, a word may be hyphenated across a line end, and each page repeats a running
header or footer ("Bulletin | March 3, 2031", "Page 2 of 3") that can fall in
the middle of a paragraph. Left as they are, each line reads as a heading or a
fragment. Text written one paragraph per line is left alone: its lines are far too
unequal to be a wrap width.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from .model import Fix

MAX_WRAP_WIDTH = 120  #: a hard wrap is narrower than this; paragraphs written on one line are longer
FULL_LINE = 0.6  #: a line at least this share of the wrap width was broken by the layout, not by the writer
MIN_WRAPPED_LINES = 6  #: fewer lines followed by another cannot show a wrap width
WRAPPED_SHARE = 0.7  #: share of such lines that must be full for the text to count as hard-wrapped

_SENTENCE_END = re.compile(r"[.!?;:\u2026][\"'\u201d\u2019)\]]*$")  # not a comma: a line may break after one
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_FIRST_WORD = re.compile(r"^([a-z]+)")
_WORD = re.compile(r"[A-Za-z]+")
_COLUMN_GAP = re.compile(r"\s{3,}")  #: "HARBOUR & QUAY LLP      Bulletin": a printed line's columns


def undo_page_layout(lines: list[str], opens_block: Callable[[str], bool]) -> tuple[list[str], list[Fix]]:
    """Lines as extracted -> lines as written: running headers dropped, wrapped paragraphs re-joined.
    `opens_block` tells a line that starts something of its own (a heading, a list item)."""
    width = wrap_width(lines, opens_block)
    if not width:
        return lines, []
    lines, fixes = _drop_running_lines(lines, opens_block)
    joined, count = _rejoin(lines, width, opens_block)
    if count:
        fixes.append(Fix("layout.unwrapped", f"re-joined {count} lines broken by the page's layout"))
    return joined, fixes


def wrap_width(lines: list[str], opens_block: Callable[[str], bool]) -> int:
    """The width the text was wrapped at, or 0 when it was not hard-wrapped."""
    followed = [line.rstrip() for line, after in zip(lines, lines[1:])
                if line.strip() and after.strip() and not opens_block(after)]
    if len(followed) < MIN_WRAPPED_LINES:
        return 0
    lengths = sorted(map(len, followed))
    width = lengths[int(0.9 * (len(lengths) - 1))]  # a long outlier (a table row) does not set the width
    full = sum(FULL_LINE * width <= length <= width for length in lengths)
    mid_sentence = sum(not _SENTENCE_END.search(line) for line in followed)  # a wrap falls mid-sentence
    wrapped = width <= MAX_WRAP_WIDTH and min(full, mid_sentence) >= WRAPPED_SHARE * len(followed)
    return width if wrapped else 0


def _drop_running_lines(lines: list[str], opens_block) -> tuple[list[str], list[Fix]]:
    """A line repeated on every page (its page number aside) is the page's header or footer. On top
    of the first page it stays, as the masthead that names the publisher, its columns apart."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()).lower())

    counts = Counter(key(line) for line in lines if line.strip())
    kept, fixes = [], []
    kept_text = False  # whether a line of text is kept yet: the first page's header comes before any
    for line in lines:
        text = line.strip()
        if (counts[key(line)] >= 2 and len(text.split()) >= 3 and not opens_block(line)
                and not _SENTENCE_END.search(text)):
            if not kept_text:
                kept.append(_COLUMN_GAP.sub(" | ", text))
                kept_text = True
                continue
            fixes.append(Fix("furniture.running-line", "removed a page's running header or footer", text))
            continue
        kept.append(line)
        kept_text = kept_text or bool(text)
    return kept, fixes


def _rejoin(lines: list[str], width: int, opens_block) -> tuple[list[str], int]:
    """Join each line to the one before when that one was full. Across a blank line (a page break)
    only when the paragraph plainly goes on: no sentence end before, a lower-case word after."""
    words = {w.lower() for line in lines for w in _WORD.findall(line)}
    paragraphs: list[list[str]] = []  # each paragraph's lines, joined once at the end: a long one stays linear
    last_physical = ""  # the last line as extracted, before joining: its width says whether it was full
    blank_since = False
    count = 0
    for line in lines:
        text = line.strip()
        if not text:
            blank_since = True
            continue
        full = len(last_physical) >= FULL_LINE * width
        goes_on = full and not opens_block(line) and (
            not blank_since or (not _SENTENCE_END.search(last_physical) and text[:1].islower()))
        if paragraphs and goes_on:
            _join(paragraphs[-1], text, words)
            count += 1
        else:
            if paragraphs and blank_since:
                paragraphs.append([""])
            paragraphs.append([line.rstrip()])
        last_physical = line.rstrip()
        blank_since = False
    return ["".join(pieces) for pieces in paragraphs], count


def _join(pieces: list[str], after: str, words: set[str]) -> None:
    """'inspec-' + 'tion' -> 'inspection' when the text uses that word elsewhere; a hyphen the
    writer meant ('trade-' + 'secret') stays."""
    hyphen, first = _HYPHEN_END.search(pieces[-1]), _FIRST_WORD.match(after)
    if hyphen and first:
        if (hyphen.group(1) + first.group(1)).lower() in words:
            pieces[-1] = pieces[-1][:-1]
        pieces.append(after)
    else:
        pieces.append(f" {after}")
