"""All three input formats build into source pages with their metadata and cleaned text."""
from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, make_project, mkdocs_build

pytestmark = pytest.mark.e2e

CONFIG = """\
story: {title: Ferry story, summary: Ferries.}
topics:
  - {id: allegations, title: Votes, cues: {voted: 2}}
  - {id: responses, title: Reactions, cues: {welcomed: 2, waited: 2}}
  - {id: distillation, title: Fares, cues: {fares: 2}}
  - {id: measures, title: Routes, cues: {routes: 2}}
"""


@pytest.fixture(scope="module")
def formats_site(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    for name in ("saved-web-page.html", "markdown-with-front-matter.md"):
        (seeds / name).write_bytes((FIXTURES / "formats" / name).read_bytes())
    (seeds / "plain.txt").write_bytes((FIXTURES / "inputs" / "windows-1252.txt").read_bytes())
    (seeds / "no-article-text.html").write_bytes((FIXTURES / "formats" / "no-article-text.html").read_bytes())
    project = make_project(tmp_path_factory.mktemp("formats"), seeds=seeds, config_text=CONFIG)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def test_each_format_becomes_a_source_with_its_metadata(formats_site):
    data = json.loads((formats_site / "site" / "data" / "briefing.json").read_text(encoding="utf-8"))
    by_file = {s["file"]: s for s in data["sources"]}
    html, md, txt = by_file["saved-web-page.html"], by_file["markdown-with-front-matter.md"], by_file["plain.txt"]
    assert (html["format"], html["outlet"], html["date"], html["language"]) == ("html", "Harbour Times", "2026-03-04", "en")
    assert (md["format"], md["outlet"], md["url"]) == ("md", "Bay Daily", "https://baydaily.example/2026/03/ferries")
    assert md["metadata_origin"]["outlet"] == "front matter"
    assert txt["title"] == "Harbour Council Votes to Expand the Ferry Service"
    assert [k for k in ("paragraph", "heading", "item") if any(p["kind"] == k for p in md["paragraphs"])] == [
        "paragraph", "heading", "item"]


def test_a_page_without_article_text_is_reported_on_the_sources_page(formats_site):
    data = json.loads((formats_site / "site" / "data" / "briefing.json").read_text(encoding="utf-8"))
    assert [(p["file"], p["severity"]) for p in data["problems"]] == [("no-article-text.html", "error")]
    index = (formats_site / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    assert "no-article-text.html" in index and "no article text found" in index


def test_source_page_shows_metadata_and_a_link_to_the_original(formats_site):
    page = next((formats_site / "site" / "sources").glob("council-adds-two-ferry-routes*/index.html"))
    html = page.read_text(encoding="utf-8")
    assert 'href="https://harbourtimes.example/news/council-adds-ferry-routes"' in html
    assert "How this text was cleaned" in html
    assert "Subscribe" not in html and "Bridge repairs" not in html
