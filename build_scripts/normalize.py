"""Normalize: RawDocument -> CleanDocument.

Repairs the encoding, removes page furniture by the rules in data/furniture.yml
(plus the editors' own), pulls metadata out of the text, and flags what a careful
editor would want to know. Every removal is recorded as a Fix.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .dates import dateline_day, only_a_date, publication_date, weekday_dated
from .model import Block, CleanDocument, Fix, MetaValue, RawDocument
from .language import detect_language
from .layout import undo_page_layout
from .repair import repair_text
from .textutil import NAME_SEPARATOR, content_words, names_an_outlet, outside_quotes

RULES_FILE = Path(__file__).parent / "data" / "furniture.yml"
REMOVAL_TEXT = {
    "icon-word": "icon names left by the page's icon font",
    "counter": "share or view counters",
    "image-markup": "image markup",
    "player-timer": "an audio player's timer",
    "player-label": "an audio player's label",
    "masthead": "the site's masthead",
    "section-label": "the site's section path or a label above the headline",
    "repeated-title": "repeats of the headline",
    "empty-heading": "headings with no text under them",
    "machine-summary": "machine-written summary blocks",
    "link-list": "lists of links to other articles",
    "link-line": "lists of links to other articles",
    "author-bio": "notes on who the author is",
    "ui-text": "buttons and navigation text",
    "affiliate-notice": "a notice about affiliate links",
    "email-links": "a newsletter's e-mail links (view in browser, forward, unsubscribe)",
    "timestamp": "a live blog's update times",
    "footnote-marker": "reference markers pointing at notes",
}

# "(c)" opens a list item, unless a year follows: "(c) 2026 Harbour Wire. All rights reserved." is a copyright line
_BULLET = re.compile(r"^\s*(?:[-*+\u2022\u25aa\u25cf\u2023\u2043\u00b7]|\d{1,2}[.)]|\((?:\d{1,2}|[a-h])\)(?!\s+(?:19|20)\d\d\b))\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# (from the start of a run of spaces only: tried from each space of a long run, it would read the run each time)
_TRAILING_COUNTER = re.compile(r"(?<!\s)\s*[\U0001F000-\U0001FAFF\u2190-\u21ff\u2600-\u27bf\ufe0f]+\s*\d[\d.,]*[kKmM]?\s*$")
# A link's text and address never hold a bracket or a parenthesis: so each try at a "[" stops at the next one,
# and a line of a thousand unclosed "[a](" is read in one pass, not once from each.
_IMAGE = re.compile(r"!\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?([^()\[\]\s<>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\(\s*<?[^()\[\]\s<>]+>?(?:\s+\"[^\"]*\")?\s*\)")
# (an emphasis spans a few words: unbounded, a line of "*a *a *a" would be read to its end from each "*")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.{1,300}?)(?<=\S)\1")
# "- **Backup funding (announced).** The minister said ...": a bold label that opens a list item
_RUN_IN = re.compile(r"^(\*\*|__)([^*_]{2,80}?)([.:]?)\1([.:]?)\s+(?=\S)")
_ITALIC_LINE = re.compile(r"^\s*([*_])(?!\1)(.+?)(?<!\s)\1\s*$")
_BIO_START = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:is|was)\s+(?:a|an|the)\s")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_SENTENCE_END = re.compile(r"[.!?;:,\u2026][\"'\u201d\u2019)\]]*$")
# "I. Morec noted": an initial before a family name, not the pronoun
_FIRST_PERSON = re.compile(r"\b(I(?!\.\s*(?-i:[A-Z][a-z]))|I'm|I've|I'd|my|me)\b|"
                           r"\b(in my (view|opinion)|from my perspective|personally)\b", re.IGNORECASE)
_REPORTER_ASKS = re.compile(r"\b(?:told|tells|wrote to|said to|explained to|showed|emailed|texted) me\b|"
                            r"\bmy (?:questions?|requests? for comment|calls?|emails?|messages?|inquir(?:y|ies))\b",
                            re.IGNORECASE)
_OPINION_MARKERS = re.compile(r"\b(from my perspective|in my (view|opinion)|i (think|believe|argue)|personal interpretation)\b", re.IGNORECASE)
_ESTIMATED = re.compile(r"\bestimated data\b", re.IGNORECASE)
# An opinion piece says so in its headline ("Opinion: ...") or its address (".../opinion/...").
_OPINION_TITLE = re.compile(r"^\W*(opinion|op-ed|commentary|editorial|column|viewpoint|perspective)\b", re.IGNORECASE)
_OPINION_URL = re.compile(r"/(opinion|opinions|op-ed|oped|commentary|editorials?|columns?|viewpoints?)/", re.IGNORECASE)
_PAREN_DOMAIN = re.compile(r"\s*\((?:https?://)?(www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?\)\s*$", re.IGNORECASE)


DATELINE_LINES = 4  #: a dateline opens the text: looked for on its first lines only (title and byline may come first)


@dataclass(frozen=True)
class FurnitureRules:
    drop_lines: tuple[tuple[str, re.Pattern], ...]
    any_drop_line: re.Pattern  #: all drop_lines at once: most lines match none, so one search settles them
    metadata_lines: tuple[tuple[str, re.Pattern], ...]
    drop_sections: tuple[tuple[str, re.Pattern], ...]
    drop_link_lists: tuple[tuple[str, re.Pattern], ...]
    icon_prefix: re.Pattern
    captions: tuple[re.Pattern, ...]
    dateline: re.Pattern
    timestamp: re.Pattern  #: a live blog's update time opening a line
    footnote_marker: re.Pattern  #: "[1]" or "¹" glued to a word or a sentence's end
    byline_roles: frozenset[str] = frozenset()  #: "By Ada Lorne, Harbour Correspondent" credits no outlet


@lru_cache(maxsize=8)
def load_rules(extra_patterns: tuple[str, ...] = ()) -> FurnitureRules:
    """Built-in furniture rules plus the editors' extra line patterns."""
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))

    def compiled(section: str) -> tuple[tuple[str, re.Pattern], ...]:
        return tuple((name, re.compile(p, re.IGNORECASE)) for name, p in data[section].items())

    icons = sorted(data["icon_words"], key=len, reverse=True)  # longest first: "bookmark_border" before "bookmark"
    icon_prefix = re.compile(r"^\s*(?:" + "|".join(map(re.escape, icons)) + r")(?=[A-Z0-9\W]|$)")
    extra = tuple((f"editor-rule-{i + 1}", re.compile(p, re.IGNORECASE)) for i, p in enumerate(extra_patterns))
    drop_lines = compiled("drop_lines") + extra
    return FurnitureRules(
        drop_lines=drop_lines,
        any_drop_line=re.compile("|".join(f"(?:{p.pattern})" for _, p in drop_lines), re.IGNORECASE),
        metadata_lines=compiled("metadata_lines"),
        drop_sections=compiled("drop_sections"),
        drop_link_lists=compiled("drop_link_lists"),
        icon_prefix=icon_prefix,
        captions=tuple(re.compile(p, re.IGNORECASE) for p in data["caption_patterns"]),
        dateline=re.compile(data["dateline"], re.IGNORECASE),
        timestamp=re.compile(data["timestamp"], re.IGNORECASE),
        footnote_marker=re.compile(data["footnote_marker"]),
        byline_roles=frozenset(data["byline_roles"]),
    )


