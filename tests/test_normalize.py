"""Normalization, table-driven: per crafted article, text that must stay and text that must go."""
from __future__ import annotations

import pytest
import yaml

from build_scripts.dates import date_label
from build_scripts.model import RawDocument
from build_scripts.normalize import load_rules, normalize_document
from conftest import FIXTURES

CASES = yaml.safe_load((FIXTURES / "cleaning_cases.yml").read_text(encoding="utf-8"))


def clean(text: str, fmt: str = "txt", declared=None, editor_meta=None):
    raw = RawDocument("case.txt", fmt, text, declared or {})
    return normalize_document(raw, load_rules(), editor_meta)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_cleaning_case(case):
    doc = clean(case["input"], case.get("format", "txt"))
    body = "\n".join(b.text for b in doc.blocks)
    for wanted in case["must_contain"]:
        assert wanted in body
    for unwanted in case["must_not_contain"]:
        assert unwanted not in body, f"{unwanted!r} survived cleaning"
        assert unwanted not in doc.meta["title"].value
    for key, value in case.get("meta", {}).items():
        assert doc.meta[key].value == value
    for key in case.get("no_meta", []):
        assert key not in doc.meta
    for caption in case.get("captions", []):
        assert ("caption", caption) in [(b.kind, b.text) for b in doc.blocks]
    for paragraph in case.get("paragraphs", []):
        assert ("paragraph", paragraph) in [(b.kind, b.text) for b in doc.blocks]
    for flag in case.get("flags", []):
        assert flag in doc.flags


def test_every_removal_is_recorded():
    doc = clean(CASES[0]["input"])
    rules = {f.name for f in doc.fixes}
    assert {"furniture.icon-word", "furniture.counter", "furniture.player-timer", "furniture.machine-summary",
            "furniture.link-list", "furniture.repeated-title"} <= rules


def test_editor_metadata_wins_over_front_matter_and_text():
    doc = clean("Title Here\nSource: Text Outlet\nThe council voted on Tuesday to add ferry routes.",
                declared={"outlet": "Front Matter Outlet"}, editor_meta={"outlet": "Editor Outlet"})
    assert doc.meta["outlet"].value == "Editor Outlet"
    assert doc.meta["outlet"].origin == "editorial config"
    doc = clean("Title Here\nSource: Text Outlet\nThe council voted on Tuesday to add ferry routes.",
                declared={"outlet": "Front Matter Outlet"})
    assert doc.meta["outlet"].value == "Front Matter Outlet"


def test_missing_metadata_has_a_clear_fallback():
    doc = clean("The council voted on Tuesday to add two ferry routes across the bay, officials said.")
    assert doc.meta["outlet"].value == "" and doc.meta["outlet"].origin.startswith("fallback")
    assert doc.meta["title"].value == "case"
    assert {"no-url", "no-date"} <= set(doc.flags)


def test_editors_can_add_furniture_rules():
    rules = load_rules(("^sponsored by .*$",))
    raw = RawDocument("case.txt", "txt", "Ferry News\nSponsored by Acme Boats\nThe council voted to add routes today.")
    doc = normalize_document(raw, rules)
    assert "Acme" not in " ".join(b.text for b in doc.blocks)
    assert any(f.name == "furniture.editor-rule-1" for f in doc.fixes)


def test_markdown_input_keeps_link_text_but_not_links():
    doc = clean("# Ferry News\n\nThe [council](https://x.example) voted **today** to add routes across the bay.",
                fmt="md")
    assert doc.meta["title"].value == "Ferry News"
    assert [b.text for b in doc.blocks] == ["The council voted today to add routes across the bay."]


@pytest.mark.parametrize("text, date", [
    ("Harbour Wire\n\nFerry crews strike\n\nPORT HELVE, April 24, 2026 (Harbour Wire) \u2014 The union struck on Friday.",
     "2026-04-24"),
    ("Ferry crews strike\n\nBay Desk \u00b7 April 23, 2026 \u00b7 4 min read\n\nThe union struck on Thursday.", "2026-04-23"),
    ("THE BAY LETTER\n\nFriday, April 24, 2026 | View in browser\n\nGood morning. The union struck today.", "2026-04-24"),
    ("Ferry crews strike\n\nPORT HELVE (Harbour Wire) \u2014 The union struck on Friday.", ""),  # no date in it
    # a news agency's dateline on a line of its own, and again in title case before its first paragraph
    ("BAY NEWS AGENCY - ENGLISH SERVICE\n\nPort Helve, 24 April 2026\n\nFerry crews strike over pay\n\n"
     "Port Helve, 24 April (BNA) -- The union struck on Friday.", "2026-04-24"),
    # a radio programme's line: the date with its weekday; the line stays as the title
    ('HARBOUR RADIO\n\n"Bay Morning" - Saturday 25 April 2026, 07:00-08:00\n\nHOST: The union struck on Friday.',
     "2026-04-25"),
    # a programme's name before its day is no dateline's place: the line stays, and dates the transcript
    ("HARBOUR RADIO\n\nTHE BAY ROUND - Saturday 25 April 2026\n\nHOST: The union struck on Friday.", "2026-04-25"),
    # a headline naming a date without its weekday is about that day, not the day it was written
    ("Ferry crews strike\n\nThe ferry pact of 18 March 2004 explained\n\nThe union struck on Friday.", ""),
])
def test_a_dateline_or_a_line_with_the_date_dates_an_undated_article(text, date):
    doc = clean(text)
    assert date_label(doc.meta["date"].value) == date
    body = " ".join(b.text for b in doc.blocks)
    assert "View in browser" not in body and "min read" not in body and "PORT HELVE" not in body
    assert "Port Helve" not in body and "24 April" not in doc.meta["title"].value


def test_a_date_given_with_its_weekday_in_the_header_yields_to_a_byline_date():
    doc = clean('"Bay Morning" - Saturday 25 April 2026\n\nBy Ada Lorne | April 27, 2026\n\nThe union struck.')
    assert date_label(doc.meta["date"].value) == "2026-04-27"
    assert doc.meta["title"].value.startswith('"Bay Morning"')


LIVE_BLOG = """# Live: the ferry dispute

*Follow our coverage of the harbour.*

**Thursday, 11 September 2031**

**09:10 BST** \u2014 The ferry operator said in a statement that its fares were lawful.

**Wednesday, 10 September 2031**

**18:30 BST** \u2014 The harbour council accused the ferry operator of overcharging island passengers.
"""


def test_a_live_blogs_day_lines_stay_as_the_headings_that_date_its_updates():
    doc = clean(LIVE_BLOG, "md")
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == ["Thursday, 11 September 2031", "Wednesday, 10 September 2031"]
    assert date_label(doc.meta["date"].value) == "2031-09-11"  # the latest day dates an undated blog
    assert not any("BST" in b.text for b in doc.blocks)  # the time stamps go
    # without time stamps it is no live blog: a line that is only a date is the article's date, and goes
    plain = clean(LIVE_BLOG.replace("**09:10 BST** \u2014 ", "").replace("**18:30 BST** \u2014 ", ""), "md")
    assert [b.text for b in plain.blocks if b.kind == "heading"] == []


def test_a_live_blog_that_opens_with_its_day_takes_no_date_for_its_headline():
    doc = clean(LIVE_BLOG.replace("# Live: the ferry dispute\n\n*Follow our coverage of the harbour.*\n\n", ""), "md")
    assert doc.meta["title"].value != "Thursday, 11 September 2031"
    assert [b.text for b in doc.blocks if b.kind == "heading"][0] == "Thursday, 11 September 2031"
