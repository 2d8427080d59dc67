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
