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

from .entities import is_entity_token
from .judge import judgement_stems
from .model import Citation, Claim
from .textutil import WEEKDAYS, stem

MIN_WEIGHT = 0.25  #: a word every sentence shares still counts a little: the core is made of such words
MAX_POSTING = 400  #: a term in more sentences than this finds no comparisons (but counts when compared)
PAIR_SIMILARITY = 0.3  #: two sentences this alike may share a core worth a point
CONTAINMENT = 0.5  #: weight of "the lighter sentence is inside the other" next to plain overlap
PAIRS_PER_TYPE = 12  #: a sentence's common cores are looked for with its most alike partners only
MIN_CORE_TERMS = 3  #: a shared core needs at least this many content words ...
MIN_CORE_SHARE = 0.4  #: ... and this share of the lighter sentence's weight
MEANING_WEIGHT = 0.4  #: how much similarity in meaning adds to (or takes from) the word evidence
MEANING_BASE = 0.45  #: the cosine similarity that neither helps nor hurts
ACT_MISMATCH = 0.15  #: taken off when both sentences name acts and none is shared
NEGATION_MISMATCH = 0.15  #: taken off when one says "not" and the other does not
STATES = 0.6  #: share of a core's weight a sentence must carry to state it
SAME_CORE = 0.85  #: a core carried this fully by one already taken adds nothing
PREDICATE_STATES = 0.5  #: ... and this share of what the core says beyond the names in it
PARAPHRASE = 0.68  #: sentences this alike in meaning (same figures, same polarity) say the same thing
CORROBORATED_PARAPHRASE = 0.55  #: ... or this alike when several outlets make each: two wordings of the
#: story's main reports, each corroborated, are one report, while a single outlet's detail needs the closer match
COUNT_PARAPHRASE = 0.2  #: ... or this alike when every figure they give is the same count
COUNT_LENGTHS = 0.5  #: ... and neither has more than twice the other's content words
EXTRA_COST = 0.5  #: how much a point's sentence loses for the share of its words beyond the core
REP_CHOICES = 4  #: a point's sentence is chosen from this many best-fitting ones, by the outlets they keep
DETAIL = 0.35  #: share of its weight a core must add to one already taken to be a point of its own
DETAIL_TERMS = 2  #: ... and at least this many specific words (or a new figure) ...
DETAIL_DF = 3  #: ... that at most this many sentences of the coverage use (or this share of them:)
DETAIL_DF_SHARE = 0.01
CO_STATED = 0.7  #: share of their sentences two cores must share to be one report
CO_STATED_MIN = 3  #: ... when the new one is stated by at least this many sentence types
CITES_MEANING = 0.35  #: a citing sentence at least this alike in meaning to the point's sentence
OPINION_CITES_MEANING = 0.5  #: ... and this alike when it is the writer's own view, which says more besides
CITES_SENTENCE = 0.3  #: share of the point's sentence (its main clause) a citing sentence must carry
CITES_DETAIL = 0.5  #: share of the point's own detail a citing sentence must carry too
REP_CITES = 0.5  #: share of a point's sentence that another point's sentence must carry to cite it as well
_WEEKDAYS = frozenset(stem(day.lower()) for day in WEEKDAYS)


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
    background: frozenset[str] = frozenset()  #: terms only in its background clauses ("days after X accused Y")
    denial_aside: bool = False  #: an aside reports the denial of what it says: "X accused Y, a charge Y dismissed"
    negation_aside: bool = False  #: it says "not" only in a trailing reason or concession ("..., though the memo
    #: names no company"): its main clause states a plain claim too
    opinion: bool = False  #: from an opinion piece: it may cite a point, but words one only when nothing else does
    list_key: str = ""  #: for a list item: its source and lead-in; the items of one list are distinct points
    cites_only: bool = False  #: the writer's own view ("..., and I hope it passes"): it may cite a point, never be one
    quantities: frozenset[str] = frozenset()  #: its figures that count or measure something (not dates, not
    #: "41st", not "V4"): two outlets giving the same count report the same thing in whatever words
    dates: frozenset[str] = frozenset()  #: its figures that are parts of dates ("22" in "on April 22")
    voices: tuple[tuple[int, ...], ...] = ()  #: the editors' entities it names as saying what it reports, each
    #: with what it is part of: "the embassy's spokesman said X" does not state "the ministry's spokesman said X"


