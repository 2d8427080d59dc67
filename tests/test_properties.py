"""Properties that hold for any input (hypothesis): from bytes to Markdown nothing crashes, source text
stays plain text wherever it lands, and anchors are unique and stable."""
from __future__ import annotations

import html
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_scripts.ingest import InputError, decode_bytes
from build_scripts.model import Block, CleanDocument
from build_scripts.normalize import load_rules
from build_scripts.pipeline import build
from build_scripts.prepare import prepare_document
from build_scripts.safetext import attribute_text, escape_markdown, one_line, safe_title
from build_scripts.segment import segment_blocks
from conftest import ROOT

# The same examples on every run, so a test run passes or fails on the code alone (bench/fuzz.py explores).
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.load_profile("repeatable")
BUILDS = settings(max_examples=8, suppress_health_check=[HealthCheck.too_slow])  # a build each
RULES = load_rules(())

# pieces every kind of markup is made of, so the strings hypothesis draws are mostly hostile
PIECES = ["<zq>", "</title><zq>", "<img src=x onerror=zq()>", "[zq](javascript:zq)", "![zq](http://evil.example/x)",
          "{#zq}", "{: .zq}", "{{ zq }}", "{% zq %}", "`zq`", "*zq*", "\"zq'", "&lt;zq&gt;", "<!--zq-->", "---",
          "\n- zq", "\n# zq", "|zq|", "[^zq]", "\\", "&", "javascript:zq", "<script>zq()</script>", "\u202ezq", "\x00"]
hostile = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), min_size=1, max_size=8).map("".join)


@settings(max_examples=300)
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_are_read_or_refused_with_a_reason_never_a_crash(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        prepared, problems = prepare_document(path, RULES, None)
    assert prepared is not None or problems  # a refusal always says why
    assert all(p.file == path.name and p.message and "\n" not in p.message for p in problems)


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_decoding_gives_text_or_an_input_error(data):
    try:
        text, encoding, dropped = decode_bytes(data)
    except InputError as refused:
        assert str(refused)
    else:
        assert isinstance(text, str) and encoding and dropped >= 0


@settings(max_examples=500)
@given(st.text())
def test_escaped_text_opens_no_markup(text):
    escaped = escape_markdown(text)
    # every syntax character is a character reference, and the references read back as the text
    assert not set("<>[]()`*_{}|#!:&\n") & set(re.sub(r"&(?:#\d+|amp|lt|gt);", "", escaped))
    assert html.unescape(escaped) == one_line(text)
    assert not set("<>[](){}\"'`|\n") & set(attribute_text(text))  # nothing ends a link title or an attribute
    assert not set("<>&\"`\n") & set(safe_title(text))  # nothing opens a tag or leaves an attribute


@BUILDS
@given(title=hostile, outlet=hostile, said=hostile, item=hostile)
def test_source_text_lands_as_plain_text_on_every_page(title, outlet, said, item):
    """A headline, an outlet, a quotation and a list item of any text: every page still builds, and none
    holds a tag, a link, an attribute list or a template tag that came from the article."""
    with tempfile.TemporaryDirectory() as folder:
        seeds = Path(folder) / "seeds"
        seeds.mkdir()
        front = json.dumps({"title": title, "outlet": outlet, "url": "https://example.org/a", "date": "2026-04-24"})
        body = (f"The Harbour Council said on Tuesday that it would add two ferry routes, calling it \"{said}\".\n\n"
                "Options under review include:\n\n"
                f"- Raising fares by ten percent for {item} on the night ferries.\n"
                "- Adding two boats to the morning route across the bay.\n\n"
                "The port operator denied on Wednesday that it had asked the council for the new routes.\n")
        (seeds / "a.md").write_text(f"---\n{front}\n---\n\n{body}", encoding="utf-8")
        (seeds / "b.txt").write_text("Ferries\n\n" + body.replace("said on", "announced on"), encoding="utf-8")
        result = build(seeds, ROOT / "briefing.yml", None)
    assert result.pages
    for name, page in result.pages.items():
        if name.endswith(".json"):  # data for programs: the text as it is, in valid JSON
            json.loads(page)
            continue
        # the front matter's title is printed as text by the theme (made safe for its <title>); the body is
        # Markdown, where a link, an attribute list or a tag would be read as such
        _, front, body = page.split("---\n", 2) if page.startswith("---\n") else ("", "", page)
        for made in ("<zq", "<img src=x", "<script>zq", "\u202e"):
            assert made not in front.lower(), (name, made)
        # (an outlet named "zq" is the text of the generator's own links to its pages: a link counts as the
        # article's when it goes where the article sent it)
        for made in ("<zq", "<img src=x", "](javascript", "](http://evil.example", "{#zq", "{: .zq", "{{ zq",
                     "{% zq", "<script>zq", "\u202e"):
            assert made not in body.lower(), (name, made)


def _document(paragraphs: list[str]) -> CleanDocument:
    return CleanDocument("a.txt", "txt", {}, tuple(Block("paragraph", p) for p in paragraphs), (), ())


@settings(max_examples=200)
@given(st.lists(st.text(min_size=1, max_size=80).filter(str.strip), min_size=1, max_size=12),
       st.lists(st.text(min_size=1, max_size=80).filter(str.strip), max_size=4))
def test_anchors_are_unique_and_stay_put_when_paragraphs_are_added_after_them(paragraphs, added):
    before = segment_blocks(_document(paragraphs))
    after = segment_blocks(_document(paragraphs + added))
    ids = [p.id for p in after]
    assert len(ids) == len(set(ids))
    assert [p.id for p in before] == ids[:len(before)]
    sentence_ids = [s.id for p in after for s in p.sentences]
    assert len(sentence_ids) == len(set(sentence_ids))