@dataclass
class _Line:
    kind: str  # "text", "item", "heading" (explicit Markdown heading) or "blank"
    text: str


def normalize_document(raw: RawDocument, rules: FurnitureRules, editor_meta: dict[str, str] | None = None) -> CleanDocument:
    """Clean one document. Never raises for odd text; it only removes and records."""
    text, repairs = repair_text(raw.text)
    fixes: list[Fix] = list(raw.fixes) + repairs
    found: dict[str, MetaValue] = {}
    images: list[str] = []

    text, layout_fixes = _undo_page_layout(text, raw.format)
    fixes += layout_fixes
    lines = _split_lines(text, raw.format)
    lines = _strip_line_furniture(lines, rules, fixes, found, images, raw.format)
    lines = _join_wrapped_lines(lines)
    title, lines = _take_title(lines, raw.declared.get("title", ""), fixes, found)
    lines = _drop_title_repeats(lines, title, fixes)
    blocks = _to_blocks(lines, rules)
    blocks = _drop_sections(blocks, rules, fixes)
    blocks = _drop_trailing_headings(blocks, fixes)
    blocks = _drop_author_bio(blocks, raw.declared.get("author") or found.get("author", MetaValue("", "")).value, fixes)

    meta = _resolve_meta(raw, editor_meta or {}, found, title, images, blocks)
    blocks = _mark_other_language(blocks, meta["language"].value)
    flags = _quality_flags(meta, blocks, fixes)
    return CleanDocument(raw.file, raw.format, meta, tuple(blocks), tuple(fixes), flags)