@dataclass(frozen=True)
class _Core:
    terms: frozenset[str]
    figures: frozenset[str]
    origin: tuple[int, ...]  #: the sentence type(s) it was found in
    denies: bool
    negated: bool = False  #: every sentence it was found in says "not", "no", "absence of" ...
    dates: frozenset[str] = frozenset()  #: which of its figures are parts of dates


@dataclass
class _Type:
    """Sentences with the same content words, figures and polarity say the same thing: compared once."""

    members: list[int]  #: candidate indexes
    outlets: frozenset[str]
    sample: Candidate  #: its best-written member, which stands for it


class _Corpus:
    """Sentence types, term weights, and an index of who uses which term."""

    def __init__(self, candidates: list[Candidate], vectors: np.ndarray, splits: frozenset[str]):
        self.candidates = candidates
        by_signature: dict[tuple, list[int]] = defaultdict(list)
        for i, c in enumerate(candidates):
            alone = c.key if c.key in splits else ""  # editors' splits never share a type
            by_signature[(c.terms, c.figures, c.denies, c.negated, c.cites_only, alone)].append(i)
        self.types: list[_Type] = []
        self.alone: set[int] = set()
        self.cites_only: set[int] = set()  #: types that may cite a point but never be one, nor make one
        for signature, members in by_signature.items():
            sample = min(members, key=lambda i: (-candidates[i].quality, candidates[i].key))
            if signature[-1]:
                self.alone.add(len(self.types))
            if candidates[sample].cites_only:
                self.cites_only.add(len(self.types))
            self.types.append(_Type(members, frozenset(candidates[i].outlet for i in members), candidates[sample]))
        self.vectors = vectors[[min(t.members, key=lambda i: (-candidates[i].quality, candidates[i].key))
                                for t in self.types]] if self.types else vectors
        df: dict[str, int] = defaultdict(int)
        for t in self.types:
            for term in t.sample.terms:
                df[term] += 1
        n = len(self.types)
        self.df = df
        self.weight = {t: max(MIN_WEIGHT, math.log((n + 1) / (k + 0.5))) for t, k in df.items()}
        self.index: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(self.types):
            for term in t.sample.terms:
                self.index[term].append(i)
        self._masses: dict[frozenset[str], float] = {}
        self.totals = [self.whole_mass(t.sample.terms) for t in self.types]

    def mass(self, terms) -> float:
        return sum(self.weight[t] for t in terms)

    def whole_mass(self, terms: frozenset[str]) -> float:
        """mass() of a core's or a sentence's terms, which are weighed again and again: read once."""
        found = self._masses.get(terms)
        if found is None:
            found = self._masses[terms] = self.mass(terms)
        return found

    def share(self, terms, carrier) -> float:
        """How much of these terms' weight the carrier's terms hold (0 for no terms)."""
        return self.mass(terms & carrier) / (self.whole_mass(terms) or 1.0)

    def stating(self, core: _Core) -> list[int]:
        """Types that carry at least STATES of the core's weight, with its figures and polarity."""
        total = self.whole_mass(core.terms)
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
            if len(self.index[t]) > MAX_POSTING:
                continue  # as for pairs: a word this many sentences use finds none (and bounds the time)
            for i in self.index[t]:
                if i in found or i in self.alone:
                    continue
                c = self.types[i].sample
                if c.denies != core.denies or not _gives(core.figures, core.dates, c) \
                        or not _same_polarity(c, core.negated):
                    continue
                if self.share(core.terms, c.terms) >= STATES and self._says_what(core, c):
                    found.add(i)
        return sorted(found)

    def _says_what(self, core: _Core, c: Candidate) -> bool:
        """Names are who a claim is about; what it says of them is the rest: "the three firms did
        not respond" is not stated by every sentence that names the three firms."""
        predicate = frozenset(t for t in core.terms if not is_entity_token(t))
        return not predicate or self.share(predicate, c.terms) >= PREDICATE_STATES


