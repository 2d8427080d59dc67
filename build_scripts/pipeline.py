"""The whole generator as one straight function: seeds/ + briefing.yml -> docs/ pages.

per document: ingest -> normalize -> segment; then across the corpus: judge (which sentences
may be points) -> topics (which question each answers) -> claims (which sentences state the same
thing) -> brief (pages composed); then render -> write.
"""
from __future__ import annotations

import gc
import os
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .brief import apply_editing, brief_topics, place_claims
from .claims import build_claims
from .clauses import without_titles
from .config import EditorialConfig, load_config
from .dates import publication_date
from .disagree import dating_disagreements
from .standing import in_force_disagreements
from .describe import account_for_unstated, describe_candidates, judge_all, labelled_sentences
from .embed import embed
from .entities import EntityMatcher
from .judge import CITES_ONLY
from .model import Briefing, Problem, SentenceRef, Source
from .prepare import drop_duplicates, make_sources, read_and_clean, sentence_refs
from .quotes import find_quotes, group_quotes
from .timeline import build_timeline
from .topics import labels_for, read_in_context, score_topics, with_neighbours
from .render import Renderer
from .sections import score_all_sections
from .textutil import outlet_key_for
from .write import MANIFEST, WriteReport, write_pages

PARALLEL_MIN_FILES = 200  #: below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class BuildResult:
    briefing: Briefing
    pages: dict[str, str]
    report: WriteReport | None
    seconds: float
    stages: dict[str, float] = field(default_factory=dict)  #: seconds per stage

    @property
    def claim_count(self) -> int:
        return len({c.id for t in self.briefing.topics for c in t.claims})

    def summary(self) -> str:
        problems = self.briefing.problems
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        changed = f", {len(self.report.written)} file(s) written" if self.report else ""
        return (f"Built {len(self.briefing.sources)} sources, {self.claim_count} claims, "
                f"{warnings} warning(s), {errors} error(s){changed} in {self.seconds:.2f} s")


def resolve_refs(config: EditorialConfig, sources: list[Source], refs: list[SentenceRef],
                 problems: list[Problem]) -> EditorialConfig:
    """Editors may name a sentence by seed file or by source id; turn all refs into source ids.

    A ref that matches no sentence is reported, so a typo in briefing.yml does not go unnoticed.
    """
    slug_of = {s.file: s.id for s in sources} | {s.id: s.id for s in sources}
    known = {r.key for r in refs}

    def fix(ref: str, where: str) -> str:
        source, _, sentence = ref.partition("#")
        resolved = f"{slug_of.get(source, source)}#{sentence}"
        if resolved not in known:
            problems.append(Problem("briefing.yml", "warning", f"{where}: no sentence '{ref}' in the sources"))
        return resolved

    return replace(
        config,
        excluded_sentences=frozenset(fix(r, "overrides.exclude") for r in sorted(config.excluded_sentences)),
        pinned=tuple(fix(r, "overrides.pin") for r in config.pinned),
        notes={fix(r, "overrides.notes"): note for r, note in config.notes.items()},
        merges=tuple(tuple(fix(r, "overrides.merge") for r in group) for group in config.merges),
        agreements=tuple(tuple(fix(r, "overrides.agree") for r in group) for group in config.agreements),
        splits=frozenset(fix(r, "overrides.split") for r in sorted(config.splits)),
        contradictions=tuple(replace(c, sentences=tuple(fix(r, "overrides.contradictions") for r in c.sentences))
                             for c in config.contradictions),
    )


class _Stopwatch:
    """Seconds spent per stage, in order, for the summary and the benchmark."""

    def __init__(self):
        self.stages: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages[stage] = self.stages.get(stage, 0.0) + now - self._last
        self._last = now


@contextmanager
def _collector_paused():
    """A full collection rescans every live object, and a big corpus keeps hundreds of thousands
    of small ones alive. The build makes no cycles worth collecting, so the collector waits
    until it is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for one setting; tags such as !ENV or !!python/name are ignored, never run."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _as_said(ref: SentenceRef, context: str) -> str:
    """What a sentence says, for comparing meanings: a list item with its lead-in; the titles it quotes
    are names, not meaning."""
    text = without_titles(ref.sentence.text)
    return f"{context} {text}" if ref.paragraph_kind == "item" and context else text


def site_url_of(mkdocs_yml: Path) -> str:
    """The site's public address from mkdocs.yml, for absolute links in the feed; '' if unknown."""
    try:
        data = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_AnyTagLoader)  # noqa: S506
    except (OSError, yaml.YAMLError):
        return ""
    value = data.get("site_url") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else ""


