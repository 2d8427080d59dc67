"""Quotes: sources -> quotations: the quoted words, who the text says spoke them, and where.

Words between quotation marks are a quotation only when the text says someone spoke them:
a whole statement with a verb of saying around it ('"...," Lopes said'), a statement
introduced by a colon ('The minister put it bluntly: "..."'), the next sentence of a
quotation ('"...," she said. "..."'), or a shorter phrase that a verb of saying takes as
its object ('called the plan "a gamble"', 'said the council would "respond in kind"').
A quoted term inside a phrase ('accused the port of "wholesale" theft', the
so-called "loophole") is a scare quote, not a quotation.

The speaker is the one the text names: the subject of the verb of saying, the name after
an inverted verb ('said Ana Lopes, a harbour pilot'), the words before the colon. "He" or
"she" is the last speaker of the same article; a surname alone is the fuller name the
article gave it first. With nobody named, the words are not listed as a quotation.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .entities import EntityMatcher
from .model import Citation, Quotation, Quote, Source
from .judge import LABEL, commentary_rules
from .speakers import FAQ_LABELS, turn_labels
from .textutil import DETERMINER_BEFORE, MONTH_NAMES, STOPWORDS, WEEKDAYS

_SPANS = re.compile(
    r"\u201c([^\u201c\u201d]{1,2000})\u201d"  # “double”, which may run over several sentences
    r"|(?<![\w])\"([^\"]{1,2000})\"(?![\w])"  # "straight double"
    r"|(?<![\w])\u2018(.{1,400}?)\u2019(?![\w])"  # ‘single’ (an apostrophe inside is not its end)
    r"|(?<![\w])'([^'\n]{1,300}?)'(?![\w])"  # 'straight single' (not an apostrophe: no letter outside)
)
#: verbs whose object may be the quoted words themselves: 'called the plan "a gamble"'
NAMING_VERBS = ("called", "calling", "calls", "call", "described", "describe", "describes", "describing",
                "characterized", "characterizing", "characterised", "characterising", "labelled", "labeled",
                "branded", "termed", "dubbed", "dismissed", "dismissing", "rejected", "rejecting", "declared",
                "declaring", "denounced", "denouncing", "used the term", "uses the term", "using the term")
#: verbs that report what someone said, in any construction
SAYING_VERBS = ("said", "says", "say", "saying", "told", "tells", "telling", "stated", "added", "adding",
                "warned", "warns", "warning", "argued", "argues", "wrote", "writes", "insisted", "insists",
                "noted", "stressed", "stresses", "urged", "urges", "urging", "claimed",
                "accused", "accuses", "accusing", "accuse", "threatened", "threatens", "pledged", "promised",
                "vowed", "replied", "responded", "asked", "answered", "announced", "announces", "explained",
                "explains", "recalled", "acknowledged", "conceded", "according to", "put it", "puts it", "cautioned",
                "predicted", "suggested", "pointed out", "points out", "pointed to", "points to", "testified",
                "underlined", "underscored", "emphasized", "emphasised", "emphasizing", "emphasising", "stressing",
                "noting", "observed", "remarked", "commented", "admitted", "maintained", "countered", "retorted",
                "complained", "asserted", "affirmed", "reiterated", "reiterating", "confirmed")
_SPEECH = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(NAMING_VERBS + SAYING_VERBS, key=len,
                                                                       reverse=True)) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"\b\w+")
_FIRST_WORDS = frozenset(v.split()[0] for v in NAMING_VERBS + SAYING_VERBS)
_ACCUSING = frozenset({"accused", "accuses", "accusing", "accuse"})
LONG_QUOTE_WORDS = 4  #: a quoted passage this long is a statement, not a term
# who says a short statement, between its closing mark and the verb: '"It's not proof," Park said.', '..., he said',
# '"...," said Park' (nothing between); not 'a larger "teacher," is standard practice, said X'
_WHO_BEFORE_VERB = re.compile(r"[\s\"'\u201d\u2019]*(?:(?:[A-Z][\w.'\u2019-]*\s+){1,4}|(?:he|she|they|it|we|I)\s+)?")
NEAR_WORDS = 12  #: a shorter phrase is a quotation only this close after the verb of saying that takes it
MAX_SPEAKER_WORDS = 14
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those"})
_PERSONAL = frozenset({"he", "she", "they"})
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}
_OWNER = re.compile(r"^(?:(?P<name>.+?)['\u2019]s|(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir))\s+[a-z]+$")
#: words in a speaker's place that name nobody: "nowhere does the accord say", "nobody has said"
_NOBODY = frozenset({"nowhere", "nobody", "no one", "nothing", "none", "never", "neither", "nor"})
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
# 'networks known in the industry as "hydra clusters"': the name a thing goes by, not anyone's words
_KNOWN_AS = re.compile(r"\b(?:known|referred\s+to|nicknamed)\b[^,;:.]{0,40}?\bas\s*[\"'\u201c\u2018]?\s*$|"
                       # words named as words: 'use the label of "harbour piracy"', 'the term "night raid"'
                       r"\b(?:the|this|that|a|its|their)\s+(?:\w+\s+)?(?:label|term|word|phrase|slogan|tag|moniker|"
                       r"expression)(?:\s+of)?\s*[\"'\u201c\u2018]?\s*$|"
                       # 'The large model is called the "teacher" and the small one the "student"'
                       r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:called|dubbed|termed|named)\b[^,;:.]{0,40}?"
                       r"[\"'\u201c\u2018]?\s*$", re.IGNORECASE)
# 'calls the practice "ghost sailing"': the name given to a way of doing things, not a verdict on it
_CALLS_A_PRACTICE = re.compile(r"\b(?:the|this|that|such\s+an?|an?)\s+(?:\w+\s+)?(?:practice|technique|method|approach|"
                               r"process|tactic|phenomenon|strategy|pattern|activity|behaviou?r|scheme|trick)s?\s*$",
                               re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|was|are|were|be|been|being|as)\s*$", re.IGNORECASE)
# where a speaker's name ends: a relative clause, what they did besides speaking, where and when
_SPEAKER_END = re.compile(
    r",?\s+(?:who|which|whose|where|when|while|adding|in an?\b|in the\b|on (?:" + "|".join(WEEKDAYS) + r")"
    r"|at an?\b|at the\b|during|after|before|told|said|says|to reporters|this week|last week|earlier|later"
    r"|on condition)\b.*$", re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:and|but|as|when|while|because|so|then|also|meanwhile|however|that|which|in response"
                      r"|separately)\b[\s,]*)+", re.IGNORECASE)
_ARTICLES = ("the ", "a ", "an ")


@dataclass(frozen=True)
class _Span:
    start: int  #: offset of the first quoted character in the paragraph
    end: int  #: offset just after the last quoted character
    text: str


def quoted_spans(text: str) -> list[_Span]:
    """Every passage between quotation marks that has a letter in it, with its place in the text."""
    spans = []
    for match in _SPANS.finditer(text):
        group = next(n for n in range(1, 5) if match.group(n) is not None)
        if any(c.isalpha() for c in match.group(group)):
            start, end = match.span(group)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            spans.append(_Span(start, end, text[start:end]))
    return spans


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(c.isalnum() for c in w)]


_BLANK = "\u00b7"  #: stands in for quoted words: not a letter, and not a break between clauses


def _frame(text: str, spans: list[_Span]) -> str:
    """The text with every quoted passage blanked out (same length), so verbs inside quotes are not read."""
    chars = list(text)
    for span in spans:
        chars[span.start:span.end] = _BLANK * (span.end - span.start)
    return "".join(chars)


_AUXILIARY = frozenset({"has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "can",
                        "may", "might", "must", "did", "does", "do", "also", "then", "later", "again"})


_DETERMINERS = frozenset({"one", "a", "an", "the", "another", "two", "three", "several", "some"})
_ARTICLES_WORDS = frozenset({"a", "an", "the"})


def _clean_speaker(phrase: str) -> str:
    phrase = _SPEAKER_END.sub("", phrase.strip(" ,;:\u2014-\"'\u201c\u201d\u2018\u2019" + _BLANK))
    phrase = _LEADING.sub("", phrase).strip(" ,;:")
    while phrase.lower().startswith(_ARTICLES):
        phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
    words = phrase.split()
    # "a choice one official described as ...": the speaker starts at the determiner after the noun
    restart = [n for n in range(1, len(words)) if words[n].lower() in _DETERMINERS
               and words[n - 1].isalpha() and words[n - 1].islower() and words[n - 1] not in STOPWORDS]
    if restart:
        words = words[restart[-1]:]
        words = words[1:] if words[0].lower() in _ARTICLES_WORDS and len(words) > 1 else words
    auxiliary = next((n for n, w in enumerate(words) if n and w.lower() in _AUXILIARY), None)
    words = words[:auxiliary]  # "officials have explicitly": who, not what they have done
    while words and (words[-1].lower().strip(",") in _VERBISH or words[-1].lower().endswith("ly")):
        words.pop()  # "Ostreva swiftly", "the ministry firmly"
    phrase = re.sub(r"['\u2019]s?$", "", " ".join(words))  # "Lopes's call for ...": Lopes
    if not _words(phrase) or len(_words(phrase)) > MAX_SPEAKER_WORDS or _BLANK in phrase:
        return ""
    return phrase.rstrip(" ,.")


# "that" after a preposition points at a noun ("the head of that office"); elsewhere it opens a clause
_CLAUSE_OPENER = re.compile(r"\b(?:what|(?<!\b(?:of|in|at) )(?<!\bfor )that|which|when|while|because|after|"
                            r"before|into|where|whom)\s+", re.IGNORECASE)


def _subject_before(frame: str, verb_start: int) -> str:
    """Who speaks, named before the verb: 'Ana Lopes, the port's pilot, said', 'embassy spokesman Berg said'."""
    before = frame[:verb_start]
    cut = max(before.rfind(c) for c in ";:\u2014(")
    before = before[cut + 1:]
    # "X called it "..." and said", "X rejected it and, on April 29, stated": the subject of the first verb
    if re.search(r"\b(?:and|but)\s*(?:,[^,]{1,40},\s*)?$", before):
        earlier = _speech_verbs(before)
        return _subject_before(frame, cut + 1 + earlier[-1].start()) if earlier else \
            _participle_subject(before, len(before))
    chunks = [c.strip() for c in before.split(",")]
    if len(chunks) >= 2 and chunks[-1].lower() == "who":  # "Ana Lopes, who said": Ana Lopes
        return _clean_speaker(_CLAUSE_OPENER.split(chunks[-2])[-1])
    while chunks and not chunks[-1]:
        chunks.pop()
        if chunks and len(chunks) >= 2:  # "Ana Lopes, the port's pilot, said": the name and its apposition
            apposition = chunks[-1]
            named = _CLAUSE_OPENER.split(chunks[-2])[-1]  # "... into what its chairman, Ana Lopes, called"
            if apposition.lower().startswith(("who ", "which ")):
                return _clean_speaker(named)
            return _clean_speaker(f"{named}, {apposition}")
    # "... accused the port of what its memo calls": who calls it is named after "what"
    return _clean_speaker(re.split(r"\bwhat\s+", chunks[-1], flags=re.IGNORECASE)[-1]) if chunks else ""


