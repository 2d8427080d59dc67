"""Page-weight budgets of the built site (not part of the test run).

For the home page and a briefing page: the bytes a reader downloads, gzip-compressed
(HTML, CSS, JavaScript; the search index apart, since it loads only on the first search),
the search index per source, and, when the npm package is installed in .cache/npm,
Lighthouse scores in Debian's chromium.

    make build && .venv/bin/python bench/budgets.py
"""
from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import re
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
LIGHTHOUSE = ROOT / ".cache" / "npm" / "node_modules" / ".bin" / "lighthouse"
PAGES = {"home": "", "briefing": "briefings/responses/"}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def page_weight(path: str) -> dict:
    page = SITE / path / "index.html"
    html = page.read_text(encoding="utf-8")
    assets = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    assets += re.findall(r'<script[^>]+src="([^"]+)"', html)
    files = [(page.parent / a.split("?")[0]).resolve() for a in assets if not a.startswith(("http:", "https:"))]
    sizes = {"html": gz(page.read_bytes())}
    sizes["css"] = sum(gz(f.read_bytes()) for f in files if f.suffix == ".css")
    sizes["js"] = sum(gz(f.read_bytes()) for f in files if f.suffix == ".js")
    sizes["total"] = sum(sizes.values())
    return sizes


def lighthouse(url: str) -> dict | None:
    if not LIGHTHOUSE.exists():
        return None
    out = subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
                          "--only-categories=performance,accessibility,best-practices,seo",
                          "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking "
                          "--disable-component-update --no-first-run"],
                         capture_output=True, text=True, timeout=300, env={"CHROME_PATH": "/usr/bin/chromium",
                                                                          "PATH": "/usr/bin:/bin"})
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"}
    categories = json.loads(out.stdout)["categories"]
    return {name: round(value["score"] * 100) for name, value in categories.items()}


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzip-compressed when the browser accepts it, as GitHub Pages does."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def main() -> int:
    if not (SITE / "index.html").exists():
        print("build the site first: make build", file=sys.stderr)
        return 1
    sources = len([p for p in (SITE / "sources").iterdir() if p.is_dir()])
    index = (SITE / "search" / "search_index.json").read_bytes()
    print(f"search index: {len(index) / 1024:.0f} KB ({gz(index) / 1024:.0f} KB gzip), "
          f"{len(index) / 1024 / sources:.1f} KB per source ({sources} sources)")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_GzipHandler, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    for name, path in PAGES.items():
        w = page_weight(path)
        print(f"{name}: {w['total'] / 1024:.0f} KB gzip (HTML {w['html'] / 1024:.0f}, CSS {w['css'] / 1024:.0f}, "
              f"JS {w['js'] / 1024:.0f})")
        scores = lighthouse(f"http://127.0.0.1:{server.server_address[1]}/{path}")
        if scores is not None:
            print(f"  lighthouse: {scores}")
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
