"""Topics: candidate sentences -> how well each answers each topic's question.

A topic is described by the editors (question, intro, a few cue phrases, example
sentences). A sentence is scored by meaning, not by single words:

1. its embedding's similarity to the nearest of what the editors wrote about the topic (its
   question, its intro, each example sentence): a topic described by examples of two kinds of
   sentence is near both kinds, not only near their average;
2. the cue phrases it contains, each discounted by how common it is in this corpus: the
   story's central term appears in nearly every sentence of real coverage, so finding it
   says nothing about which question a sentence answers; nor does a cue in a clause that
   recalls what came before ("..., days after the agency accused X");
3. self-training: the sentences that clearly answer one topic become its examples, and
   every sentence is scored again by its similarity to them, in meaning (embeddings) and in
   wording (stems and function words that mark the topic's confident sentences), so an article that says
   "fake profiles" where the cues say "fraudulent accounts" still finds its page;
4. its neighbours: a third of each score comes from the sentences up to two either side of it in
   the same section of its article.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .clauses import without_what_came_before
from .dates import only_a_date
from .embed import embed
from .model import SentenceRef, Source, TopicLabel, TopicSpec
from .speakers import VoiceMatcher
from .textutil import STOPWORDS, content_stems, stems, words
from .vocabulary import acts_named, polarity_of, sense

CUE_WEIGHT = 0.12  #: what one cue (of weight 1, not discounted) adds to the similarity score
MAX_CUE_EVIDENCE = 3.0  #: cue weights beyond this add nothing: a list of cues is not a longer answer
COMMON_CUE = 0.08  #: a cue found in this share of sentences or more starts losing its weight
CONFIDENT_SHARE = 0.5  #: share of each topic's sentences (largest margin first) taken as its examples
MIN_EXAMPLES = 3
LEXICAL_WEIGHT = 0.05  #: weight of the wording learned from the confident examples
MIN_RELEVANCE = 0.25  #: a sentence less similar than this to every topic answers none of them
SECOND_TOPIC_MARGIN = 0.015  #: a second page only when the sentence fits it (nearly) as well as the first
VOICE_EVIDENCE = 1.0  #: a sentence one of the topic's voices speaks counts as this many cues
CALIBRATED_SCALE = 0.05  #: one standard deviation of similarity is worth this much next to the cues
NEIGHBOUR_WEIGHT = 0.35  #: share of a sentence's topic scores taken from the sentences around it ...
NEIGHBOUR_REACH = ((1, 1.0), (2, 0.5))  #: ... up to two either side, the next ones counting twice the ones after


@dataclass(frozen=True)
class CueMatcher:
    """Pre-stemmed cue phrases; finds which cues of which topic a sentence contains."""

    topics: tuple[TopicSpec, ...]

    def __post_init__(self):
        # A one-word cue stands for its sense ("denied" also finds "rejected", "dismissed");
        # a phrase must appear as written (in stems).
        index: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
        for t, topic in enumerate(self.topics):
            for c, cue in enumerate(topic.cues):
                cue_stems = tuple(stems(cue.phrase))
                if len(cue_stems) == 1:
                    index.setdefault(sense(cue_stems[0]), []).append((t, c, cue_stems))
                elif cue_stems:
                    index.setdefault(cue_stems[0], []).append((t, c, cue_stems))
        object.__setattr__(self, "_index", index)

    def matches(self, text: str) -> dict[int, tuple[int, ...]]:
        """topic index -> indexes of its cues found in the text (multi-word cues in order)."""
        sentence_stems = stems(text)
        present = set(sentence_stems)
        joined = " " + " ".join(sentence_stems) + " "
        found: dict[int, set[int]] = {}
        for key in present | {sense(s) for s in present}:
            # one word of one sense is one cue's evidence: "accusations" is not both "accused" and "alleged"
            counted: set[int] = set()  # topics whose one-word cue of this sense is already found
            for t, c, cue_stems in self._index.get(key, ()):
                if len(cue_stems) == 1:
                    if t not in counted:
                        counted.add(t)
                        found.setdefault(t, set()).add(c)
                elif set(cue_stems) <= present and f" {' '.join(cue_stems)} " in joined:
                    found.setdefault(t, set()).add(c)
        return {t: tuple(sorted(cs)) for t, cs in found.items()}


PARAGRAPH_WEIGHT = 0.5  #: a sentence is read with its paragraph and the heading it sits under ...
HEADING_WEIGHT = 0.3  #: ... since neighbouring sentences usually answer the same question


def in_context(sentences: np.ndarray, paragraphs: np.ndarray, headings: np.ndarray) -> np.ndarray:
    """Sentence vectors nudged towards their paragraph's and section heading's meaning."""
    mixed = sentences + PARAGRAPH_WEIGHT * paragraphs + HEADING_WEIGHT * headings
    norms = np.linalg.norm(mixed, axis=1, keepdims=True)
    return mixed / np.where(norms == 0, 1, norms)


def read_in_context(vectors: np.ndarray, refs: list[SentenceRef], sources: list[Source]) -> np.ndarray:
    """Each sentence's vector mixed with its paragraph's and its section heading's."""
    # a list item is read with its lead-in: "Options under review include:" says what it is (once, however
    # many sentences the item has)
    lead_in = {(r.source_id, r.paragraph_id): r.lead_in for r in refs if r.lead_in}
    paragraph_text = {(s.id, p.id): f"{lead_in.get((s.id, p.id), '')} {p.text}".strip()
                      for s in sources for p in s.paragraphs}
    paragraphs = sorted({(r.source_id, r.paragraph_id) for r in refs})
    headings = sorted({r.section for r in refs})
    paragraph_row = {key: n for n, key in enumerate(paragraphs)}
    heading_row = {text: n for n, text in enumerate(headings)}
    paragraph_vectors = embed([paragraph_text[key] for key in paragraphs])
    # a heading that is only a date (a live blog's day) says nothing of what the sentences under it are about
    heading_vectors = embed(["" if only_a_date(h) else h for h in headings])
    return in_context(vectors, paragraph_vectors[[paragraph_row[(r.source_id, r.paragraph_id)] for r in refs]],
                      heading_vectors[[heading_row[r.section] for r in refs]])