def _speaker_after(frame: str, verb_end: int) -> str:
    """Who speaks, named after an inverted verb: '"...," said Ana Lopes, a harbour pilot.'"""
    after = frame[verb_end:]
    stop = re.search(r"[;:\u2014(]|(?<!\b[A-Z])\.(?:\s|$)|$", after)  # not the stop of an initial: "said I. Morec"
    chunks = [c.strip() for c in after[:stop.start()].split(",")]
    # the name, and a role after it ("a harbour pilot", "the port's chief"), not what else is said of them
    kept = chunks[:2] if len(chunks) > 1 and chunks[1].lower().startswith(_ARTICLES) else chunks[:1]
    if len(chunks) > 1 and chunks[0][:1].islower() and _person_name(chunks[1]) == chunks[1]:
        kept = [chunks[1], chunks[0]]  # "said the mayor, Ruud Jansma, standing ...": Ruud Jansma, the mayor
    return _clean_speaker(", ".join(kept))


def _participle_subject(frame: str, verb_start: int) -> str:
    """'The ministry rejected the report, calling it "...": who calls it is who the sentence is about."""
    before = frame[:verb_start].rstrip(" ,")
    for chunk in (c.strip() for c in before.split(",")):
        words = chunk.split()
        subject = []
        for word in words:
            bare = word.strip("'\u2019").lower()
            if subject and (bare in _VERBISH or bare.endswith("ed") and not word[:1].isupper()):
                break
            subject.append(word)
        if subject and len(subject) < len(words):
            return _clean_speaker(" ".join(subject))
    return ""


