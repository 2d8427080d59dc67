"""Make untrusted article text inert in Markdown, HTML, page titles and URLs.

Article text is written into Markdown that Python-Markdown, its extensions and the
theme all interpret. Rather than list the constructs to avoid, every character that
any of them treats as syntax is written as a numeric character reference, which
Markdown passes through untouched and the browser shows as the plain character.
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_SYNTAX = set("\\`*_{}[]()#+!|<>&~^=:$\"'@%")
_ENTITY = {c: f"&#{ord(c)};" for c in _SYNTAX}
_ENTITY["&"] = "&amp;"
_ENTITY["<"] = "&lt;"
_ENTITY[">"] = "&gt;"
_ESCAPE_TABLE = str.maketrans(_ENTITY)


class Trusted(str):
    """Markdown the generator wrote itself; templates print it as it is."""


def one_line(text: str) -> str:
    """Collapse all whitespace (a newline could start a Markdown block) and drop invisible characters."""
    return " ".join(_INVISIBLE.sub("", str(text)).split())


def escape_markdown(text: str) -> str:
    """Untrusted text -> Markdown that renders exactly as that text, on one line."""
    return one_line(text).translate(_ESCAPE_TABLE)


def safe_title(text: str) -> str:
    """Title text for places the theme prints without escaping (<title>, meta tags, nav, search).

    Angle brackets and ampersands are replaced by look-alike characters, straight double
    quotes by curly ones, so no title can open a tag or leave an attribute.
    """
    replaced = one_line(text).replace("<", "\u2039").replace(">", "\u203a").replace("&", "\uff06")
    replaced = re.sub(r'"(?=\w)', "\u201c", replaced)
    return replaced.replace('"', "\u201d").replace("`", "\u2018")


_NOT_ATTRIBUTE_SAFE = re.compile(r"[^\w\s.,:;!?\-\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2039\u203a]")


def attribute_text(text: str) -> str:
    """Untrusted text for a link title or attribute value: words and plain punctuation only.

    Parentheses, quotes, braces and brackets would end a Markdown link title or an
    attribute list early, so they become spaces.
    """
    return " ".join(_NOT_ATTRIBUTE_SAFE.sub(" ", safe_title(text)).split())


def safe_url(url: str) -> str:
    """An http(s) URL made safe to put inside Markdown link parentheses, or '' if unusable."""
    url = one_line(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return quote(url, safe=":/?#@!$&*+,;=%-._~")  # leaves no quotes, parentheses, brackets or spaces