def _undo_page_layout(text: str, fmt: str) -> tuple[str, list[Fix]]:
    def opens_block(line: str) -> bool:
        return bool(_BULLET.match(line) or (fmt == "md" and _MD_HEADING.match(line)))

    lines, fixes = undo_page_layout(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), opens_block)
    return "\n".join(lines), fixes


def _split_lines(text: str, fmt: str) -> list[_Line]:
    lines = []
    for line in text.split("\n"):  # line ends are "\n" by now (_undo_page_layout)
        if not line.strip():
            lines.append(_Line("blank", ""))
            continue
        heading = _MD_HEADING.match(line) if fmt == "md" else None
        if heading:
            lines.append(_Line("heading", heading.group(2)))
        elif _BULLET.match(line):
            lines.append(_Line("item", _BULLET.sub("", line, count=1)))
        else:
            lines.append(_Line("text", line))
    return lines


def _strip_line_furniture(lines, rules, fixes, found, images, fmt):
    kept: list[_Line] = []
    text_lines = 0  # lines of text kept so far: a dateline is looked for on the first few only
    live_blog = _is_live_blog(lines, rules, fmt)
    for index, line in enumerate(lines):
        if line.kind == "blank":
            kept.append(line)
            continue
        text = line.text
        icon = rules.icon_prefix.match(text)
        if icon:
            fixes.append(_removal("icon-word", icon.group().strip()))
            text = text[icon.end():]
        counter = _TRAILING_COUNTER.search(text)
        if counter and counter.start() > 0:
            fixes.append(_removal("counter", counter.group().strip()))
            text = text[:counter.start()]
        for match in _IMAGE.finditer(text):
            images.append(match.group(2))
        if _IMAGE.search(text):
            fixes.append(_removal("image-markup", _IMAGE.search(text).group()))
            text = _IMAGE.sub("", text)
        if fmt == "md" and _is_italic_bio(text):
            fixes.append(_removal("author-bio", text))
            continue
        if fmt == "md":
            if line.kind == "item":
                text = _run_in_label(text, fixes)
            text = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", text))
        markers = rules.footnote_marker.findall(text)
        if markers:
            fixes.append(_removal("footnote-marker", " ".join(markers)))
            text = rules.footnote_marker.sub("", text)
        text = " ".join(text.split())
        if not re.search(r"\w", text):
            continue
        if live_blog and _is_day_heading(text, found):
            kept.append(_Line("heading", text))
            continue
        if _is_metadata_line(text, rules, found, fixes):
            continue
        rule = None
        if rules.any_drop_line.search(text):
            rule = next((name for name, pattern in rules.drop_lines if pattern.search(text)), None)
        if rule:
            fixes.append(_removal(rule, text))
            if rule == "player-timer":
                _drop_player_label(kept, fixes)
            continue
        # a masthead with the date is the first line: it stays to name the publisher (see _take_title)
        if text_lines < DATELINE_LINES and _is_dated_bar_line(text, found, fixes, drop=text_lines > 0):
            continue
        if text_lines < DATELINE_LINES and _is_dateline_line(text, found, fixes):
            continue
        if text_lines < DATELINE_LINES:
            dateline = rules.dateline.match(text)
            if dateline:
                fixes.append(_removal("dateline", dateline.group().strip()))
                filed = publication_date(dateline.group())  # "PORT HELVE, April 24, 2026 (Wire) -": the day it was filed
                if filed:
                    found.setdefault("date", MetaValue(filed.isoformat(), "dateline"))
                text = text[dateline.end():]
        stamp = rules.timestamp.match(text)
        if stamp:
            fixes.append(_removal("timestamp", stamp.group().strip()))
            text = text[stamp.end():]
        text_lines += 1
        kept.append(_Line(line.kind, text))
    return kept


