"""Authors: a sentence -> the official documents it names and whom it says each is from.

"A memo issued by the Harbour Planning Office accused ...", "The memo, issued by the Maritime Safety Council,
said ...", "a Transport Ministry memo released Thursday", "the memo from the Harbour Planning Office", "On May 3
the office put out a directive". Only documents one body issues once (a memo, a directive, a
decree, a dossier): "a report by" names one of many reports, which different authors may each have written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .textutil import MONTH_NAMES, NAME_RUN, STOPWORDS, WEEKDAYS, outside_quotes

# one document, and its other names: "memorandum" is the memo
_DOCUMENTS = {"memo": "memo", "memos": "memo", "memorandum": "memo", "memoranda": "memo", "directive": "directive",
              "decree": "decree", "dossier": "dossier", "executive order": "executive order"}
_DOCUMENT = r"(?P<document>(?i:" + "|".join(sorted(map(re.escape, _DOCUMENTS), key=len, reverse=True)) + r"))\b"
_AUTHOR = rf"(?P<author>{NAME_RUN})"
# a name after "by" or "from" whole, and not a possessor: "a memo from Governor Vell's adviser" is not hers
_WHOLE_AUTHOR = rf"(?>{_AUTHOR})(?!['\u2019]s\s+[a-z])"
_ISSUED = r"(?:issued|released|signed|sent|written|drafted|published|put\s+out|prepared|authored|circulated)"
_PATTERNS = (
    # "a Transport Ministry memo", "Renholm's memo", "The Harbour Planning Office memo"
    re.compile(rf"(?P<the>\b[Tt]he\s+)?{_AUTHOR}(?:['\u2019]s)?\s+(?:(?:new|latest|own|recent|leaked)\s+)?{_DOCUMENT}"),
    # "A memo issued by the Harbour Planning Office ...", "The memo, issued by the Maritime Safety Council,"
    re.compile(rf"(?P<the>\b[Tt]he\s+)?{_DOCUMENT},?\s+(?:(?:was|were|had\s+been)\s+)?{_ISSUED}\s+(?:\w+\s+){{0,2}}?by\s+"
               rf"(?:the\s+|its\s+\w+\s+)?{_WHOLE_AUTHOR}"),
    # "the memo from the Harbour Planning Office ..."
    re.compile(rf"(?P<the>\b[Tt]he\s+)?{_DOCUMENT},?\s+from\s+(?:the\s+)?{_WHOLE_AUTHOR}"),
    # "the Harbour Planning Office put out a directive", "Kelso Lines sent a memo"
    re.compile(rf"{_AUTHOR}\s+(?:(?:has|had|have|on\s+\w+(?:\s+\d+)?|last\s+\w+)\s+)?{_ISSUED}\s+"
               rf"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENT}"),
)
_CALENDAR = frozenset((*WEEKDAYS, *MONTH_NAMES))


@dataclass(frozen=True)
class Authored:
    """A document a sentence names, and whom it says it is from."""

    document: str  #: the document's one name ("memo" for "memorandum")
    author: str  #: the author as the sentence names them
    definite: bool  #: "the memo": the one the story is about, not "a memo" among others


def _not_a_name(word: str) -> bool:
    word = re.sub(r"['\u2019]s$", "", word)
    return word in _CALENDAR or word.lower() in STOPWORDS


def authored_in(text: str) -> list[Authored]:
    """Each document the sentence says is from someone, with that someone."""
    text = outside_quotes(text)
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            words = match.group("author").split()
            while words and _not_a_name(words[0]):
                words = words[1:]  # "The", "His", "Thursday's": not whom it is from
            if words:
                found.append(Authored(_DOCUMENTS[match.group("document").lower()], " ".join(words),
                                      bool(match.groupdict().get("the")) or match.group("author").startswith("The ")))
    return list(dict.fromkeys(found))


# a sentence whose subject is the document itself: "The memo names no company."
_DOCUMENT_SUBJECT = re.compile(rf"^\W*[Tt]he\s+{_DOCUMENT}\s+[a-z]")


def about_the_document(text: str) -> bool:
    """The sentence's subject is the story's document ("The memo ..."), not "a memo" among others."""
    return bool(_DOCUMENT_SUBJECT.match(text))
