"""Limits: the most of each resource that one input, or the whole of seeds/, may make the build use.

A pull request can put anything in seeds/. A news article is far inside every limit here; an input
beyond one is refused with a message naming the file and the limit, the other seeds still build, and a
build of hostile inputs ends in bounded time.
"""
from __future__ import annotations

import re

MAX_BYTES = 2_000_000  #: one file
MAX_LINE_CHARS = 100_000  #: one line of a text or Markdown file (a web page may be a single line)
MAX_HTML_DEPTH = 200  #: how deeply a web page's elements may nest (the parser silently drops what is deeper)
MAX_HTML_TAGS = 50_000  #: tags in one web page (a news page has a few thousand; extraction time grows with them)
MAX_FRONT_MATTER_CHARS = 20_000  #: a Markdown file's YAML front matter
MAX_PARAGRAPH_CHARS = 20_000  #: one paragraph after cleaning
MAX_SENTENCE_CHARS = 3_000  #: one sentence after cleaning
MAX_SENTENCES = 2_000  #: one article after cleaning
MAX_SEED_FILES = 10_000  #: files in seeds/ (twice the benchmark's largest corpus)
MAX_CORPUS_BYTES = 100_000_000  #: all of seeds/ together

# Elements that hold nothing, or whose end tag a page may leave out ("<p>one<p>two"): counting them would
# take a page of unclosed paragraphs for a deep one.
_FLAT = frozenset("area base br col embed hr img input link meta param source track wbr "
                  "html head body p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption "
                  "rb rt rtc rp".split())
_NAME = re.compile(r"(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_RAW_TEXT = {name: re.compile(rf"</{name}", re.IGNORECASE) for name in ("script", "style")}  #: content is text


def html_shape(html: str) -> tuple[int, int]:
    """(how many tags, how deeply the elements nest) of a page, read from its tags (unclosed ones count as
    open). One pass with plain searches, each starting where the last ended: a page of a million unclosed
    "<a" or "<!--" takes no longer than any other page of its size."""
    tags = depth = deepest = position = 0
    while (start := html.find("<", position)) != -1:
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            if end == -1:
                break
            position = end + 3
            continue
        end = html.find(">", start)
        if end == -1:
            break
        position = end + 1
        tag = _NAME.match(html, start + 1, end)
        if not tag:
            continue
        tags += 1
        closing, name = tag.group(1), tag.group(2).lower()
        if name in _FLAT or html[end - 1] == "/":
            continue
        if closing:
            depth = max(0, depth - 1)
            continue
        depth += 1
        deepest = max(deepest, depth)
        if name in _RAW_TEXT:  # its text is not markup: go on after its end tag
            close = _RAW_TEXT[name].search(html, position)
            if not close:
                break
            position = close.start()
    return tags, deepest


def longest_line(text: str) -> tuple[int, int]:
    """(line number from 1, its length in characters) of the longest line."""
    best = (1, 0)
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > best[1]:
            best = (number, len(line))
    return best
