"""Ingest: every kind of bad input gets one clear reason; good input in any encoding is read."""
from __future__ import annotations

import pytest

from build_scripts.ingest import MAX_BYTES, InputError, list_seed_files, read_document
from conftest import FIXTURES, ferry_config

INPUTS = FIXTURES / "inputs"

REFUSED = [
    ("empty.txt", "empty"),
    ("whitespace-only.txt", "empty"),
    ("binary-with-txt-extension.txt", "binary"),
    ("undecodable-bytes.txt", "undecodable"),
    ("broken-front-matter.md", "broken front matter at line 3"),
    ("unclosed-front-matter.md", "no closing"),
    ("yaml-object-tag.md", "broken front matter"),
    ("unsupported.pdf", "unsupported file type"),
]


@pytest.mark.parametrize("name, reason", REFUSED)
def test_bad_input_is_refused_with_a_reason(name, reason):
    with pytest.raises(InputError) as caught:
        read_document(INPUTS / name)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("name, encoding_fix", [
    ("utf16-with-bom.txt", "utf-16"),
    ("utf8-with-bom.txt", "utf-8-sig"),
    ("windows-1252.txt", "decoded as"),
])
def test_other_encodings_are_detected(name, encoding_fix):
    doc = read_document(INPUTS / name)
    assert doc.text.startswith("Harbour Council Votes")
    assert "\ufeff" not in doc.text
    assert any(encoding_fix in f.detail for f in doc.fixes)


def test_windows_1252_punctuation_survives_detection():
    doc = read_document(INPUTS / "windows-1252.txt")
    assert "council\u2019s chair said \u201cyes\u201d" in doc.text


def test_a_few_damaged_bytes_in_utf8_are_dropped_with_a_warning():
    doc = read_document(INPUTS / "utf8-with-a-few-bad-bytes.txt")
    assert "two caf\u00e9 ferry routes" in doc.text
    assert doc.warnings and "2 undecodable" in doc.warnings[0]


