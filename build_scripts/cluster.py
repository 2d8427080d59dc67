"""Cluster: labelled sentences from all sources -> Claims.

Sentences that say the same thing become one claim. Comparison is idf-weighted Dice
overlap of content-word stems. To stay fast at thousands of articles, a sentence is
only compared with earlier sentences that share one of its rarest stems (an inverted
index), never with every other sentence.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .entities import EntityMatcher
from .model import Citation, Claim, Entity, LabelledSentence, TopicLabel
from .textutil import content_stems, figures_conflict, numbers_in, stem, words

SIMILARITY_THRESHOLD = 0.28  #: measured on the seeds: same-claim pairs score 0.28-0.45 with synonyms and entities
SYNONYMS_FILE = Path(__file__).parent / "data" / "synonyms.yml"
KEY_STEMS = 6  #: how many of a sentence's rarest stems are used to find candidate groups
MAX_POSTING = 200  #: stems shared by more groups than this are too common to find candidates with
PROBES = 4  #: a sentence is compared with this many members of each candidate group (its first ones)
CENTRALITY_SAMPLE = 12  #: members compared when choosing a claim's clearest sentence


# A sentence opening like this leans on the one before it, so it is a poor stand-alone claim.
_NEEDS_CONTEXT = re.compile(
    r"^(?:however|meanwhile|additionally|moreover|furthermore|also|therefore|thus|still|yet|instead|indeed|"
    r"first|second|third|finally|notably|recently|in (?:response|conclusion|addition|short)|as a result|"
    r"at the same time|on the (?:flip|other) side|from a [\w ]+ perspective|according to|this|these|that|"
    r"those|it|they|he|she|such)\b", re.IGNORECASE)


@dataclass
class _Group:
    members: list[int] = field(default_factory=list)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    groups = yaml.safe_load(SYNONYMS_FILE.read_text(encoding="utf-8")) or []
    return {stem(word): stem(group[0]) for group in groups for word in group}


def claim_features(text: str) -> set[str]:
    """Content stems with synonyms folded together: what two claims are compared on."""
    synonyms = _synonyms()
    return {synonyms.get(s, s) for s in content_stems(text)}


def similarity(a: set[str], b: set[str], idf: dict[str, float], weight_a: float | None = None,
               weight_b: float | None = None) -> float:
    """idf-weighted Dice coefficient of two stem sets, 0..1. Pass the sets' weights if known."""
    if not a or not b:
        return 0.0
    shared = sum(idf[s] for s in a & b)
    weight_a = sum(idf[s] for s in a) if weight_a is None else weight_a
    weight_b = sum(idf[s] for s in b) if weight_b is None else weight_b
    return 2 * shared / (weight_a + weight_b)


def sentence_key(ls: LabelledSentence) -> str:
    return f"{ls.ref.source_id}#{ls.ref.sentence.id}"


