"""Claims: candidate sentences from all sources -> Claims, each cited by the sentences that state it.

A claim is a *core*: a set of content words (stems, with entity aliases and synonyms folded)
that sentences state together. A sentence states a core when it carries most of the core's
weight (rare words weigh more), with the same figures and the same polarity: a denial never
states the accusation it denies. Cores come from two places: each sentence's own content,
and what two sentences from different outlets have in common (the common core of the same
report written two ways, with different details).

Cores are taken most-supported first (by the number of outlets whose sentences state them),
then the most informative. A core is skipped when it repeats one already taken (the same
point, or a vaguer version of it); a core that extends one already taken is kept only when
what it adds is substantive, so "the agency accused the federation" is one point cited by
every outlet, and "... at 14 training camps over three seasons" is a point of its own cited
by the outlets that add that detail. Each point's sentence is the one that states its core
with least else, so every citation under it states what it says.
"""
from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .model import Citation, Claim

MIN_WEIGHT = 0.25  #: a word every sentence shares still counts a little: the core is made of such words
MAX_POSTING = 400  #: a term in more sentences than this finds no comparisons (but counts when compared)
PAIR_SIMILARITY = 0.3  #: two sentences this alike may share a core worth a point
MIN_CORE_TERMS = 3  #: a shared core needs at least this many content words ...
MIN_CORE_SHARE = 0.4  #: ... and this share of the lighter sentence's weight
MEANING_WEIGHT = 0.4  #: how much similarity in meaning adds to (or takes from) the word evidence
MEANING_BASE = 0.45  #: the cosine similarity that neither helps nor hurts
ACT_MISMATCH = 0.15  #: taken off when both sentences name acts and none is shared
NEGATION_MISMATCH = 0.15  #: taken off when one says "not" and the other does not
STATES = 0.6  #: share of a core's weight a sentence must carry to state it
SAME_CORE = 0.85  #: a core carried this fully by one already taken adds nothing
PARAPHRASE = 0.68  #: sentences this alike in meaning (same figures, same polarity) say the same thing
EXTRA_COST = 0.5  #: how much a point's sentence loses for each unit of content beyond the core
DETAIL = 0.35  #: share of its weight a core must add to one already taken to be a point of its own
DETAIL_TERMS = 2  #: ... and at least this many specific words (or a new figure) ...
DETAIL_DF = 3  #: ... that at most this many sentences of the coverage use (or this share of them:)
DETAIL_DF_SHARE = 0.01


@dataclass(frozen=True)
class Candidate:
    """A sentence that may stand as a point, with what claims are compared on."""

    key: str  #: "<source id>#<sentence id>"
    source_id: str
    paragraph_id: str
    sentence_id: str
    outlet: str
    text: str
    context: str  #: shown with it: a list item's lead-in or the sentence it leans on
    terms: frozenset[str]  #: content stems, entity aliases and synonyms folded
    specific: frozenset[str]  #: the terms that carry specific information (names, uncommon words)
    acts: frozenset[int]  #: the kinds of saying or doing it names (data/acts.yml)
    figures: frozenset[str]
    denies: bool  #: it denies or rejects something (a denial never states the claim it denies)
    negated: bool  #: it says "not", "no", "never"
    quality: float  #: how good a point it makes on its own: self-contained, checkable, a good length


@dataclass(frozen=True)
class _Core:
    terms: frozenset[str]
    figures: frozenset[str]
    origin: tuple[int, ...]  #: the sentence(s) it was found in
    denies: bool


class _Corpus:
    """Term weights and an index of who uses which term, for finding the sentences that state a core."""

    def __init__(self, candidates: list[Candidate], vectors: np.ndarray):
        self.candidates, self.vectors = candidates, vectors
        df: dict[str, int] = defaultdict(int)
        for c in candidates:
            for t in c.terms:
                df[t] += 1
        n = len(candidates)
        self.df = df
        self.weight = {t: max(MIN_WEIGHT, math.log((n + 1) / (k + 0.5))) for t, k in df.items()}
        self.index: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(candidates):
            for t in c.terms:
                self.index[t].append(i)

    def mass(self, terms) -> float:
        return sum(self.weight[t] for t in terms)

    def stating(self, core: _Core) -> list[int]:
        """Sentences that carry at least STATES of the core's weight, with its figures and polarity."""
        total = self.mass(core.terms)
        if not total:
            return list(core.origin)
        # A sentence stating the core must hold one of the words that make up the rest of its weight.
        ordered = sorted(core.terms, key=lambda t: (-self.weight[t], t))
        needed, probe = (1 - STATES) * total, []
        for t in ordered:
            probe.append(t)
            needed -= self.weight[t]
            if needed < 0:
                break
        found = set(core.origin)
        for t in probe:
            for i in self.index[t]:
                if i in found:
                    continue
                c = self.candidates[i]
                if c.denies != core.denies or not core.figures <= c.figures:
                    continue
                if self.mass(core.terms & c.terms) / total >= STATES:
                    found.add(i)
        return sorted(found)


