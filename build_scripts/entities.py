"""Entities: find the people and organisations the editors named, under any of their names.

ALL-CAPS aliases and abbreviations match case-sensitively (so "US" is not the word "us");
other names match in any case. Longer names win over shorter ones they contain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import Entity

# Two or more capitalised words, possibly joined by "of", "for", "and", "the": only candidates
# for a name are matched, so the scan stays cheap on thousands of articles.
_CAPITALISED = r"[A-Z][\w'\u2019.-]*"
_PROPER_RUN = re.compile(
    rf"\b{_CAPITALISED}(?:\s+(?:(?:of|for|and|the|de|von|van)\s+)*{_CAPITALISED})+")
_CONNECTORS = {"of", "for", "and", "the", "de", "von", "van"}


@dataclass(frozen=True)
class Mention:
    entity: int  #: index into the matcher's entities
    start: int
    end: int


class EntityMatcher:
    def __init__(self, entities: tuple[Entity, ...]):
        self.entities = entities
        exact: dict[str, int] = {}
        folded: dict[str, int] = {}
        for index, entity in enumerate(entities):
            for name in (entity.name, *entity.aliases):
                name = name.replace("\u2019", "'")
                if _is_abbreviation(name):
                    exact.setdefault(name, index)
                else:
                    folded.setdefault(name.lower(), index)
        self._exact, self._folded = exact, folded
        index_of = {entity.name: n for n, entity in enumerate(entities)}
        self._parents = [_ancestors(n, entities, index_of) for n in range(len(entities))]
        self._exact_re = _alternation(exact, 0)
        self._folded_re = _alternation(folded, re.IGNORECASE)
        self._mentions = lru_cache(maxsize=1 << 16)(self._read_mentions)

    def mentions(self, text: str) -> tuple[Mention, ...]:
        """Each entity named in the text, longest name first where names overlap. The same sentence is
        asked about by several stages (and wire copy repeats sentences): each is read once."""
        return self._mentions(text)

    def _read_mentions(self, text: str) -> tuple[Mention, ...]:
        text = text.replace("\u2019", "'")  # same length, so positions still point into the original
        found: list[Mention] = []
        for pattern, table, fold in ((self._folded_re, self._folded, True), (self._exact_re, self._exact, False)):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                key = match.group().lower() if fold else match.group()
                found.append(Mention(table[key], match.start(), match.end()))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Mention] = []
        for mention in found:  # drop mentions inside a longer one ("US" inside "US government")
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return tuple(kept)

    def lineage(self, entity: int) -> tuple[int, ...]:
        """The entity, then what it is part of, its parent's parent, ..."""
        return (entity, *self._parents[entity])

    def canonicalize(self, text: str) -> str:
        """Replace every mention by one token per entity, so different names compare equal, followed
        by the tokens of what it is part of: "the foreign ministry denied" also says the government did."""
        pieces, last = [], 0
        for mention in self.mentions(text):
            tokens = " ".join(f"entity{n}" for n in self.lineage(mention.entity))
            pieces += [text[last:mention.start], f" {tokens} "]
            last = mention.end
        pieces.append(text[last:])
        return "".join(pieces)


def _ancestors(n: int, entities: tuple[Entity, ...], index_of: dict[str, int]) -> tuple[int, ...]:
    """What entity n is part of, its parent's parent, ... (a loop in the editors' file ends the chain)."""
    found: list[int] = []
    parent = index_of.get(entities[n].part_of)
    while parent is not None and parent != n and parent not in found:
        found.append(parent)
        parent = index_of.get(entities[parent].part_of)
    return tuple(found)


def is_entity_token(word: str) -> bool:
    """True for the token canonicalize() puts where an entity is named ("entity3")."""
    return word.startswith("entity") and word[6:].isdigit()


def _is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


def _alternation(names: dict[str, int], flags: int) -> re.Pattern | None:
    if not names:
        return None
    ordered = sorted(names, key=lambda n: (-len(n), n))
    body = "|".join(re.escape(n) for n in ordered)
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags)


def proper_names(sentence: str) -> list[str]:
    """Capitalised multi-word names in one sentence ("Frontier Model Forum"), not sentence openers.

    Every word of a name has a lower-case letter (so "Harbour AI" is a word and an
    acronym, not a name), and a word ending in a full stop ends the name.
    """
    names = []
    for match in _PROPER_RUN.finditer(sentence):
        words = []
        for word in match.group().split():
            words.append(word)
            if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word):
                break  # a full stop ends the sentence, and so the name
        words = [w.rstrip(".,;:") for w in words]
        while words and words[0].lower() in _CONNECTORS:
            words.pop(0)
        while words and words[-1].lower() in _CONNECTORS:
            words.pop()
        if words:
            words[-1] = re.sub(r"['\u2019]s?$", "", words[-1])  # possessive: "the Council's", "the States'"
        capitalised = [w for w in words if w.lower() not in _CONNECTORS]
        if not 2 <= len(words) <= 6 or not all(any(c.islower() for c in w) for w in capitalised):
            continue
        start = match.start() + match.group().find(words[0])
        before = sentence[:start].rstrip()
        if not before or before.endswith((".", "!", "?", ":", "\u201c", '"')):
            continue  # the first word may only be capitalised because it opens a sentence
        names.append(" ".join(words))
    return names
