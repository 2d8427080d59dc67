"""The annotated corpora: the project's own seeds and the fictional stories under stories/."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from build_scripts.pipeline import build
from build_scripts.textutil import outlet_key_for

from .features import FeatureScores, score_features
from .scoring import Point, Scores, SentenceIndex, load_gold_claims, score

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent.parent


@dataclass(frozen=True)
class Corpus:
    name: str
    seeds: Path
    config: Path
    gold: Path


def _stories() -> list[Corpus]:
    """Each folder under stories/ with a gold.yml; one without its own briefing.yml is more coverage
    of the project's story, read with the project's briefing.yml (articles the config was not written for)."""
    return [Corpus(d.name, d / "seeds", d / "briefing.yml" if (d / "briefing.yml").is_file() else ROOT / "briefing.yml",
                   d / "gold.yml")
            for d in sorted((EVAL / "stories").iterdir()) if (d / "gold.yml").is_file()]


CORPORA = [Corpus("seeds", ROOT / "seeds", ROOT / "briefing.yml", EVAL / "seeds-gold" / "gold.yml"), *_stories()]


def pages_of(briefing) -> dict[str, list[Point]]:
    """What each briefing page shows as points: key points, then points only one source makes."""
    outlet = {s.id: outlet_key_for(s.counted_as, s.file) for s in briefing.sources}
    file_of = {s.id: s.file for s in briefing.sources}
    pages = {}
    for topic in briefing.topics:
        points = []
        details = dict(topic.details)
        shown = [d for c in topic.key_points for d in (c, *details.get(c.id, ()))]
        for claim in (*shown, *topic.single_points):
            cited = tuple((file_of[c.source_id], c.sentence_id) for c in claim.citations)
            points.append(Point(topic.spec.id, claim.id, claim.text, cited[0], cited,
                                frozenset(outlet[c.source_id] for c in claim.citations)))
        pages[topic.spec.id] = points
    return pages


def evaluate_corpus(corpus: Corpus, result=None) -> Scores:
    result = result or build(corpus.seeds, corpus.config, None)
    briefing = result.briefing
    gold = yaml.safe_load(corpus.gold.read_text(encoding="utf-8"))
    outlet_of_file = {s.file: outlet_key_for(s.counted_as, s.file) for s in briefing.sources}
    return score(corpus.name, pages_of(briefing), gold, SentenceIndex(briefing.sources), outlet_of_file)


def evaluate_features(corpus: Corpus, result) -> FeatureScores:
    """Quotations, disagreements, measures' status and the timeline, against the corpus's gold."""
    briefing = result.briefing
    gold = yaml.safe_load(corpus.gold.read_text(encoding="utf-8"))
    outlet_of_file = {s.file: outlet_key_for(s.counted_as, s.file) for s in briefing.sources}
    index = SentenceIndex(briefing.sources)
    claims = [c for c in load_gold_claims(gold, index, outlet_of_file, Scores(corpus.name)) if c.sentences]
    return score_features(corpus.name, briefing, pages_of(briefing), claims, gold, index)
