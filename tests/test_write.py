"""Writing: only changed files, never outside the generated folders, never a person's file."""
from __future__ import annotations

import pytest

from build_scripts.write import GENERATED_NOTICE, UnsafePathError, write_pages

PAGE = f"---\n# {GENERATED_NOTICE}\n---\n# Page\n"


def test_unchanged_pages_are_not_rewritten(tmp_path):
    first = write_pages(tmp_path, {"briefings/a.md": PAGE, "sources/b.md": PAGE})
    assert sorted(first.written) == ["briefings/a.md", "sources/b.md"]
    mtime = (tmp_path / "briefings" / "a.md").stat().st_mtime_ns
    second = write_pages(tmp_path, {"briefings/a.md": PAGE, "sources/b.md": PAGE + "changed\n"})
    assert second.written == ("sources/b.md",) and second.unchanged == 1
    assert (tmp_path / "briefings" / "a.md").stat().st_mtime_ns == mtime


def test_stale_generated_files_go_but_hand_written_files_stay(tmp_path):
    write_pages(tmp_path, {"sources/old.md": PAGE, "sources/keep.md": PAGE})
    (tmp_path / "sources" / "notes.md").write_text("An editor's own notes.\n", encoding="utf-8")
    (tmp_path / "methodology.md").write_text("Hand-written.\n", encoding="utf-8")
    report = write_pages(tmp_path, {"sources/keep.md": PAGE})
    assert report.removed == ("sources/old.md",)
    assert (tmp_path / "sources" / "notes.md").is_file()
    assert (tmp_path / "methodology.md").read_text(encoding="utf-8") == "Hand-written.\n"


@pytest.mark.parametrize("path", ["../mkdocs.yml", "sources/../../x.md", "index.md", "/etc/passwd", "sources"])
def test_paths_outside_the_generated_folders_are_refused(tmp_path, path):
    with pytest.raises(UnsafePathError):
        write_pages(tmp_path / "docs", {path: PAGE})


def test_every_generated_file_carries_the_notice_where_stale_files_are_recognised():
    from build_scripts.pipeline import build
    from conftest import ROOT

    result = build(ROOT / "seeds", ROOT / "briefing.yml", None)
    for relative, content in result.pages.items():
        assert GENERATED_NOTICE in content.encode("utf-8")[:400].decode("utf-8", "ignore"), relative


def test_a_crash_while_writing_leaves_the_last_good_pages_whole(tmp_path, monkeypatch):
    import pathlib

    write_pages(tmp_path, {"briefings/a.md": PAGE, "sources/b.md": PAGE})
    real = pathlib.Path.write_bytes
    calls = []

    def fails_on_the_second(self, data):
        calls.append(self)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C, or a full disk, half way through
        return real(self, data)

    monkeypatch.setattr(pathlib.Path, "write_bytes", fails_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        write_pages(tmp_path, {"briefings/a.md": PAGE + "new\n", "sources/b.md": PAGE + "new\n"})
    monkeypatch.undo()
    assert (tmp_path / "briefings" / "a.md").read_text(encoding="utf-8") == PAGE  # not one page moved in
    assert (tmp_path / "sources" / "b.md").read_text(encoding="utf-8") == PAGE
    assert not list(tmp_path.parent.glob(".staging-*")) and not list(tmp_path.glob(".staging-*"))


def test_only_files_the_build_wrote_are_deleted_even_when_a_person_copies_a_generated_page(tmp_path):
    write_pages(tmp_path, {"sources/old.md": PAGE})
    (tmp_path / "sources" / "my-copy.md").write_text(PAGE, encoding="utf-8")  # carries the notice, but is theirs
    report = write_pages(tmp_path, {"sources/new.md": PAGE})
    assert report.removed == ("sources/old.md",)
    assert (tmp_path / "sources" / "my-copy.md").read_text(encoding="utf-8") == PAGE


def test_a_persons_file_where_a_page_would_go_is_not_overwritten(tmp_path):
    (tmp_path / "review").mkdir()
    (tmp_path / "review" / "index.md").write_text("# My review notes\n", encoding="utf-8")
    report = write_pages(tmp_path, {"review/index.md": PAGE, "briefings/a.md": PAGE})
    assert report.refused == ("review/index.md",) and report.written == ("briefings/a.md",)
    assert (tmp_path / "review" / "index.md").read_text(encoding="utf-8") == "# My review notes\n"
    again = write_pages(tmp_path, {"review/index.md": PAGE, "briefings/a.md": PAGE})
    assert again.refused == ("review/index.md",)  # still theirs: the manifest does not list it


def test_a_manifest_that_names_other_files_deletes_nothing_outside_the_generated_folders(tmp_path):
    import json

    from build_scripts.write import MANIFEST

    write_pages(tmp_path, {"briefings/a.md": PAGE})
    (tmp_path / "index.md").write_text("Home, hand-written.\n", encoding="utf-8")
    (tmp_path / MANIFEST).write_text(json.dumps(["briefings/a.md", "index.md", "../mkdocs.yml"]), encoding="utf-8")
    report = write_pages(tmp_path, {"briefings/a.md": PAGE})
    assert report.removed == ()
    assert (tmp_path / "index.md").is_file()


def test_the_build_reports_a_page_it_did_not_overwrite(tmp_path):
    from build_scripts.pipeline import build
    from conftest import ROOT

    docs = tmp_path / "docs"
    (docs / "review").mkdir(parents=True)
    (docs / "review" / "index.md").write_text("# My review notes\n", encoding="utf-8")
    result = build(ROOT / "seeds", ROOT / "briefing.yml", docs)
    refused = [p for p in result.briefing.problems if p.file == "docs/review/index.md"]
    assert refused and refused[0].severity == "error" and "not overwritten" in refused[0].message
    assert (docs / "review" / "index.md").read_text(encoding="utf-8") == "# My review notes\n"
