"""Cluster: labelled sentences from all sources -> Claims.

Sentences that say the same thing become one claim. Comparison is idf-weighted Dice
overlap of content-word stems. To stay fast at thousands of articles, a sentence is
only compared with earlier sentences that share one of its rarest stems (an inverted
index), never with every other sentence.
"""
from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field

from .model import Citation, Claim, LabelledSentence, TopicLabel
from .textutil import content_stems, words

SIMILARITY_THRESHOLD = 0.30  #: measured on paraphrase pairs: same-claim pairs score 0.30-0.45
KEY_STEMS = 6  #: how many of a sentence's rarest stems are used to find candidates
MAX_POSTING = 400  #: stems shared by more sentences than this are too common to find candidates with


@dataclass
class _Group:
    members: list[int] = field(default_factory=list)


def similarity(a: set[str], b: set[str], idf: dict[str, float]) -> float:
    """idf-weighted Dice coefficient of two stem sets, 0..1."""
    if not a or not b:
        return 0.0
    shared = sum(idf[s] for s in a & b)
    return 2 * shared / (sum(idf[s] for s in a) + sum(idf[s] for s in b))


def cluster_claims(labelled: list[LabelledSentence], flags_by_source: dict[str, tuple[str, ...]] | None = None,
                   threshold: float = SIMILARITY_THRESHOLD) -> list[Claim]:
    """Group eligible, topic-labelled sentences into claims. Deterministic for the same input."""
    flags_by_source = flags_by_source or {}
    items = [ls for ls in labelled if ls.eligible and ls.labels]
    stem_sets = [content_stems(ls.ref.sentence.text) for ls in items]
    df: dict[str, int] = defaultdict(int)
    for stem_set in stem_sets:
        for s in stem_set:
            df[s] += 1
    total = len(items)
    idf = {s: math.log((total + 1) / (n + 0.5)) for s, n in df.items()}

    group_of: list[int] = []
    groups: list[_Group] = []
    index: dict[str, list[int]] = defaultdict(list)
    for i, stem_set in enumerate(stem_sets):
        keys = sorted(stem_set, key=lambda s: (-idf[s], s))[:KEY_STEMS]
        best_group, best_sim = -1, threshold
        seen: set[int] = set()
        for key in keys:
            for j in index[key]:
                if j in seen:
                    continue
                seen.add(j)
                sim = similarity(stem_set, stem_sets[j], idf)
                if sim >= best_sim and (sim > best_sim or group_of[j] < best_group or best_group < 0):
                    best_group, best_sim = group_of[j], sim
        if best_group < 0:
            best_group = len(groups)
            groups.append(_Group())
        groups[best_group].members.append(i)
        group_of.append(best_group)
        for key in keys:
            if len(index[key]) < MAX_POSTING:
                index[key].append(i)

    claims = [_make_claim([items[m] for m in g.members], [stem_sets[m] for m in g.members], idf, flags_by_source)
              for g in groups]
    return sorted(claims, key=lambda c: c.id)


def _make_claim(members: list[LabelledSentence], member_stems: list[set[str]], idf: dict[str, float],
                flags_by_source: dict[str, tuple[str, ...]]) -> Claim:
    def clarity(k: int) -> tuple:
        ls = members[k]
        others = [similarity(member_stems[k], member_stems[o], idf) for o in range(len(members)) if o != k]
        centrality = sum(others) / len(others) if others else 0.0
        length = len(words(ls.ref.sentence.text))
        length_fit = 0.15 if 12 <= length <= 40 else 0.0
        flag_cost = 0.05 * len(flags_by_source.get(ls.ref.source_id, ()))
        return (round(centrality + length_fit - flag_cost, 6), ls.ref.source_id, ls.ref.sentence.id)

    order = sorted(range(len(members)), key=lambda k: (-clarity(k)[0], clarity(k)[1], clarity(k)[2]))
    representative = members[order[0]]

    citations: list[Citation] = []
    cited: set[tuple[str, str]] = set()
    for k in order:
        ref = members[k].ref
        if (ref.source_id, ref.paragraph_id) in cited:
            continue
        cited.add((ref.source_id, ref.paragraph_id))
        citations.append(Citation(ref.source_id, ref.paragraph_id, ref.sentence.id, ref.sentence.text))

    best: dict[str, TopicLabel] = {}
    for ls in members:
        for label in ls.labels:
            if label.topic not in best or label.score > best[label.topic].score:
                best[label.topic] = label
    topics = tuple(sorted(best.values(), key=lambda t: (-t.score, t.topic)))
    outlets = tuple(sorted({ls.ref.outlet_key for ls in members}))
    key = f"{representative.ref.source_id}#{representative.ref.sentence.id}"
    return Claim(
        id="c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8],
        text=representative.ref.sentence.text,
        topics=topics,
        citations=tuple(citations),
        outlets=outlets,
        score=topics[0].score if topics else 0.0,
    )
