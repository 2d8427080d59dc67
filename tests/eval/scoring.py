"""Score a built briefing against annotated gold (gold.yml; the format is in tests/eval/README.md).

Independent of how the engine works: it only reads which points each page shows, the
sentences each point cites, and the sources' sentences. Gold locates a sentence by a
distinctive substring of it in a named file, so the gold does not depend on sentence ids.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

SentenceKey = tuple[str, str]  #: (seed file, sentence id)

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2014": "-", "\u2013": "-",
                         "\u00a0": " "})


_LIST_MARKER = re.compile(r"^(?:[-*\u2022]|\d{1,2}[.)]|\((?:\d{1,2}|[a-h])\))\s+")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class GoldClaim:
    id: str
    page: str
    also: tuple[str, ...]
    claim: str
    sentences: frozenset[SentenceKey]
    outlets: frozenset[str]  #: outlets (after the engine's duplicate removal) whose sentences state it


@dataclass
class Point:
    page: str
    claim_id: str
    text: str
    representative: SentenceKey
    cited: tuple[SentenceKey, ...]  #: every cited sentence, representative first
    outlets: frozenset[str]


@dataclass
class Scores:
    corpus: str
    gold_claims: int = 0
    multi_claims: int = 0
    found: int = 0
    found_multi: int = 0
    points: int = 0
    identified_points: int = 0
    duplicate_points: int = 0  #: points beyond the first for a gold claim on one page
    filler_points: int = 0
    misfiled: int = 0
    citations: int = 0
    citations_correct: int = 0
    outlet_coverage: list[float] = field(default_factory=list)  #: per found claim: share of its outlets cited
    unmatched_locators: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  #: one line per problem, for --verbose

    @property
    def recall(self) -> float:
        return self.found / self.gold_claims if self.gold_claims else 1.0

    @property
    def recall_multi(self) -> float:
        return self.found_multi / self.multi_claims if self.multi_claims else 1.0

    @property
    def points_per_claim(self) -> float:
        return (self.found + self.duplicate_points) / self.found if self.found else 0.0

    @property
    def citation_precision(self) -> float:
        return self.citations_correct / self.citations if self.citations else 1.0

    @property
    def misfiled_rate(self) -> float:
        return self.misfiled / self.identified_points if self.identified_points else 0.0

    @property
    def outlets_cited(self) -> float:
        """Share of found claims whose point cites at least 90 % of the outlets that state them."""
        if not self.outlet_coverage:
            return 1.0
        return sum(c >= 0.9 for c in self.outlet_coverage) / len(self.outlet_coverage)


class SentenceIndex:
    """Finds the engine's sentence(s) that a gold locator (file, substring) points at."""

    def __init__(self, sources):
        self.by_file: dict[str, list[tuple[str, str]]] = {}
        self.outlet_of_file: dict[str, str] = {}
        for source in sources:
            rows = self.by_file.setdefault(source.file, [])
            for paragraph in source.paragraphs:
                for sentence in paragraph.sentences:
                    rows.append((sentence.id, normalize(sentence.text)))

    def locate(self, file: str, text: str) -> frozenset[SentenceKey]:
        wanted = _LIST_MARKER.sub("", normalize(text))  # annotators copy "(1) Review ...": a list's marker is layout
        rows = self.by_file.get(file, [])
        hits = frozenset((file, sid) for sid, sentence in rows if wanted in sentence)
        if hits:
            return hits
        # The engine may split a sentence the annotator saw as one: take the sentences inside the locator.
        return frozenset((file, sid) for sid, sentence in rows if len(sentence) > 20 and sentence in wanted)


def load_gold_claims(gold: dict, index: SentenceIndex, outlet_of_file: dict[str, str],
                     scores: Scores) -> list[GoldClaim]:
    claims = []
    for entry in gold.get("claims", []):
        keys: set[SentenceKey] = set()
        for loc in entry["sentences"]:
            found = index.locate(loc["file"], loc["text"])
            if not found and loc["file"] in index.by_file:
                scores.unmatched_locators.append(f"{entry['id']}: {loc['file']}: {loc['text']!r}")
            keys |= found
        outlets = frozenset(outlet_of_file[f] for f, _ in keys)
        claims.append(GoldClaim(entry["id"], entry["page"], tuple(entry.get("also", ())), entry.get("claim", ""),
                                frozenset(keys), outlets))
    return claims


def load_filler(gold: dict, index: SentenceIndex) -> frozenset[SentenceKey]:
    found: set[SentenceKey] = set()
    for loc in gold.get("filler", []):
        found |= index.locate(loc["file"], loc["text"])
    return frozenset(found)


