"""The built site in a real browser: Debian's chromium driven by Python playwright.

Needs /usr/bin/chromium and the playwright package (`.ci/run` installs both); skipped with a
reason otherwise. axe-core comes from the npm registry (`.ci/run` puts it in .cache/npm).
Screenshots are saved to test-artifacts/ to be looked at.
"""
from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = Path(os.environ.get("AXE_JS", ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"))
ARTIFACTS = ROOT / "test-artifacts"
PAGES = ["", "briefings/responses/", "sources/", "glossary/", "entities/", "methodology/",
         "sources/us-accuses-china-of-industrial-scale-theft-of-frontier-ai/"]
REQUIRED = os.environ.get("REQUIRE_BROWSER_TESTS") == "1"  # set by .ci/run: there a skip would hide a missing install


def _missing(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"browser tests required but {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    import playwright.sync_api as playwright_api
except ImportError:
    _missing("playwright is not installed")
if not CHROMIUM.exists():
    _missing(f"{CHROMIUM} not found (apt-get install chromium)")
if REQUIRED and not AXE.is_file():
    _missing(f"axe-core not found at {AXE}")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site_url(built_site):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(
        built_site / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        yield chromium
        chromium.close()


class Visit:
    """A page plus everything it asked the network for and complained about."""

    def __init__(self, browser, url: str, **context):
        self.context = browser.new_context(**context)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url, wait_until="networkidle")

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_page(url, **context):
        opened.append(Visit(browser, url, **context))
        return opened[-1]

    yield open_page
    for v in opened:
        v.close()


def test_search_finds_the_briefing_page_first(site_url, visit):
    v = visit(site_url)
    v.page.click("label.md-search__icon, .md-search__input", timeout=5000)
    v.page.keyboard.type("slander", delay=40)  # Material ignores fill(); real key presses work
    first = v.page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10000)
    assert "/briefings/" in first.get_attribute("href")
    first.click()
    v.page.wait_for_load_state("networkidle")
    assert "/briefings/" in v.page.url


@pytest.mark.parametrize("query, expected", [
    ("Guo Jiakun", ("briefings/responses/", "entities/")),  # a person: who said what, or who's who
    ("GogoAI", ("sources/",)),  # an outlet: its articles
    ("watermarking", ("glossary/", "briefings/measures/")),  # a glossary term
])
def test_search_finds_people_outlets_and_terms(site_url, visit, query, expected):
    v = visit(site_url)
    v.page.click("label.md-search__icon, .md-search__input", timeout=5000)
    v.page.keyboard.type(query, delay=40)
    v.page.locator(".md-search-result__item a").first.wait_for(timeout=10000)
    top = [urlsplit(h).path for h in v.page.locator(".md-search-result__item > a").evaluate_all(
        "links => links.slice(0, 5).map(a => a.href)")]
    assert any(e in path for path in top for e in expected), top


def test_a_citation_lands_on_its_paragraph_and_highlights_it(site_url, visit):
    v = visit(site_url + "briefings/responses/")
    link = v.page.locator(".cite-links a").first
    href = link.get_attribute("href")
    link.click()
    v.page.wait_for_load_state("networkidle")
    anchor = urlsplit(href).fragment
    assert v.page.url.endswith("#" + anchor)
    target = v.page.locator(f"[id='{anchor}']")
    assert target.is_visible()
    assert target.evaluate("el => getComputedStyle(el).outlineStyle") != "none"


def test_hovering_a_citation_shows_the_quoted_sentence(site_url, visit):
    v = visit(site_url + "briefings/responses/")
    ref = v.page.locator("sup[id^='fnref'] a").first
    note_id = urlsplit(ref.get_attribute("href")).fragment
    quote = v.page.locator(f"[id='{note_id}']").inner_text().split("\u201c", 1)[1][:40]
    ref.hover()
    tooltip = v.page.locator(".md-tooltip2--active, .md-tooltip2").filter(has_text=quote).first
    tooltip.wait_for(state="visible", timeout=5000)


def test_a_glossary_term_shows_its_definition(site_url, visit):
    v = visit(site_url + "briefings/distillation/")
    term = v.page.locator("abbr").first
    definition = term.get_attribute("title") or ""
    term.hover()
    shown = v.page.locator(".md-tooltip2, .md-tooltip").filter(has_text=definition[:30]).first
    shown.wait_for(state="visible", timeout=5000)


def test_the_theme_toggle_switches_between_light_and_dark(site_url, visit):
    v = visit(site_url, color_scheme="light")
    scheme = lambda: v.page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    assert scheme() == "default"
    v.page.locator("form[data-md-component='palette'] label:visible").first.click()
    v.page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    dark = visit(site_url, color_scheme="dark")  # and it follows the system setting
    assert dark.page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"


@pytest.mark.parametrize("path", PAGES)
def test_phone_layout_never_scrolls_sideways(site_url, visit, path):
    v = visit(site_url + path, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    overflow = v.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path or 'home'} is {overflow}px too wide"


def test_phone_navigation_opens(site_url, visit):
    v = visit(site_url + "briefings/responses/", viewport={"width": 390, "height": 844}, is_mobile=True)
    v.page.locator("label.md-header__button[for='__drawer']").click()
    v.page.locator("nav.md-nav--primary a[href*='briefings/allegations']").first.wait_for(state="visible")


@pytest.mark.parametrize("path", PAGES)
def test_pages_ask_no_other_host_and_log_no_errors(site_url, visit, path):
    v = visit(site_url + path)
    hosts = {urlsplit(u).hostname for u in v.requests if urlsplit(u).scheme in ("http", "https")}
    assert hosts <= {"127.0.0.1"}
    assert v.errors == []


@pytest.mark.parametrize("width, height, name", [(1280, 900, "desktop"), (390, 844, "phone")])
def test_screenshots_for_people_to_look_at(site_url, visit, width, height, name):
    ARTIFACTS.mkdir(exist_ok=True)
    for path, label in (("", "home"), ("briefings/responses/", "briefing")):
        v = visit(site_url + path, viewport={"width": width, "height": height})
        target = ARTIFACTS / f"{label}-{name}.png"
        v.page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000


@pytest.mark.skipif(not AXE.is_file(), reason=f"axe-core not found at {AXE} (npm install axe-core)")
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_serious_accessibility_problems(site_url, visit, path, scheme):
    v = visit(site_url + path, color_scheme=scheme)
    v.page.add_script_tag(path=str(AXE))
    result = v.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    # Serious and critical findings of any rule, and every finding about structure, names and contrast.
    structural = ("landmark", "region", "heading-order", "page-has-heading-one", "link-name", "color-contrast",
                  "aria-dialog-name", "label", "document-title")
    found = [f"{x['id']} ({x['impact']}): {x['nodes'][0]['target']}" for x in result["violations"]
             if x["impact"] in ("serious", "critical") or x["id"].startswith(structural)]
    assert found == []


def test_a_briefing_prints_with_numbered_notes_and_addresses(site_url, visit):
    v = visit(site_url + "briefings/responses/")
    v.page.emulate_media(media="print")
    assert not v.page.locator(".md-header").is_visible()
    assert not v.page.locator(".md-sidebar--primary").is_visible()
    notes = v.page.locator(".footnote li")
    assert notes.count() >= 5
    address = notes.first.locator(".print-url")
    assert address.is_visible() and address.inner_text().startswith("https://")
    assert "#p-" in address.inner_text()