def build_claims(candidates: list[Candidate], vectors: np.ndarray, merges: tuple[tuple[str, ...], ...] = (),
                 splits: frozenset[str] = frozenset()) -> list[tuple[Claim, list[int]]]:
    """Claims with the candidate indexes that state each (its sentence first), in a stable order."""
    if not candidates:
        return []
    corpus = _Corpus(candidates, vectors, splits)
    cores = _candidate_cores(corpus)
    points = _choose(cores, corpus)
    citing = _keep_every_sentence([_stating_what_it_says(core, rep, stating, corpus) for core, rep, stating in points],
                                  [stating for _, _, stating in points], [rep for _, rep, _ in points], corpus)
    joined = _joins_others(points, citing, corpus)
    points = [p for n, p in enumerate(points) if n not in joined]
    citing = [c for n, c in enumerate(citing) if n not in joined]
    chosen = []
    for (_, rep, _), stating in zip(points, citing):
        cited = sorted({m for t in stating for m in corpus.types[t].members})
        chosen.append((_best_member(corpus.types[rep], candidates), cited))
    chosen = _apply_merges(chosen, candidates, merges)
    claims = []
    for rep, cited in chosen:
        claims.append((_make_claim(candidates, rep, cited, corpus), [rep, *[i for i in cited if i != rep]]))
    return sorted(claims, key=lambda pair: pair[0].id)


def _best_member(sentence_type: _Type, candidates: list[Candidate]) -> int:
    return min(sentence_type.members, key=lambda i: (-candidates[i].quality, candidates[i].key))


def _candidate_cores(corpus: _Corpus) -> list[_Core]:
    """Every sentence type's own content, and the common core of alike sentences from two outlets."""
    cores = {t.sample.terms: _Core(t.sample.terms, t.sample.figures, (i,), t.sample.denies, t.sample.negated,
                                   t.sample.dates)
             for i, t in enumerate(corpus.types) if i not in corpus.alone and i not in corpus.cites_only}
    splits = [_Core(corpus.types[i].sample.terms, corpus.types[i].sample.figures, (i,), corpus.types[i].sample.denies,
                    corpus.types[i].sample.negated, corpus.types[i].sample.dates) for i in sorted(corpus.alone)]
    for i, j in _alike_pairs(corpus):
        a, b = corpus.types[i].sample, corpus.types[j].sample
        shared = a.terms & b.terms
        lighter = min(corpus.totals[i], corpus.totals[j])
        if len(shared) < MIN_CORE_TERMS or corpus.mass(shared) < MIN_CORE_SHARE * lighter:
            continue
        if not (_same_polarity(a, b.negated) or _same_polarity(b, a.negated)):
            continue  # "Commerce is reviewing firms for the list" and "Commerce has not added any": no common claim
        if shared not in cores:
            cores[shared] = _Core(shared, a.figures & b.figures, (i, j), a.denies, a.negated and b.negated,
                                  a.dates & b.dates)
    return list(cores.values()) + splits