def topic_prototypes(topics: tuple[TopicSpec, ...]) -> np.ndarray:
    """One unit vector per topic from everything the editors wrote about it."""
    rows = []
    for topic in topics:
        texts = [t for t in (topic.question, topic.intro, *topic.examples) if t]
        texts.append(f"{topic.title}: " + ", ".join(cue.phrase for cue in topic.cues))
        rows.append(_unit(embed(texts).mean(axis=0)))
    return np.vstack(rows)


def nearest_description(vectors: np.ndarray, topics: tuple[TopicSpec, ...]) -> np.ndarray:
    """Sentences x topics: similarity to the nearest of the topic's question, intro and examples.
    (The cue phrases are counted as cues, not as a sentence: a list of keywords is near any sentence
    that uses a few of them.)"""
    columns = []
    for topic in topics:
        descriptions = embed([t for t in (topic.question, topic.intro, *topic.examples) if t])
        columns.append((vectors @ descriptions.T).max(axis=1) if len(descriptions) else np.zeros(len(vectors)))
    return np.stack(columns, axis=1).astype(np.float32) if columns else np.zeros((len(vectors), 0), np.float32)


@dataclass(frozen=True)
class TopicScores:
    """How well each sentence answers each topic's question."""

    scores: np.ndarray  #: sentences x topics; higher is better
    relevant: np.ndarray  #: sentences x topics; False where a sentence is too far from the topic to be on it
    cues: list[dict[int, tuple[int, ...]]]  #: per sentence: topic index -> indexes of its cues found


def score_topics(texts: list[str], vectors: np.ndarray, topics: tuple[TopicSpec, ...],
                 before: list[str] | None = None, speakers: list[str] | None = None) -> TopicScores:
    """before: the sentence before each in its article, where "he said" finds who "he" is; speakers: who
    speaks each in a transcript ("" elsewhere)."""
    matcher = CueMatcher(topics)
    # "..., days after the agency accused X" recalls what came before: its cues say nothing of what the
    # sentence answers
    found = [matcher.matches(without_what_came_before(text)) for text in texts]
    if not texts:
        empty = np.zeros((0, len(topics)), dtype=np.float32)
        return TopicScores(empty, empty.astype(bool), found)
    cue_scores = _cue_evidence(found, topics, len(texts)) + _voice_evidence(
        texts, topics, before or [""] * len(texts), speakers or [""] * len(texts))
    prototypes = topic_prototypes(topics)
    nearest = nearest_description(vectors, topics)
    first = _calibrated(nearest) + CUE_WEIGHT * cue_scores
    features = {text: wording_features(text) for text in set(texts)}  # wire copy repeats sentences verbatim
    sentence_stems = [features[text] for text in texts]
    centroids, lexical = _learn_from_confident(first, vectors, prototypes, sentence_stems)
    # what the examples taught, unless the sentence is closer still to one of the editors' own descriptions
    similarity = np.maximum(vectors @ centroids.T, nearest)
    final = similarity + CUE_WEIGHT * cue_scores + LEXICAL_WEIGHT * lexical
    final = np.round(final, 4)
    return TopicScores(final, (similarity >= MIN_RELEVANCE) | (cue_scores > 0), found)


