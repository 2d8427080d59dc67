"""Deeds: a sentence -> who it says did what, when a name opens it.

"Vell Magnetics, the largest magnet maker, said it would pause purchases of oxides ...": Vell Magnetics, pause;
"Meridian AI, which in February banned thousands of accounts, declined to comment": Meridian AI, ban. The name
may follow a time ("On March 17 the Magnet Producers Association ..."); the deed is the verb after the name (and
its appositive), the verb of its relative clause, or, after a verb of saying, what the name says it does itself
("said it would pause", "announced that its members would pause"). What a speaker says others did is theirs,
and sayings, accusations, denials, answers and threats are stances many take at once, not deeds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .judge import NAME_ZIPF, commentary_rules, general_zipf
from .textutil import MONTH_ABBREVIATED, MONTHS, NAME_RUN, WEEKDAYS, outside_quotes, stem
from .vocabulary import acts

DEED_WORDS = 15  #: how many words from its verb tell what the deed was

_DAY = rf"(?:{'|'.join(WEEKDAYS)}|{MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|{MONTH_ABBREVIATED}\s*\d{{1,2}}|" \
       rf"\d{{1,2}}\s+{MONTHS})(?:,?\s+\d{{4}})?"
_WHEN = rf"(?:(?:on|in|last|this|earlier\s+this)\s+(?:{_DAY}|week|month|year))"
_NAME = rf"(?P<name>{NAME_RUN})"
_BEFORE_VERB = rf"(?:(?i:{_WHEN}|also|has|had|have|then|now|later|first)\s+)*"  #: "in February", "has", "also"
_SUBJECT = re.compile(
    rf"^\W*(?:(?i:{_WHEN}),?\s+)?(?:[Tt]he\s+)?(?:[A-Z][a-z]+ly\s+[a-z]+\s+)?{_NAME}"  # "Privately held X"
    rf"(?:,\s*(?:(?:which|who)\s+(?P<relative>[^,;]+)|[^,;]{{1,80}}),)?\s+"
    rf"{_BEFORE_VERB}(?P<verb>[a-z]+)(?P<rest>.*)$")
# after a verb of saying, what the speaker itself does: "said on Wednesday it had paused", "announced that its
# members would pause"
_ITSELF = re.compile(rf"^(?:\s+(?i:{_WHEN}))?\s+(?:that\s+)?(?:it|its\s+\w+|they|their\s+\w+)\s+"
                     r"(?:(?:would|will|had|has|have|was|is|were|could|planned\s+to|plans\s+to)\s+)?"
                     r"(?:also\s+|now\s+|already\s+)?(?P<verb>[a-z]+)(?P<rest>.*)$")
_LEADING_TIME = re.compile(rf"^{_BEFORE_VERB}")
_VERB_AHEAD = re.compile(r"^(?:\s+[a-z]+)?\s+(?:have|has|had|are|is|were|was|will|would|could|can|[a-z]+ed)\b")
_AUXILIARIES = frozenset("""is are was were be been being has have had do does did will would can could may might must
shall should to not also""".split())
_CLAUSE_END = re.compile(r",\s|[;:()\u2014\u2013]")
_AND_THEN = re.compile(r"\sand\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$")  #: "tightened limits and banned 11,000 accounts"


@dataclass(frozen=True)
class Deed:
    """One name and what a sentence says it did."""

    actor: str  #: the name as the sentence gives it
    act: str  #: the verb's group of acts ("ban", "prohibit": one), else its stem
    told: str  #: the verb and the words after it that tell what was done


# stances many take at once, not deeds: "X declined to comment", "Y welcomed the move", "Z called for a ban"
_STANCES = frozenset(stem(w) for w in ("decline", "welcome", "condemn", "criticise", "criticize", "call", "support",
                                       "oppose", "praise", "question", "doubt", "believe", "think", "hope", "fear"))


@lru_cache(maxsize=1)
def _stance_acts() -> frozenset:
    """The groups of acts that are stances, not deeds: saying, accusing, denying, answering, threatening,
    proposing, considering, promising, cooperating."""
    table = acts()
    return frozenset(table[stem(w)] for w in ("say", "accuse", "deny", "respond", "threaten", "propose", "consider",
                                              "prepare", "cooperate"))


@lru_cache(maxsize=1)
def _speech() -> frozenset:
    return frozenset(stem(verb) for verb in commentary_rules().speech_verbs)


def _act(verb: str) -> str:
    group = acts().get(stem(verb))
    return f"act{group}" if group is not None else stem(verb)


def _is_name(name: str) -> bool:
    """Two capitalised words, or one rarer than a common English word ("Saldria", not "Officials")."""
    capitalised = [w for w in name.split() if w[0].isupper()]
    return len(capitalised) > 1 or general_zipf(name.lower()) < NAME_ZIPF


def _deed(actor: str, verb: str, rest: str) -> Deed | None:
    if verb in _AUXILIARIES or stem(verb) in _STANCES | _speech() or acts().get(stem(verb)) in _stance_acts():
        return None
    told = " ".join(f"{verb}{_CLAUSE_END.split(rest)[0]}".split()[:DEED_WORDS])
    return Deed(actor, _act(verb), told)


def deeds_in(text: str) -> list[Deed]:
    """What the name that opens the sentence is said to have done (its relative clause's deed first)."""
    match = _SUBJECT.match(outside_quotes(text))
    if not match or not _is_name(match.group("name")):
        return []
    actor, verb, rest = match.group("name"), match.group("verb"), match.group("rest")
    if not verb.endswith("ed") and verb not in commentary_rules().act_verbs and _VERB_AHEAD.match(rest):
        return []  # "Kasparian fishing captains have ...", "Leading US AI labs banned ...": the name qualifies a noun
    found = []
    if match.group("relative"):
        relative = _LEADING_TIME.sub("", match.group("relative"))
        head = re.match(r"(?P<verb>[a-z]+)(?P<rest>.*)$", relative)
        if head:
            found.append(_deed(actor, head.group("verb"), head.group("rest")))
    if stem(verb) in _speech() | {stem("announced")}:
        itself = _ITSELF.match(rest)
        if itself:
            found.append(_deed(actor, itself.group("verb"), itself.group("rest")))
    else:
        found.append(_deed(actor, verb, rest))
        then = _AND_THEN.search(_CLAUSE_END.split(rest)[0])
        if then and (then.group("verb").endswith("ed") or then.group("verb") in commentary_rules().act_verbs):
            found.append(_deed(actor, then.group("verb"), then.group("rest")))
    return [deed for deed in found if deed is not None]
