"""A list of editors' patterns asked one question of every sentence: does any of them match?

Python's regular expressions scan a sentence from each position for each pattern, and a
case-blind pattern that opens with a choice of words ("\\b(?:at|reached) (?:a )?crossroads")
cannot jump ahead to a likely start: forty of them cost some 80 microseconds a sentence. But
nearly every pattern holds plain text that each of its matches contains ("crossroads", "house
in order") or one of a few such words ("this|our|today's"), and most sentences hold none of
it. Looking for that text first is a plain substring test, and the pattern runs only where it
is found. The answer is the same; only the time differs.
"""
from __future__ import annotations

import re

_SPECIAL = set(".^$*+?{}[]()|\\")
_OPTIONAL = set("*?{")  #: after these, what precedes them may be absent


class AnyPattern:
    """Case-blind patterns, each tried only on text holding some plain text it requires."""

    def __init__(self, patterns: list[str] | tuple[str, ...]):
        alternatives = [alternative for p in patterns for alternative in top_level_choices(p)]
        self.checks = tuple((required_text(p), re.compile(p, re.IGNORECASE)) for p in alternatives)

    def search(self, text: str) -> bool:
        folded = text.casefold()
        for required, pattern in self.checks:
            if any(needed in folded for needed in required) if len(required) > 1 else required[0] in folded:
                if pattern.search(text):
                    return True
        return False


def top_level_choices(pattern: str) -> list[str]:
    """"\\bdelves?\\b|\\bdelving\\b" -> its two alternatives: a text matches it when it matches either."""
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1:b] for a, b in zip(bounds, bounds[1:])]


def required_text(pattern: str) -> tuple[str, ...]:
    """Plain texts, case-folded, one of which every match of the pattern (with no top-level choice)
    contains: its longest plain stretch outside groups, classes and optional characters, or what a
    group that must match requires, whichever is the rarer ('' when there is none: always tried)."""
    candidates: list[tuple[str, ...]] = []
    run = ""
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escaped = pattern[i + 1:i + 2]
            if escaped and not escaped.isalnum():
                run += escaped.casefold()  # "\." is a plain "."
            else:
                candidates.append((run,))
                run = ""  # "\b", "\s", "\d": no plain text
            i += 2
            continue
        if char == "(":
            end = _group_end(pattern, i)
            if pattern[end:end + 1] not in _OPTIONAL:
                candidates.append(_group_requires(pattern[i + 1:end - 1]))
            candidates.append((run,))
            run, i = "", end
            continue
        if char == "[":
            candidates.append((run,))
            run, i = "", _class_end(pattern, i)
            continue
        if char in _OPTIONAL:
            run = run[:-1]  # the character before a quantifier may be absent
            if char == "{":
                i = pattern.index("}", i)
        if char in _SPECIAL:
            candidates.append((run,))
            run = ""
        else:
            run += char.casefold()
        i += 1
    candidates.append((run,))
    return max(candidates, key=lambda texts: (min(map(len, texts)), -len(texts)))


def _group_requires(content: str) -> tuple[str, ...]:
    """A group that must match: one of its choices' required texts ("(?:read on|stay tuned|tl;? ?dr)"
    requires "read on", "stay tuned" or "tl"); ('',) for a look-around, which matches no text."""
    if content.startswith("?:"):
        content = content[2:]
    elif content.startswith("?"):
        return ("",)
    needed = [required_text(choice) for choice in top_level_choices(content)]
    if not all(all(texts) for texts in needed):
        return ("",)
    return tuple(dict.fromkeys(text for texts in needed for text in texts))


def _group_end(pattern: str, start: int) -> int:
    """The index just after the group that opens at `start`."""
    return next((i + 1 for i, _, depth in _structure(pattern, start) if depth == 0), len(pattern))


def _structure(pattern: str, start: int = 0):
    """(index, character, groups open after it) for each character from `start` that is not escaped
    or inside a character class: where a pattern's groups and choices are."""
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        yield i, char, depth
        i += 1


def _class_end(pattern: str, start: int) -> int:
    """The index just after a character class that opens at `start` ("[^,\\d]", "[]a]")."""
    i = start + 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1