def sentence_features(texts: list[str], entities: tuple[Entity, ...]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(claim features, figures) per sentence: per-sentence work that can run in worker processes."""
    matcher = EntityMatcher(entities)
    return [(frozenset(claim_features(matcher.canonicalize(t))), frozenset(numbers_in(t))) for t in texts]


def cluster_claims(labelled: list[LabelledSentence], flags_by_source: dict[str, tuple[str, ...]] | None = None,
                   threshold: float = SIMILARITY_THRESHOLD, canonical: Callable[[str], str] | None = None,
                   merges: tuple[tuple[str, ...], ...] = (), splits: frozenset[str] = frozenset(),
                   features: dict[str, tuple[frozenset[str], frozenset[str]]] | None = None) -> list[Claim]:
    """Group eligible, topic-labelled sentences into claims. Deterministic for the same input.

    canonical rewrites a sentence before comparison (entity aliases -> one name); merges and
    splits are the editors' sentence keys that must share a claim or stand alone.
    """
    flags_by_source = flags_by_source or {}
    canonical = canonical or (lambda text: text)
    items = [ls for ls in labelled if ls.eligible and ls.labels]
    if features is None:
        stem_sets = [claim_features(canonical(ls.ref.sentence.text)) for ls in items]
        figures = [numbers_in(ls.ref.sentence.text) for ls in items]
    else:  # computed beforehand by sentence_features, keyed by sentence_key
        stem_sets = [features[sentence_key(ls)][0] for ls in items]
        figures = [features[sentence_key(ls)][1] for ls in items]
    df: dict[str, int] = defaultdict(int)
    for stem_set in stem_sets:
        for s in stem_set:
            df[s] += 1
    total = len(items)
    idf = {s: math.log((total + 1) / (n + 0.5)) for s, n in df.items()}
    weight = [sum(idf[s] for s in stem_set) for stem_set in stem_sets]

    group_of: list[int] = []
    groups: list[_Group] = []
    index: dict[str, list[int]] = defaultdict(list)  # rare stem -> groups holding it
    for i, stem_set in enumerate(stem_sets):
        if sentence_key(items[i]) in splits:
            group_of.append(len(groups))
            groups.append(_Group([i]))
            continue
        keys = sorted(stem_set, key=lambda s: (-idf[s], s))[:KEY_STEMS]
        best_group, best_sim = -1, threshold
        for g in sorted({g for key in keys for g in index[key]}):
            for j in groups[g].members[:PROBES]:
                if figures_conflict(figures[i], figures[j]):
                    continue  # "ten percent" and "twenty percent" are a disagreement, not one claim
                sim = similarity(stem_set, stem_sets[j], idf, weight[i], weight[j])
                if sim > best_sim or (sim == best_sim and best_group < 0):
                    best_group, best_sim = g, sim
        if best_group < 0:
            best_group = len(groups)
            groups.append(_Group())
        group = groups[best_group]
        group.members.append(i)
        group_of.append(best_group)
        if len(group.members) <= PROBES:  # its first members are what later sentences are compared with
            for key in keys:
                postings = index[key]
                if len(postings) < MAX_POSTING and (not postings or postings[-1] != best_group) \
                        and best_group not in postings:
                    postings.append(best_group)

    groups = _join_similar_groups(groups, stem_sets, figures, idf, threshold, frozenset(
        i for i, ls in enumerate(items) if sentence_key(ls) in splits))
    group_of = [0] * len(items)
    for g, group in enumerate(groups):
        for member in group.members:
            group_of[member] = g
    groups = _apply_merges(groups, group_of, {sentence_key(ls): i for i, ls in enumerate(items)}, merges)
    claims = [_make_claim([items[m] for m in g.members], [stem_sets[m] for m in g.members], idf, flags_by_source)
              for g in groups]
    return sorted(claims, key=lambda c: c.id)


def _join_similar_groups(groups: list[_Group], stem_sets: list[set[str]], figures: list[set[str]],
                         idf: dict[str, float], threshold: float, alone: frozenset[int]) -> list[_Group]:
    """Second pass: join groups whose members are, on average, as alike as one claim's.

    The first pass is order-dependent (a sentence joins the best group seen so far), so
    one claim can end up in two groups. Groups are compared by average linkage, and only
    with groups that share one of their rarest stems.
    """
    index: dict[str, list[int]] = defaultdict(list)
    keys_of = []
    for g, group in enumerate(groups):
        stems_of_group = set().union(*(stem_sets[m] for m in group.members[:PROBES]))
        keys = sorted(stems_of_group, key=lambda s: (-idf[s], s))[:KEY_STEMS * 2]
        keys_of.append(keys)
        for key in keys:
            if len(index[key]) < MAX_POSTING:
                index[key].append(g)
    members = [list(group.members) for group in groups]
    absorbed: dict[int, int] = {}
    for g in range(len(groups)):
        if g in absorbed or any(m in alone for m in members[g]):
            continue
        candidates = sorted({h for key in keys_of[g] for h in index[key] if h > g and h not in absorbed})
        for h in candidates:
            sample_g, sample_h = members[g][:PROBES], members[h][:PROBES]
            if any(m in alone for m in members[h]) or any(
                    figures_conflict(figures[a], figures[b]) for a in sample_g for b in sample_h):
                continue
            pairs = [similarity(stem_sets[a], stem_sets[b], idf) for a in sample_g for b in sample_h]
            if sum(pairs) / len(pairs) >= threshold:
                members[g].extend(members[h])
                absorbed[h] = g
    return [_Group(sorted(m)) for g, m in enumerate(members) if g not in absorbed]


def _apply_merges(groups: list[_Group], group_of: list[int], position: dict[str, int],
                  merges: tuple[tuple[str, ...], ...]) -> list[_Group]:
    """Join the groups holding sentences the editors say state the same claim."""
    parent = list(range(len(groups)))

    def root(g: int) -> int:
        while parent[g] != g:
            g = parent[g]
        return g

    for keys in merges:
        found = sorted(root(group_of[position[k]]) for k in keys if k in position)
        for other in found[1:]:
            parent[other] = found[0]
    joined: dict[int, _Group] = {}
    for g, group in enumerate(groups):
        joined.setdefault(root(g), _Group()).members.extend(group.members)
    return [_Group(sorted(group.members)) for _, group in sorted(joined.items())]


def _make_claim(members: list[LabelledSentence], member_stems: list[set[str]], idf: dict[str, float],
                flags_by_source: dict[str, tuple[str, ...]]) -> Claim:
    def clarity(k: int) -> tuple:
        ls = members[k]
        others = [similarity(member_stems[k], member_stems[o], idf)
                  for o in range(min(len(members), CENTRALITY_SAMPLE)) if o != k]
        centrality = sum(others) / len(others) if others else 0.0
        length = len(words(ls.ref.sentence.text))
        length_fit = 0.15 if 12 <= length <= 40 else 0.0
        flag_cost = 0.05 * len(flags_by_source.get(ls.ref.source_id, ()))
        context_cost = 0.15 if _NEEDS_CONTEXT.match(ls.ref.sentence.text) else 0.0
        score = centrality + length_fit - flag_cost - context_cost
        return (round(score, 6), ls.ref.source_id, ls.ref.sentence.id)

    scores = {k: clarity(k) for k in range(len(members))}
    order = sorted(range(len(members)), key=lambda k: (-scores[k][0], scores[k][1], scores[k][2]))
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
        members=tuple(sentence_key(members[k]) for k in order),
    )
