"""Labels: a sentence -> the word it applies to what happened, or the word it disputes applying.

"It is piracy, plain and simple" and "This is piracy on an industrial scale" apply "piracy"; "Calling it piracy
is a political description", "To label a normal practice as 'piracy' is not a serious attitude", "Whether it
is piracy in any legal sense is another question", "the accusation of 'piracy' is hypocritical" and "Copying
is not piracy" dispute it. A label is a noun or adjective standing alone ("is piracy, whatever ...", "is a
crime."), not one qualifying a noun ("is a common trading practice") nor a verb ("was trained on").
"""
from __future__ import annotations

import re

from .textutil import STOPWORDS, stem

_QUOTE = "[\"'\u201c\u201d\u2018\u2019]?"
_WORD = r"[\w'\u2019-]+"
# a label standing alone: the end of its clause, a preposition or a verb of the sentence after it
_LABEL = rf"{_QUOTE}(?P<label>[a-z][\w-]*[a-z]){_QUOTE}(?=\s*[,.;:!?\u2014\u2013)]|\s*$|\s+(?:with|on|in|of|by|under|" \
         r"for|at|is|was|would|stretches|goes|whatever|plain|pure)\b)"
_DISPUTES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    # "Calling it piracy is ...", "To label a common practice as 'piracy' is to say ...", "calling copying
    # piracy stretches the law"
    rf"\b(?:call(?:ing)?|label(?:l?ing)?|brand(?:ing)?|describ(?:e|ing)\s+\w+\s+as)\s+(?:{_WORD}\s+){{0,4}}?"
    rf"(?:as\s+)?{_LABEL}\s+(?:is|was|would|stretches|goes)\b",
    # "Whether any of this amounts to piracy ... is far from obvious"
    rf"\bwhether\s+(?:{_WORD}\s+){{0,8}}?(?:(?:is|was|are|were|amounts?\s+to|constitutes?|counts?\s+as)\s+|"
    rf"[\w-]+['\u2019]s\s+)(?:a\s+|an\s+)?{_LABEL}",
    # "the accusation of 'piracy' is hypocritical"
    rf"\b(?:accusations?|charges?|claims?|allegations?)\s+of\s+{_LABEL}\s+(?:is|was|are|were)\b",
    # "Copying is not piracy", "This was not a drought."
    rf"\b(?:is|was|are|were|isn['\u2019]t|wasn['\u2019]t)\s+(?:not\s+)?(?:a\s+|an\s+)?{_LABEL}",
))
_NOT = re.compile(r"(?:\bnot\s+|n['\u2019]t\s+)(?:a\s+|an\s+)?$", re.IGNORECASE)
_APPLIES = re.compile(rf"\b(?:is|are|was|were|amounts?\s+to|constitutes?)\s+(?:(?:simply|plainly|outright|clearly|"
                      rf"nothing\s+(?:less|more|other)\s+than|a|an)\s+)*{_LABEL}", re.IGNORECASE)
# what before a copula in its clause makes it a question or a report of a label, not its use
_OPEN = re.compile(r"\b(?:whether|calling|call|label|labelling|labeling|branding|not)\b", re.IGNORECASE)
_CONDITION = re.compile(r"^\W*(?:if|unless|even\s+if)\b", re.IGNORECASE)  #: "If that is piracy, then ... is guilty"
_CLAUSE_START = re.compile(r"[,;:\u2014\u2013]\s|\s(?:and|but|or)\s")


def _label(word: str) -> bool:
    """Not a function word, an adverb or a verb's participle ("is not asking", "was trained")."""
    return word.lower() not in STOPWORDS and not word.lower().endswith(("ed", "ly", "ing"))


# a word every way of disputing a label has: one search rules most sentences out
_MAY_DISPUTE = re.compile(r"\b(?:call|label|brand|describ|whether|accusation|charge|claim|allegation)|"
                          r"\bnot\b|n['\u2019]t\b", re.IGNORECASE)


def disputed_labels(text: str) -> set[str]:
    """The labels a sentence disputes or questions, as stems."""
    found: set[str] = set()
    if not _MAY_DISPUTE.search(text):
        return found
    for n, pattern in enumerate(_DISPUTES):
        for match in pattern.finditer(text):
            word = match.group("label")
            if n == len(_DISPUTES) - 1 and not re.search(r"\bnot\b|n['\u2019]t\b", match.group(0), re.IGNORECASE):
                continue  # the copula applies it: that is _APPLIES's to find
            if _label(word):
                found.add(stem(word.lower()))
    return found


def applied_labels(text: str, disputed: set[str] | None = None) -> dict[str, str]:
    """The labels a sentence applies outright (stem -> the word), not in a question, a condition, a denial or
    a report of the word. disputed: what disputed_labels found in it, if known."""
    if (disputed_labels(text) if disputed is None else disputed) or text.rstrip().endswith("?") or \
            _CONDITION.match(text):
        return {}
    found = {}
    for match in _APPLIES.finditer(text):
        clause = _CLAUSE_START.split(text[:match.start()])[-1]
        word = match.group("label")
        if _label(word) and not _OPEN.search(clause) and not _NOT.search(text[:match.start("label")]):
            found.setdefault(stem(word.lower()), word.lower())
    return found