def _alike_pairs(corpus: _Corpus):
    """Pairs of sentence types from different outlets whose words and meaning say they may report the
    same thing; each type keeps its PAIRS_PER_TYPE most alike partners."""
    types, weight, totals = corpus.types, corpus.weight, corpus.totals
    best_possible = MEANING_WEIGHT * (1 - MEANING_BASE)
    for i, ti in enumerate(types):
        c = ti.sample
        if i in corpus.alone or i in corpus.cites_only or not c.terms:
            continue
        shared: dict[int, float] = defaultdict(float)  # accumulate shared weight through the index
        for term in c.terms:
            postings = corpus.index[term]
            if len(postings) <= MAX_POSTING:
                for j in postings:
                    if j > i:
                        shared[j] += weight[term]
        scored = []
        for j, common in shared.items():
            if common / min(totals[i], totals[j]) + best_possible < PAIR_SIMILARITY or j in corpus.alone \
                    or j in corpus.cites_only:
                continue
            d = types[j].sample
            if not (ti.outlets ^ types[j].outlets) or d.denies != c.denies or (
                    c.figures and d.figures and not c.figures & d.figures):
                continue
            common = corpus.mass(c.terms & d.terms)
            # how much they share, and how much of the lighter one the other holds: a short sentence
            # that states the core of a long one shares little of it but is wholly inside it
            score = (1 - CONTAINMENT) * 2 * common / (totals[i] + totals[j]) + CONTAINMENT * common / min(
                totals[i], totals[j])
            score += MEANING_WEIGHT * (float(corpus.vectors[i] @ corpus.vectors[j]) - MEANING_BASE)
            if c.acts and d.acts and not c.acts & d.acts:
                score -= ACT_MISMATCH
            if not (_same_polarity(c, d.negated) or _same_polarity(d, c.negated)):
                score -= NEGATION_MISMATCH
            if score >= PAIR_SIMILARITY:
                scored.append((-round(score, 6), j))
        for _, j in sorted(scored)[:PAIRS_PER_TYPE]:
            yield i, j


def _gives(figures: frozenset[str], dates: frozenset[str], c: Candidate) -> bool:
    """Whether the sentence gives these figures: a sentence that dates nothing may state a dated report
    ("accused ... on Tuesday" / "has accused ..."), one that gives another date may not."""
    return figures <= c.figures or (not c.dates and figures - dates <= c.figures)


def _same_polarity(c: Candidate, negated: bool) -> bool:
    """Whether the sentence may state a core that says "not" (or does not): a sentence whose "not" is only
    in a trailing reason or concession also states the plain claim of its main clause."""
    return c.negated == negated or (c.negation_aside and not negated)


def _choose(cores: list[_Core], corpus: _Corpus) -> list[tuple[int, list[int]]]:
    """Points as (type, types citing it): most-supported cores first, skipping repeats."""
    types = corpus.types
    stated = {core: corpus.stating(core) for core in cores}
    support = {core: _outlets(stated[core], corpus) for core in cores}
    order = sorted(cores, key=lambda core: (-support[core], round(corpus.mass(core.terms), 6),
                                            sorted(types[i].sample.key for i in core.origin)))
    taken: list[list] = []  # [core, rep, stating types, every core it states]
    point_of_rep: dict[int, int] = {}
    taken_index: dict[str, set[int]] = defaultdict(set)  # term -> taken points whose core or sentence has it
    for core in order:
        if any(i in corpus.alone for i in core.origin):  # editors' splits: a point of its own, cited by itself
            if len(core.origin) == 1:
                _take(taken, taken_index, point_of_rep, core, core.origin[0], [core.origin[0]], corpus)
            continue
        stating = stated[core]
        if not stating:
            continue
        rep = _representative(core, stating, corpus)
        if rep in point_of_rep:  # this core is best said by a point already made: its sentences cite that point
            _merge(taken, taken_index, point_of_rep[rep], core, stating)
            continue
        # points sharing a word with it, through words few points use: one that many use says nothing of which
        # point it repeats (and would make every point compared with every other)
        nearby = sorted({n for t in core.terms | types[rep].sample.terms | _count_keys(types[rep].sample)
                         if len(taken_index.get(t, ())) <= MAX_POSTING for n in taken_index.get(t, ())})
        same = _paraphrased(rep, stating, nearby, taken, corpus)
        if same is None:
            same = _co_stated(core, stating, nearby, taken, corpus)
        if same is not None:  # the same report in other words: its sentences cite the point already made
            _merge(taken, taken_index, same, core, stating)
            continue
        if not _worth_a_point(core, [other for n in nearby for other in taken[n][3]], corpus):
            continue
        _take(taken, taken_index, point_of_rep, core, rep, stating, corpus)
    return [(core, rep, stating) for core, rep, stating, _ in taken]


