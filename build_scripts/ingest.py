"""Ingest: files in seeds/ -> RawDocument (or a Problem saying why not).

The only stage that reads input files. One reader per format behind one interface
(read_document); readers never write. Bad input becomes a Problem naming the file
and the reason, never an exception that stops the build.
"""
from __future__ import annotations

import codecs
import logging
import re
from html import unescape
from pathlib import Path

import charset_normalizer
import yaml

from .limits import (MAX_BYTES, MAX_CORPUS_BYTES, MAX_FRONT_MATTER_CHARS, MAX_HTML_DEPTH, MAX_HTML_TAGS,
                     MAX_LINE_CHARS, MAX_SEED_FILES, html_shape, longest_line)
from .model import Fix, Problem, RawDocument
from .textutil import NAME_SEPARATOR, names_an_outlet

MAX_CHAOS = 0.1  #: charset-normalizer's "mess" score above which a guessed decoding is noise
MIN_COHERENCE = 0.05  #: ...and its language score below which no language was recognised
MIN_HTML_WORDS = 25  #: a saved page with less running text than this has no article
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
DECLARED_KEYS = ("title", "outlet", "url", "date", "language")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_LANG = re.compile(r"<html\b[^>]*\blang=[\"']?([a-zA-Z]{2,3})(?:-[a-zA-Z0-9]+)?", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's is many times faster
# trafilatura logs "empty HTML tree" without naming the file; the problem we report names it and says why
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


class InputError(Exception):
    """An input that cannot be used; the message is the reason, without the file name."""


def list_seed_files(seeds_dir: Path) -> tuple[list[Path], list[Problem]]:
    """Seed files in a stable order, plus warnings for files that are not articles."""
    files, problems = [], []
    if not seeds_dir.is_dir():
        return [], [Problem(str(seeds_dir), "error", "seeds folder not found")]
    inside = seeds_dir.resolve()
    total = 0
    for path in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        if path.name.startswith((".", "_")):
            continue
        # a link could publish any file the build machine can read (a credentials file, /proc/self/environ)
        if path.is_symlink() or path.resolve().parent != inside:
            problems.append(Problem(path.name, "error", "refused: a symbolic link; a seed must be a file inside "
                                    "the seeds folder itself, so copy the article there"))
            continue
        if path.is_dir():
            continue
        if path.suffix.lower() not in FORMATS:
            problems.append(Problem(path.name, "warning", f"ignored: unsupported file type '{path.suffix or 'none'}' "
                                    f"(use {', '.join(sorted(set(FORMATS)))})"))
            continue
        # the whole folder is bounded too, so a build ends in bounded time: the first files in name order build
        try:
            size = min(path.stat().st_size, MAX_BYTES + 1)  # a file over its own limit is refused when read
        except OSError:  # deleted or renamed since the folder was listed (an editor saving while serve runs)
            continue
        if len(files) == MAX_SEED_FILES:
            problems.append(Problem(path.name, "error", f"refused: seeds/ holds more than {MAX_SEED_FILES:,} "
                                    "articles, the limit for one briefing"))
            continue
        if total + size > MAX_CORPUS_BYTES:
            problems.append(Problem(path.name, "error", f"refused: the seeds before it in name order already "
                                    f"hold {total:,} bytes, and together they may hold {MAX_CORPUS_BYTES:,}"))
            continue
        total += size
        files.append(path)
    return files, problems


def read_document(path: Path) -> RawDocument:
    """Read one seed file. Raises InputError with a one-line reason."""
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)  # never more than the limit into memory, however big the file
    if len(data) > MAX_BYTES:
        size = max(len(data), path.stat().st_size)
        raise InputError(f"file is {size:,} bytes, over the {MAX_BYTES:,} byte limit for one article")
    if not data.strip():
        raise InputError("file is empty")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unsupported file type '{path.suffix or 'none'}'")
    text, encoding, replaced = decode_bytes(data)
    fixes = () if encoding in ("utf-8", "ascii") else (Fix("decode", f"decoded as {encoding}"),)
    warnings = (f"{replaced} undecodable byte(s) dropped; the rest is valid UTF-8",) if replaced else ()
    declared, body = {}, text
    if fmt == "html":
        declared, body = extract_html(text)
    else:
        line, length = longest_line(text)
        if length > MAX_LINE_CHARS:
            raise InputError(f"line {line} is {length:,} characters long, over the limit of {MAX_LINE_CHARS:,} "
                             "for one line")
        if fmt == "md":
            declared, body = split_front_matter(text)
    return RawDocument(path.name, fmt, body, declared, fixes, warnings)