def jaccard(point: Point, claim: GoldClaim) -> float:
    cited = set(point.cited)
    return len(cited & claim.sentences) / len(cited | claim.sentences)


def identify_page(page: str, points: list[Point], claims: list[GoldClaim]) -> list[GoldClaim | None]:
    """What each point on a page is about. A point is about a gold claim its own sentence states
    (one sentence often states several: the core and a detail); points are matched to distinct
    claims first, best fit first, so a point is a repeat only when every claim its sentence states is
    already another point's. A point whose sentence states no gold claim is about the claim its
    citations overlap most."""
    options: list[list[tuple[tuple, GoldClaim]]] = []
    for point in points:
        stated = [c for c in claims if point.representative in c.sentences]
        pool = stated or [c for c in claims if set(point.cited) & c.sentences]
        options.append(sorted((((c.page == page or page in c.also), jaccard(point, c), c.id), c) for c in pool)[::-1])
    about: list[GoldClaim | None] = [None] * len(points)
    used: set[str] = set()
    pairs = sorted(((key, n, claim) for n, opts in enumerate(options) for key, claim in opts),
                   key=lambda item: (item[0], -item[1]), reverse=True)
    for _, n, claim in pairs:
        if about[n] is None and claim.id not in used:
            about[n] = claim
            used.add(claim.id)
    for n, opts in enumerate(options):
        if about[n] is None and opts:
            about[n] = opts[0][1]
    return about


def score(corpus: str, pages: dict[str, list[Point]], gold: dict, index: SentenceIndex,
          outlet_of_file: dict[str, str]) -> Scores:
    """A point is *about* one gold claim (identify); its sentence may also *state* other gold claims
    (one sentence often carries several facts), and a claim counts as found on a page when a point
    there states it. Repeats, misfiling and citation precision are judged by what a point is about."""
    scores = Scores(corpus)
    claims = load_gold_claims(gold, index, outlet_of_file, scores)
    filler = load_filler(gold, index)
    claims = [c for c in claims if c.sentences]  # a claim only a dropped duplicate states is not expected
    scores.gold_claims = len(claims)
    scores.multi_claims = sum(len(c.outlets) > 1 for c in claims)
    about: dict[tuple[str, str], int] = {}  # (page, gold id) -> points about it there
    stating: dict[tuple[str, str], list[Point]] = {}  # (page, gold id) -> points whose sentence states it
    for page, points in pages.items():
        for point, gold_claim in zip(points, identify_page(page, points, claims)):
            scores.points += 1
            if point.representative in filler:
                scores.filler_points += 1
                scores.details.append(f"filler on {page}: {point.text[:110]}")
                continue
            if gold_claim is None:
                scores.details.append(f"not in gold, on {page}: {point.text[:110]}")
                continue
            scores.identified_points += 1
            # A citation promises that its sentence states the point: every gold claim the point's own
            # sentence states (not merely the subject, or the core without the point's detail).
            promised = [c for c in claims if point.representative in c.sentences] or [gold_claim]
            for key in point.cited:
                scores.citations += 1
                unstated = [c.id for c in promised if key not in c.sentences]
                if not unstated:
                    scores.citations_correct += 1
                else:
                    scores.details.append(f"citation {key[0]}#{key[1]} under {gold_claim.id} ({page}) does not "
                                          f"state {', '.join(unstated)}")
            if page != gold_claim.page and page not in gold_claim.also:
                scores.misfiled += 1
                scores.details.append(f"misfiled: {gold_claim.id} on {page}, belongs on {gold_claim.page}: "
                                      f"{point.text[:80]}")
                continue
            about[(page, gold_claim.id)] = about.get((page, gold_claim.id), 0) + 1
            if about[(page, gold_claim.id)] > 1:
                scores.duplicate_points += 1
                scores.details.append(f"again: {gold_claim.id} on {page}: {point.text[:100]}")
            for claim in claims:
                if claim is gold_claim or point.representative in claim.sentences:
                    stating.setdefault((page, claim.id), []).append(point)
    for claim in claims:
        points = [p for page in (claim.page, *claim.also) for p in stating.get((page, claim.id), [])]
        if not points:
            scores.missed.append(f"{claim.id} ({claim.page}, {len(claim.outlets)} outlets): {claim.claim}")
            continue
        scores.found += 1
        scores.found_multi += len(claim.outlets) > 1
        coverage = max(len({outlet_of_file[f] for f, sid in p.cited if (f, sid) in claim.sentences}) for p in points)
        scores.outlet_coverage.append(coverage / len(claim.outlets))
        if coverage < 0.9 * len(claim.outlets):
            scores.details.append(f"outlets: {claim.id} cited for {coverage} of {len(claim.outlets)} outlets")
    return scores