def _stating_what_it_says(core: _Core, rep: int, stating: list[int], corpus: _Corpus) -> list[int]:
    """A citation is a promise that its sentence states the point: when the point's sentence adds a
    specific detail to the core ("spanning architectures, training data and algorithms"), only the
    sentences that carry that detail too may cite it."""
    rare = max(DETAIL_DF, DETAIL_DF_SHARE * len(corpus.types))
    sample = corpus.types[rep].sample
    stating = [i for i in stating if not _siblings(i, rep, corpus) and not _shown_with(corpus.types[i].sample, sample)
               and _near_in_meaning(i, rep, corpus) and not _other_voice(corpus.types[i].sample, sample)]
    # its figures too: "410 million" is not stated by "more than 600 million" or "hundreds of millions", nor
    # "on April 22" by a wording that dates nothing (which cites the point only when no other point would)
    stating = [i for i in stating if i == rep or sample.figures <= corpus.types[i].sample.figures]
    # and enough of what its sentence says, not only of the core
    stating = [i for i in stating if i == rep or _says_enough(i, rep, corpus)]
    # what its main clause adds: background ("..., weeks before the summit") is not promised by a citation
    detail = frozenset(t for t in sample.terms - core.terms - sample.background
                       if t in sample.specific and corpus.df[t] <= rare)
    if not detail:
        return stating
    return [i for i in stating if i == rep or corpus.share(detail, corpus.types[i].sample.terms) >= CITES_DETAIL]


def _near_in_meaning(i: int, rep: int, corpus: _Corpus) -> bool:
    """A sentence that shares the point's words but is about something else ("copying a rival's
    timetable is how ferry firms learn", next to "the board says X copied its terminal design") does
    not state it."""
    needed = OPINION_CITES_MEANING if i in corpus.cites_only else CITES_MEANING
    if _same_counts(corpus.types[i].sample, corpus.types[rep].sample):
        needed = min(needed, COUNT_PARAPHRASE)
    return i == rep or float(corpus.vectors[i] @ corpus.vectors[rep]) >= needed


def _same_counts(a: Candidate, b: Candidate) -> bool:
    """Both give the same figures, and every one is a count: "above 24,000 fake accounts" and "a shade
    over twenty-four thousand fictitious identities" report the same thing in other words, unless one says
    much more besides (a lede that also names who accused whom of what)."""
    shorter, longer = sorted((len(a.terms), len(b.terms)))
    return bool(a.figures) and a.figures == b.figures == a.quantities == b.quantities and \
        shorter >= COUNT_LENGTHS * longer


def _other_voice(a: Candidate, b: Candidate) -> bool:
    """Both name who says what they report, and no speaker of one is, or is part of, a speaker of the other:
    the embassy's spokesman saying it is not the foreign ministry's spokesman saying it (the ministry and its
    spokesman are one voice, and so are the government and either)."""
    return bool(a.voices and b.voices) and not any(
        x[0] in y or y[0] in x for x in a.voices for y in b.voices)


def _shown_with(a: Candidate, b: Candidate) -> bool:
    """One is the other's context (a list's lead-in, the sentence it leans on): it is shown with the other
    as what the other refers to, not a second wording of what the other says (a list item is read in meaning
    with its lead-in, so the two look alike)."""
    return a.text != b.text and (a.text in b.context or b.text in a.context)