def _is_live_blog(lines: list[_Line], rules: FurnitureRules, fmt: str) -> bool:
    """Updates that open with the time they were posted ("14:30 ET - ..."): a live blog."""
    plain = (_MD_EMPHASIS.sub(r"\2", line.text) if fmt == "md" else line.text for line in lines)
    return any(rules.timestamp.match(text.strip()) for text in plain)


def _is_day_heading(text: str, found: dict) -> bool:
    """A line that is only a whole date, inside a live blog's text ("Tuesday, 21 April 2026"): the day the
    updates under it were posted. It stays, as the heading that dates them; the first one dates the page
    when nothing else does."""
    if not only_a_date(text):
        return False
    found.setdefault("date", MetaValue(text, "live blog's first day heading"))
    return True


def _run_in_label(text: str, fixes: list[Fix]) -> str:
    """A list item's bold run-in heading reads as the label of what follows ("Backup funding (announced): The
    minister said ..."), as a tracker's items are written: with its full stop the heading would stand as a
    sentence of its own, a verbless point. (A paragraph's run-in heading, "**The big picture.**", is mostly
    a newsletter's furniture: it stays a fragment of its own, which is no point.)"""
    match = _RUN_IN.match(text)
    if not match or not (match.group(3) or match.group(4)) or len(match.group(2).split()) > 10:
        return text
    fixes.append(Fix("furniture.run-in-heading", "read bold run-in headings as labels of their list items",
                     match.group(2)))
    return f"{match.group(2)}: {text[match.end():]}"


def _is_italic_bio(line: str) -> bool:
    """A line set wholly in italics that says who someone is ("*Ada Lorne is a former harbour master.*"):
    the note on a guest writer that opinion pages print above or below the piece."""
    italic = _ITALIC_LINE.match(line)
    return bool(italic) and len(italic.group(2).split()) <= 45 and bool(_BIO_START.match(italic.group(2)))


def _drop_player_label(kept: list[_Line], fixes: list[Fix]) -> None:
    """An audio player shows a short capitalised label right above its timer."""
    looked_at = 0
    for position in range(len(kept) - 1, -1, -1):
        if kept[position].kind == "blank":
            continue
        label = kept[position].text
        if len(label.split()) <= 4 and label.upper() == label and any(c.isalpha() for c in label):
            fixes.append(_removal("player-label", label))
            del kept[position]
            return
        looked_at += 1
        if looked_at == 3:  # the label sits just above the player, maybe above a repeated headline
            return


def _is_metadata_line(text, rules, found, fixes) -> bool:
    for name, pattern in rules.metadata_lines:
        match = pattern.match(text)
        if not match or len(text.split()) > 14:
            continue
        value = (match.group("value") or match.groupdict().get("bare") or "").strip()
        if name in ("outlet", "author") and (len(value.split()) > 6 or value.endswith(".")):
            continue  # a sentence that happens to start with "Source:", not a metadata line
        if name == "outlet":
            domain = _PAREN_DOMAIN.search(value)
            if domain:
                found.setdefault("site", MetaValue(domain.group(2).lower(), "source line"))
                value = value[:domain.start()].strip()
        label = re.sub(r"^\W+", "", text.split(":")[0]).strip()
        credit = (match.groupdict().get("credit") or "").strip()
        staff = _STAFF_OF.match(value) if name == "author" else None
        if staff and not credit and names_an_outlet(staff.group(1)):
            credit = staff.group(1)  # "By Harbour Wire staff | Politics": the staff's outlet, not the section
            found.setdefault("site", MetaValue(credit, "byline"))
        for part in _BYLINE_BARS.split(match.groupdict().get("tail") or ""):
            part = part.strip()
            if publication_date(part):  # "October 14, 2031", "14/10/2031": a whole date
                found.setdefault("date", MetaValue(part, "byline"))
            elif not credit and names_an_outlet(part) and not _names_a_role(part, rules):
                # "By Ada Lorne | Harbour Wire | ...": the outlet the byline names, when nothing else does
                credit = part
                found.setdefault("site", MetaValue(part, "byline"))
        if credit and not _names_a_role(credit, rules):
            if not names_an_outlet(credit):
                continue  # "By the end of the year, the council hopes ...": a sentence, not a byline
            found.setdefault("credit", MetaValue(credit, "byline"))
        where = f"\u201c{label}:\u201d line" if match.group("value") else "line that is only a date"
        found.setdefault(name, MetaValue(value, where))
        fixes.append(Fix(f"metadata.{name}", f"moved a {where} into the {name} metadata", text))
        return True
    return False


