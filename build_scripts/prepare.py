"""Prepare: seeds/ -> Sources, the per-document part of the build.

Each seed is read, cleaned, split into paragraphs and sketched for duplicate detection
independently of the others, so on big corpora this runs in worker processes. Then
duplicates are dropped and each source gets its id, and every sentence is located with
the sentence before it and, in a list, its lead-in.
"""
from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .config import EditorialConfig
from .dedupe import find_duplicates, shingles, sketch
from .ingest import InputError, list_seed_files, read_document
from .limits import MAX_PARAGRAPH_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCES
from .judge import ENUMERATION_GOES_ON, ENUMERATION_OPENS
from .model import CleanDocument, Paragraph, Problem, SentenceRef, Source
from .normalize import load_rules, normalize_document
from .segment import assign_source_ids, make_source, segment_blocks
from .speakers import organisation_voice, says_we, transcript_speakers
from .textutil import outlet_key_for, slugify

PROGRESS_MIN_FILES = 50  #: show a progress bar on a terminal from this many seeds
MIN_ARTICLE_WORDS = 15  #: fewer words of running text than this is not an article


@dataclass(frozen=True)
class Prepared:
    """One seed after the per-document work: cleaned, split into paragraphs, sketched for dedupe."""

    doc: CleanDocument
    paragraphs: tuple[Paragraph, ...]
    sketch: tuple[int, ...]


def prepare_document(path: Path, rules, editor_meta: dict | None) -> tuple[Prepared | None, list[Problem]]:
    """One seed: read, clean, segment, sketch. Bad input becomes a problem, never an exception."""
    try:
        raw = read_document(path)
    except InputError as exc:
        return None, [Problem(path.name, "error", str(exc))]
    except OSError as exc:
        return None, [Problem(path.name, "error", f"cannot read file: {exc.strerror or exc}")]
    problems = [Problem(path.name, "warning", warning) for warning in raw.warnings]
    try:
        doc = normalize_document(raw, rules, editor_meta)
    except Exception as exc:  # noqa: BLE001 - text no rule foresaw must not stop the other seeds building
        return None, problems + [Problem(path.name, "error", f"could not be cleaned ({type(exc).__name__}: {exc}); "
                                                             "left out of the briefing")]
    article_words = sum(len(b.text.split()) for b in doc.blocks if b.kind in ("paragraph", "item"))
    if article_words < MIN_ARTICLE_WORDS:
        problems.append(Problem(path.name, "error", f"no article text left after cleaning ({article_words} words)"))
        return None, problems
    paragraphs = segment_blocks(doc)
    too_big = over_limits(paragraphs)
    if too_big:
        return None, problems + [Problem(path.name, "error", too_big)]
    return Prepared(doc, paragraphs, sketch(shingles(doc))), problems


def over_limits(paragraphs: tuple[Paragraph, ...]) -> str:
    """Which limit on the cleaned article's size it is over ("" for none): every later stage reads
    each sentence several times, so these bound the build's time."""
    sentences = [s for p in paragraphs for s in p.sentences]
    if len(sentences) > MAX_SENTENCES:
        return f"the cleaned article has {len(sentences):,} sentences, over the limit of {MAX_SENTENCES:,} for one article"
    for paragraph in paragraphs:
        if len(paragraph.text) > MAX_PARAGRAPH_CHARS:
            return (f"the cleaned article has a paragraph of {len(paragraph.text):,} characters ('{paragraph.text[:40]}...'), over the "
                    f"limit of {MAX_PARAGRAPH_CHARS:,}")
    for sentence in sentences:
        if len(sentence.text) > MAX_SENTENCE_CHARS:
            return (f"the cleaned article has a sentence of {len(sentence.text):,} characters ('{sentence.text[:40]}...'), over the "
                    f"limit of {MAX_SENTENCE_CHARS:,}")
    return ""


def read_and_clean(seeds_dir: Path, config: EditorialConfig, progress: bool = False,
                   pool: ProcessPoolExecutor | None = None) -> tuple[list[Prepared], list[Problem]]:
    """Every seed prepared, in file order; in parallel when given a pool."""
    paths, problems = list_seed_files(seeds_dir)
    rules = load_rules(config.furniture_patterns)
    metas = [config.source_meta.get(path.name) for path in paths]
    if pool is not None:
        results = list(_progress(pool.map(prepare_document, paths, [rules] * len(paths), metas, chunksize=16),
                                 progress, len(paths)))
    else:
        results = [prepare_document(path, rules, meta)
                   for path, meta in _progress(zip(paths, metas), progress, len(paths))]
    prepared = []
    for item, found in results:  # in file order, whatever order the workers finished in
        problems.extend(found)
        if item is not None:
            prepared.append(item)
    return prepared, problems


