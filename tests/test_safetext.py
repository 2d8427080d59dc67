"""Escaping helpers: every output form keeps untrusted text inert."""
from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest

from build_scripts.safetext import attribute_text, escape_markdown, safe_title, safe_url

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


HOSTILE = ['<img src=x onerror=alert("a")>', "x) [y](javascript:z) {: onclick=q}", '"quoted" & <b>', "a\u202eb\nc"]


@pytest.mark.parametrize("text", HOSTILE)
def test_attribute_text_survives_a_markdown_link_title_and_attribute_list(text):
    md = markdown.Markdown(extensions=["attr_list"])
    label = attribute_text(text)
    html = md.convert(f'[link](page.html "{label}"){{ aria-label="{label}" }}')
    parser = _Tags()
    parser.feed(html)
    assert [tag for tag, _ in parser.tags] == ["p", "a"]
    attrs = dict(parser.tags[1][1])
    assert sorted(attrs) == ["aria-label", "href", "title"] and attrs["href"] == "page.html"
    assert attrs["title"] == attrs["aria-label"] == label


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_markdown_renders_exactly_the_text(text):
    html = markdown.Markdown(extensions=["attr_list", "footnotes", "abbr", "tables"]).convert(
        "p " + escape_markdown(text))
    assert html.startswith("<p>p ") and html.count("<") == 2  # only <p> and </p>


def test_titles_lose_angle_brackets_and_straight_quotes():
    assert safe_title('</title><script>x</script> "A" & B') == "\u2039/title\u203a\u2039script\u203ax\u2039/script\u203a \u201cA\u201d \uff06 B"


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/a b?q=(1)", "https://example.org/a%20b?q=%281%29"),
    ("javascript:alert(1)", ""),
    ("data:text/html,x", ""),
    ("//evil.example/x", ""),
])
def test_only_http_urls_are_linked_and_they_cannot_close_the_link(url, expected):
    assert safe_url(url) == expected