def build_claims(candidates: list[Candidate], vectors: np.ndarray, merges: tuple[tuple[str, ...], ...] = (),
                 splits: frozenset[str] = frozenset()) -> list[tuple[Claim, list[int]]]:
    """Claims with the candidate indexes that state each (its sentence first), in a stable order."""
    if not candidates:
        return []
    corpus = _Corpus(candidates, vectors)
    alone = {i for i, c in enumerate(candidates) if c.key in splits}
    cores = _candidate_cores(corpus, alone)
    chosen = _choose(cores, corpus, alone)
    chosen = _apply_merges(chosen, candidates, merges)
    claims = []
    for rep, cited in chosen:
        claims.append((_make_claim(candidates, rep, cited, corpus), [rep, *[i for i in cited if i != rep]]))
    return sorted(claims, key=lambda pair: pair[0].id)


def _candidate_cores(corpus: _Corpus, alone: set[int]) -> list[_Core]:
    """Every sentence's own content, and the common core of each pair of alike sentences from two outlets."""
    candidates = corpus.candidates
    cores = {c.terms: _Core(c.terms, c.figures, (i,), c.denies) for i, c in enumerate(candidates)}
    for i, j, similarity in _alike_pairs(corpus, alone):
        a, b = candidates[i], candidates[j]
        shared = a.terms & b.terms
        lighter = min(corpus.mass(a.terms), corpus.mass(b.terms))
        if len(shared) < MIN_CORE_TERMS or corpus.mass(shared) < MIN_CORE_SHARE * lighter:
            continue
        if shared not in cores:
            cores[shared] = _Core(shared, a.figures & b.figures, (i, j), a.denies)
    return list(cores.values())


def _alike_pairs(corpus: _Corpus, alone: set[int]):
    """Pairs of sentences from different outlets whose words and meaning say they may report the same thing."""
    candidates, weight = corpus.candidates, corpus.weight
    totals = [corpus.mass(c.terms) for c in candidates]
    for i, c in enumerate(candidates):
        if i in alone or not c.terms:
            continue
        others = {j for t in c.terms if len(corpus.index[t]) <= MAX_POSTING for j in corpus.index[t] if j > i}
        for j in sorted(others - alone):
            d = candidates[j]
            if d.outlet == c.outlet or d.denies != c.denies or (c.figures and d.figures and not c.figures & d.figures):
                continue
            score = 2 * sum(weight[t] for t in c.terms & d.terms) / (totals[i] + totals[j])
            score += MEANING_WEIGHT * (float(corpus.vectors[i] @ corpus.vectors[j]) - MEANING_BASE)
            if c.acts and d.acts and not c.acts & d.acts:
                score -= ACT_MISMATCH
            if c.negated != d.negated:
                score -= NEGATION_MISMATCH
            if score >= PAIR_SIMILARITY:
                yield i, j, score


def _choose(cores: list[_Core], corpus: _Corpus, alone: set[int]) -> list[tuple[int, list[int]]]:
    """Points as (sentence, sentences citing it): most-supported cores first, skipping repeats."""
    candidates = corpus.candidates
    stated = {}
    for core in cores:
        stating = [i for i in corpus.stating(core) if i not in alone or i in core.origin]
        stated[core.terms] = stating
    support = {core.terms: len({candidates[i].outlet for i in stated[core.terms]}) for core in cores}
    order = sorted(cores, key=lambda core: (-support[core.terms], round(corpus.mass(core.terms), 6),
                                            sorted(candidates[i].key for i in core.origin)))
    taken: list[tuple[_Core, int, list[int]]] = []
    reps: set[int] = set()
    for core in order:
        stating = stated[core.terms]
        if not stating:
            continue
        rep = _representative(core, stating, corpus)
        if rep in reps:  # this core is best said by a point already made: its sentences cite that point
            if not any(i in alone for i in core.origin):
                n = next(n for n, (_, r, _) in enumerate(taken) if r == rep)
                other, other_rep, other_stating = taken[n]
                taken[n] = (other, other_rep, sorted(set(other_stating) | set(stating)))
            continue
        if any(i in alone for i in core.origin):
            if len(core.origin) == 1:
                taken.append((core, rep, [rep]))
                reps.add(rep)
            continue
        same = _paraphrased(rep, core, taken, corpus)
        if same is not None:  # the same report in other words: its sentences cite the point already made
            other, other_rep, other_stating = taken[same]
            taken[same] = (other, other_rep, sorted(set(other_stating) | set(stating)))
            continue
        if not _worth_a_point(core, taken, corpus):
            continue
        taken.append((core, rep, stating))
        reps.add(rep)
    return [(rep, stating) for _, rep, stating in taken]