def with_neighbours(scores: TopicScores, sections: list[tuple[str, str]]) -> TopicScores:
    """Each sentence's scores blended with those of its neighbours in the same section of its article
    (rows in reading order, sections[i] the (article, heading) of row i): an article takes its questions
    in runs, so a sentence that alone could answer two usually answers the one the sentences around it
    answer. A heading starts a new run."""
    rows = scores.scores
    around = np.zeros_like(rows)
    weights = np.zeros((len(rows), 1), dtype=np.float32)
    for distance, weight in NEIGHBOUR_REACH:
        if len(rows) <= distance:
            break
        same = np.array([a == b for a, b in zip(sections, sections[distance:])], dtype=bool)  # i, i+distance
        has_after, has_before = np.append(same, [False] * distance), np.insert(same, 0, [False] * distance)
        around[has_before] += weight * rows[np.flatnonzero(has_before) - distance]
        around[has_after] += weight * rows[np.flatnonzero(has_after) + distance]
        weights[:, 0] += weight * (has_before.astype(np.float32) + has_after)
    mixed = (1 - NEIGHBOUR_WEIGHT) * rows + NEIGHBOUR_WEIGHT * around / np.maximum(weights, 1e-9)
    blended = np.where(weights > 0, mixed, rows)
    return TopicScores(np.round(blended, 4), scores.relevant, scores.cues)


def wording_features(text: str) -> set[str]:
    """What the learned wording score compares: content stems; the function words, which mark what kind
    of statement it is ("would" in proposals, "had" in reports of what happened); and the kinds of act the
    sentence names ("act:deny") and whether it denies, so "called the claims a smear" is learnt to answer
    the same question as "rejected the accusations"."""
    features = content_stems(text)
    features.update("fw:" + w for w in words(text) if w in STOPWORDS)
    features.update(f"act:{n}" for n in acts_named(text))
    if polarity_of(text)[0]:
        features.add("act:denial")
    return features


OWN_WEIGHT = 0.5  #: a claim's scores: half from its own sentence, half from the sentences that state it