_BYLINE_BARS = re.compile(r"[\u00b7|\u2022]")
_STAFF_OF = re.compile(r"^(?:the\s+)?(.+?)\s+(?:staff|staff writers?|staff reporters?|newsroom|desk)$", re.IGNORECASE)
BAR_LINE_PART_WORDS = 6  #: no part of a byline strip is longer ("CW Newsdesk · April 23, 2026 · 4 min read")


def _is_dated_bar_line(text: str, found: dict, fixes: list[Fix], drop: bool) -> bool:
    """A strip of short parts between bars, one a whole date, opening the text ("Friday, April 24, 2026 | View
    in browser"): the article's date, with the page's furniture around it; no sentence is written so. The date
    is taken; the line is dropped (and True returned) only when drop is set."""
    parts = [p.strip() for p in _BYLINE_BARS.split(text)]
    if len(parts) < 2 or any(len(p.split()) > BAR_LINE_PART_WORDS for p in parts):
        return False
    day = next((p for p in parts if publication_date(p)), None)
    if day is None:
        return False
    found.setdefault("date", MetaValue(day, "line with the date"))
    if drop:
        fixes.append(Fix("metadata.date", "moved a line with the date into the date metadata", text))
    return drop


def _is_dateline_line(text: str, found: dict, fixes: list[Fix]) -> bool:
    """A header line that dates the piece: a dateline on its own ("Orvek, 12 August 2032") is taken as the date
    and dropped (True returned); a short line giving a date with its weekday ('"First Light" - Saturday 14
    August 2032, 07:00-08:00') stays, and its day is the date when nothing else on the page gives one."""
    if len(text.split()) > BAR_LINE_PART_WORDS * 2 or _SENTENCE_END.search(text):
        return False
    filed = dateline_day(text)
    if filed:
        found.setdefault("date", MetaValue(filed.isoformat(), "dateline line"))
        fixes.append(Fix("metadata.date", "moved a dateline line into the date metadata", text))
        return True
    aired = weekday_dated(text)
    if aired:
        found.setdefault(_HEADER_DATE, MetaValue(aired.isoformat(), "header line with the weekday and date"))
    return False


_HEADER_DATE = "header date"  #: the date a header line gives, taken when no other is found


def _names_a_role(credit: str, rules: FurnitureRules) -> bool:
    """"Harbour Correspondent" or "a former harbour master" after the names says who the writer is."""
    return len(credit.split()) <= 6 and bool(rules.byline_roles & {w.lower() for w in credit.split()})


def _join_wrapped_lines(lines: list[_Line]) -> list[_Line]:
    """Re-join paragraphs that were hard-wrapped across several lines."""
    joined: list[_Line] = []
    parts: dict[int, list[str]] = {}  # a joined line's lines, joined once at the end: a long paragraph stays linear
    length, last = 0, ""  # the joined line's length so far, and its last line
    for line in lines:
        prev = joined[-1] if joined else None
        if (prev and line.kind == "text" and prev.kind in ("text", "item") and length >= 50
                and not _SENTENCE_END.search(last) and line.text[:1].islower()):
            parts.setdefault(len(joined) - 1, [prev.text]).append(line.text)
            length, last = length + 1 + len(line.text), line.text
            continue
        joined.append(line)
        length, last = len(line.text), line.text
    for index, texts in parts.items():
        joined[index].text = " ".join(texts)
    return [line for line in joined if line.kind != "blank"]