def drop_duplicates(docs: list[Prepared], problems: list[Problem]) -> list[Prepared]:
    duplicates = find_duplicates([p.doc for p in docs], [p.sketch for p in docs])
    for dup, (original, similarity) in sorted(duplicates.items()):
        how = "identical to" if similarity == 1.0 else f"a near copy ({similarity:.0%} the same) of"
        problems.append(Problem(docs[dup].doc.file, "warning", f"{how} {docs[original].doc.file}; kept once"))
    return [p for i, p in enumerate(docs) if i not in duplicates]


def make_sources(docs: list[Prepared]) -> list[Source]:
    ids = assign_source_ids([p.doc for p in docs])
    return confirmed_credits([make_source(p.doc, sid, p.paragraphs) for p, sid in zip(docs, ids)])


def confirmed_credits(sources: list[Source]) -> list[Source]:
    """A byline's credit ("By Ada Lorne, Harbour Wire") counts only when the coverage confirms it is an
    outlet: another source is that outlet, or credits it too. What follows the names may also be
    where the writer filed from ("By Ada Lorne, Hong Kong")."""
    outlets = Counter(slugify(s.outlet) for s in sources if s.outlet)
    credits = Counter(slugify(s.meta["credit"].value) for s in sources if "credit" in s.meta)
    confirmed = []
    for source in sources:
        credit = slugify(source.meta["credit"].value) if "credit" in source.meta else ""
        own = slugify(source.outlet) == credit
        if credit and not (outlets[credit] - own or credits[credit] > 1):
            source = replace(source, meta={k: v for k, v in source.meta.items() if k != "credit"})
        confirmed.append(source)
    return confirmed


def load_sources(seeds_dir: Path, config: EditorialConfig, progress: bool = False) -> tuple[list[Source], list[Problem]]:
    """Read, clean, deduplicate and segment every seed (no workers: for tools and tests)."""
    docs, problems = read_and_clean(seeds_dir, config, progress)
    return make_sources(drop_duplicates(docs, problems)), problems


def sentence_refs(sources: list[Source]) -> list[SentenceRef]:
    """Every sentence located in its source, with the sentence before it and, in a list, the lead-in."""
    refs = []
    for source in sources:
        outlet = outlet_key_for(source.counted_as, source.file)
        previous = lead_in = section = previous_kind = introduced_by = ""
        speakers = dict(zip((p.id for p in source.paragraphs),
                            transcript_speakers([p.text if p.kind == "paragraph" else "" for p in source.paragraphs])))
        voice = organisation_voice([s.text for p in source.paragraphs if p.kind in ("paragraph", "item")
                                    for s in p.sentences], source.outlet)
        for paragraph in source.paragraphs:
            if paragraph.kind == "heading":
                previous = lead_in = introduced_by = ""  # a new section does not lean on the last one
                section = paragraph.text
            elif paragraph.kind != "item":
                if lead_in and previous_kind == "item":
                    # "Despite these efforts, ..." after a list leans on the whole list, which its
                    # lead-in names ("These measures include:"), not on the list's last item
                    previous = lead_in
                # "The government signalled ... Potential actions could include:" introduces the items below
                lead_in = paragraph.text if paragraph.text.rstrip().endswith(":") else ""
            previous_kind = paragraph.kind
            for sentence in paragraph.sentences:
                if ENUMERATION_OPENS.match(sentence.text):
                    introduced_by = previous
                elif ENUMERATION_GOES_ON.match(sentence.text) and introduced_by:
                    # "Second, the debate is another focal point": the second of what the sentence before
                    # "First, ..." announced, not a sequel to the sentence just before it
                    previous = introduced_by
                refs.append(SentenceRef(source.id, outlet, paragraph.id, paragraph.kind, sentence,
                                        bool(paragraph.language), previous,
                                        lead_in if paragraph.kind == "item" else "",
                                        section if paragraph.kind != "heading" else "",
                                        speakers[paragraph.id] or (voice if voice and says_we(sentence.text) else "")))
                if paragraph.kind != "heading":
                    previous = sentence.text
    return refs


def _progress(items, enabled: bool, total: int):
    if not enabled or total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="Reading seeds", unit="file", leave=False)