def test_front_matter_is_read_safely_and_removed_from_the_text():
    doc = read_document(INPUTS / "front-matter-wins.md")
    assert doc.declared == {"title": "Council expands ferries", "outlet": "Harbour Times",
                            "url": "https://harbour.example/ferries", "date": "2026-03-04", "language": "en"}
    assert "outlet:" not in doc.text


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    big = tmp_path / "huge.txt"
    big.write_bytes(b"word " * (MAX_BYTES // 5 + 1))
    with pytest.raises(InputError, match="over the"):
        read_document(big)


def test_seed_listing_skips_hidden_files_and_warns_about_unknown_types(tmp_path):
    for name in ("b.txt", "a.md", ".hidden.txt", "_draft.txt", "notes.pdf"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, problems = list_seed_files(tmp_path)
    assert [f.name for f in files] == ["a.md", "b.txt"]
    assert [(p.file, p.severity) for p in problems] == [("notes.pdf", "warning")]


def test_a_seed_that_is_a_link_is_refused_and_nothing_it_points_at_is_read(tmp_path):
    import build_scripts.prepare as prepare
    from build_scripts.config import load_config
    from conftest import ROOT

    secret = tmp_path / "outside" / "credentials.txt"
    secret.parent.mkdir()
    secret.write_text("AWS_SECRET_ACCESS_KEY=do-not-publish-this-key and more words to make it an article.\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    good = "The harbour council voted on Tuesday to add two ferry routes across the bay, its chair said.\n"
    (seeds / "a-good.txt").write_text(good * 3, encoding="utf-8")
    (seeds / "b-copy.txt").write_text(good.replace("two", "three") * 3, encoding="utf-8")
    (seeds / "c-leak.txt").symlink_to(secret)                     # a link to a file outside
    (seeds / "d-inside.txt").symlink_to(seeds / "a-good.txt")     # a link, even to a seed
    (seeds / "e-folder.md").symlink_to(secret.parent, target_is_directory=True)  # a link to a folder
    files, problems = list_seed_files(seeds)
    assert [f.name for f in files] == ["a-good.txt", "b-copy.txt"]
    assert [(p.file, p.severity) for p in problems] == [("c-leak.txt", "error"), ("d-inside.txt", "error"),
                                                        ("e-folder.md", "error")]
    assert all("symbolic link" in p.message for p in problems)
    prepared, problems = prepare.read_and_clean(seeds, load_config(ROOT / "briefing.yml"))
    assert [p.doc.file for p in prepared] == ["a-good.txt", "b-copy.txt"]
    assert not any("do-not-publish" in block.text for p in prepared for block in p.doc.blocks)


def test_a_seed_that_breaks_the_cleaner_is_reported_and_the_others_still_build(tmp_path, monkeypatch):
    import build_scripts.prepare as prepare
    from build_scripts.config import load_config
    from conftest import ROOT

    article = "The harbour council voted on Tuesday to add two ferry routes across the bay, its chair said.\n"
    for name in ("a-good.txt", "b-trips.txt", "c-good.txt"):
        (tmp_path / name).write_text(article.replace("two", name[:1]) * 3, encoding="utf-8")
    real = prepare.normalize_document

    def breaks_on_one(raw, rules, meta):
        if raw.file == "b-trips.txt":
            raise AttributeError("no such field")
        return real(raw, rules, meta)

    monkeypatch.setattr(prepare, "normalize_document", breaks_on_one)
    prepared, problems = prepare.read_and_clean(tmp_path, load_config(ROOT / "briefing.yml"))
    assert [p.doc.file for p in prepared] == ["a-good.txt", "c-good.txt"]
    assert [(p.file, p.severity) for p in problems] == [("b-trips.txt", "error")]
    assert "could not be cleaned" in problems[0].message and "AttributeError" in problems[0].message


def test_a_web_page_names_its_outlet_in_its_title_and_a_reprint_credits_the_byline():
    from build_scripts.ingest import extract_html
    body = "".join(f"<p>The harbour council voted on Tuesday to add ferry route number {n} across the bay "
                   "after a long debate about fares, timetables and the winter storms.</p>" for n in range(6))
    page = ("<html lang='en'><head><title>Council adds two ferry routes | The Bay Gazette</title></head><body>"
            "<article><h1>Council adds two ferry routes</h1>"
            "<p class='byline'>By Ada Lorne, Harbour Wire | Published 14 Oct 2031</p>" + body + "</article></body></html>")
    declared, _ = extract_html(page)
    assert declared["outlet"] == "The Bay Gazette"
    assert declared.get("credit") == "Harbour Wire"
    # a title with no site after the headline names no outlet
    declared, _ = extract_html(page.replace(" | The Bay Gazette", ""))
    assert "outlet" not in declared


@pytest.mark.parametrize("day", ["2031-10-14", "2099-03-20"])
def test_a_web_pages_own_date_is_read_whatever_day_the_build_runs(day):
    from build_scripts.ingest import extract_html
    body = "".join(f"<p>The harbour council voted to add ferry route number {n} across the bay after a long "
                   "debate about fares, timetables and the winter storms.</p>" for n in range(6))
    page = (f"<html><head><title>Council adds ferry routes</title><meta property='article:published_time' "
            f"content='{day}T08:30:00Z'></head><body><article><h1>Council adds ferry routes</h1>{body}</article>"
            "</body></html>")
    declared, _ = extract_html(page)
    assert declared["date"] == day  # a date after the build's own day is the page's date all the same


def test_a_seed_deleted_while_the_folder_is_listed_is_left_out_not_a_crash(tmp_path, monkeypatch):
    import pathlib

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The council met.", encoding="utf-8")
    real_stat = pathlib.Path.stat

    def gone(self, *, follow_symlinks=True):  # b.txt is deleted between listing the folder and reading its size
        if self.name == "b.txt" and follow_symlinks:
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return real_stat(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(pathlib.Path, "stat", gone)
    files, problems = list_seed_files(tmp_path)
    assert [f.name for f in files] == ["a.txt"] and problems == []


@pytest.mark.parametrize("byline, outlet", [
    ("By Harbour Wire staff | Politics", "Harbour Wire"),  # the staff's outlet, not the section after the bar
    ("By Ada Lorne | Harbour Wire | 4 min read", "Harbour Wire"),  # the outlet the byline names after the writer
])
def test_a_plain_text_byline_credits_the_outlet_not_its_section(tmp_path, byline, outlet):
    from build_scripts.pipeline import build
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"Council adds two ferry routes\n\n{byline}\n\nThe harbour council voted on Tuesday "
                                 "to add two ferry routes across the bay after a long debate about fares.\n",
                                 encoding="utf-8")
    config = ferry_config(tmp_path, ['ferry'], question='What did the council decide?')
    assert build(seeds, config, None).briefing.sources[0].outlet == outlet