def decode_bytes(data: bytes) -> tuple[str, str, int]:
    """Bytes -> (text, encoding name, bytes dropped). BOM first, then UTF-8, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable bytes after a {encoding} byte-order mark at byte {exc.start}") from None
    if _looks_binary(data):
        raise InputError("binary data, not text (control bytes found)")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    dropped = text.count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    if multibyte and dropped <= max(3, len(data) // 1000):
        # UTF-8 with a few damaged bytes: keep the article, drop the damage, tell the editor.
        return text.replace("\ufffd", ""), "utf-8", dropped
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None or best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        raise InputError("undecodable bytes: not UTF-8, and no text encoding reads it as language")
    return str(best), best.encoding, 0


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 100)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Markdown with optional YAML front matter -> (declared metadata, body)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.lstrip().startswith("---\n") and text.count("\n---") == 0:
            raise InputError("broken front matter: opening '---' has no closing '---'")
        return {}, text
    if len(match.group(1)) > MAX_FRONT_MATTER_CHARS:
        raise InputError(f"front matter is {len(match.group(1)):,} characters long, over the limit of "
                         f"{MAX_FRONT_MATTER_CHARS:,}")
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(match.group(1), Loader=_SAFE_LOADER)):
            # '*name' repeats what '&name' holds: nine nested repeats make a value of a billion items
            raise InputError("front matter repeats values with YAML aliases ('*name'), which an article's "
                             "metadata never needs")
        data = yaml.load(match.group(1), Loader=_SAFE_LOADER)  # a safe loader: no object tags, no code
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 2}" if mark else ""
        raise InputError(f"broken front matter{line}: {getattr(exc, 'problem', None) or exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("broken front matter: it must be 'key: value' lines")
    declared = {}
    for key in DECLARED_KEYS:
        value = data.get(key)
        if value is not None and str(value).strip():
            declared[key] = " ".join(str(value).split())
    return declared, text[match.end():]


# trafilatura's own default ignores dates after the day it runs: the same page would come out undated or dated
# depending on the build's clock, and a story's pages dated ahead of it lose their dates
_DATE_SEARCH = {"original_date": True, "extensive_search": True, "max_date": "2999-12-31"}


def extract_html(html: str) -> tuple[dict[str, str], str]:
    """Saved web page -> (metadata, main text). Uses trafilatura: no hand-written scraping."""
    import trafilatura  # imported here: slow to import and only needed for HTML inputs

    tags, depth = html_shape(html)  # (extraction time grows with the tags; the parser drops what nests deeper)
    if tags > MAX_HTML_TAGS:
        raise InputError(f"the page has {tags:,} tags, over the limit of {MAX_HTML_TAGS:,}")
    if depth > MAX_HTML_DEPTH:
        raise InputError(f"the page's elements nest {depth} levels deep, over the limit of {MAX_HTML_DEPTH}")

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, include_images=False,
        include_links=False, with_metadata=True, deduplicate=True, favor_precision=True,
        date_extraction_params=_DATE_SEARCH,
    )
    word_count = len((doc.text or "").split()) if doc is not None else 0
    if word_count < MIN_HTML_WORDS:
        raise InputError(f"no article text found in the HTML page ({word_count} words of running text)")
    declared = {}
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("url", "url"), ("date", "date"),
                      ("language", "language")):
        value = getattr(doc, attr, None)
        if value and str(value).strip():
            declared[key] = " ".join(str(value).split())
    credit = _credit_in_byline(getattr(doc, "author", None) or "")
    if credit:
        declared["credit"] = credit
    if "outlet" not in declared:
        outlet = _outlet_in_title(html)
        if outlet:
            declared["outlet"] = outlet
    lang = _HTML_LANG.search(html[:5000])
    if lang and "language" not in declared:
        declared["language"] = lang.group(1).lower()
    return declared, doc.text


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _outlet_in_title(html: str) -> str:
    """"Ferry fares to rise | The Harbour Gazette": the site's name after the headline in the page's
    title, when the page names its site nowhere else."""
    found = _TITLE.search(html[:20000])
    if not found:
        return ""
    parts = NAME_SEPARATOR.split(" ".join(unescape(found.group(1)).split()))
    if len(parts) < 2 or len(" ".join(parts[:-1]).split()) < 3:
        return ""
    return parts[-1] if names_an_outlet(parts[-1]) and not any(c.isdigit() for c in parts[-1]) else ""


# what else a page's byline holds after the names: "Published 14 Oct 2031", "Updated", "Staff"
_NOT_A_NAME = re.compile(r"^(?:published|updated|posted|staff|by|and|photo|photos|video)\b|\d", re.IGNORECASE)


def _credit_in_byline(author: str) -> str:
    """"Karin Ostby; Nordic Press Agency" (the page's byline, as trafilatura reads it): the outlet
    named after the writer, which a reprint credits."""
    return next((part for part in (p.strip() for p in author.split(";")[1:])
                 if names_an_outlet(part) and not _NOT_A_NAME.search(part)), "")
