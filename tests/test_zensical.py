"""The same project builds with Zensical, Material's successor: citations, footnotes and tooltips work.

Zensical runs no MkDocs hooks, so the pages are generated first with the standalone command.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_project
from test_site_e2e import parse, source_citations

pytestmark = pytest.mark.e2e
ZENSICAL = shutil.which("zensical") or str(Path(sys.executable).parent / "zensical")


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    if not Path(ZENSICAL).exists():
        pytest.skip("zensical is not installed")
    project = make_project(tmp_path_factory.mktemp("zensical"))
    subprocess.run([sys.executable, "-m", "build_scripts", "build"], cwd=project, check=True, capture_output=True)
    result = subprocess.run([ZENSICAL, "build", "--strict"], cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_every_citation_anchor_resolves_in_the_zensical_build(zensical_site):
    checked = 0
    for page in (zensical_site / "briefings").glob("*/index.html"):
        for target, anchor in source_citations(page):
            assert anchor in parse(target).ids, f"#{anchor} missing on {target}"
            checked += 1
    assert checked >= 10


def test_footnotes_and_their_tooltips_are_there(zensical_site):
    html = (zensical_site / "briefings" / "responses" / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'href="#fn:(\d+)"', html)
    assert refs and all(f'id="fn:{n}"' in html for n in refs)
    assert "content.footnote.tooltips" in html


def test_the_home_page_include_works(zensical_site):
    html = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert "grid cards" in html and "Who reports what" in html and "--8&lt;--" not in html


def test_a_broken_citation_anchor_fails_the_strict_zensical_build(tmp_path):
    if not Path(ZENSICAL).exists():
        pytest.skip("zensical is not installed")
    project = make_project(tmp_path)
    subprocess.run([sys.executable, "-m", "build_scripts", "build"], cwd=project, check=True, capture_output=True)
    methodology = project / "docs" / "methodology.md"
    methodology.write_text(methodology.read_text(encoding="utf-8") + "\n[x](sources/index.md#no-such-paragraph)\n",
                           encoding="utf-8")
    result = subprocess.run([ZENSICAL, "build", "--strict"], cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "anchor does not exist" in result.stdout + result.stderr
