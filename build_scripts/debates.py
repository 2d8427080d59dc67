"""Debates: the editors' questions the sources answer differently -> a box per question, each answer beside the
sentences that give it.

A contradiction an editor records names sentences, so it stops at the articles the editor has read. A debate
names the question ("Has the Port Authority answered the charge?") and the words of each answer ("untrue",
"baseless" against "no public rebuttal", "did not respond"): every sentence of the story that gives an answer
is found, in the articles of today and in those added tomorrow. A debate may say what it is about ("Port
Authority", "harbour master"): a sentence that names none of it gives no answer. A phrase denied just before it
gives no answer ("is not a subsidy" is not "a subsidy"), nor one a clause supposes or asks ("if it is a
subsidy", "whether it is a subsidy"); a sentence that gives two answers, or asks the question, is left out.
"""
from __future__ import annotations

import re

from .model import Claim, Debate, Disagreement, DisagreementSide, LabelledSentence
from .disagree import points_by_sentence
from .status import phrase_pattern
from .vocabulary import negated_before

MAX_SENTENCES_A_SIDE = 4  #: a side shows at most this many of its sentences, those most outlets give first
NEGATION_REACH = 4  #: a "not" among this many words before an answer's phrase denies it


def debated(debates: tuple[Debate, ...], claims: list[Claim], labelled: list[LabelledSentence]) -> list[Disagreement]:
    """A box for each debate two or more of whose answers some outlets give (and not all by one outlet)."""
    claim_of = points_by_sentence(claims)
    position = {ls.ref.key: n for n, ls in enumerate(labelled)}
    boxes = []
    for debate in debates:
        patterns = [(phrase_pattern(list(side.phrases)), _words_needed(side.phrases)) for side in debate.sides]
        about = phrase_pattern(list(debate.about))
        answers: list[list[LabelledSentence]] = [[] for _ in debate.sides]
        for ls in labelled:
            text = ls.ref.sentence.text
            folded = text.lower()
            maybe = [n for n, (pattern, needed) in enumerate(patterns) if pattern and any(w in folded for w in needed)]
            if not maybe or not ls.labels or text.rstrip().endswith("?") or (about and not about.search(text)):
                continue
            given = [n for n in maybe if _gives(patterns[n][0], text)]
            if len(given) == 1:
                answers[given[0]].append(ls)
        sides = [_sides(side.label, found, claim_of, position) for side, found in zip(debate.sides, answers)]
        outlets = {o for answer in sides for side in answer for o in side.outlets}
        if sum(bool(answer) for answer in sides) >= 2 and len(outlets) >= 2:
            boxes.append(Disagreement(tuple(side for answer in sides for side in answer),
                                      f"{debate.question} {debate.note}".strip(), detected=False, topic=debate.topic))
    return boxes


def _words_needed(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Each phrase's longest word: a sentence holding none of them gives no answer, and is not searched (a plain
    test of a few words is far quicker than the phrases' pattern, and most sentences hold none)."""
    return tuple(max(re.findall(r"\w+", p.lower()), key=len) for p in phrases if re.search(r"\w", p))


def _gives(pattern: re.Pattern, text: str) -> bool:
    return any(not negated_before(text, match.start(), NEGATION_REACH) and not _supposed(text, match.start())
               for match in pattern.finditer(text))


_SUPPOSING = re.compile(r"\b(?:if|whether|unless)\b", re.IGNORECASE)


def _supposed(text: str, at: int) -> bool:
    """The phrase at `at` is in a clause that supposes or asks, and asserts nothing: "If the fare rise is a
    subsidy, ...", "whether the route pays for itself is far from settled"."""
    clause = re.split(r"[,;:.!?()\u2014]", text[:at])[-1]
    return bool(_SUPPOSING.search(clause))


def _sides(label: str, found: list[LabelledSentence], claim_of: dict[str, Claim],
           position: dict[str, int]) -> list[DisagreementSide]:
    """The sentences giving one answer, those of one point together: the first as the point's words, every one
    cited."""
    grouped: dict[str, list[LabelledSentence]] = {}  # a point's id, or the key of a sentence no point states
    for ls in found:
        claim = claim_of.get(ls.ref.key)
        grouped.setdefault(claim.id if claim else ls.ref.key, []).append(ls)
    sides = []
    for members in grouped.values():
        claim = claim_of.get(members[0].ref.key)
        outlets = tuple(dict.fromkeys(ls.ref.outlet_key for ls in members))
        sides.append(DisagreementSide(members[0].ref.sentence.text, tuple(ls.ref.citation for ls in members),
                                      outlets, (claim.id,) if claim else (), answer=label))
    sides.sort(key=lambda side: (-len(side.outlets), min(position[c.key] for c in side.citations)))
    return sides[:MAX_SENTENCES_A_SIDE]