def _take_title(lines, declared_title, fixes, found):
    """Title: declared in the file, else the first line after what sits above a headline (the site's name,
    its section path "Home › AI News › Policy", a kicker "ANALYSIS")."""
    if declared_title:
        return declared_title, lines
    after = next((line for line in lines[1:] if not _above_headline(line.text)), None)
    if after is not None and lines[0].kind in ("text", "heading") and _looks_like_masthead(
            lines[0].text, after.text, lines[1] is not after):
        masthead = _plain(lines.pop(0).text)
        brand = NAME_SEPARATOR.split(masthead)[0].strip()  # "The Harbour Times | Business | Shipping"
        if sum(c.isalpha() for c in brand) >= 4:
            found.setdefault("outlet", MetaValue(_from_capitals(brand), "masthead line"))
            fixes.append(Fix("metadata.outlet", "moved the masthead line into the outlet metadata", masthead))
        else:
            fixes.append(_removal("masthead", masthead))
    while len(lines) > 1 and _above_headline(lines[0].text):
        fixes.append(_removal("section-label", lines.pop(0).text))
    if not lines:
        return "", lines
    first = lines[0].text
    if len(first.split()) <= 30 and not first.endswith((".", "!")) and not only_a_date(first):
        return first, lines[1:]
    return "", lines


_SECTION_PATH = re.compile(r"\s+(?:\u203a|\u00bb|>|\||\u2022)\s+")


_SMALL_WORDS = frozenset("the of and for on in at a an".split())


def _from_capitals(name: str) -> str:
    """A masthead set in capitals, as a name is written ("THE HARBOR LEDGER" -> "The Harbor Ledger"); a word
    of up to three letters that is no small word keeps its capitals ("NPR NEWS" -> "NPR News"), and a
    one-word name is left as it is ("BBC", "UNESCO")."""
    words = name.split()
    if len(words) < 2 or not name.isupper():
        return name
    cased = []
    for n, word in enumerate(words):
        if word.lower() in _SMALL_WORDS:
            cased.append(word.capitalize() if n == 0 else word.lower())
        else:
            cased.append(word if len(word) <= 3 else word.capitalize())
    return " ".join(cased)


def _plain(text: str) -> str:
    """A line without the emphasis marks around it ("**CAPITOL CIRCUIT**")."""
    return text.strip().strip("*_").strip()


def _above_headline(text: str) -> bool:
    """A section path ("Home › AI News › Policy", "Nation & World | Technology") or a kicker ("ANALYSIS",
    "**EXPLAINER**"): page furniture between a site's name and its headline."""
    text = _plain(text)
    parts = _SECTION_PATH.split(text)
    if len(parts) >= 2:
        return all(1 <= len(part.split()) <= 3 and not _SENTENCE_END.search(part) for part in parts)
    return 1 <= len(text.split()) <= 2 and text.isupper()


def _looks_like_masthead(first: str, second: str, furniture_between: bool = False) -> bool:
    """A one- or two-word brand line above a headline (not above the first paragraph), a longer one in
    capitals ("THE HARBOR LEDGER") or above a section path or kicker, or a brand with its sections ("The
    Harbour Times | Business | Shipping", "Port Daily - Markets Wrap")."""
    first = _plain(first)
    second_is_headline = 4 <= len(second.split()) <= 30 and not second.endswith((".", "!"))
    if _SENTENCE_END.search(first) or not second_is_headline:
        return False
    parts = NAME_SEPARATOR.split(first)
    if len(parts) == 1:
        return len(first.split()) <= 2 or (len(first.split()) <= 4 and (first.isupper() or furniture_between))
    return all(1 <= len(part.split()) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in part.split())
               for part in parts)


def _drop_title_repeats(lines: list[_Line], title: str, fixes: list[Fix]) -> list[_Line]:
    """Scraped pages repeat the headline (player, summary box, share block)."""
    if not title:
        return lines
    title_words = content_words(title)
    kept = []
    for position, line in enumerate(lines):
        words = content_words(line.text)
        if title_words and words and line.kind != "item":
            overlap = len(title_words & words) / len(title_words | words)
            near_top = position < 4 and len(line.text.split()) <= 25
            if overlap >= 0.85 or (near_top and overlap >= 0.5 and not _SENTENCE_END.search(line.text)):
                fixes.append(_removal("repeated-title", line.text))
                continue
        kept.append(line)
    return kept