def _paraphrased(rep: int, core: _Core, taken: list[tuple[_Core, int, list[int]]], corpus: _Corpus) -> int | None:
    """The point already taken whose sentence says the same as this one in other words, if any."""
    candidate = corpus.candidates[rep]
    for n, (other, other_rep, _) in enumerate(taken):
        said = corpus.candidates[other_rep]
        if said.denies != candidate.denies or said.negated != candidate.negated or said.figures != candidate.figures:
            continue
        if float(corpus.vectors[rep] @ corpus.vectors[other_rep]) >= PARAPHRASE:
            return n
    return None


def _worth_a_point(core: _Core, taken: list[tuple[_Core, int, list[int]]], corpus: _Corpus) -> bool:
    """False when the core repeats a point already taken; true when it is new or adds a real detail to one."""
    total = corpus.mass(core.terms) or 1.0
    for other, _, _ in taken:
        inside = corpus.mass(core.terms & other.terms) / total
        if inside >= SAME_CORE and core.figures <= other.figures:
            return False  # the same as, or a vaguer version of, a point already made
        carried = corpus.mass(core.terms & other.terms) / (corpus.mass(other.terms) or 1.0)
        if carried >= STATES and not _adds_detail(core, other, corpus):
            return False  # it states the other point and adds nothing specific of its own
    return True


def _adds_detail(core: _Core, other: _Core, corpus: _Corpus) -> bool:
    """A new figure, or at least DETAIL_TERMS specific words that are rare in this coverage too."""
    if core.figures - other.figures:
        return True
    specific = set().union(*(corpus.candidates[i].specific for i in core.origin))
    rare = max(DETAIL_DF, DETAIL_DF_SHARE * len(corpus.candidates))
    extra = [t for t in core.terms - other.terms if t in specific and corpus.df[t] <= rare]
    total = corpus.mass(core.terms) or 1.0
    return len(extra) >= DETAIL_TERMS and corpus.mass(core.terms - other.terms) / total >= DETAIL


def _representative(core: _Core, stating: list[int], corpus: _Corpus) -> int:
    """The sentence that states the core with least else: the common core, not the longest version."""
    candidates = corpus.candidates
    total = corpus.mass(core.terms) or 1.0

    def fit(i: int) -> tuple:
        c = candidates[i]
        coverage = corpus.mass(core.terms & c.terms) / total
        extra = corpus.mass(c.terms - core.terms) / (corpus.mass(c.terms) or 1.0)
        return (-round(coverage - EXTRA_COST * extra + 0.2 * c.quality, 6), c.key)

    return min(stating, key=fit)


def _apply_merges(chosen: list[tuple[int, list[int]]], candidates: list[Candidate],
                  merges: tuple[tuple[str, ...], ...]) -> list[tuple[int, list[int]]]:
    """Editors' merges: the points holding these sentences become one, under the first's sentence."""
    if not merges:
        return chosen
    position = {c.key: i for i, c in enumerate(candidates)}
    result = list(chosen)
    for keys in merges:
        members = {position[k] for k in keys if k in position}
        hit = [n for n, (rep, cited) in enumerate(result) if members & set(cited)]
        if len(hit) < 2 and not members:
            continue
        first = hit[0] if hit else None
        cited = sorted(set().union(members, *(set(result[n][1]) for n in hit)))
        rep = result[first][0] if first is not None else min(members)
        result = [item for n, item in enumerate(result) if n not in hit] + [(rep, cited)]
    return result


def _make_claim(candidates: list[Candidate], rep: int, cited: list[int], corpus: _Corpus) -> Claim:
    representative = candidates[rep]
    ordered = [rep, *sorted((i for i in cited if i != rep), key=lambda i: (-candidates[i].quality, candidates[i].key))]
    citations: list[Citation] = []
    seen: set[tuple[str, str]] = set()
    for i in ordered:
        c = candidates[i]
        if (c.source_id, c.paragraph_id) in seen:
            continue
        seen.add((c.source_id, c.paragraph_id))
        citations.append(Citation(c.source_id, c.paragraph_id, c.sentence_id, c.text))
    informativeness = round(corpus.mass(representative.terms) + 2 * len(representative.figures), 3)
    return Claim(
        id="c-" + hashlib.sha1(representative.key.encode("utf-8")).hexdigest()[:8],
        text=representative.text,
        topics=(),
        citations=tuple(citations),
        outlets=tuple(sorted({candidates[i].outlet for i in ordered})),
        score=0.0,
        members=tuple(candidates[i].key for i in ordered),
        context=representative.context,
        informativeness=informativeness,
    )