def _siblings(i: int, j: int, corpus: _Corpus) -> bool:
    """Two items of one list: the writer listed them as different things, so neither states the other."""
    a, b = corpus.types[i].sample, corpus.types[j].sample
    return i != j and bool(a.list_key) and a.list_key == b.list_key


def _joins_others(points: list, citing: list[list[int]], corpus: _Corpus) -> set[int]:
    """Points that only say two others together ("more than 24,000 accounts ran over 16 million exchanges",
    next to "24,000 accounts" and "16 million exchanges"): their sentence and every sentence citing them
    cite both others, and they add no figure or specific word of their own."""
    dropped: set[int] = set()
    citing_sets = [set(c) for c in citing]
    for n, (core, rep, _) in enumerate(points):
        if rep in corpus.alone:
            continue
        hosts = [m for m in range(len(points)) if m != n and m not in dropped and rep in citing_sets[m]]
        if len(hosts) < 2:
            continue
        figures = set().union(*(points[m][0].figures for m in hosts))
        terms = set().union(*(points[m][0].terms | corpus.types[points[m][1]].sample.terms for m in hosts))
        if core.figures <= figures and citing_sets[n] <= set().union(*(citing_sets[m] for m in hosts)) \
                and 1 - corpus.share(core.terms, terms) < DETAIL:
            dropped.add(n)
    return dropped


def _keep_every_sentence(citing: list[list[int]], stating: list[list[int]], reps: list[int],
                         corpus: _Corpus) -> list[list[int]]:
    """A sentence that states a point's core but not its sentence's detail cites the point whose core
    it states, most outlets first, when no point would cite it otherwise: when every outlet words the
    claim with a detail of its own, no sentence states the bare core, and leaving them all out would
    count one outlet for a claim six report. So does a point's own sentence that states another point's
    core and most of its sentence: a lede that gives the accusation and a figure ("X on Tuesday accused Y
    of jamming signals, disrupting 1,200 flights") words the figure's point and cites the accusation's."""
    cited = {t for types in citing for t in types} - set(reps)
    result = [list(types) for types in citing]
    outlets = [_outlets(types, corpus) for types in citing]
    for t in sorted({t for types in stating for t in types} - cited):
        # never under a point whose figure it does not give: "about 1,500 flights, up from 1,200" is not
        # stated by "more than 1,200 flights"
        hosts = [n for n, types in enumerate(stating) if t in types and t not in result[n]
                 and not _siblings(t, reps[n], corpus)
                 and not _shown_with(corpus.types[t].sample, corpus.types[reps[n]].sample)
                 and _near_in_meaning(t, reps[n], corpus)
                 and not _other_voice(corpus.types[t].sample, corpus.types[reps[n]].sample)
                 and _gives(corpus.types[reps[n]].sample.figures, corpus.types[reps[n]].sample.dates,
                               corpus.types[t].sample)]
        sample = corpus.types[t].sample
        if t in reps:  # another point's own sentence: it must say most of this point's sentence, and its date
            hosts = [n for n in hosts if _says_of(sample, corpus.types[reps[n]].sample, corpus) >= REP_CITES
                     and corpus.types[reps[n]].sample.figures <= sample.figures]
        else:  # as every citation
            hosts = [n for n in hosts if _says_enough(t, reps[n], corpus)]
        if not hosts:
            continue
        best = min(hosts, key=lambda n: (-outlets[n], n))
        result[best].append(t)
    return [sorted(types) for types in result]


def _says_enough(i: int, rep: int, corpus: _Corpus) -> bool:
    """Whether a sentence that states a point's core says enough of the point's sentence to cite it: a fair
    share of its words (a core of the coverage's commonest words, "ferry firms run large boats", is carried
    by sentences about other things), or the same thing in other words (alike in meaning, or the same count)."""
    c, said = corpus.types[i].sample, corpus.types[rep].sample
    return _says_of(c, said, corpus) >= CITES_SENTENCE or _same_counts(c, said) \
        or float(corpus.vectors[i] @ corpus.vectors[rep]) >= CORROBORATED_PARAPHRASE


