"""Rules of the engine itself: story-agnostic code, deterministic output, a usable CLI."""
from __future__ import annotations

import re
import subprocess
import sys

import yaml

from build_scripts.pipeline import build
from conftest import FIXTURES, ROOT, make_project

ENGINE_FILES = sorted((ROOT / "build_scripts").rglob("*.py")) + sorted((ROOT / "build_scripts").rglob("*.j2"))


def story_words() -> set[str]:
    """Curated story terms, every multi-word cue of the editorial config, and the outlets."""
    listed = {w.strip().lower() for w in (FIXTURES / "story_words.txt").read_text(encoding="utf-8").splitlines()
              if w.strip() and not w.startswith("#")}
    config = yaml.safe_load((ROOT / "briefing.yml").read_text(encoding="utf-8"))
    cues = {str(c).lower() for topic in config["topics"] for c in topic["cues"] if " " in str(c)}
    return listed | cues


def test_no_story_word_in_engine_code():
    words = story_words()
    assert len(words) > 20
    hits = []
    for path in ENGINE_FILES:
        text = path.read_text(encoding="utf-8").lower()
        # with its inflections: "distilling" is the story's word as much as "distill"
        hits += [f"{path.relative_to(ROOT)}: {w}" for w in words
                 if re.search(rf"\b{re.escape(w)}(?:s|es|ed|ing|er|ers)?\b", text)]
    assert hits == []


def test_outlet_names_from_the_seeds_are_not_in_engine_code(tmp_path):
    result = build(ROOT / "seeds", ROOT / "briefing.yml", None)
    outlets = {s.outlet.lower() for s in result.briefing.sources if s.outlet}
    assert outlets
    for path in ENGINE_FILES:
        text = path.read_text(encoding="utf-8").lower()
        assert not [o for o in outlets if o in text], path


def test_same_inputs_give_byte_identical_pages(tmp_path):
    first = build(ROOT / "seeds", ROOT / "briefing.yml", tmp_path / "a")
    second = build(ROOT / "seeds", ROOT / "briefing.yml", tmp_path / "b")
    files_a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    files_b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert files_a == files_b and len(files_a) == len(first.pages) + 1 == len(second.pages) + 1  # + the manifest


def test_a_second_build_writes_nothing_so_serve_does_not_loop(tmp_path):
    build(ROOT / "seeds", ROOT / "briefing.yml", tmp_path)
    again = build(ROOT / "seeds", ROOT / "briefing.yml", tmp_path)
    assert again.report.written == () and again.report.removed == ()


def run_cli(project, *args):
    return subprocess.run([sys.executable, "-m", "build_scripts", *args], cwd=project, capture_output=True,
                          text=True, timeout=120)


def test_build_command_prints_a_one_line_summary(tmp_path):
    project = make_project(tmp_path)
    result = run_cli(project, "build")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"Built 5 sources, \d+ claims, 0 warning\(s\), 0 error\(s\), \d+ file\(s\) written in "
                        r"[\d.]+ s\n", result.stdout)
    assert (project / "docs" / "briefings" / "allegations.md").is_file()


def test_check_lists_bad_inputs_by_name_and_fails_but_build_still_builds_the_rest(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("empty.txt", "binary-with-txt-extension.txt", "broken-front-matter.md"):
        (seeds / name).write_bytes((FIXTURES / "inputs" / name).read_bytes())
    (seeds / "good.txt").write_bytes((FIXTURES / "hostile" / "plain-ferry-report.txt").read_bytes())
    project = make_project(tmp_path / "p", seeds=seeds)
    check = run_cli(project, "check")
    assert check.returncode == 1
    assert "error: empty.txt: file is empty" in check.stderr
    assert "error: binary-with-txt-extension.txt: binary data" in check.stderr
    assert "error: broken-front-matter.md: broken front matter at line 3" in check.stderr
    built = run_cli(project, "build")
    assert built.returncode == 0 and "Built 1 sources" in built.stdout
    assert (project / "seeds" / "empty.txt").read_bytes() == b""  # inputs are never touched


def test_a_config_mistake_is_one_clear_line(tmp_path):
    project = make_project(tmp_path, config_text="story: [\n")
    result = run_cli(project, "build")
    assert result.returncode == 2
    assert result.stderr.startswith("error: briefing.yml:") and result.stderr.count("\n") == 1


def test_worker_processes_give_the_same_pages_as_one_process(tmp_path, monkeypatch):
    import build_scripts.pipeline as pipeline

    serial = build(ROOT / "seeds", ROOT / "briefing.yml", None)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_FILES", 1)
    parallel = build(ROOT / "seeds", ROOT / "briefing.yml", None)
    assert parallel.pages == serial.pages


def test_last_built_date_follows_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    page = build(ROOT / "seeds", ROOT / "briefing.yml", None).pages["briefings/allegations.md"]
    assert "Last built 2026-01-01." in page


def test_two_builds_give_the_same_bytes_whatever_the_hash_seed_and_file_order(tmp_path):
    """docs/ and the built site/ (the sitemap's dates aside), built in two processes with different
    PYTHONHASHSEED from seeds copied in opposite orders."""
    import os
    import shutil

    (tmp_path / "none").mkdir()
    trees = []
    for n, (seed, order) in enumerate((("1", sorted), ("2", lambda names: sorted(names, reverse=True)))):
        project = make_project(tmp_path / str(n), seeds=tmp_path / "none")
        for name in order(p.name for p in (ROOT / "seeds").iterdir()):
            shutil.copy2(ROOT / "seeds" / name, project / "seeds" / name)
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1767225600", "NO_MKDOCS_2_WARNING": "1"}
        done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
                              cwd=project, capture_output=True, text=True, timeout=300, env=env)
        assert done.returncode == 0, done.stderr[-2000:]
        trees.append({p.relative_to(project): p.read_bytes() for folder in ("docs", "site")
                      for p in (project / folder).rglob("*") if p.is_file() and not p.name.startswith("sitemap.xml")})
    first, second = trees
    assert sorted(first) == sorted(second)
    different = [str(path) for path in first if first[path] != second[path]]
    assert not different, different[:10]


def test_make_test_without_chromium_stops_with_the_command_that_installs_it():
    done = subprocess.run(["make", "-s", "test", "CHROMIUM=/nonexistent/chromium"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode != 0
    assert "apt-get install chromium" in done.stdout + done.stderr
