"""End to end: the real seeds built into a site with `mkdocs build --strict`."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from conftest import ROOT, make_project, mkdocs_build

pytestmark = pytest.mark.e2e

TOPICS = [t["id"] for t in yaml.safe_load((ROOT / "briefing.yml").read_text(encoding="utf-8"))["topics"]]


class _Links(HTMLParser):
    """Collects ids and hrefs of one HTML page."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def source_citations(page: Path) -> list[tuple[Path, str]]:
    """(target html file, anchor) of every link from a page into a source page."""
    result = []
    for href in parse(page).hrefs:
        parts = urlsplit(href)
        if "/sources/" not in "/" + parts.path or not parts.fragment:
            continue
        target = (page.parent / unquote(parts.path)).resolve()
        if target.is_dir():
            target = target / "index.html"
        result.append((target, parts.fragment))
    return result


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_page_exists_and_cites_at_least_two_sources(built_site, topic):
    page = built_site / "site" / "briefings" / topic / "index.html"
    assert page.is_file()
    cited_sources = {target.parent.name for target, _ in source_citations(page)}
    assert len(cited_sources) >= 2, f"{topic} cites only {cited_sources}"


def test_every_citation_anchor_exists_on_its_source_page(built_site):
    checked = 0
    for topic in TOPICS:
        for target, anchor in source_citations(built_site / "site" / "briefings" / topic / "index.html"):
            assert target.is_file(), target
            assert anchor in parse(target).ids, f"#{anchor} missing on {target}"
            checked += 1
    assert checked >= 10