def _to_blocks(lines: list[_Line], rules: FurnitureRules) -> list[Block]:
    blocks = []
    for position, line in enumerate(lines):
        if line.kind == "text" and any(p.search(line.text) for p in rules.captions):
            blocks.append(Block("caption", line.text))
        elif line.kind == "item":
            blocks.append(Block("item", line.text))
        elif line.kind == "heading" or _looks_like_heading(line.text, position == len(lines) - 1):
            blocks.append(Block("heading", line.text))
        else:
            blocks.append(Block("paragraph", line.text))
    return blocks


_TRAILING_PARENTHETICAL = re.compile(r"\s*\([^()]*\)\s*$")


def _looks_like_heading(text: str, is_last: bool) -> bool:
    words = len(text.split())
    if is_last or words == 0:
        return False
    text = _TRAILING_PARENTHETICAL.sub("", text) or text  # "It rose. (Estimated data)" ends a sentence
    if text.endswith("?"):
        return words <= 14
    return words <= 14 and not _SENTENCE_END.search(text)


MAX_LINK_WORDS = 20  #: an item of a list of links is a headline; a longer one is the article's own


def _drop_sections(blocks: list[Block], rules: FurnitureRules, fixes: list[Fix]) -> list[Block]:
    """Remove a furniture heading and the list or short lines that follow it; under a links heading, only the
    headline-length items (a tracker's "Recommended" measures are the article's own)."""
    kept: list[Block] = []
    dropping, links = "", False
    for block in blocks:
        if block.kind == "heading" or (block.kind == "paragraph" and len(block.text.split()) <= 6):
            rule = next((name for name, p in rules.drop_sections if p.match(block.text)), "")
            link_rule = "" if rule else next((name for name, p in rules.drop_link_lists if p.match(block.text)), "")
            if rule or link_rule:
                dropping, links = rule or link_rule, bool(link_rule)
                fixes.append(_removal(dropping, block.text))
                continue
        short = block.kind == "paragraph" and len(block.text.split()) <= 8
        if dropping and (short or block.kind == "item" and not (links and len(block.text.split()) > MAX_LINK_WORDS)):
            continue
        dropping, links = "", False
        kept.append(block)
    return kept


def _drop_trailing_headings(blocks: list[Block], fixes: list[Fix]) -> list[Block]:
    """A heading with nothing under it (widget titles at the foot of a page) is furniture."""
    kept: list[Block] = []
    for position, block in enumerate(blocks):
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if block.kind == "heading" and (following is None or (following.kind == "heading" and position >= len(blocks) - 3)):
            fixes.append(_removal("empty-heading", block.text))
            continue
        kept.append(block)
    return kept


def _drop_author_bio(blocks: list[Block], author: str, fixes: list[Fix]) -> list[Block]:
    """A paragraph that tells who the byline's author is ("Ada Lorne was deputy harbour master ...")
    is about the writer, not the story: nobody writes of themselves in the third person in the text."""
    name = " ".join(author.split())
    if len(name.split()) < 2:
        return blocks  # one word ("Staff", "Reuters") is no one's name
    bio = re.compile(rf"^\W*{re.escape(name)}\s+(is|was|has been|covers|writes|reports)\b", re.IGNORECASE)
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "paragraph" and bio.match(block.text):
            fixes.append(_removal("author-bio", block.text))
            continue
        kept.append(block)
    return kept


def _mark_other_language(blocks: list[Block], language: str) -> list[Block]:
    """Paragraphs in another language than the article are kept but never used as claims."""
    marked = []
    for block in blocks:
        detected = detect_language(block.text) if block.kind in ("paragraph", "item") else ""
        if detected and detected != language.split("-")[0]:
            block = Block(block.kind, block.text, detected)
        marked.append(block)
    return marked