_VERBISH = _AUXILIARY | {"took", "takes", "hit", "hits", "struck", "made", "makes", "gave", "gives", "went",
                         "came", "put", "swiftly", "quickly", "strongly", "firmly", "responded", "reacted"}


def _speech_verbs(text: str) -> list[re.Match]:
    """Verbs of saying, not the nouns and names spelled alike ("the calls", "the Federated States", "a terrain
    warning": a verb in -ing speaks only opening its clause, ", calling the plan ...")."""
    found = []
    for word in _WORD.finditer(text):  # one long alternation is slow to scan with; try it only where a verb starts
        if word.group().lower() not in _FIRST_WORDS:
            continue
        v = _SPEECH.match(text, word.start())
        if v is None:
            continue
        before = text[max(0, v.start() - 30):v.start()]  # the words just before decide; no need to read further
        if (v.start() == 0 or not v.group()[0].isupper()) and not DETERMINER_BEFORE.search(before) \
                and (not v.group().lower().endswith("ing") or _OPENS_CLAUSE.search(before)
                     or re.search(r"[A-Z][\w'\u2019-]*\s+$", before)):  # "with Ana Lopes calling it ..."
            found.append(v)
    return found


_OPENS_CLAUSE = re.compile(r"(?:^|[,;:\u2014(]|\b(?:and|while|after|before|by|when|without|in)\b)\s*$", re.IGNORECASE)


# after a quotation, words that start a new phrase rather than go on with the quoted term's
_NEW_PHRASE = re.compile(
    r"[\"'\u201d\u2019]?\s+(?:and|or|to|for|against|on|in|of|at|by|from|with|but|if|as|over|since|because|instead|"
    r"rather|than|when|while|that|which|who|whether|how|why|what|where|unless|until|after|before|within|without|"
    r"despite|during|into|through|toward|towards|about|under|amid|among|across|beyond|so|yet|not|is|was|were|are)\b")


def _goes_on_into_a_phrase(quoted: str, after: str) -> bool:
    """'accused the port of "wholesale" theft': the quoted term is part of the phrase around it (a scare quote),
    not what someone said; a quotation ends with its own stop, the sentence, or a new phrase ("and", "to", ...)."""
    if re.search(r"[,.!?;:]$", quoted) or not re.match(r"[\"'\u201d\u2019]?\s+[a-z]", after):
        return False
    next_word = len(after) - len(after.lstrip("\"'\u201d\u2019 "))
    return not _NEW_PHRASE.match(after) and not any(v.start() == next_word for v in _speech_verbs(after))


def _is_quotation(frame: str, span: _Span, sentence_start: int, sentence_end: int | None = None) -> re.Match | None:
    """The verb of saying that makes the span a quotation, or None when the span is a term. sentence_end: where
    the sentence the quotation ends in ends; a verb after it is the next sentence's ('"...." Outputs may fall
    outside copyright, he said.')."""
    sentence_frame = frame[sentence_start:sentence_end]
    at = span.start - sentence_start
    verbs = _speech_verbs(sentence_frame)
    if not verbs:
        return None
    before_text = sentence_frame[:at]
    after_text = sentence_frame[span.end - sentence_start:]
    words = len(_words(span.text))
    if _SO_CALLED.search(before_text.rstrip(" \"'\u201c\u2018")) or _KNOWN_AS.search(before_text):
        return None
    if (words < LONG_QUOTE_WORDS or DETERMINER_BEFORE.search(before_text.rstrip("\"'\u201c\u2018"))) and \
            _goes_on_into_a_phrase(span.text, after_text) and \
            not (words > 1 and _REPORTED_VERB_PHRASE.search(before_text)):
        return None  # 'the "small yard, high fence" approach': however long, a label of the noun after it
    before = [v for v in verbs if v.end() <= at]
    if words >= LONG_QUOTE_WORDS:
        return before[-1] if before else verbs[0]
    if not before:
        # a short statement closed by its own comma and followed by who says it: '"It's not proof," Park said.'
        after = [v for v in verbs if v.start() >= span.end - sentence_start]
        between = sentence_frame[span.end - sentence_start:after[0].start()] if after else ""
        return after[0] if after and words > 1 and re.search(r"[,!?]$", span.text) and \
            _WHO_BEFORE_VERB.fullmatch(between) else None
    verb = before[-1]
    gap = len(_words(sentence_frame[verb.end():at]))
    name = verb.group().lower()
    copula = _COPULA.search(before_text.rstrip(" \"'\u201c\u2018"))
    if (gap > NEAR_WORDS and not copula) or re.search(r"[;:!?]|\.\s+[A-Z]", sentence_frame[verb.end():at]):
        return None
    if name in NAMING_VERBS and _names_a_term(sentence_frame[:verb.start()], before_text, span.text, gap):
        return None
    if name in _ACCUSING and (words < 2 or not span.text.split()[0].lower().endswith("ing")):
        return None  # 'accused them of "stealing"': the charge's label, not words anyone is quoted saying
    if words == 1 and name not in NAMING_VERBS and not copula:
        return None  # one word after "said" that is not what something "was" or was "called"
    return verb


