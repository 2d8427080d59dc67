"""`add`: files and web pages (served on 127.0.0.1, never the internet) become seeds with front matter."""
from __future__ import annotations

import http.server
import threading
from functools import partial

import pytest
import yaml

from build_scripts.__main__ import main
from conftest import FIXTURES

FORMATS = FIXTURES / "formats"


@pytest.fixture(scope="module")
def local_server():
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = partial(QuietHandler, directory=str(FORMATS))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1]), text


def test_add_a_web_page_by_url(tmp_path, local_server, capsys):
    assert main(["add", f"{local_server}/saved-web-page.html", "--seeds", str(tmp_path)]) == 0
    [stored] = list(tmp_path.iterdir())
    assert stored.name == "2026-03-04-council-adds-two-ferry-routes.md"
    meta, text = front_matter(stored)
    assert meta == {"title": "Council Adds Two Ferry Routes", "outlet": "Harbour Times",
                    "url": "https://harbourtimes.example/news/council-adds-ferry-routes", "date": "2026-03-04",
                    "language": "en"}
    assert "The harbour council voted on Tuesday" in text
    for furniture in ("Subscribe", "Share on", "Bridge repairs", "All rights reserved", "tracking"):
        assert furniture not in text
    assert f"Added {stored}" in capsys.readouterr().out


def test_adding_the_same_article_again_is_refused_and_nothing_is_overwritten(tmp_path, local_server, capsys):
    url = f"{local_server}/saved-web-page.html"
    assert main(["add", url, "--seeds", str(tmp_path)]) == 0
    [stored] = list(tmp_path.iterdir())
    before = stored.read_bytes()
    assert main(["add", url, "--seeds", str(tmp_path)]) == 1
    assert "already in seeds as" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [stored] and stored.read_bytes() == before


@pytest.mark.parametrize("page, reason", [
    ("no-article-text.html", "no article text found"),
    ("missing-page.html", "HTTP 404"),
])
def test_pages_without_an_article_are_refused_clearly(tmp_path, local_server, capsys, page, reason):
    assert main(["add", f"{local_server}/{page}", "--seeds", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {local_server}/{page}: ") and reason in err
    assert list(tmp_path.iterdir()) == []


def test_add_a_local_markdown_file_keeps_its_front_matter(tmp_path):
    assert main(["add", str(FORMATS / "markdown-with-front-matter.md"), "--seeds", str(tmp_path)]) == 0
    [stored] = list(tmp_path.iterdir())
    meta, _ = front_matter(stored)
    assert meta["outlet"] == "Bay Daily" and meta["date"] == "2026-03-05"
    assert stored.name == "2026-03-05-council-adds-two-ferry-routes.md"


def test_add_a_local_text_file_fills_front_matter_from_the_text(tmp_path):
    assert main(["add", str(FIXTURES / "inputs" / "windows-1252.txt"), "--seeds", str(tmp_path)]) == 0
    [stored] = list(tmp_path.iterdir())
    meta, text = front_matter(stored)
    assert meta["title"] == "Harbour Council Votes to Expand the Ferry Service"
    assert stored.name == "undated-harbour-council-votes-to-expand-the-ferry-service.md"
    assert "council\u2019s chair" in text


def test_adding_a_symbolic_link_is_refused_and_nothing_is_stored(tmp_path, capsys):
    link = tmp_path / "story.md"
    link.symlink_to(FORMATS / "markdown-with-front-matter.md")
    seeds = tmp_path / "seeds"
    assert main(["add", str(link), "--seeds", str(seeds)]) != 0
    assert "symbolic link" in capsys.readouterr().err
    assert not seeds.exists() or not list(seeds.iterdir())
