"""The whole generator as one straight function: seeds/ + briefing.yml -> docs/ pages.

ingest -> normalize -> segment -> classify -> cluster -> render -> write.
Everything is collected first, then clustered across all sources, then rendered.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .classify import classify_sentences
from .cluster import cluster_claims
from .config import EditorialConfig, load_config
from .dedupe import find_duplicates
from .ingest import InputError, list_seed_files, read_document
from .model import Briefing, CleanDocument, Claim, Problem, SentenceRef, Source, TopicBriefing
from .normalize import load_rules, normalize_document
from .render import Renderer
from .segment import assign_source_ids, segment_document
from .textutil import outlet_key_for
from .write import WriteReport, write_pages

PROGRESS_MIN_FILES = 50  #: show a progress bar on a terminal from this many seeds
MIN_ARTICLE_WORDS = 15  #: fewer words of running text than this is not an article


@dataclass(frozen=True)
class BuildResult:
    briefing: Briefing
    pages: dict[str, str]
    report: WriteReport | None
    seconds: float

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


def load_sources(seeds_dir: Path, config: EditorialConfig, progress: bool = False) -> tuple[list[Source], list[Problem]]:
    """Read, clean and segment every seed; bad inputs become problems, never exceptions."""
    paths, problems = list_seed_files(seeds_dir)
    rules = load_rules(config.furniture_patterns)
    docs: list[CleanDocument] = []
    for path in _progress(paths, progress):
        try:
            raw = read_document(path)
        except InputError as exc:
            problems.append(Problem(path.name, "error", str(exc)))
            continue
        except OSError as exc:
            problems.append(Problem(path.name, "error", f"cannot read file: {exc.strerror or exc}"))
            continue
        problems.extend(Problem(path.name, "warning", warning) for warning in raw.warnings)
        doc = normalize_document(raw, rules, config.source_meta.get(path.name))
        article_words = sum(len(b.text.split()) for b in doc.blocks if b.kind in ("paragraph", "item"))
        if article_words < MIN_ARTICLE_WORDS:
            problems.append(Problem(path.name, "error", f"no article text left after cleaning ({article_words} words)"))
            continue
        docs.append(doc)
    duplicates = find_duplicates(docs)
    for dup, (original, similarity) in sorted(duplicates.items()):
        how = "identical to" if similarity == 1.0 else f"a near copy ({similarity:.0%} the same) of"
        problems.append(Problem(docs[dup].file, "warning", f"{how} {docs[original].file}; kept once"))
    docs = [doc for i, doc in enumerate(docs) if i not in duplicates]
    ids = assign_source_ids(docs)
    return [segment_document(doc, sid) for doc, sid in zip(docs, ids)], problems


def sentence_refs(sources: list[Source]) -> list[SentenceRef]:
    return [
        SentenceRef(s.id, outlet_key_for(s.outlet, s.file), p.id, p.kind, sentence, bool(p.language))
        for s in sources for p in s.paragraphs for sentence in p.sentences
    ]


def assign_topics(claims: list[Claim], config: EditorialConfig) -> tuple[TopicBriefing, ...]:
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
    briefings = []
    for spec in config.topics:
        ranked = sorted(by_topic[spec.id], key=lambda rc: (-len(rc[1].outlets), -rc[0], rc[1].id))
        briefings.append(TopicBriefing(spec, tuple(claim for _, claim in ranked)))
    return tuple(briefings)


def build(seeds_dir: Path, config_path: Path, docs_dir: Path | None, progress: bool = False) -> BuildResult:
    """Run the whole generator. With docs_dir None nothing is written (used by `check`)."""
    started = time.perf_counter()
    config = load_config(config_path)
    sources, problems = load_sources(seeds_dir, config, progress)
    labelled = classify_sentences(sentence_refs(sources), config.topics, config.excluded_sentences)
    claims = cluster_claims(labelled, {s.id: s.flags for s in sources})
    briefing = Briefing(config.story, tuple(sources), assign_topics(claims, config), tuple(problems))
    pages = Renderer(briefing, labelled).render_all()
    report = write_pages(docs_dir, pages) if docs_dir is not None else None
    return BuildResult(briefing, pages, report, time.perf_counter() - started)


def _progress(paths: list[Path], enabled: bool):
    if not enabled or len(paths) < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return paths
    from tqdm import tqdm

    return tqdm(paths, desc="Reading seeds", unit="file", leave=False)