def claim_row(scores: np.ndarray, relevant: np.ndarray, rows: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """A claim's scores from its sentences' (rows[0] its own, weighing OWN_WEIGHT; the rest from the mean of
    all that state it), relevant where any of them is: for its page and for its section on the page."""
    return OWN_WEIGHT * scores[rows[0]] + (1 - OWN_WEIGHT) * scores[rows].mean(axis=0), relevant[rows].any(axis=0)


def best_topics(row: np.ndarray, relevant: np.ndarray) -> list[int]:
    """The topic a sentence or claim answers best, and a second only when it fits that one nearly as well."""
    order = sorted((t for t in range(len(row)) if relevant[t]), key=lambda t: (-row[t], t))
    if not order:
        return []
    best = order[0]
    return [best] + [t for t in order[1:2] if row[t] >= row[best] - SECOND_TOPIC_MARGIN]


def labels_for(row: np.ndarray, relevant: np.ndarray, found: dict[int, tuple[int, ...]],
               topics: tuple[TopicSpec, ...]) -> tuple[TopicLabel, ...]:
    return tuple(TopicLabel(topics[t].id, round(float(row[t]), 3),
                            tuple(topics[t].cues[c].phrase for c in found.get(t, ())))
                 for t in best_topics(row, relevant))


def _calibrated(similarity: np.ndarray) -> np.ndarray:
    """Similarities to the editors' descriptions on a common scale, to pick each topic's examples.
    A topic described in general words ("What happened?") is a little alike to every sentence, a
    specific one very alike to a few; what counts is how much more a sentence resembles a topic
    than the coverage as a whole does. (The centroids learned from the examples need no such help.)"""
    if similarity.shape[0] < 2:
        return similarity
    spread = similarity.std(axis=0)
    return (similarity - similarity.mean(axis=0)) / np.where(spread == 0, 1, spread) * CALIBRATED_SCALE


def _cue_evidence(found: list[dict[int, tuple[int, ...]]], topics: tuple[TopicSpec, ...], total: int) -> np.ndarray:
    """Sum of matched cue weights per sentence and topic, each cue discounted by how common it is."""
    counts: Counter = Counter((t, c) for matches in found for t, cs in matches.items() for c in cs)
    discount = {key: _rarity(n / total) for key, n in counts.items()}
    scores = np.zeros((len(found), len(topics)), dtype=np.float32)
    for i, matches in enumerate(found):
        for t, cs in matches.items():
            evidence = sum(topics[t].cues[c].weight * discount[(t, c)] for c in cs)
            scores[i, t] = min(evidence, MAX_CUE_EVIDENCE)
    return scores


def _voice_evidence(texts: list[str], topics: tuple[TopicSpec, ...], before: list[str],
                    speakers: list[str]) -> np.ndarray:
    """VOICE_EVIDENCE for each topic one of whose voices speaks in the sentence, or speaks it in a transcript."""
    scores = np.zeros((len(texts), len(topics)), dtype=np.float32)
    if not any(topic.voices for topic in topics):
        return scores
    matcher = VoiceMatcher(tuple(topic.voices for topic in topics))
    spoken: dict[str, frozenset[int]] = {}  # sentences come in article order: "he" may point back several
    for i, (text, previous, speaker) in enumerate(zip(texts, before, speakers)):
        spoken[text] = matcher.topics_spoken_for(text, previous, spoken.get(previous))
        for t in spoken[text] | matcher.topics_named(speaker):
            scores[i, t] = VOICE_EVIDENCE
    return scores


def _rarity(share: float) -> float:
    """1 for a cue in few sentences, falling towards 0 as it appears in nearly all of them."""
    if share <= COMMON_CUE:
        return 1.0
    return max(0.0, math.log(1 / share) / math.log(1 / COMMON_CUE))


def _learn_from_confident(scores: np.ndarray, vectors: np.ndarray, prototypes: np.ndarray,
                          sentence_stems: list[set[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Topic centroids and a wording score learned from the sentences that most clearly answer each topic."""
    n_topics = prototypes.shape[0]
    ranked = np.sort(scores, axis=1)
    margin = ranked[:, -1] - (ranked[:, -2] if n_topics > 1 else 0)
    best = scores.argmax(axis=1)
    centroids = prototypes.copy()
    confident: list[list[int]] = []
    for t in range(n_topics):
        members = sorted((i for i in range(len(best)) if best[i] == t), key=lambda i: (-margin[i], i))
        take = members[:max(MIN_EXAMPLES, int(len(members) * CONFIDENT_SHARE))]
        confident.append(take)
        if take:
            # The editors' description counts as much as a few examples, so a topic keeps its meaning.
            centroids[t] = _unit(prototypes[t] * MIN_EXAMPLES + vectors[take].sum(axis=0))
    return centroids, _wording_scores(confident, sentence_stems, n_topics)


def _wording_scores(confident: list[list[int]], sentence_stems: list[set[str]], n_topics: int) -> np.ndarray:
    """Per sentence and topic: mean log-odds of its stems in that topic's examples against the others'."""
    in_topic = [Counter(s for i in members for s in sentence_stems[i]) for members in confident]
    sizes = [max(1, len(members)) for members in confident]
    total = Counter()
    for counter in in_topic:
        total.update(counter)
    all_size = sum(sizes)
    log_odds: list[dict[str, float]] = []
    for t in range(n_topics):
        rest = max(1, all_size - sizes[t])
        table = {}
        for stem_, n in in_topic[t].items():
            p_in = (n + 0.5) / (sizes[t] + 1)
            p_out = (total[stem_] - n + 0.5) / (rest + 1)
            table[stem_] = max(-2.0, min(2.0, math.log(p_in / p_out)))
        log_odds.append(table)
    # a word in most sentences of the coverage (the story's central term) says little about which
    # question a sentence answers, however often the confident examples of one topic use it
    df = Counter(s for stem_set in sentence_stems for s in stem_set)
    rarity = {s: _rarity(n / len(sentence_stems)) for s, n in df.items()}
    scores = np.zeros((len(sentence_stems), n_topics), dtype=np.float32)
    for i, stem_set in enumerate(sentence_stems):
        if not stem_set:
            continue
        for t in range(n_topics):
            scores[i, t] = sum(log_odds[t].get(s, 0.0) * rarity[s] for s in stem_set) / math.sqrt(len(stem_set))
    return scores


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
