"""The whole generator as one straight function: seeds/ + briefing.yml -> docs/ pages.

ingest -> normalize -> segment -> classify -> cluster -> render -> write.
Everything is collected first, then clustered across all sources, then rendered.
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

from .cluster import cluster_claims
from .config import EditorialConfig, load_config
from .disagree import detect_disagreements
from .entities import EntityMatcher
from .model import (Briefing, Citation, Claim, Disagreement, LabelledSentence, Problem, Quote, SentenceRef, Source,
                    TopicBriefing)
from .prepare import classify_all, cluster_features, drop_duplicates, make_sources, read_and_clean, sentence_refs
from .quotes import find_quotes
from .render import Renderer
from .write import WriteReport, write_pages

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
    known = {f"{r.source_id}#{r.sentence.id}" for r in refs}

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
        splits=frozenset(fix(r, "overrides.split") for r in sorted(config.splits)),
        contradictions=tuple(replace(c, sentences=tuple(fix(r, "overrides.contradictions") for r in c.sentences))
                             for c in config.contradictions),
    )


def apply_editing(claims: list[Claim], config: EditorialConfig) -> list[Claim]:
    """Pins and notes attach to the claim that holds the sentence the editors named."""
    pinned = set(config.pinned)
    edited = []
    for claim in claims:
        notes = [config.notes[m] for m in claim.members if m in config.notes]
        edited.append(replace(claim, pinned=bool(pinned & set(claim.members)), note=" ".join(notes)))
    return edited


def assign_topics(claims: list[Claim], config: EditorialConfig) -> dict[str, list[Claim]]:
    """A claim goes on its best topic, and on others only where it is squarely about them too."""
    min_score = {t.id: t.min_score for t in config.topics}
    by_topic: dict[str, list[tuple[float, Claim]]] = {t.id: [] for t in config.topics}
    for claim in claims:
        if not claim.topics:
            continue
        ratios = {lab.topic: lab.score / min_score[lab.topic] for lab in claim.topics}
        best = max(ratios.values())
        for topic_id, ratio in ratios.items():
            if ratio == best or ratio >= 2.0:
                by_topic[topic_id].append((ratio, claim))
    ranked = {}
    for spec in config.topics:
        order = sorted(by_topic[spec.id], key=lambda rc: (not rc[1].pinned, -len(rc[1].outlets), -rc[0], rc[1].id))
        ranked[spec.id] = [claim for _, claim in order]
    return ranked


def brief_topics(claims_by_topic: dict[str, list[Claim]], labelled: list[LabelledSentence], quotes: list[Quote],
                 config: EditorialConfig, canonical) -> tuple[TopicBriefing, ...]:
    """Add to each topic's claims its quotes, opinion and where its sources disagree."""
    quote_at = {f"{q.source_id}#{q.sentence_id}": q for q in quotes}
    briefings = []
    for spec in config.topics:
        claims = claims_by_topic[spec.id]
        member_keys = [m for c in claims for m in c.members]
        topic_quotes = tuple(quote_at[k] for k in member_keys if k in quote_at)
        opinions = tuple(
            Citation(ls.ref.source_id, ls.ref.paragraph_id, ls.ref.sentence.id, ls.ref.sentence.text)
            for ls in labelled
            if ls.reason == "first-person opinion" and any(lab.topic == spec.id for lab in ls.labels))
        claim_of = {m: c.id for c in claims for m in c.members}
        recorded = []
        for contradiction in config.contradictions:
            ids = tuple(dict.fromkeys(claim_of[r] for r in contradiction.sentences if r in claim_of))
            if len(ids) >= 2:
                recorded.append(Disagreement(ids, contradiction.note, detected=False))
        detected = [d for d in detect_disagreements(claims, canonical)
                    if not any(set(d.claim_ids) <= set(r.claim_ids) for r in recorded)]
        briefings.append(TopicBriefing(spec, tuple(claims), topic_quotes, tuple(recorded + detected), opinions))
    return tuple(briefings)


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
    labelled = classify_all(refs, config, pool)
    clock.lap("classify")
    matcher = EntityMatcher(config.entities)
    claims = cluster_claims(labelled, {s.id: s.flags for s in sources}, canonical=matcher.canonicalize,
                            merges=config.merges, splits=config.splits,
                            features=cluster_features(labelled, config, pool))
    claims = apply_editing(claims, config)
    clock.lap("cluster")
    topics = brief_topics(assign_topics(claims, config), labelled, find_quotes(sources, matcher), config,
                          matcher.canonicalize)
    briefing = Briefing(config.story, tuple(sources), topics, tuple(problems), config.entities, config.glossary)
    clock.lap("brief")
    pages = Renderer(briefing, labelled, site_url).render_all()
    clock.lap("render")
    report = write_pages(docs_dir, pages) if docs_dir is not None else None
    clock.lap("write")
    return BuildResult(briefing, pages, report, time.perf_counter() - started, clock.stages)
