"""Quotes: sentences -> direct quotes with the speaker the text names.

Quoted words are found between quotation marks (curly or straight, double or single),
in sentences with a speech verb (without one, quotation marks usually mark a term).
The speaker is, in order: the words right before a speech verb when they name a speaker
("US officials describe ..."), else the editors' entity nearest before the speech verb,
else the nearest entity at all. Pronouns are not speakers. When nothing names one, the
speaker is left empty rather than guessed.
"""
from __future__ import annotations

import re

from .entities import EntityMatcher
from .model import Quote, Source

_QUOTED = re.compile(
    r"\u201c([^\u201c\u201d]{1,300})\u201d"  # “double”
    r"|(?<![\w])\"([^\"]{1,300})\"(?![\w])"  # "straight double"
    r"|(?<![\w])\u2018([^\u2018\u2019]{1,300})\u2019(?![\w])"  # ‘single’
    r"|(?<![\w])'([^'\n]{1,300}?)'(?![\w])"  # 'straight single' (not an apostrophe: no letter outside)
)
SPEECH_VERBS = ("said", "says", "say", "declared", "declares", "called", "calling", "calls", "told", "tells",
                "stated", "described", "describe", "describes", "describing", "characterizing",
                "characterising", "dismissed", "dismissing", "denied", "denying", "added", "warned", "argued",
                "wrote", "insisted", "accused", "accusing", "noted", "stressed", "urged", "claimed",
                "according to", "call for", "labelled", "labeled", "branded")
_VERB = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in SPEECH_VERBS) + r")\b", re.IGNORECASE)
SPEAKER_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "officials", "official", "minister", "ministry",
                 "secretary", "president", "chief", "analysts", "analyst", "experts", "expert", "critics",
                 "researchers", "sources", "government", "administration", "lawmakers", "executives")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "its", "his", "her",
             "their", "our"}
_CLAUSE_BREAK = re.compile(r"[,;:\u2014(]|\b(?:that|which|who|what|as|and|but|while|when|if|because)\b",
                           re.IGNORECASE)


def quoted_spans(sentence: str) -> list[str]:
    spans = []
    for match in _QUOTED.finditer(sentence):
        text = next(g for g in match.groups() if g is not None).strip()
        if any(c.isalpha() for c in text):
            spans.append(text)
    return spans


def find_speaker(sentence: str, matcher: EntityMatcher) -> str:
    first_quote = _QUOTED.search(sentence)
    if first_quote is None:
        return ""
    verbs = list(_VERB.finditer(sentence))
    before_quote = [v for v in verbs if v.start() < first_quote.start()]
    verb = before_quote[-1] if before_quote else (verbs[0] if verbs else None)
    # who is named inside the quotation is spoken about, not speaking ("'The US should reflect ...,' he said")
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    mentions = [m for m in matcher.mentions(sentence) if not any(a <= m.start < b for a, b in quoted)]
    if verb is not None:
        before = sentence[:verb.start()].split()
        if before and before[-1].lower() in _PRONOUNS:
            # "the council accused the port of what it calls ...": the pronoun is the subject, named first
            return matcher.entities[mentions[0].entity].name if mentions else ""
        # a name the editors know, right before the verb: "the Office of Science and Technology Policy
        # accused ..." is the office, not "Technology Policy"
        adjacent = [m for m in mentions if m.end <= verb.start() and not sentence[m.end:verb.start()].strip()]
        if adjacent:
            return matcher.entities[adjacent[-1].entity].name
        named = _speaker_phrase(sentence[:verb.start()])
        if named:
            return named
    if not mentions:
        return ""
    anchor = verb.start() if verb is not None else first_quote.start()
    kinds = {"person": 0, "organisation": 1}

    def rank(m):
        before = m.end <= anchor
        return (not before, kinds.get(matcher.entities[m.entity].kind, 2), abs(anchor - m.end))

    return matcher.entities[min(mentions, key=rank).entity].name


def _speaker_phrase(before_verb: str) -> str:
    """The words just before a speech verb, when they name who speaks ("US officials")."""
    clause = _CLAUSE_BREAK.split(before_verb)[-1].strip()
    words = [w for w in clause.split() if any(c.isalnum() for c in w)]  # not a closing quotation mark
    if not words or len(words) > 9:
        return ""
    last = words[-1].lower().strip("'\u2019s")
    if words[-1].lower() in _PRONOUNS:
        return ""
    words[-1] = re.sub(r"['\u2019]s?$", "", words[-1])  # "Ana Lopes's call for" -> Ana Lopes
    if last in SPEAKER_NOUNS or (words[-1][:1].isupper() and len(words) >= 2 and words[-2][:1].isupper()):
        while words and words[0].lower() in ("a", "an", "the"):
            words.pop(0)
        return " ".join(words).rstrip(",")
    return ""


def find_quotes(sources: list[Source], matcher: EntityMatcher) -> list[Quote]:
    """Every sentence with quoted words; headings and captions are not quotes."""
    quotes = []
    for source in sources:
        for paragraph in source.paragraphs:
            if paragraph.kind not in ("paragraph", "item"):
                continue
            for sentence in paragraph.sentences:
                spans = quoted_spans(sentence.text)
                if spans and _VERB.search(sentence.text):  # words in quotation marks with nobody saying them are terms
                    quotes.append(Quote(source.id, paragraph.id, sentence.id, sentence.text, tuple(spans),
                                        find_speaker(sentence.text, matcher)))
    return quotes
