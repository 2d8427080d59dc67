"""Acquire: a file path or URL -> a new seed in seeds/ with its metadata as front matter.

Used by `python -m build_scripts add`. The stored body is the article as extracted,
not yet cleaned, so the build still cleans it and records every change. Nothing in
seeds/ is ever overwritten.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import yaml

from .dedupe import find_duplicates
from .ingest import InputError, decode_bytes, extract_html, list_seed_files, read_document
from .limits import MAX_BYTES
from .model import RawDocument
from .normalize import load_rules, normalize_document
from .textutil import slugify

TIMEOUT_SECONDS = 20
USER_AGENT = "briefing-site-generator (+https://github.com/) python-urllib"
MIN_WORDS = 25


def add_article(target: str, seeds_dir: Path) -> Path:
    """Store one article in seeds_dir; return the new file's path. Raises InputError with the reason."""
    raw = _download(target) if target.startswith(("http://", "https://")) else _read_local(Path(target))
    rules = load_rules()
    doc = normalize_document(raw, rules)
    words = sum(len(b.text.split()) for b in doc.blocks if b.kind in ("paragraph", "item"))
    if words < MIN_WORDS:
        raise InputError(f"no article text found ({words} words of running text)")
    _refuse_duplicate(doc, seeds_dir, rules)

    meta = {key: doc.meta[key].value for key in ("title", "outlet", "url", "date", "language") if doc.meta[key].value}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    body = raw.text.strip("\n")
    name = f"{(meta.get('date') or 'undated')[:10]}-{slugify(meta.get('title', 'article'))}"
    seeds_dir.mkdir(parents=True, exist_ok=True)
    path = seeds_dir / f"{name}.md"
    counter = 2
    while path.exists():
        path = seeds_dir / f"{name}-{counter}.md"
        counter += 1
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
    return path


def _read_local(path: Path) -> RawDocument:
    if path.is_symlink():
        raise InputError("refused: a symbolic link; give the path of the article file itself")
    if not path.is_file():
        raise InputError("no such file")
    return read_document(path)


def _download(url: str) -> RawDocument:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - http(s) only
            content_type = response.headers.get_content_type()
            data = response.read(MAX_BYTES + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"download failed: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise InputError(f"download failed: {getattr(exc, 'reason', exc)}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"page is over the {MAX_BYTES:,} byte limit for one article")
    if content_type not in ("text/html", "application/xhtml+xml", "text/plain"):
        raise InputError(f"not a web page or text (content type {content_type})")
    text, _, _ = decode_bytes(data)
    if content_type == "text/plain":
        return RawDocument("download.txt", "txt", text, {"url": final_url})
    declared, body = extract_html(text)
    declared.setdefault("url", final_url)
    return RawDocument("download.html", "html", body, declared)


def _refuse_duplicate(doc, seeds_dir: Path, rules) -> None:
    existing = []
    paths, _ = list_seed_files(seeds_dir) if seeds_dir.is_dir() else ([], [])
    for path in paths:
        try:
            existing.append(normalize_document(read_document(path), rules))
        except InputError:
            continue
    duplicates = find_duplicates(existing + [doc])
    if len(existing) in duplicates:
        original, similarity = duplicates[len(existing)]
        raise InputError(f"already in seeds as {existing[original].file} ({similarity:.0%} the same)")
