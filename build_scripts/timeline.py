"""Timeline: the sentences that date what happened -> events in date order, each with its citations.

A sentence is on the timeline when it reports something (not a writer's view or advice) and gives a date:
one written out, or a weekday, "yesterday" or "last week" counted from its article's date. The same event
reported by several outlets is one entry: sentences the claims stage grouped as one claim, at the date
they give. When they give different dates, the entry keeps every date with the sources that give it.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date

from .authors import authored_in
from .dates import DateMention, clause_around, mentioned_dates, only_a_date, sort_key, within
from .describe import REPEATS
from .judge import HISTORY, TOO_SHORT, commentary_rules, is_complete, leant_on, says_we
from .model import Claim, LabelledSentence, TimelineEvent
from .normalize import is_first_person
from .textutil import content_stems, outside_quotes, words
from .vocabulary import acts as vocabulary_acts, acts_named, polarity_of

#: the sentences that report: a point, one that repeats a point, and the story's history
REPORTING = frozenset({"", HISTORY, REPEATS})
MERGE_SHARED, MERGE_SHARE = 4, 0.4  #: two entries on one date whose sentences share this many words are one event
SAME_ACT_SHARE = 0.5  #: two clauses dating one act share this part of the shorter one's words
MAX_DAYS_APART = 3  #: the most two sources' dates for one event differ by; further apart, they date two events
MAX_MONTHS_APART = 12  #: ... where one gives only a month ("took effect in July 2029", "since January 2030")
MAX_EVENTS = 400  #: a very large corpus keeps the events most outlets date; the page stays readable


def build_timeline(labelled: list[LabelledSentence], claims: list[Claim], published: dict[str, date | None],
                   outlet_of: dict[str, str]) -> tuple[TimelineEvent, ...]:
    """labelled: every sentence in article order; published and outlet_of by source id."""
    dated = _dated_sentences(labelled, published)
    position = {key: n for n, key in enumerate(dated)}
    claim_of: dict[str, Claim] = {}
    for claim in claims:
        for member in claim.members:
            claim_of.setdefault(member, claim)
    groups: dict[str, list[str]] = {}
    for key in dated:
        claim = claim_of.get(key)
        groups.setdefault(claim.id if claim else key, []).append(key)
    events: list[list[tuple[str, DateMention]]] = []  # each: (sentence key, the date it gives)
    for members in groups.values():
        claim = claim_of.get(members[0])
        order = {m: n for n, m in enumerate(claim.members)} if claim else {}
        members.sort(key=lambda k: (order.get(k, len(order)), position[k]))  # the claim's own sentence first
        events.extend(_events_of(members, dated))
    made = [_event(members, dated, outlet_of) for members in _merge_alike(events, dated)]
    if len(made) > MAX_EVENTS:
        kept = sorted(made, key=lambda e: (-len(e.outlets), sort_key(e.date), e.text))[:MAX_EVENTS]
        made = [e for e in made if e in kept]
    made.sort(key=lambda e: (sort_key(e.date), -len(e.outlets), position[e.citations[0].key]))
    return tuple(made)


def _dated_sentences(labelled: list[LabelledSentence], published: dict[str, date | None]
                     ) -> dict[str, tuple[LabelledSentence, list[DateMention]]]:
    """Sentence key -> (sentence, the dates it gives), for sentences that report and give a date. A
    "following day" counts from the last day its article named before it, whatever sentence named it."""
    known = sorted(d for d in published.values() if d)
    year_anchor = known[len(known) // 2] if known else None  # an undated article's year: the story's
    dated = {}
    last_day: dict[str, date] = {}
    led: set[tuple[str, str]] = set()  # paragraphs whose first reporting sentence has been read
    for n, ls in enumerate(labelled):
        source = ls.ref.source_id
        if ls.ref.paragraph_kind == "heading":
            continue
        mentions = [m for m in mentioned_dates(ls.ref.sentence.text, published.get(source), year_anchor,
                                               last_day.get(source)) if not _as_of(ls.ref.sentence.text, m)]
        reports = ls.reason in REPORTING or _goes_on(labelled, n)
        if reports and (source, ls.ref.paragraph_id) not in led:
            led.add((source, ls.ref.paragraph_id))
            mentions = mentions or _dated_by_heading(ls)
        days = [m for m in mentions if len(m.iso) == 10]
        if days:  # "fell 4.8% on Friday, the biggest fall since January": the day is when it happened
            last_day[source] = date.fromisoformat(days[-1].iso)
            mentions = days
        if mentions and reports and not ls.ref.other_language and _on_the_story(labelled, n):
            dated[f"{source}#{ls.ref.sentence.id}"] = (ls, mentions)
    return dated


def _goes_on(labelled: list[LabelledSentence], n: int) -> bool:
    """A short sentence that goes on with the report before it in its paragraph ("The commission met on
    Wednesday. ... It will meet again on Sept. 6."): too short to stand as a point, it still dates an event,
    shown after the sentence it leans on. A writer's "See you Monday." goes on with nothing."""
    ls = labelled[n]
    before = labelled[n - 1] if n else None
    text = ls.ref.sentence.text
    return (ls.reason == TOO_SHORT and ls.ref.paragraph_kind == "paragraph" and not ls.ref.speaker
            and before is not None and before.reason in REPORTING and before.ref.source_id == ls.ref.source_id
            and before.ref.paragraph_id == ls.ref.paragraph_id and is_complete(text)
            and not is_first_person(text) and not says_we(text))


def _dated_by_heading(ls: LabelledSentence) -> list[DateMention]:
    """The first reporting sentence of a live blog's update (its news), when it reports an act ("the embassy
    said ..."), happened on the day heading it was posted under ("Tuesday, 21 April 2026"). The rest of the
    update tells more of that news, and an update that explains rather than reports names no act."""
    day = only_a_date(ls.ref.section) if ls.ref.section else None
    said = words(outside_quotes(ls.ref.sentence.text).lower())
    if day is None or not commentary_rules().act_verbs.intersection(said):
        return []
    return [DateMention(day.isoformat(), ls.ref.section, "heading")]


def _on_the_story(labelled: list[LabelledSentence], n: int) -> bool:
    """A topic fits it or a sentence next to it ("MiniMax fell 9 percent on Wednesday" in a paragraph about the
    accusation), or it tells the story's history; not a newsletter's item on something else."""
    ls = labelled[n]
    if ls.labels or ls.reason == HISTORY:
        return True
    return any(0 <= m < len(labelled) and labelled[m].ref.source_id == ls.ref.source_id and labelled[m].labels
               for m in (n - 1, n + 1))


def _events_of(members: list[str], dated) -> list[list[tuple[str, DateMention]]]:
    """One group's entries as lists of (sentence key, the date it gives). Sentences that each give one date
    are one event when their dates are a few days apart at most; a sentence giving several dates names several
    events, each joined by the others' sentences that give its date."""
    firsts = {key: list({m.iso: m for m in dated[key][1]}.values()) for key in members}
    if len(members) > 1 and all(len(found) == 1 and not _starts_period(dated[key][0].ref.sentence.text, found[0])
                                for key, found in firsts.items()):
        given = {key: found[0] for key, found in firsts.items()}
        return [event for near in _near_in_time(members, given) for event in _one_act(near, given, dated)]
    buckets: dict[str, list[tuple[str, DateMention]]] = {}
    for key in members:
        for mention in firsts[key]:
            buckets.setdefault(mention.iso, []).append((key, mention))
    for wider in [iso for iso in buckets if len(iso) != 10]:
        day = next((iso for iso in buckets if within(wider, iso)), None)
        if day:
            buckets[day].extend(buckets.pop(wider))
    return list(buckets.values())


def _one_act(members: list[str], given: dict[str, DateMention], dated) -> list[list[tuple[str, DateMention]]]:
    """Sentences of one claim, each giving one day: a day most of them give, and another day only where its
    clause tells the same act as the clause of one that gives the most common day ("went on strike on
    Monday", "went on strike today"; "introduced legislation on Tuesday", "was introduced on April 29").
    "Shares fell on Wednesday after the accusation" dates what followed it: an event of its own."""
    most = Counter(given[key].iso for key in members).most_common(1)[0][0]
    clauses = {key: clause_of(dated[key][0].ref.sentence.text, given[key]) for key in members}
    on_most = [clauses[key] for key in members if given[key].iso == most]
    events: dict[str, list[tuple[str, DateMention]]] = {}
    for key in members:
        same = given[key].iso == most or any(same_act(clauses[key], other) for other in on_most)
        events.setdefault(most if same else given[key].iso, []).append((key, given[key]))
    return list(events.values())


def clause_of(text: str, mention: DateMention) -> str:
    at = text.find(mention.words)
    return clause_around(text, at, at + len(mention.words)) if at >= 0 else ""


def same_act(a: str, b: str) -> bool:
    """Two clauses name one act, or most of the shorter one's words are the other's."""
    if acts_named(a) & acts_named(b):
        return True
    stems_a, stems_b = content_stems(a), content_stems(b)
    shared = len(stems_a & stems_b)
    return shared > 0 and shared >= SAME_ACT_SHARE * min(len(stems_a), len(stems_b))


def _near_in_time(members: list[str], given: dict[str, DateMention]) -> list[list[str]]:
    """A claim's sentences in runs of days a few apart at most: two reports of one event's date differ by a day
    or two ("Tuesday" or "Wednesday"); a point retold with a later day ("will lodge a complaint", announced four
    days after the accusation it recalls) names another event. A month or a week goes with the days in it."""
    days = sorted({date.fromisoformat(given[key].iso) for key in members if len(given[key].iso) == 10})
    run, run_of = 0, {}
    for before, day in zip([None, *days], days):
        run += bool(before and (day - before).days > MAX_DAYS_APART)
        run_of[day.isoformat()] = run
    runs: dict[int, list[str]] = {}
    for key in members:
        iso = given[key].iso
        run = run_of.get(iso, next((run_of[day] for day in run_of if within(iso, day)), -1))
        runs.setdefault(run, []).append(key)
    return list(runs.values())


def _as_of(text: str, mention: DateMention) -> bool:
    """"As of April 30, no company had been added": the day a state is reported at, not a day something happened."""
    at = text.find(mention.words)
    return at > 0 and bool(re.search(r"\bas\s+(?:of|at)\s*$", text[:at], re.IGNORECASE))


def _starts_period(text: str, mention: DateMention) -> bool:
    """"Disrupting 1,200 flights since March": when something began, not the day of what is reported."""
    at = text.find(mention.words)
    return mention.words.lower().startswith("since") or (at > 0 and text[:at].rstrip().lower().endswith("since"))


def _merge_alike(events: list[list[tuple[str, DateMention]]], dated) -> list[list[tuple[str, DateMention]]]:
    """Entries for one event that the claims kept apart ("accused ... on Monday", "published its report on
    Monday"; "in March", "on 4 March"): the same or a containing date, and their sentences alike."""
    stems = {key: content_stems(outside_quotes(ls.ref.sentence.text)) for key, (ls, _) in dated.items()}
    denies = {key: polarity_of(ls.ref.sentence.text)[0] for key, (ls, _) in dated.items()}
    merged: list[list[tuple[str, DateMention]]] = []
    for event in sorted(events, key=lambda e: -len(e)):
        words = set().union(*(stems[k] for k, _ in event))
        dates = {m.iso for _, m in event}
        # an accusation and its denial share their words and often their day; they are two events
        home = next((m for m in merged if _same_time(dates, {x.iso for _, x in m})
                     and denies[m[0][0]] == denies[event[0][0]]
                     and _alike(words, set().union(*(stems[k] for k, _ in m)))), None)
        if home is None:
            merged.append(list(event))
        else:
            home.extend(event)
    return merged


SAY = "say"  #: the act of saying, which any two statements may share (a word of data/acts.yml)
ANSWERS = "respond deny"  #: acts of answering (words of data/acts.yml): an answer follows what it answers
MAYBE_SHARED = 4  #: words two entries telling one act share, to be shown to editors as perhaps one event
MIN_TOLD_ALIKE = 1  #: ... and words besides the act their dated clauses share, to be one event dated two ways


def maybe_one_event(events: tuple[TimelineEvent, ...]) -> list[tuple[TimelineEvent, TimelineEvent]]:
    """Pairs of entries a day to a few days apart (or in different months, where one gives only a month),
    reported by different outlets, that may be one event dated two ways ("several vehicles were detained ... on
    8 March" and "stopped a convoy ... on the night of March 9 and seized a dozen trucks"): the same act besides
    saying and four words in common, or (days apart) most words in common.
    Too often two events to show readers (an accusation on Tuesday and its repetition on Wednesday), they are
    listed for editors to record as contradictions."""
    said = [set().union(content_stems(e.context), *(content_stems(outside_quotes(x.quote)) for x in e.citations))
            for e in events]  # with the sentence the one shown leans on: "The Ferry Act - a bill. Introduced on ..."
    acts = [frozenset().union(*(acts_named(c) for c in e.citation_clauses)) - acts_named(SAY) for e in events]
    denies = [polarity_of(e.text)[0] for e in events]
    days = [date.fromisoformat(e.date) if len(e.date) == 10 else None for e in events]
    months = [_month_count(e.date) for e in events]
    found = []
    for i, a in enumerate(events):
        for j in range(i + 1, len(events)):
            b = events[j]
            if days[i] and days[j]:
                if days[i] == days[j] or (days[j] - days[i]).days > MAX_DAYS_APART:
                    continue  # the entries stand in date order, but a month may stand between days
                by_words = True  # a few days apart: the same act, or most words in common
            elif None not in (months[i], months[j]) and 0 < abs(months[j] - months[i]) <= MAX_MONTHS_APART:
                by_words = False  # months apart: the same act, always
            else:
                continue  # a week, or a month holding the other's day: no date to differ from
            if set(a.outlets) & set(b.outlets) or denies[i] != denies[j]:
                continue
            shared = len(said[i] & said[j])
            if (acts[i] & acts[j] and shared >= MAYBE_SHARED) or by_words and shared >= max(
                    MAYBE_SHARED, 0.5 * min(len(said[i]), len(said[j]))):
                found.append((a, b))
    return found


def _month_count(iso: str) -> int | None:
    """A month or a day's month as a count of months, to tell how far apart two are; none for a week."""
    return None if "-W" in iso else int(iso[:4]) * 12 + int(iso[5:7])


ENDS = "end"  #: the act of ending a state (a word of data/acts.yml)
ISSUE = "issue"  #: the act of issuing a document (a word of data/acts.yml)
_LASTS_UNTIL = re.compile(r"\buntil$")  #: the clause of a date that ends a state (dates.clause_around)
# what an accusation says was done: "accused X of cutting releases", "a memo alleging that actors ... ran"
_ALLEGED = re.compile(r"(?P<act>\b(?:(?:accus|charg)\w*\s+(?:\S+\s+){0,8}?of|alleg\w*\s+that))\s.*$", re.IGNORECASE)
# a clause that plans an act has not dated it: "says she will introduce a bill as soon as this week"
_PLANNED = re.compile(r"\b(?:will|would|shall|plans?\s+to|intends?\s+to|expects?\s+to|is\s+drafting|"
                      r"are\s+drafting)\b", re.IGNORECASE)


def dated_apart(events: tuple[TimelineEvent, ...]) -> list[tuple[TimelineEvent, TimelineEvent, frozenset[int]]]:
    """Of the pairs maybe_one_event lists, those that are one event dated two ways, with the acts they share:
    the clauses their dates stand in name one act besides saying ("several vehicles were detained ... on 8
    March" and "stopped a convoy on the night of March 9 and seized a dozen trucks"), done rather than planned
    ("will introduce a bill"), and neither is an answer the other is not ("became the first rower to answer the
    allegations" a day after "accused")."""
    answers = acts_named(ANSWERS)
    found = []
    for a, b in maybe_one_event(events):
        shared = _acts_dated(a) & _acts_dated(b)
        if not shared:
            continue
        # an answer and what it answers are two events; an entry may hold both ("issued a memo", "the embassy
        # answered the memo in a statement issued late on Thursday"), so some clause of each must be alike
        answering_a, answering_b = ({bool(_acts_done(e.citation_clauses[n]) & answers) for n in clauses_naming(e, shared)}
                                    for e in (a, b))
        if answering_a & answering_b and len(_told_of(a, shared) & _told_of(b, shared)) >= MIN_TOLD_ALIKE:
            found.append((a, b, shared))
    return found


def _told_of(event: TimelineEvent, acts: frozenset[int]) -> set[str]:
    """What the clauses dating these acts name besides the acts: "Ferrolink unveiled its night timetable" and
    "Ferrolink launched its night timetable" tell of one thing, "the council published a report" and "Ferrolink
    launched its timetable" not."""
    table = vocabulary_acts()
    return {w for n in clauses_naming(event, acts) for w in content_stems(event.citation_clauses[n]) if w not in table}


def _acts_done(clause: str) -> frozenset[int]:
    """The acts besides saying that a dated clause names, done rather than planned or only alleged ("accused X on
    Wednesday of cutting releases" dates an accusation, not a release); a document said to be someone's is its
    issuing, however worded; a state lasting "until" the day ends then ("stayed in place until March 13" is the
    lifting of "lifted on March 12")."""
    if _PLANNED.search(clause):
        return frozenset()
    clause = _ALLEGED.sub(r"\g<act>", clause)
    done = acts_named(clause) - acts_named(SAY)
    if authored_in(clause):  # "The memorandum was released by the office on": the document's issuing
        done |= acts_named(ISSUE)
    return done | (acts_named(ENDS) if _LASTS_UNTIL.search(clause) else frozenset())


def _acts_dated(event: TimelineEvent) -> frozenset[int]:
    return frozenset().union(*(_acts_done(c) for c in event.citation_clauses))


def clauses_naming(event: TimelineEvent, acts: frozenset[int]) -> list[int]:
    """Which of an entry's citations date one of these acts."""
    return [n for n, clause in enumerate(event.citation_clauses) if _acts_done(clause) & acts]


def _same_time(a: set[str], b: set[str]) -> bool:
    """Dates that can be one event's: a day both give, or, where one gives no day, a week or month containing
    the other's (a "this week" sentence, joined to a Tuesday, does not join a Wednesday to it as well)."""
    days_a, days_b = {x for x in a if len(x) == 10}, {y for y in b if len(y) == 10}
    if days_a and days_b:
        return bool(days_a & days_b)
    return any(x == y or within(x, y) or within(y, x) for x in a for y in b)


def _alike(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= MERGE_SHARED and shared >= MERGE_SHARE * min(len(a), len(b))


def _event(members: list[tuple[str, DateMention]], dated, outlet_of: dict[str, str]) -> TimelineEvent:
    """One entry: at the date most of its sentences give, shown with the sentence that gives it first."""
    citations, given, clauses = [], [], []
    for key, mention in members:
        ref = dated[key][0].ref
        citations.append(ref.citation)
        given.append(mention.iso)
        clauses.append(clause_of(ref.sentence.text, mention))
    counts = Counter(given)  # a month-only date counts for a day in it, and gives way to it
    best = max(counts, key=lambda iso: (counts[iso] + sum(n for o, n in counts.items() if within(o, iso)),
                                        len(iso) == 10, -given.index(iso)))
    shown = next(n for n, iso in enumerate(given) if iso == best)
    order = [shown] + [n for n in range(len(members)) if n != shown]
    mention = members[shown][1]
    outlets = tuple(dict.fromkeys(outlet_of[citations[n].source_id] for n in order))
    # the id stays while other events come and go: the sentence shown and the date it stands at
    event_id = "e-" + hashlib.sha1(f"{citations[shown].key} {best}".encode("utf-8")).hexdigest()[:8]
    context = leant_on(dated[members[shown][0]][0].ref)
    return TimelineEvent(event_id, best, citations[shown].quote, tuple(citations[n] for n in order),
                         tuple(given[n] for n in order), mention.words, mention.reckoning, outlets, context,
                         tuple(clauses[n] for n in order))