_WHAT_BEFORE = re.compile(r"\bwhat\b[^,;:]{0,40}$", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[\w'-]+\s+){1,3}$", re.IGNORECASE)
_ARTICLE_START = re.compile(r"(?:a|an|the)\s", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s*[\"'\u201c\u2018]?$", re.IGNORECASE)


def _names_a_term(before_verb: str, before_quote: str, quoted: str, gap: int) -> bool:
    """After a naming verb ("calls", "called"), the quoted words are a term, not what anyone said:
    'what the council calls "the loophole"', 'a practice that traders call "ore laundering"' (but not 'a network
    that it called "a criminal enterprise"', which says what it is), 'called the closure a "blockade"'."""
    if _WHAT_BEFORE.search(before_verb) or _CALLS_A_PRACTICE.search(before_quote.rstrip("\"'\u201c\u2018")):
        return True
    if gap == 0 and _RELATIVE_BEFORE.search(before_verb) and not _ARTICLE_START.match(quoted):
        return True
    return len(_words(quoted)) == 1 and bool(_ARTICLE_BEFORE.search(before_quote))


_CAPITAL_WORD = r"[A-Z][\w'\u2019-]+"  #: a capitalised word, the stuff of names
#: "Prime Minister Ana Lopes", "Harbour Ferry Workers Council" (not "The Harbour Ferry Workers")
_FULL_NAME = re.compile(rf"\b(?!(?:The|A|An)\s){_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{1,3}}\b")
# a name a sentence opens on, followed by what it says of them: "Mikael Dorn of Halvard Labs, whose ..."
_OPENS_ON_NAME = re.compile(rf"(?:^|(?<=[.!?]\s))({_FULL_NAME.pattern})"
                            r"(?=,|\s*\(|\s+(?:of|at|from|who|is|was|has|had|[a-z]+ed)\b)")
# a person's name as the subject of reported speech, perhaps described first: "Lotte Amberg, who ..., said"
_SAYS = "(?:" + "|".join(v for v in SAYING_VERBS if " " not in v) + r")\b"  #: a one-word verb of saying
# a verb phrase quoted from what someone told or said: 'told reporters the department was "actively reviewing"
# information', not 'accused them of "wholesale" theft' nor 'said it had been "sabotaging" the routes'
_REPORTED_VERB_PHRASE = re.compile(rf"\b{_SAYS}[^.;:!?\"\u201c\u201d]{{0,80}}?\b(?:that\s+)?"
                                   r"[^.;:!?\"\u201c\u201d]{0,40}\b(?:was|is|were|are|had|has|have|would|will)\s*"
                                   r"[\"'\u201c\u2018]?$", re.IGNORECASE)
_REPORTED_BY = re.compile(rf"({_FULL_NAME.pattern})(?:,[^,.;\"\u201c]{{0,100}},|,)?\s+{_SAYS}")
_SAYS_NEXT = re.compile(rf"\s+(?:(?:also|has|had|have)\s+)?{_SAYS}")  #: "Ferrolink said", "X has also said"
# a surname a sentence opens on as its subject: "Okafor said he would comply", "Okafor struck a cautious note",
# "Okafor, speaking before her trip, sounded a note of caution"
_OPENS_ON_SURNAME = re.compile(rf"(?:^|(?<=[.!?]\s))({_CAPITAL_WORD})(?:,\s+[a-z][^,.;]{{0,60}},)?\s+(?=[a-z])")
# ... or saying something after an opening clause: "Asked about the timing, Okafor told reporters ..."
_SURNAME_SAYS_AFTER_CLAUSE = re.compile(rf"(?<=,\s)({_CAPITAL_WORD})(?={_SAYS_NEXT.pattern})")


#: "the company said": who speaks is the organisation the article has just named
GENERIC_ORGANISATIONS = frozenset({"company", "firm", "startup", "start-up", "developer", "lab", "laboratory",
                                   "ministry", "agency", "department", "embassy", "group", "organisation",
                                   "organization", "institute", "federation", "regulator", "authority", "operator",
                                   "carrier", "airline", "insurer", "bank", "manufacturer", "maker", "supplier"})
REFERENT_PASSAGES = 3  #: paragraphs back "the company" looks for the name it stands for
_CAPITALISED_RUN = re.compile(rf"\b(?!(?:The|A|An)\s){_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,4}}\b")
_TITLES = frozenset({"Mr", "Ms", "Mrs", "Dr", "Prof"})
_NOT_NAMES = frozenset({*WEEKDAYS, *MONTH_NAMES, *_TITLES, "The", "A", "An", "In", "On", "At", "It", "This", "That",
                        "But", "And", "He", "She", "They", "We", "I"})


_INITIAL = re.compile(r"^[A-Z]\.$")


def _without_title(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 2 and words[0].rstrip(".") in _TITLES else name


@dataclass
class _Reader:
    """Reads one article in order, remembering who spoke last and the names it has given in full."""

    matcher: EntityMatcher
    last_speaker: str = ""
    read: list[str] = field(default_factory=list)  #: the article's text so far, searched only for a lone surname
    paragraph_starts: list[int] = field(default_factory=list)  #: where in `read` each paragraph begins

    def start_paragraph(self) -> None:
        self.paragraph_starts.append(len(self.read))

    def _paragraphs_read(self, count: int) -> list[str]:
        """The last paragraphs read, latest first, each whole (a quotation splits its text into pieces)."""
        bounds = [*self.paragraph_starts[-count:], len(self.read)]
        return [" ".join(self.read[a:b]) for a, b in reversed(list(zip(bounds, bounds[1:])))]

    def remember_names(self, text: str) -> None:
        if text:
            self.read.append(text)
            # "Lotte Amberg, who studies attribution, said such clues ...": she is who "she said" means next;
            # so is a person a sentence opens on ("Mikael Dorn of Halvard Labs is in no doubt. '...,' he said")
            named = [(m.start(), m.group(1)) for m in _REPORTED_BY.finditer(text)]
            named += [(m.start(), m.group(1)) for m in _OPENS_ON_NAME.finditer(text) if _person_name(m.group(1))]
            # a surname the article has given in full: "Okafor said he would comply" (after "said Sam Okafor")
            named += [(m.start(), fuller) for m in _OPENS_ON_SURNAME.finditer(text) if m.group(1) not in _NOT_NAMES
                      and (fuller := self._full_name_of(m.group(1), _SAYS_NEXT.match(text, m.end(1)) is not None))]
            named += [(m.start(), fuller) for m in _SURNAME_SAYS_AFTER_CLAUSE.finditer(text)
                      if m.group(1) not in _NOT_NAMES and (fuller := self._full_name_of(m.group(1), True))]
            named = [(at, _without_title(name)) for at, name in named]  # "Dr Ana Lopes": Ana Lopes
            named = [(at, name) for at, name in named if name and name.split()[0] not in _NOT_NAMES]
            if named:
                self.last_speaker = max(named)[1]

    def _fuller(self, surname: str) -> str:
        """The latest name given before that begins or ends with the word ("Marcus Ojeda", "Zhang Rui";
        not "Senate Commerce Committee" for "Commerce", nor words a sentence opens on, "For Lusavia")."""
        for text in reversed(self.read):
            given = (re.sub(r"['\u2019]s$", "", n) for n in _FULL_NAME.findall(text))  # "Ana Lopes's press call"
            names = [n for n in given if surname in (n.split()[0], n.split()[-1])
                     and n != surname and n.split()[0].lower() not in STOPWORDS]
            if names:
                return names[-1]
        return ""

    def _full_name_of(self, surname: str, says: bool) -> str:
        """The person a lone surname stands for: a name given before. Opening a sentence on what someone did
        ("Ojeda struck a cautious note"), it is a person's name ending in it, not a company's ("Brightwater
        estimates", after "Brightwater Capital"); saying something ("Zhang said"), a name beginning with it too."""
        fuller = self._fuller(surname)
        return fuller if says or (_person_name(fuller) == fuller and fuller.split()[-1:] == [surname]) else ""

    def _named_as(self, role: str) -> str:
        """The person the article has named with this role: "spokeswoman Milena Korsak", "Milena Korsak, the
        ministry's spokeswoman"; the latest one."""
        role = re.escape(role)
        pattern = re.compile(rf"\b{role}\s+({_FULL_NAME.pattern})|({_FULL_NAME.pattern}),\s+[^,.;]{{0,60}}\b{role}\b")
        for text in reversed(self.read):
            found = [m.group(1) or m.group(2) for m in pattern.finditer(text)]
            if found:
                return found[-1]
        return ""

    def _organisation_before(self, noun: str) -> str:
        """The organisation "the company" stands for: in the latest paragraph read that names one (of the last
        few), one with the noun in it ("the ministry": "Foreign Ministry"), else the one the article names
        most, else the first (the sentence's subject, likeliest)."""
        article = " ".join(self.read)
        for passage in self._paragraphs_read(REFERENT_PASSAGES):
            found: dict[str, int] = {}
            speaking: set[str] = set()
            for match in _CAPITALISED_RUN.finditer(passage):
                name = match.group()
                opens_sentence = not passage[:match.start()].rstrip(" \"'\u201c\u2018(").endswith(
                    tuple("abcdefghijklmnopqrstuvwxyz,;"))
                if name in _NOT_NAMES or name.split()[0] in _NOT_NAMES or (name.isupper() and len(name) <= 4) \
                        or re.search(r"-[a-z]+$", name):  # "Hangzhou-based"
                    continue
                says = bool(_SAYS_NEXT.match(passage, match.end()))
                if opens_sentence and " " not in name and not re.search(rf"[a-z,;]\s+{re.escape(name)}\b", article) \
                        and not re.match(r",\s+(?:a|an|the)\s", passage[match.end():]) and not says:
                    continue  # "Developers noticed ...": a capital that only opens sentences is no name, unless
                    # described as one ("Ferrolink, a freight operator, ...") or saying something ("Ferrolink said")
                if any(self.matcher.entities[m.entity].kind == "person" for m in self.matcher.mentions(name)):
                    continue
                found.setdefault(name, match.start())
                if says:
                    speaking.add(name)
            if found:  # one reported saying something first: "Ferrolink said three Portavel skippers ..."
                return max(found, key=lambda n: (n in speaking, noun in n.lower(), article.count(n), -found[n]))
        return ""

    def names(self, word: str) -> bool:
        """A lone capitalised word is a name the article gives: in full before ("Reed:" after "Tom
        Reed"), as an entity, or inside a sentence ("... said Ferrolink"); "Translation:" is none."""
        if " " in word or self.resolve(word) != word:
            return True
        return bool(re.search(rf"[a-z,;]\s+{re.escape(word)}\b", " ".join(self.read)))

    def resolve(self, speaker: str) -> str:
        """A pronoun is the last speaker; a lone surname is the fuller name given before; "the company" the
        organisation the article has just named."""
        if speaker.lower() in _PRONOUNS or speaker.lower() in _NOBODY:
            return self.last_speaker if speaker.lower() in _PERSONAL else ""
        if speaker.lower() in GENERIC_ORGANISATIONS:
            return self._organisation_before(speaker.lower()) or speaker
        words = speaker.split()
        if len(words) == 1 and words[0].islower():  # "the spokeswoman": the one the article introduced as such
            return self._named_as(words[0]) or speaker
        if len(words) == 2 and _INITIAL.match(words[0]) and words[1][:1].isupper():  # "I. Morec": Ivana Morec
            fuller = (self._fuller(words[1]) if words[1] in " ".join(self.read) else "").split()
            given = next((n for n, name in enumerate(fuller[:-1]) if name.startswith(words[0][0])), None)
            return " ".join(fuller[given:]) if given is not None else speaker
        if len(words) == 1 and words[0][:1].isupper():
            fuller = self._fuller(words[0]) if words[0] in " ".join(self.read) else ""
            if fuller:
                return fuller
            mention = next(iter(self.matcher.mentions(speaker)), None)
            if mention is not None and self.matcher.entities[mention.entity].kind == "person":
                return self.matcher.entities[mention.entity].name
        return speaker


def _speaker_for(frame: str, span: _Span, sentence_start: int, verb: re.Match | None) -> str:
    local = frame[sentence_start:]
    end = span.end - sentence_start
    if verb is None:
        return ""
    if verb.start() >= end:  # '"...," said Ana Lopes' or '"...," Lopes said'
        between = local[end:verb.start()]
        named = _clean_speaker(between)
        if named:
            return named
        return _speaker_after(local, verb.end())
    if verb.group().lower().endswith("ing") and local[:verb.start()].rstrip().endswith(","):
        # "The ministry rejected the report, calling it ...": who calls it is who the sentence is about
        return _participle_subject(local, verb.start()) or _subject_before(local, verb.start())
    return _subject_before(local, verb.start())


_NUMBERED_LABEL = re.compile(r"\W*[A-Za-z]+\s+(?:\d+|[IVX]+|no\.\s*\d+)\W*")


_PREDICATE_AFTER_COMMA = re.compile(r",\s+(?!(?:the|a|an|his|her|its|their|who|which)\b)[a-z][^,]*$")


def _colon_speaker(frame: str, span: _Span, sentence_start: int) -> str:
    """'The ministry's spokesman, Jonas Ek, put it bluntly: "..."': the words before the colon name who speaks."""
    before = frame[sentence_start:span.start].rstrip(" \"'\u201c\u2018")
    if not before.endswith(":"):
        return ""
    head = before[:-1]
    # "Jonas Ek, the harbour master, was blunt:": who speaks is named before what is said of them
    predicate = _PREDICATE_AFTER_COMMA.search(head)
    head = f"{head[:predicate.start()]}, " if predicate else f"{head} "
    named = _subject_before(head, len(head))
    if _NUMBERED_LABEL.fullmatch(named):
        return ""  # a fact-check's "Claim 2:", a list's "Point 3:": what is checked, not who said it
    owner = _OWNER.match(named)  # "Whitcomb's pitch:": Whitcomb speaks; "His words were:": he does
    if not owner:
        return named
    return owner.group("name") or _OWNER_PRONOUN[owner.group("pronoun").lower()]


def _sentence_starts(paragraph) -> list[tuple[int, int]]:
    offsets, position = [], 0
    for sentence in paragraph.sentences:
        start = paragraph.text.find(sentence.text, position)
        start = position if start < 0 else start
        offsets.append((start, start + len(sentence.text)))
        position = start + len(sentence.text)
    return offsets


def _wholly_quoted(sentence_text: str, span: _Span) -> bool:
    """The sentences are the quoted words and nothing else: '"We will not wait another winter."'"""
    return sentence_text.strip(" \"'\u201c\u201d\u2018\u2019.,!?") == span.text.strip(" .,!?")


MIN_ANSWERS = 2  #: turns one speaker answers in: a press conference, whose reporters may go unnamed


def _turn_speakers(source: Source) -> dict[str, str]:
    """Paragraph id -> who speaks it, in a transcript (a press conference, an interview): the turns of a
    speaker who answers, not of those who only ask, nor of a broadcast's host, who speaks for the show."""
    labels = turn_labels([p.text if p.kind == "paragraph" else "" for p in source.paragraphs])
    turns = {p.id: label for p, label in zip(source.paragraphs, labels) if label and label.lower() not in FAQ_LABELS}
    asks = {p.id for p in source.paragraphs if p.text.rstrip().endswith("?")}
    counts = Counter(turns.values())
    asking = {label for label in counts if all(pid in asks for pid, x in turns.items() if x == label)}
    hosts = _hosts(source, turns)
    return {pid: label for pid, label in turns.items()
            if counts[label] >= MIN_ANSWERS and label not in asking and label not in hosts}


# a label naming the host's part: "TOM AVERY (HOST):", "RACHEL DUNMORE, ANCHOR:", "PRESENTER:"
_HOST_ROLE = re.compile(r"\b(?:host|anchor|presenter|moderator|interviewer)\b", re.IGNORECASE)


def _hosts(source: Source, turns: dict[str, str]) -> set[str]:
    """The labels of a broadcast's host: labelled so, or opening the show or handing over to others ("Good
    morning, this is First Light, I'm ...", "With me in the studio is ..."), by any label sharing the name's
    last word ("ANNA BERGLUND (HOST)" is later "BERGLUND")."""
    hosting = commentary_rules().hosting
    hosts = set()
    for paragraph in source.paragraphs:
        if paragraph.id in turns and (_HOST_ROLE.search(LABEL.match(paragraph.text).group()) or any(
                hosting.search(LABEL.sub("", sentence.text)) for sentence in paragraph.sentences)):
            hosts.add(turns[paragraph.id].split()[-1].lower())
    return {label for label in turns.values() if label.split()[-1].lower() in hosts}


# after a quoted word, what names it as a word: '"Harbour piracy" is a phrase doing a lot of work'
_NAMED_AS_A_WORD = re.compile(r"^[\s,.!?\"'\u201d\u2019]*(?:is|was|has\s+become)\s+(?:a|an|the|just\s+a)\s+"
                              r"(?:\w+\s+)?(?:word|term|label|phrase)\b", re.IGNORECASE)


def _voices_another(said: str) -> bool:
    """A turn's sentence whose quotation marks set off someone else's words ('the ministry said it would take
    "necessary measures"') or a word named as a word: the speaker does not say them as their own."""
    spans = quoted_spans(said)
    frame = _frame(said, spans)
    return any(_is_quotation(frame, span, 0) is not None or _NAMED_AS_A_WORD.match(said[span.end:])
               for span in spans)


def _turn_quotes(source: Source, paragraph, speaker: str) -> tuple[list[Quote], set[int]]:
    """Each statement of a turn, as the speaker's words (a question asks, and says nothing), and the sentences
    (by index) that voice another, to be read as running text is."""
    quotes, voicing_another = [], set()
    for index, sentence in enumerate(paragraph.sentences):
        said = LABEL.sub("", sentence.text).strip()
        if _voices_another(said):
            voicing_another.add(index)
            continue
        if said.endswith("?") or len(_words(said)) < LONG_QUOTE_WORDS:
            continue
        quotes.append(Quote(source.id, paragraph.id, sentence.id, sentence.text, said.rstrip(" ,;:."), speaker,
                            in_turn=True))
    return quotes, voicing_another


def find_quotes(sources: list[Source], matcher: EntityMatcher) -> list[Quote]:
    """Every quotation in the articles' running text (headings and captions hold none), and every statement
    of a transcript's turns, in article order."""
    quotes = []
    for source in sources:
        reader = _Reader(matcher)
        previous_quoted = False  # the sentence before was a quotation: a sentence wholly in quotes goes on with it
        turns = _turn_speakers(source)
        for paragraph in source.paragraphs:
            reader.start_paragraph()
            read_as_text = None  # the sentences (by index) read for quotations; None: all of them
            if paragraph.id in turns:  # the turn is the speaker's, but for sentences that voice another
                label = turns[paragraph.id]  # a broadcast's "OKAFOR" is the Dana Okafor it introduced
                speaker = reader.resolve(label.title() if label.isupper() else label)
                turn_quotes, read_as_text = _turn_quotes(source, paragraph, speaker)
                quotes.extend(turn_quotes)
                reader.last_speaker = speaker
                previous_quoted = False
                if not read_as_text:
                    reader.remember_names(paragraph.text)
                    continue
            elif paragraph.kind not in ("paragraph", "item"):
                previous_quoted = False
                continue
            spans = quoted_spans(paragraph.text)
            if not spans:  # most paragraphs quote nobody
                reader.remember_names(paragraph.text)
                previous_quoted = False
                continue
            frame = _frame(paragraph.text, spans)
            offsets = _sentence_starts(paragraph)
            quoted_in: dict[int, bool] = {}
            read_to = 0
            for span in spans:
                reader.remember_names(frame[read_to:span.start])  # names given before the quotation
                read_to = span.start
                index = next((n for n, (a, b) in enumerate(offsets) if a <= span.start < b), None)
                if index is None or (read_as_text is not None and index not in read_as_text):
                    continue
                sentence = paragraph.sentences[index]
                start = offsets[index][0]
                end = next((b for a, b in offsets if a < span.end <= b), None)
                verb = _is_quotation(frame, span, start, end)
                speaker = _speaker_for(frame[:end], span, start, verb) if verb is not None else ""
                if verb is None and len(_words(span.text)) >= LONG_QUOTE_WORDS:
                    speaker = _colon_speaker(frame, span, start)
                    if speaker == frame[start:span.start].strip(" \"'\u201c\u2018(:") and not reader.names(speaker):
                        # "Update: ..." is the page's label; "(Translation: ...)" renders the last speaker's words
                        opens = frame[start:].lstrip().startswith("(")
                        speaker = reader.last_speaker if opens else ""
                    if not speaker and (previous_quoted or quoted_in.get(index - 1)) and \
                            _wholly_quoted(paragraph.text[start:end or offsets[index][1]], span):
                        speaker = reader.last_speaker  # '"...," she said. "..."': the same voice goes on
                speaker = reader.resolve(speaker) if speaker else ""
                if speaker:
                    reader.last_speaker = speaker
                    quotes.append(Quote(source.id, paragraph.id, sentence.id, sentence.text,
                                        span.text.rstrip(" ,;:."), speaker))  # the stop before the closing mark is the sentence's
                    quoted_in[index] = True
            reader.remember_names(frame[read_to:])
            previous_quoted = bool(quoted_in.get(len(paragraph.sentences) - 1))
    return quotes


MIN_SHARED_WORDS = 3  #: a shorter quotation inside a longer one is the same quotation from this many words on
MAX_CANDIDATES = 200  #: quotations compared with one, so a phrase thousands of articles quote stays cheap


def _key(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower().replace("\u2019", "'")))


#: words that make a capitalised name an organisation's rather than a person's
ORGANISATION_WORDS = frozenset({"ministry", "embassy", "department", "office", "agency", "committee", "university",
                                "institute", "council", "government", "house", "commission", "party", "bureau",
                                "company", "corporation", "inc", "ltd", "group", "association", "federation",
                                "authority", "administration", "court", "parliament", "congress", "senate",
                                "centre", "center", "foundation", "bank", "board", "union", "times", "daily", "news"})


_NAME_RUN = re.compile(rf"(?:{_CAPITAL_WORD}\s+)+{_CAPITAL_WORD}")  #: "Ana Lopes", "Harbour Board"


def _person_runs(speaker: str) -> list[str]:
    """The runs of capitalised words with no organisation's word in them ("Ana Lopes", not "Harbour Board")."""
    return [run for run in _NAME_RUN.findall(speaker)
            if not any(w.lower().strip("'\u2019s") in ORGANISATION_WORDS for w in run.split())]


def _person_name(speaker: str) -> str:
    """The first run of capitalised words naming a person, as written ("President Ana Lopes")."""
    runs = _person_runs(speaker)
    return runs[0] if runs else ""


#: words a person's name may follow in a capitalised run: "CEO Gregory Hale", "Representatives Dana Whitlock"
_TITLES_BEFORE_NAMES = frozenset({"president", "ceo", "chief", "director", "minister", "spokesperson", "spokesman",
                                  "spokeswoman", "representative", "representatives", "rep", "senator", "secretary",
                                  "chair", "chairman", "chairwoman", "ambassador", "professor", "prof", "dr", "mr",
                                  "ms", "mrs", "governor", "commissioner", "deputy", "founder", "judge", "general"})


def person_named(speaker: str) -> str:
    """The person a naming names, without the titles before the name ("AFTC President and CEO Gregory Hale":
    "Gregory Hale"), or the lone family name it gives ("Ojeda", "Minister Banich"); "" when it names an
    organisation or nobody."""
    runs = _person_runs(speaker)
    if runs:
        words = runs[-1].split()
        while words and (words[0].lower().rstrip(".") in _TITLES_BEFORE_NAMES or words[0].isupper()):
            words = words[1:]
        return " ".join(words)
    lone = speaker.strip()
    return lone if re.fullmatch(_CAPITAL_WORD, lone) and lone.lower() not in ORGANISATION_WORDS else ""


_POINTING_BACK = frozenset({"that", "this", "these", "those"})


def _speaker_rank(speaker: str) -> tuple:
    """The fullest naming: a person's name, one that does not point back ('Ana Lopes, head of that port'), with a
    role ('Ana Lopes, the port's pilot'), then a name ('Harbour Council', not 'memo'), then the longest."""
    words = speaker.split()
    has_role = "," in speaker or any(w[:1].islower() for w in words)
    # "the head of that office" points back at words the reader of a quotation does not see
    points_back = any(w.lower() in _POINTING_BACK for w in words)
    return (bool(_person_name(speaker)), not points_back, any(w[:1].isupper() for w in words), has_role,
            min(len(words), 12), speaker)


def fullest_naming(speakers: list[str]) -> str:
    return max(speakers, key=_speaker_rank)


def one_person_once(by_speaker: dict[str, list[Quotation]]) -> dict[str, list[Quotation]]:
    """Groups of quotations under one person's several namings as one: "CEO Gregory Hale" and "AFTC President and
    CEO Gregory Hale", or a transcript's "Ojeda" and the "Marcus Ojeda" of the page's other quotations, when the
    page names no other Ojeda."""
    person = {key: person_named(fullest_naming([q.speaker for q in group])) for key, group in by_speaker.items()}
    full = {}  # a full name -> the first group naming that person
    for key, name in person.items():
        if len(name.split()) >= 2:
            full.setdefault(name, key)
    by_family: dict[str, set[str]] = {}
    for name, key in full.items():
        by_family.setdefault(name.split()[-1], set()).add(key)
    merged: dict[str, list[Quotation]] = {}
    for key, group in by_speaker.items():
        name = person[key]
        lone = by_family.get(name, set()) if " " not in name else set()
        into = full.get(name) or (next(iter(lone)) if len(lone) == 1 else key)
        merged.setdefault(into, []).extend(group)
    return merged


def speaker_key(speaker: str, matcher: EntityMatcher) -> str:
    """One speaker under any of their namings ("spokesman Jon Berg", "Jon Berg, the embassy's spokesman"):
    a person the editors name, else the name in the words, else the words."""
    for mention in matcher.mentions(speaker):
        entity = matcher.entities[mention.entity]
        if entity.kind == "person":
            return entity.name
    name = _NAME_RUN.search(speaker)
    return name.group() if name else speaker.lower()


def group_quotes(quotes: list[Quote], outlet_of: dict[str, str]) -> list[Quotation]:
    """The same words quoted by several articles (all of them, or one quoting part of the other's passage,
    at least MIN_SHARED_WORDS long) become one quotation."""
    keys = [_key(q.quoted) for q in quotes]
    parent = list(range(len(quotes)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    exact: dict[tuple[str, ...], int] = {}
    saying: dict[tuple[str, ...], list[Quote]] = {}  #: every quotation of the same words
    containing: dict[tuple[str, ...], list[int]] = {}
    for n, key in enumerate(keys):
        saying.setdefault(key, []).append(quotes[n])
        if key in exact:
            parent[root(n)] = root(exact[key])
            continue
        exact[key] = n
        for i in range(len(key) - MIN_SHARED_WORDS + 1):
            posting = containing.setdefault(key[i:i + MIN_SHARED_WORDS], [])
            if len(posting) < MAX_CANDIDATES:
                posting.append(n)
    for n, key in enumerate(keys):
        if len(key) < MIN_SHARED_WORDS or exact[key] != n:
            continue
        passages = [other for other in containing.get(key[:MIN_SHARED_WORDS], ())
                    if other != n and len(keys[other]) > len(key) and _contains(keys[other], key)
                    and any(_one_voice(quote, longer) for quote in saying[key] for longer in saying[keys[other]])]
        # words found in two passages neither of which holds the other ("based mainly in Kallberg" in a
        # statement and in a guest's turn) are a phrase both use: they make neither passage the other's
        chain = sorted(passages, key=lambda other: len(keys[other]))
        if all(_contains(keys[longer], keys[shorter]) for shorter, longer in zip(chain, chain[1:])):
            for other in passages:
                parent[root(n)] = root(other)
    groups: dict[int, list[Quote]] = {}
    for n, quote in enumerate(quotes):
        groups.setdefault(root(n), []).append(quote)
    quotations = []
    for members in groups.values():
        longest = max(range(len(members)), key=lambda n: (len(_key(members[n].quoted)), -n))
        shown = members[longest]
        ordered = [shown] + members[:longest] + members[longest + 1:]
        citations = tuple(dict.fromkeys(Citation(q.source_id, q.paragraph_id, q.sentence_id, q.sentence)
                                        for q in ordered))
        outlets = tuple(dict.fromkeys(outlet_of[q.source_id] for q in ordered))
        speaker = fullest_naming([q.speaker for q in members])
        ident = f"q-{shown.source_id}-{shown.sentence_id}-{len(_key(shown.quoted))}"
        quotations.append(Quotation(ident, speaker, shown.quoted, citations, outlets,
                                    in_turn=all(q.in_turn for q in members)))
    return quotations


def _one_voice(a: Quote, b: Quote) -> bool:
    """Two quotations' speakers who may be one: not two different people named ("Ana Lopes" quoting a phrase
    that "Tom Reed" also used says nothing of Reed's longer passage). A transcript's turn is its speaker's own
    words: another's quotation is in it only under that speaker's name."""
    name_a, name_b = _surname(a.speaker), _surname(b.speaker)
    if a.in_turn != b.in_turn:
        return bool(name_a) and name_a == name_b
    return not (name_a and name_b and name_a != name_b)


def _surname(speaker: str) -> str:
    """The family name a speaker is named by ("Minister Banich" and "Aurel Banich": Banich), "" for none."""
    person = person_named(speaker)
    return person.split()[-1] if person else ""


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))
