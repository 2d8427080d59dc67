"""Clauses: what a sentence reports (its main clause) apart from its background and descriptions.

"A week after the agency accused X, the evidence remains thin" reports on the evidence; "the
agency added five firms to its list over allegations that they copied ..." reports a measure. A
point's sentence states its claim in its main clause.
"""
from __future__ import annotations

import re

# Clauses that give a sentence's background, not what it reports: "A week after the agency accused
# X, the evidence remains thin", "..., days after the agency accused X", "..., sharpening a dispute
# before the summit". A point's sentence should state its claim in its main clause.
_WHEN = r"(?:(?:just |only |a |one |two |three |four |five |several |a few |\d+ )?(?:day|days|week|weeks|month|months|year|years) )?"
_SUBORDINATOR = (r"(?:after|before|since|following|amid|as|while|when|although|though|despite|in the wake of|"
                 r"(?:over|after|amid|following) (?:allegations|accusations|claims|charges|reports) that)")
BACKGROUND = re.compile(rf"^{_WHEN}{_SUBORDINATOR}\b[^,]*,|,\s*{_WHEN}{_SUBORDINATOR}\b(?!,).*$|"
                        rf"\b{_WHEN}(?:after|following|amid|in the wake of) \w+(?: \w+)? (?:accused|alleged|charged)\b.*$|"
                        rf"\b(?:over|after|amid|following) (?:allegations|accusations|claims|charges|reports) that\b.*$",
                        re.IGNORECASE)
# A trailing description of what came before does not set what the sentence reports: "X accused Y
# of copying, a charge Y denies" (or "... copying\u2014a claim that could ...") is an accusation, not a
# denial, and what the description says is no detail of the accusation.
DESCRIPTION = re.compile(r"(?:,|\s*[\u2014\u2013]|\s-)\s*(?:a|an|which|something)\s[^,]*$", re.IGNORECASE)
# "Separately, a group of lawmakers ...", "In a refit, a large engine ...": what comes before the comma
# is an opening phrase, not a thing being described
_OPENING_PHRASE = re.compile(r"^\W*(?:\w+|(?:in|on|at|for|with|under|by|from|during|of|to|among|across|through)\b[^,]*)$",
                             re.IGNORECASE)


def description(text: str) -> str:
    """The sentence's trailing description clause ("..., a charge Y denies"), or ''."""
    found = DESCRIPTION.search(text)
    return found.group() if found and not _OPENING_PHRASE.match(text[:found.start()]) else ""


# "..., sharpening a dispute before the summit": a trailing participle comments on what came before;
# not when it continues a list of what was done ("by banning accounts, capping requests and ...")
_PARTICIPLE_TAIL = re.compile(r",\s*(?!according\b)[a-z]+ing\b[^,]*$", re.IGNORECASE)
_GERUND_LIST = re.compile(r"\b(?:by|from|without|including|such as)\s+[a-z]+ing\b", re.IGNORECASE)


# The name of a report, hearing or law quoted after "titled" is a name, not what the sentence says:
# a hearing titled "Stolen Harvest: The Cartel's Grab" does not accuse anyone of stealing.
_TITLE = re.compile(r"\b(?:titled|entitled|headlined)\s*:?\s*([\"\u201c\u2018'])(?:.{2,200}?)(?:\1|[\u201d\u2019])(?=\W|$)",
                    re.IGNORECASE)


# A trailing reason or concession: "..., because the labs do not sell there", "..., though the memo
# names no company".
_TRAILING_REASON = re.compile(r"(?:,|\s)\s*(?:because|since|though|although)\b.*$", re.IGNORECASE)


def without_trailing_reason(text: str) -> str:
    """The sentence without a trailing reason or concession."""
    return _TRAILING_REASON.sub("", text)


def without_titles(text: str) -> str:
    """The sentence with the titles it quotes left out."""
    return _TITLE.sub("titled", text)


def _recalling(text: str) -> list[str]:
    """The sentence's clauses that recall what came before: background ("..., days after X accused Y") and a
    trailing description ("..., a charge Y denies")."""
    return [clause for clause in (*BACKGROUND.findall(text), description(text)) if clause]


def asides(text: str) -> list[str]:
    """The sentence's background and description clauses, and a trailing participle that comments on it."""
    found = _recalling(text)
    tail = _PARTICIPLE_TAIL.search(text)
    if tail and not _GERUND_LIST.search(text[:tail.start()]):
        found.append(tail.group())
    return found


def main_clause(text: str) -> str:
    """The sentence without its background and description clauses."""
    for clause in asides(text):
        text = text.replace(clause, " ")
    return text


def without_what_came_before(text: str) -> str:
    """The sentence without the background and description clauses that recall what came before ("...,
    days after X accused Y", "..., a charge Y denies"): which question it answers is in the rest. (A trailing
    participle stays: "..., providing context for the accusations" says what the sentence is about.)"""
    for clause in _recalling(text):
        text = text.replace(clause, " ")
    return text