def _resolve_meta(raw, editor_meta, found, title, images, blocks) -> dict[str, MetaValue]:
    """Editors' config wins, then the file's own declarations, then what the text says, then fallbacks."""
    meta: dict[str, MetaValue] = {}
    for key in ("title", "outlet", "url", "date", "language", "credit"):
        if editor_meta.get(key):
            meta[key] = MetaValue(editor_meta[key], "editorial config")
        elif raw.declared.get(key):
            meta[key] = MetaValue(raw.declared[key], "front matter" if raw.format == "md" else "page metadata")
        elif key in found:
            meta[key] = found[key]
        elif key == "date" and _HEADER_DATE in found:
            meta[key] = found[_HEADER_DATE]
    if "title" not in meta:
        meta["title"] = MetaValue(title, "first line") if title else MetaValue(Path(raw.file).stem, "fallback: file name")
    if "url" not in meta:
        own_image = _article_url_from_images(images, meta["title"].value)
        if own_image:
            meta["url"] = MetaValue(own_image, "address of the article's own image")
    url = meta.get("url", MetaValue("", "")).value
    host = urlsplit(url).hostname if url.startswith(("http://", "https://")) else None
    if "outlet" not in meta:
        site = found.get("site")
        if host:
            meta["outlet"] = MetaValue(host.removeprefix("www."), "url")
        elif site:
            meta["outlet"] = MetaValue(site.value, site.origin)
        else:
            meta["outlet"] = MetaValue("", "fallback: not stated")
    meta.setdefault("url", MetaValue("", "not stated"))
    meta.setdefault("date", MetaValue("", "not stated"))
    if "language" not in meta:
        votes: dict[str, int] = {}  # each paragraph votes for its language with its length
        for block in blocks:
            lang = detect_language(block.text) if block.kind == "paragraph" else ""
            if lang:
                votes[lang] = votes.get(lang, 0) + len(block.text.split())
        detected = max(sorted(votes), key=votes.get) if votes else ""
        meta["language"] = MetaValue(detected, "detected from the text") if detected else MetaValue(
            "en", "fallback: assumed")
    return meta


def _article_url_from_images(images: list[str], title: str) -> str:
    """An image stored under a path named after the headline reveals the article's address."""
    title_words = content_words(title)
    for image in images:
        parts = urlsplit(image)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            continue
        segments = [s for s in parts.path.split("/") if s]
        for depth in range(len(segments) - 1, 0, -1):
            slug_words = content_words(segments[depth - 1].replace("-", " ").replace("_", " "))
            if title_words and len(slug_words & title_words) >= max(3, len(title_words) // 2):
                return f"{parts.scheme}://{parts.hostname}/{'/'.join(segments[:depth])}"
    return ""


def _quality_flags(meta: dict[str, MetaValue], blocks: list[Block], fixes: list[Fix]) -> tuple[str, ...]:
    flags = []
    if not meta["url"].value:
        flags.append("no-url")
    if not meta["date"].value:
        flags.append("no-date")
    body = " ".join(b.text for b in blocks)
    title_years = set(_YEAR.findall(meta["title"].value))
    text_years = set(_YEAR.findall(body)) | set(_YEAR.findall(meta["date"].value))
    if title_years and text_years and not title_years & text_years:
        flags.append("title-year-disagrees")
    if _ESTIMATED.search(body):
        flags.append("unsourced-estimates")
    if any(f.name.endswith("machine-summary") for f in fixes):
        flags.append("machine-summary")
    if _OPINION_MARKERS.search(body):
        flags.append("first-person-opinion")
    if _OPINION_TITLE.search(meta["title"].value) or _OPINION_URL.search(meta["url"].value):
        flags.append("opinion-piece")
    if any(b.language for b in blocks):
        flags.append("other-language")
    return tuple(flags)


def declares_opinion(text: str) -> bool:
    """"From my perspective, ...", "In my view, ...": the writer says that what follows is their view."""
    return bool(_OPINION_MARKERS.search(outside_quotes(text)))


def is_first_person(text: str) -> bool:
    """True when a sentence speaks in the author's own voice (opinion, not report). A reporter who is only
    told something ("'It tripled,' she told me", "it did not respond to my questions") reports it."""
    return bool(_FIRST_PERSON.search(_REPORTER_ASKS.sub(" ", outside_quotes(text)))) or declares_opinion(text)


def _removal(rule: str, removed: str) -> Fix:
    """Record a removal by rule; the source page names the rule, not the removed text."""
    return Fix(f"furniture.{rule}", "removed " + REMOVAL_TEXT.get(rule, rule.replace("-", " ")), removed)