def build(seeds_dir: Path, config_path: Path, docs_dir: Path | None, progress: bool = False) -> BuildResult:
    """Run the whole generator. With docs_dir None nothing is written (used by `check`)."""
    config = load_config(config_path)  # a mistake here stops the build before any worker starts
    site_url = site_url_of(config_path.parent / "mkdocs.yml")
    big = seeds_dir.is_dir() and sum(1 for _ in seeds_dir.iterdir()) >= PARALLEL_MIN_FILES
    workers = min(os.cpu_count() or 1, 8)
    with _collector_paused():
        if big and workers > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                return _build(seeds_dir, config, docs_dir, progress, pool, site_url)
        return _build(seeds_dir, config, docs_dir, progress, None, site_url)


def _build(seeds_dir: Path, config: EditorialConfig, docs_dir: Path | None, progress: bool,
           pool: ProcessPoolExecutor | None, site_url: str) -> BuildResult:
    started = time.perf_counter()
    clock = _Stopwatch()
    docs, problems = read_and_clean(seeds_dir, config, progress, pool)
    clock.lap("read, clean, segment")
    docs = drop_duplicates(docs, problems)
    clock.lap("deduplicate")
    sources = make_sources(docs)
    refs = sentence_refs(sources)
    config = resolve_refs(config, sources, refs, problems)
    matcher = EntityMatcher(config.entities)
    verdicts = judge_all(sources, refs, matcher, config.excluded_sentences)
    clock.lap("judge")
    scored = [i for i, v in enumerate(verdicts) if not v.reason or v.reason in CITES_ONLY]
    said = [_as_said(refs[i], verdicts[i].context) for i in scored]
    vectors = embed(said)
    in_context = read_in_context(vectors, [refs[i] for i in scored], sources)
    scores = score_topics([refs[i].sentence.text for i in scored], in_context, config.topics,
                          [refs[i].previous for i in scored], [refs[i].speaker for i in scored])
    scores = with_neighbours(scores, [(refs[i].source_id, refs[i].section) for i in scored])
    labels = {refs[i].key: labels_for(scores.scores[row], scores.relevant[row],
                                                                       scores.cues[row], config.topics)
              for row, i in enumerate(scored)}
    labelled = labelled_sentences(refs, verdicts, labels)
    clock.lap("topics")
    flags = {s.id: s.flags for s in sources}
    # the writer's own view ("..., and I hope it passes") is a candidate too: it may cite what it also
    # reports, never be a point (describe marks it)
    published = {s.id: publication_date(s.meta["date"].value) for s in sources}
    candidates = describe_candidates([refs[i] for i in scored], [verdicts[i] for i in scored], matcher, flags,
                                     published)
    claims = build_claims(candidates, vectors, config.merges, config.splits)
    claims = apply_editing(place_claims(claims, scores, config), config)
    labelled = account_for_unstated(labelled, claims)
    clock.lap("claims")
    sectioned = score_all_sections(config.topics, claims, [refs[i] for i in scored], said, in_context, labels)
    clock.lap("sections")
    outlet_of = {s.id: outlet_key_for(s.counted_as, s.file) for s in sources}
    quotations = group_quotes(find_quotes(sources, matcher), outlet_of)
    timeline = build_timeline(labelled, claims, published, outlet_of)
    measures = next((t.id for t in config.topics if t.statuses), "")
    topics = brief_topics(claims, labelled, quotations, config, matcher.canonicalize, sectioned,
                          dating_disagreements(timeline, claims, outlet_of),
                          in_force_disagreements(labelled, claims, published, measures))
    briefing = Briefing(config.story, tuple(sources), topics, tuple(problems), config.entities, config.glossary,
                        timeline)
    clock.lap("brief")
    pages = Renderer(briefing, labelled, site_url).render_all()
    clock.lap("render")
    report = write_pages(docs_dir, pages) if docs_dir is not None else None
    if report and report.refused:  # a person's file where a page would go stays; say so
        briefing = replace(briefing, problems=briefing.problems + tuple(
            Problem(f"docs/{relative}", "error", f"not overwritten: the build did not write this file (it is not in "
                                                 f"docs/{MANIFEST}); move or rename it so the page can be generated")
            for relative in report.refused))
    clock.lap("write")
    return BuildResult(briefing, pages, report, time.perf_counter() - started, clock.stages)