def test_every_point_is_a_sentence_of_the_source_it_cites(built_site):
    data = json.loads((built_site / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    sentences = {(s["id"], p["id"], t["id"]): t["text"]
                 for s in data["sources"] for p in s["paragraphs"] for t in p["sentences"]}
    claims = [c for topic in data["topics"] for c in topic["claims"]]
    assert claims
    for claim in claims:
        first = claim["citations"][0]
        assert claim["text"] == first["quote"]
        for citation in claim["citations"]:
            assert sentences[(citation["source"], citation["paragraph"], citation["sentence"])] == citation["quote"]


def test_a_points_context_is_labelled_and_comes_from_the_source_it_cites(built_site):
    data = json.loads((built_site / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    text_of = {s["id"]: " ".join(t["text"] for p in s["paragraphs"] for t in p["sentences"]) for s in data["sources"]}
    with_context = [c for topic in data["topics"] for c in topic["claims"] if c["context"]]
    assert with_context  # the seeds' list items carry their lead-ins
    for claim in with_context:
        assert claim["context"] in text_of[claim["citations"][0]["source"]]
    pages = "".join(p.read_text(encoding="utf-8") for p in (built_site / "docs" / "briefings").glob("*.md"))
    # a reader (and a screen reader) is told the context is not the point itself (or who speaks it)
    assert pages.count('<span class="point-context">') == pages.count(
        '<span class="point-context"><span class="point-context-label">Context:</span> ') + pages.count(
        '<span class="point-context"><span class="point-context-label">Speaker:</span> ') > 0


def test_a_point_shown_as_detail_is_a_single_report_its_host_point_already_cites(built_site):
    data = json.loads((built_site / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    for topic in data["topics"]:
        claims = {c["id"]: c for c in topic["claims"]}
        listed = set(topic["key_points"]) | set(topic["single_points"])
        for entry in topic["details"]:
            host, details = entry["point"], entry["claims"]
            assert host in topic["key_points"] and claims[host]["outlet_count"] > 1
            for detail in details:
                assert detail not in listed and claims[detail]["outlet_count"] == 1
                assert claims[detail]["members"][0] in claims[host]["members"]


def test_briefing_json_is_served_and_describes_sources_and_topics(built_site):
    data = json.loads((built_site / "site" / "data" / "briefing.json").read_text(encoding="utf-8"))
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert sorted(s["file"] for s in data["sources"]) == seeds
    for source in data["sources"]:
        assert {"id", "file", "title", "outlet", "url", "date", "paragraphs"} <= source.keys()
    assert [t["id"] for t in data["topics"]] == TOPICS


def test_source_pages_are_listed_but_kept_out_of_the_sidebar(built_site):
    index = built_site / "site" / "sources" / "index.html"
    linked = {h.strip("/") for h in parse(index).hrefs if not urlsplit(h).scheme and not h.startswith((".", "#"))}
    source_dirs = {p.name for p in (built_site / "site" / "sources").iterdir() if p.is_dir()}
    assert len(source_dirs) == len(list((ROOT / "seeds").iterdir()))
    assert source_dirs <= linked
    # The methodology page links to no single source, so any link to one would be navigation.
    page = (built_site / "site" / "methodology" / "index.html").read_text(encoding="utf-8")
    assert 'href="../sources/"' in page  # the Sources index is in the navigation ...
    for name in source_dirs:  # ... but no single source page is
        assert f"sources/{name}/" not in page


def test_home_page_has_a_card_per_topic_and_counts(built_site):
    html = (built_site / "site" / "index.html").read_text(encoding="utf-8")
    for topic in TOPICS:
        assert f'href="briefings/{topic}/"' in html
    assert re.search(r"Built from \d+ sources by \d+ outlets", html)


@pytest.mark.parametrize("topic", TOPICS)
def test_a_pages_point_count_is_the_number_of_points_it_lists(built_site, topic):
    markdown = (built_site / "docs" / "briefings" / f"{topic}.md").read_text(encoding="utf-8")
    key = markdown.split("## Key points", 1)[1].split("\n## ", 1)[0]
    singles = markdown.split("## Reported by one source", 1)[1].split("\n## ", 1)[0] \
        if "## Reported by one source" in markdown else ""
    listed = (len(re.findall(r"^\d+\. ", key, re.M)) + len(re.findall(r"^    - ", key, re.M))
              + len(re.findall(r"^- ", singles, re.M)))
    said = int(re.search(r'class="briefing-meta" markdown>(\d+) points?', markdown).group(1))
    assert said == listed
    home = (built_site / "docs" / "_generated" / "home.md").read_text(encoding="utf-8")
    assert re.search(rf"All {listed} points? with citations[^\n]*briefings/{topic}\.md", home)


def test_generated_files_say_they_are_generated(built_site):
    for path in (built_site / "docs" / "briefings").glob("*.md"):
        assert "Do not edit" in path.read_text(encoding="utf-8")[:300]


def test_a_broken_citation_anchor_fails_the_strict_build(tmp_path):
    project = make_project(tmp_path)
    methodology = project / "docs" / "methodology.md"
    methodology.write_text(methodology.read_text(encoding="utf-8") + "\n[x](sources/index.md#no-such-paragraph)\n",
                           encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "no-such-paragraph" in result.stdout + result.stderr


SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is only beside the project in CI and dev")
def test_seeds_are_the_shared_articles_byte_for_byte():
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.iterdir()}
    ours = {p.name: p.read_bytes() for p in (ROOT / "seeds").iterdir() if p.name in shared}
    assert ours == shared


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)


def site_text(built_site) -> dict[str, str]:
    """Visible text of every built page, plus the search index and the open data."""
    texts = {}
    for page in (built_site / "site").rglob("*.html"):
        parser = _Text()
        parser.feed(page.read_text(encoding="utf-8"))
        texts[str(page.relative_to(built_site))] = " ".join(parser.chunks)
    for extra in ("site/search/search_index.json", "site/data/briefing.json"):
        texts[extra] = (built_site / extra).read_text(encoding="utf-8")
    return texts


def test_the_garbled_seed_reads_with_real_curly_quotes(built_site):
    texts = site_text(built_site)
    assert any("what officials describe as \u201cindustrial-scale\u201d efforts" in t for t in texts.values())


# Furniture seen in the seeds: none of it may be visible anywhere on the site.
SEED_FURNITURE = ["\u0101\u20ac", "\u0161\u0178", "\U0001F504", "0:000:00", "calendar_today", "check_circle",
                  "psychology_alt", "auto_awesome", "summarize3", "recommendRelated", "YAPAY ZEKA", "T\u00fcrk\u00e7e",
                  "View All", "Please credit", "when republishing", "Related Articles", "Key Takeaways", "TL; DR",
                  "3-Point Summary", "Why It Matters", "AI Terms in This Article", "image-1-1776981886704",
                  "Analysis based on open media", "\U0001F4CC", "\U0001F517", "\u26a0"]


def test_no_page_furniture_or_garbling_is_visible_anywhere(built_site):
    for where, text in site_text(built_site).items():
        for furniture in SEED_FURNITURE:
            assert furniture not in text, f"{furniture!r} visible in {where}"


def _keys(value, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            found.add(key)
            _keys(inner, found)
    elif isinstance(value, list):
        for inner in value:
            _keys(inner, found)
    return found


def test_every_open_data_field_is_documented(built_site):
    data = json.loads((built_site / "site" / "data" / "briefing.json").read_text(encoding="utf-8"))
    methodology = (ROOT / "docs" / "methodology.md").read_text(encoding="utf-8")
    documented = {word for span in re.findall(r"`([^`]+)`", methodology) for word in re.findall(r"\w+", span)}
    missing = sorted(k for k in _keys(data, set()) if k not in documented and k != "generated_by")
    assert missing == []


def test_review_page_is_built_but_left_out_of_search(built_site):
    assert (built_site / "site" / "review" / "index.html").is_file()
    index = json.loads((built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert not any(loc.startswith("review/") for loc in locations)
    assert any(loc.startswith("briefings/") for loc in locations)


def test_glossary_terms_have_hover_definitions_on_briefing_pages(built_site):
    html = (built_site / "site" / "briefings" / "distillation" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">distillation</abbr>', html, re.IGNORECASE)


def test_briefing_pages_label_corroboration_and_show_quotes_with_speakers(built_site):
    html = (built_site / "site" / "briefings" / "responses" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Reported by [2-9] of \d+ outlets", html)
    assert "Who said what" in html and "Where sources differ" in html
    # points one source makes are not disagreements: their own section, after the key points
    assert re.search(r"<h2[^>]*>Reported by one source", html)
    assert html.index("Key points") < html.index("Reported by one source") < html.index("Where sources differ")
    assert "Guo Jiakun</strong>" in html


def test_read_in_names_each_source_once_per_point(built_site):
    for page in (built_site / "docs" / "briefings").glob("*.md"):
        spans = re.findall(r'<span class="cite-links">Read in: (.*?)</span>', page.read_text(encoding="utf-8"))
        assert spans, page
        for span in spans:
            targets = [t.split("#")[0] for t in re.findall(r"\]\(([^)]+)\)", span)]
            assert len(targets) == len(set(targets)), (page.name, span)


def test_briefing_pages_carry_sharing_metadata_and_structured_data(built_site):
    html = (built_site / "site" / "briefings" / "allegations" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<meta property="og:title" content="[^"]+">', html)
    assert re.search(r'<meta name="twitter:card" content="summary">', html)
    assert re.search(r'<link rel="canonical" href="https?://[^"]+/briefings/allegations/">', html)
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert ld["@type"] == "Article" and ld["headline"]


def test_feed_lists_every_source_with_absolute_links(built_site):
    feed = json.loads((built_site / "site" / "data" / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert len(feed["items"]) == len(list((ROOT / "seeds").iterdir()))
    assert all(item["url"].startswith("https://") and item["title"] for item in feed["items"])
    assert (built_site / "site" / "sitemap.xml").is_file() and (built_site / "site" / "404.html").is_file()


def test_the_navigation_lists_the_topics_of_briefing_yml_whatever_they_are(tmp_path):
    config = ("story: {title: Ferries, summary: The council's ferry plan.}\ntopics:\n"
              "  - {id: fares, title: Fares, question: 'What will fares be?', intro: Fares., cues: [fares]}\n"
              "  - {id: routes, title: New routes, question: 'Which routes?', intro: Routes., cues: [routes]}\n")
    project = make_project(tmp_path, seeds=ROOT / "tests" / "fixtures" / "ferry", config_text=config)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr[-2000:]  # strict: no page the navigation names is missing
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    nav = home[home.index('class="md-nav'):]
    assert nav.index('href="briefings/fares/"') < nav.index('href="briefings/routes/"')
    assert "briefings/allegations/" not in home