def _says_of(c: Candidate, said: Candidate, corpus: _Corpus) -> float:
    """How much of what the other sentence's main clause says this one carries."""
    return corpus.share(said.terms - said.background, c.terms)


def _take(taken: list, taken_index: dict, point_of_rep: dict, core: _Core, rep: int, stating: list[int],
          corpus: _Corpus) -> None:
    n = len(taken)
    taken.append([core, rep, stating, [core]])
    point_of_rep[rep] = n
    if rep in corpus.alone:
        return  # nothing else may join a sentence the editors split off
    for term in core.terms | corpus.types[rep].sample.terms | _count_keys(corpus.types[rep].sample):
        taken_index[term].add(n)


def _count_keys(c: Candidate) -> frozenset[str]:
    """Index keys for the counts a sentence gives ("#24000"), apart from its words."""
    return frozenset("#" + q for q in c.quantities)


def _merge(taken: list, taken_index: dict, n: int, core: _Core, stating: list[int]) -> None:
    """Another core the point already made states: its sentences cite the point, and a later core is
    compared with it too (a core worded like this one is a repeat of the point, not a new one)."""
    point = taken[n]
    point[2] = sorted(set(point[2]) | set(stating))
    point[3].append(core)
    for term in core.terms:
        taken_index[term].add(n)


def _paraphrased(rep: int, stating: list[int], nearby: list[int], taken: list, corpus: _Corpus) -> int | None:
    """The point already taken whose sentence says the same as this one in other words, if any."""
    candidate = corpus.types[rep].sample
    corroborated = _outlets(stating, corpus) > 1
    for n in nearby:
        other_rep = taken[n][1]
        said = corpus.types[other_rep].sample
        if said.denies != candidate.denies or said.negated != candidate.negated or said.figures != candidate.figures \
                or _shown_with(said, candidate):
            continue
        needed = COUNT_PARAPHRASE if _same_counts(said, candidate) else PARAPHRASE
        if corroborated and _outlets(taken[n][2], corpus) > 1:
            needed = min(needed, CORROBORATED_PARAPHRASE)
        if float(corpus.vectors[rep] @ corpus.vectors[other_rep]) >= needed:
            return n
    return None


def _outlets(types: list[int], corpus: _Corpus) -> int:
    return len(frozenset().union(*(corpus.types[i].outlets for i in types)))


def _co_stated(core: _Core, stating: list[int], nearby: list[int], taken: list, corpus: _Corpus) -> int | None:
    """The point already taken that most of this core's sentences already state, when the core adds no
    specific detail to it: two wordings the coverage says together ("accused X of stealing models on an
    industrial scale" / "says X is copying models at scale") are one report, however different their words."""
    mine = set(stating)
    if len(mine) < CO_STATED_MIN:
        return None
    for n in nearby:
        other_core, theirs = taken[n][0], set(taken[n][2])
        if other_core.denies != core.denies or not core.figures <= other_core.figures:
            continue
        if len(mine & theirs) / len(mine) >= CO_STATED and not _adds_detail(core, other_core, corpus):
            return n
    return None


def _worth_a_point(core: _Core, nearby: list[_Core], corpus: _Corpus) -> bool:
    """False when the core repeats a point already taken; true when it is new or adds a real detail to one."""
    for other in nearby:
        if other.denies != core.denies or other.negated != core.negated:
            # a denial never repeats the claim it denies, nor that claim its denial; and what a
            # sentence says is not so ("... though the memo names no company") is not the other's
            # repeat, which could not cite it
            continue
        inside = corpus.share(core.terms, other.terms)
        if inside >= SAME_CORE and core.figures <= other.figures:
            return False  # the same as, or a vaguer version of, a point already made
        carried = corpus.share(other.terms, core.terms)
        if carried >= STATES and not _adds_detail(core, other, corpus):
            return False  # it states the other point and adds nothing specific of its own
    return True


