"""Disagree: claims of one topic -> pairs that may contradict each other.

Two claims from different outlets that talk about the same thing (most of their
distinctive words shared) but where only one is negated, or where they give different
figures, are flagged as a possible disagreement. Detection is deliberately cautious;
editors record the ones it misses in briefing.yml.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .model import Claim, Disagreement
from .textutil import content_stems, dates_in, figures_conflict, numbers_in, stem

NEGATIONS = frozenset(stem(w) for w in (
    "not", "no", "never", "none", "without", "absence", "deny", "denied", "denies", "false", "baseless",
    "reject", "rejected", "dismiss", "dismissed", "unfounded", "nor", "neither"))
SAME_SUBJECT = 0.35
MAX_CLAIMS = 200  #: pairs are compared within a topic page's claims only, capped to keep it linear in practice


def _stems(text: str, canonical: Callable[[str], str]) -> set[str]:
    return content_stems(canonical(text)) | {stem(w) for w in re.findall(r"\b\w+\b", text.lower()) if
                                             stem(w) in NEGATIONS}


def detect_disagreements(claims: list[Claim], canonical: Callable[[str], str] | None = None) -> list[Disagreement]:
    canonical = canonical or (lambda text: text)
    considered = claims[:MAX_CLAIMS]
    features = [_stems(c.text, canonical) for c in considered]
    found = []
    for i, a in enumerate(considered):
        for j in range(i + 1, len(considered)):
            b = considered[j]
            if set(a.outlets) & set(b.outlets):
                continue  # one outlet does not disagree with itself here
            fa, fb = features[i] - NEGATIONS, features[j] - NEGATIONS
            if not fa or not fb or len(fa & fb) / len(fa | fb) < SAME_SUBJECT:
                continue
            negated_a, negated_b = bool(features[i] & NEGATIONS), bool(features[j] & NEGATIONS)
            if negated_a != negated_b:
                note = "One source states this; another says the opposite."
            elif _figures_differ(a.text, b.text):
                note = "The sources give different figures."
            else:
                continue
            found.append(Disagreement((a.id, b.id), note, detected=True))
    return found


def _figures_differ(a: str, b: str) -> bool:
    """Different counts, or different dates: "on April 22" and "ten days since" give neither."""
    dates_a, dates_b = dates_in(a), dates_in(b)
    return (figures_conflict(numbers_in(a) - dates_a, numbers_in(b) - dates_b)
            or figures_conflict(dates_a, dates_b))
