"""Hostile article text builds into a site where it is only ever plain, visible text."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from build_scripts.write import GENERATED_DIRS
from conftest import FIXTURES, make_project, mkdocs_build

pytestmark = pytest.mark.e2e

CONFIG = """\
story:
  title: Ferry story
  summary: Ferries.
topics:
  - {id: allegations, title: Council, question: "What did the council do?", cues: {ferry: 2, council: 1}}
  - {id: responses, title: Critics, cues: {critics: 2, spokesman: 2, clerk: 2}}
  - {id: distillation, title: Money, cues: {fares: 2, funded: 2}}
  - {id: measures, title: Routes, cues: {routes: 2}}
"""


class _Audit(HTMLParser):
    """Records every tag, attribute and text chunk of a page."""

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []
        self.text: list[str] = []
        self.title = ""
        self._in = ""

    def handle_starttag(self, tag, attrs):
        self._in = tag
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and value.startswith(("javascript:", "data:", "vbscript:")):
                self.problems.append(f"<{tag} {name}={value[:30]}>")
            if name in ("href", "src") and "evil.example" in value:
                self.problems.append(f"<{tag} {name}={value[:30]}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.problems.append("<img src=x>")

    def handle_endtag(self, tag):
        self._in = ""

    def handle_data(self, data):
        if self._in == "script" and "alert" in data:
            self.problems.append(f"script body: {data[:40]}")
        if self._in == "title":
            self.title += data
        self.text.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile"), seeds=FIXTURES / "hostile", config_text=CONFIG)
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project, before


def html_pages(project: Path):
    return sorted((project / "site").rglob("*.html"))


def test_no_page_gains_script_handlers_or_dangerous_links(hostile_site):
    project, _ = hostile_site
    for page in html_pages(project):
        audit = _Audit()
        audit.feed(page.read_text(encoding="utf-8"))
        assert audit.problems == [], f"{page.relative_to(project)}: {audit.problems}"
        assert "<" not in audit.title and "script" not in audit.title.lower() or "&lt;" not in audit.title


def test_hostile_text_is_shown_as_plain_text(hostile_site):
    project, _ = hostile_site
    source_pages = [p for p in html_pages(project) if "/sources/" in p.as_posix() and p.parent.name != "sources"]
    visible = ""
    for page in source_pages:
        audit = _Audit()
        audit.feed(page.read_text(encoding="utf-8"))
        visible += " ".join(audit.text)
    for literal in ('<script>alert("body")</script>', "[a link](javascript:", "{{ config.extra }}",
                    '--8<-- "mkdocs.yml"', '{: onclick=', "[^1]: A ferry footnote", "*[HTML]:"):
        assert literal in visible, literal
    assert "\u202e" not in visible


def test_titles_cannot_break_out_of_the_title_tag(hostile_site):
    project, _ = hostile_site
    for page in html_pages(project):
        html = page.read_text(encoding="utf-8")
        head = html[html.index("<title>"):html.index("</title>") + 8]
        assert head.count("<") == 2, head  # only <title> and </title>
        assert "<script>alert" not in html


def test_front_matter_cannot_steer_where_files_are_written(hostile_site):
    project, before = hostile_site
    for path, content in before.items():
        assert path.read_bytes() == content, f"{path} was changed"
    new = [p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file() and p not in before]
    allowed = ("site/",) + tuple(f"docs/{folder}/" for folder in GENERATED_DIRS)
    assert new and all(p.startswith(allowed) for p in new), new
    assert (project / "docs" / "sources" / "mkdocs-yml.md").is_file()


def test_search_index_and_json_carry_no_markup(hostile_site):
    project, _ = hostile_site
    index = (project / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    for doc in json.loads(index)["docs"]:
        for field in ("title", "text"):
            assert "<script" not in doc[field] and "<img" not in doc[field] and "onerror=" not in doc[field].replace(
                "onerror&#61;", "").replace("onerror=alert", "x") or "&lt;img" in doc[field]
    data = json.loads((project / "site" / "data" / "briefing.json").read_text(encoding="utf-8"))
    traversal = next(s for s in data["sources"] if s["file"] == "path-traversal-front-matter.md")
    assert traversal["id"] == "mkdocs-yml"
    assert traversal["url"] == "javascript:alert('url')"  # kept as data, never linked (checked above)
