"""The whole generator as one straight function: seeds/ + briefing.yml -> docs/ pages.

ingest -> normalize -> segment -> classify -> cluster -> render -> write.
Everything is collected first, then clustered across all sources, then rendered.
"""
from __future__ import annotations

import gc
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .classify import classify_sentences
from .cluster import cluster_claims
from .config import EditorialConfig, load_config
from .dedupe import find_duplicates
from .ingest import InputError, list_seed_files, read_document
from .disagree import detect_disagreements
from .entities import EntityMatcher
from .model import (Briefing, Citation, CleanDocument, Claim, Disagreement, LabelledSentence, Problem, Quote,
                    SentenceRef, Source, TopicBriefing)
from .quotes import find_quotes
from .normalize import load_rules, normalize_document
from .render import Renderer
from .segment import assign_source_ids, make_source, segment_blocks
from .textutil import outlet_key_for
from .write import WriteReport, write_pages

PROGRESS_MIN_FILES = 50  #: show a progress bar on a terminal from this many seeds
PARALLEL_MIN_FILES = 200  #: below this, starting worker processes costs more than it saves
MIN_ARTICLE_WORDS = 15  #: fewer words of running text than this is not an article


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


def _prepare(path: Path, rules, editor_meta: dict | None) -> tuple[CleanDocument | None, tuple, list[Problem]]:
    """One seed: read, clean and split into paragraphs. Runs in a worker process on big corpora."""
    try:
        raw = read_document(path)
    except InputError as exc:
        return None, (), [Problem(path.name, "error", str(exc))]
    except OSError as exc:
        return None, (), [Problem(path.name, "error", f"cannot read file: {exc.strerror or exc}")]
    problems = [Problem(path.name, "warning", warning) for warning in raw.warnings]
    doc = normalize_document(raw, rules, editor_meta)
    article_words = sum(len(b.text.split()) for b in doc.blocks if b.kind in ("paragraph", "item"))
    if article_words < MIN_ARTICLE_WORDS:
        problems.append(Problem(path.name, "error", f"no article text left after cleaning ({article_words} words)"))
        return None, (), problems
    return doc, segment_blocks(doc), problems


def read_and_clean(seeds_dir: Path, config: EditorialConfig, progress: bool = False
                   ) -> tuple[list[tuple[CleanDocument, tuple]], list[Problem]]:
    """Read, clean and segment every seed, in parallel on big corpora; bad inputs become problems."""
    paths, problems = list_seed_files(seeds_dir)
    rules = load_rules(config.furniture_patterns)
    metas = [config.source_meta.get(path.name) for path in paths]
    workers = min(os.cpu_count() or 1, 8)
    if len(paths) >= PARALLEL_MIN_FILES and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(_progress(pool.map(_prepare, paths, [rules] * len(paths), metas, chunksize=16),
                                     progress, len(paths)))
    else:
        results = [_prepare(path, rules, meta) for path, meta in _progress(zip(paths, metas), progress, len(paths))]
    docs = []
    for doc, paragraphs, found in results:  # in file order, whatever order the workers finished in
        problems.extend(found)
        if doc is not None:
            docs.append((doc, paragraphs))
    return docs, problems


def drop_duplicates(docs: list[tuple[CleanDocument, tuple]], problems: list[Problem]) -> list[tuple[CleanDocument, tuple]]:
    duplicates = find_duplicates([doc for doc, _ in docs])
    for dup, (original, similarity) in sorted(duplicates.items()):
        how = "identical to" if similarity == 1.0 else f"a near copy ({similarity:.0%} the same) of"
        problems.append(Problem(docs[dup][0].file, "warning", f"{how} {docs[original][0].file}; kept once"))
    return [pair for i, pair in enumerate(docs) if i not in duplicates]


def make_sources(docs: list[tuple[CleanDocument, tuple]]) -> list[Source]:
    ids = assign_source_ids([doc for doc, _ in docs])
    return [make_source(doc, sid, paragraphs) for (doc, paragraphs), sid in zip(docs, ids)]


def load_sources(seeds_dir: Path, config: EditorialConfig, progress: bool = False) -> tuple[list[Source], list[Problem]]:
    """Read, clean, deduplicate and segment every seed."""
    docs, problems = read_and_clean(seeds_dir, config, progress)
    return make_sources(drop_duplicates(docs, problems)), problems


def sentence_refs(sources: list[Source]) -> list[SentenceRef]:
    return [
        SentenceRef(s.id, outlet_key_for(s.outlet, s.file), p.id, p.kind, sentence, bool(p.language))
        for s in sources for p in s.paragraphs for sentence in p.sentences
    ]


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
    """The cyclic garbage collector rescans the whole heap as it grows: with the millions of small
    objects of a big corpus that made the build superlinear. The build makes no cycles worth
    collecting, so the collector waits until it is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(seeds_dir: Path, config_path: Path, docs_dir: Path | None, progress: bool = False) -> BuildResult:
    """Run the whole generator. With docs_dir None nothing is written (used by `check`)."""
    with _collector_paused():
        return _build(seeds_dir, config_path, docs_dir, progress)


def _build(seeds_dir: Path, config_path: Path, docs_dir: Path | None, progress: bool) -> BuildResult:
    started = time.perf_counter()
    clock = _Stopwatch()
    config = load_config(config_path)
    docs, problems = read_and_clean(seeds_dir, config, progress)
    clock.lap("read, clean, segment")
    docs = drop_duplicates(docs, problems)
    clock.lap("deduplicate")
    sources = make_sources(docs)
    refs = sentence_refs(sources)
    config = resolve_refs(config, sources, refs, problems)
    labelled = classify_sentences(refs, config.topics, config.excluded_sentences)
    clock.lap("classify")
    matcher = EntityMatcher(config.entities)
    claims = cluster_claims(labelled, {s.id: s.flags for s in sources}, canonical=matcher.canonicalize,
                            merges=config.merges, splits=config.splits)
    claims = apply_editing(claims, config)
    clock.lap("cluster")
    topics = brief_topics(assign_topics(claims, config), labelled, find_quotes(sources, matcher), config,
                          matcher.canonicalize)
    briefing = Briefing(config.story, tuple(sources), topics, tuple(problems), config.entities, config.glossary)
    clock.lap("brief")
    pages = Renderer(briefing, labelled).render_all()
    clock.lap("render")
    report = write_pages(docs_dir, pages) if docs_dir is not None else None
    clock.lap("write")
    return BuildResult(briefing, pages, report, time.perf_counter() - started, clock.stages)


def _progress(items, enabled: bool, total: int):
    if not enabled or total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="Reading seeds", unit="file", leave=False)
