"""Repair: decoded text -> text with mojibake and invisible troublemakers removed.

Each fix is a small function that returns the new text and what it did, so the
source page can say exactly what was repaired (the habit of ftfy's fixes.py).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import ftfy

from .model import Fix

#: Code pages that UTF-8 is commonly misread through. Bytes a code page leaves undefined
#: are taken from Windows-1252, as browsers and many scrapers do.
LEGACY_CODEPAGES = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "latin-1")

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")
_QUOTE_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019"}
_QUOTE_CHARS = frozenset(_QUOTE_PAIRS) | frozenset(_QUOTE_PAIRS.values())

# Bidirectional overrides/isolates can reorder what a reader sees; zero-width characters
# hide text from search. C0/C1 controls have no place in an article.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def _build_table(codepage: str) -> dict[str, int]:
    """Character -> byte for the upper half of a code page, with Windows-1252 fallback."""
    table: dict[str, int] = {}
    undefined = []
    for byte in range(0x80, 0x100):
        try:
            table.setdefault(bytes([byte]).decode(codepage), byte)
        except UnicodeDecodeError:
            undefined.append(byte)
    for byte in undefined:  # the page's own characters win over the fallback's
        for page in ("cp1252", "latin-1"):
            try:
                table.setdefault(bytes([byte]).decode(page), byte)
                break
            except UnicodeDecodeError:
                continue
    return table


_TABLES = {page: _build_table(page) for page in LEGACY_CODEPAGES}


def repair_text(text: str) -> tuple[str, list[Fix]]:
    """Apply every repair in order; return the text and the fixes that fired."""
    fixes: list[Fix] = []
    for fix in (fix_legacy_mojibake, fix_with_ftfy, remove_invisible_characters):
        text, fired = fix(text)
        fixes.extend(fired)
    return text, fixes


def fix_legacy_mojibake(text: str) -> tuple[str, list[Fix]]:
    """Undo UTF-8 that was decoded through a legacy code page, even with lost bytes.

    Works run by run (a run is two or more adjacent non-ASCII characters), so correct
    characters elsewhere in the text are never touched.
    """
    counts: dict[str, int] = {}
    lines = []
    for line in text.split("\n"):
        pieces, last = [], 0
        for match in _NON_ASCII_RUN.finditer(line):
            pieces.append(line[last:match.start()])
            context = "".join(pieces)
            fixed, page = _repair_run(match.group(), context, line[match.end():match.end() + 1])
            if page:
                counts[page] = counts.get(page, 0) + 1
            pieces.append(fixed)
            last = match.end()
        pieces.append(line[last:])
        lines.append("".join(pieces))
    fixes = [Fix("encoding.legacy-codepage", f"repaired {n} garbled sequence(s): UTF-8 text that had been read as {page}")
             for page, n in sorted(counts.items())]
    return "\n".join(lines), fixes


def _repair_run(run: str, before: str, after: str) -> tuple[str, str]:
    for page, table in _TABLES.items():
        if not all(char in table for char in run):
            continue
        data = bytes(table[char] for char in run)
        decoded, repaired = _decode_utf8_keeping_misfits(data, run, before, after)
        if repaired:
            return decoded, page
    return run, ""


def _sequence_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _decode_utf8_keeping_misfits(data: bytes, run: str, before: str, after: str) -> tuple[str, int]:
    """Decode what forms valid UTF-8; keep every other byte as the character it was."""
    out: list[str] = []
    repaired = 0
    # what a lost mark is guessed from, kept up to date as the run is decoded (reading all that came
    # before at every mark would take a run of a million misread marks a million times as long)
    quotes = Counter(c for c in before if c in _QUOTE_CHARS)
    last = before[-1:]

    def emit(text: str) -> None:
        nonlocal last
        out.append(text)
        quotes.update(c for c in text if c in _QUOTE_CHARS)
        last = text[-1:] or last

    i = 0
    while i < len(data):
        need = _sequence_length(data[i])
        chunk = data[i:i + need] if need else b""
        if need and len(chunk) == need:
            try:
                emit(chunk.decode("utf-8"))
                repaired += 1
                i += need
                continue
            except UnicodeDecodeError:
                pass
        if need == 3 and data[i] == 0xE2:
            # A punctuation character whose last byte was lost in the misreading.
            present = 1
            while present < 3 and i + present < len(data) and 0x80 <= data[i + present] <= 0xBF:
                present += 1
            if present == 2:
                rest = data[i + present:]
                following = run[i + present] if rest else after
                char = _guess_lost_punctuation(data[i:i + 2], last, quotes, following)
                if char:
                    emit(char)
                    repaired += 1
                    i += present
                    continue
        emit(run[i])
        i += 1
    return "".join(out), repaired


def _guess_lost_punctuation(prefix: bytes, prev: str, quotes: Counter, after: str) -> str:
    """Pick the punctuation mark a truncated E2 80 xx sequence most likely was, from the character before
    it, how many of each quotation mark came before, and the character after it."""
    candidates = _completions(prefix)
    for opening, closing in _QUOTE_PAIRS.items():
        if quotes[opening] > quotes[closing] and closing in candidates:
            return closing
    if prev.isalpha() and after.isalpha() and "\u2019" in candidates:
        return "\u2019"  # apostrophe inside a word
    return ""


@lru_cache(maxsize=64)
def _completions(prefix: bytes) -> frozenset[str]:
    """The characters a UTF-8 sequence that lost its last byte may have been."""
    found = set()
    for last in range(0x80, 0xC0):
        try:
            found.add((prefix + bytes([last])).decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return frozenset(found)


def fix_with_ftfy(text: str) -> tuple[str, list[Fix]]:
    """Everything else ftfy knows (other mojibake, HTML entities, broken surrogates)."""
    config = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, normalization="NFC",
                                  unescape_html=True, explain=True)
    fixed, steps = ftfy.fix_and_explain(text, config=config)
    if fixed == text:
        return text, []
    names = sorted({step.parameter for step in steps or [] if step.action in ("apply", "transcode", "encode",
                                                                              "decode")})
    return fixed, [Fix("encoding.ftfy", "repaired text with ftfy" + (f" ({', '.join(names)})" if names else ""))]


def remove_invisible_characters(text: str) -> tuple[str, list[Fix]]:
    """Drop control, bidirectional-override and zero-width characters."""
    found = _INVISIBLE.findall(text)
    if not found:
        return text, []
    names = sorted({unicodedata.name(c, f"U+{ord(c):04X}") for c in found})
    return _INVISIBLE.sub("", text), [Fix("invisible", f"removed {len(found)} invisible character(s): {', '.join(names[:4])}")]