def _adds_detail(core: _Core, other: _Core, corpus: _Corpus) -> bool:
    """A new figure, or at least DETAIL_TERMS specific words that are rare in this coverage too."""
    if core.figures - other.figures and not _dates_the_same_weekday(core, other):
        return True
    added = core.terms - other.terms
    if len(added & judgement_stems()) >= DETAIL_TERMS:
        return False  # what it adds is comment ("marking a significant escalation in the rivalry")
    specific = set().union(*(corpus.types[i].sample.specific for i in core.origin))
    # what only a background or description clause says ("..., a claim that could redefine ...") is
    # no detail of the claim
    aside = frozenset.intersection(*(corpus.types[i].sample.background for i in core.origin))
    rare = max(DETAIL_DF, DETAIL_DF_SHARE * len(corpus.types))
    extra = [t for t in added - aside if t in specific and corpus.df[t] <= rare]
    total = corpus.mass(core.terms) or 1.0
    return len(extra) >= DETAIL_TERMS and corpus.mass(added) / total >= DETAIL


def _dates_the_same_weekday(core: _Core, other: _Core) -> bool:
    """The only new figures are the dates of a weekday both name, which the other could not date: "on
    Tuesday" is the 14th in the wire's article and no date in a reprint that gives none of its own."""
    return not other.dates and core.figures - other.figures <= core.dates and bool(core.terms & other.terms & _WEEKDAYS)


def _representative(core: _Core, stating: list[int], corpus: _Corpus) -> int:
    """The sentence that states the core with least else: the common core, not the longest version.
    Of the few that fit best, the one whose citations keep the most outlets: a sentence whose own
    detail (a figure, a name) the other outlets do not carry would leave them uncited."""

    covered: dict[int, float] = {}

    def coverage(i: int) -> float:  # how much of the core its main clause states
        if i not in covered:
            c = corpus.types[i].sample
            covered[i] = corpus.share(core.terms, c.terms - c.background)
        return covered[i]

    def fit(i: int) -> tuple:
        c = corpus.types[i].sample
        # what else it says, counted in words rather than weighed by rarity: "by copying their timetables
        # through shell companies" adds claims however common those words are in the coverage
        extra = len(c.terms - core.terms) / (len(c.terms) or 1)
        return (-round(coverage(i) - EXTRA_COST * extra + 0.2 * c.quality, 6), c.key)

    def after(i: int) -> tuple:
        """What makes a wording a worse point's sentence, whatever its fit: the core only in its background
        ("A week after X accused Y, the evidence remains thin"), an opinion piece's wording, a figure the
        core does not have, and an aside that reports the denial of what it says or what is not so."""
        c = corpus.types[i].sample
        # a figure the core lacks ("..., disrupting more than 1,200 flights") is a detail no citation without it
        # may state: the point's sentence would leave the others out
        return (coverage(i) < STATES, c.opinion, bool(c.figures - core.figures),
                c.denial_aside or (c.negation_aside and not core.negated))

    best = sorted((i for i in stating if i not in corpus.cites_only), key=lambda i: (after(i), fit(i)))[:REP_CHOICES]
    if len(best) == 1:
        return best[0]

    def outlets_kept(i: int) -> int:
        return _outlets(_stating_what_it_says(core, i, stating, corpus), corpus)

    return min(best, key=lambda i: (after(i), -outlets_kept(i), fit(i)))


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
        if not members:
            continue
        cited = sorted(set().union(members, *(set(result[n][1]) for n in hit)))
        rep = result[hit[0]][0] if hit else min(members)
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
    informativeness = round(corpus.mass(representative.terms & corpus.weight.keys())
                            + 2 * len(representative.figures), 3)
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
        opinion=all(candidates[i].opinion for i in ordered),
    )
