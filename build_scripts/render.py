"""Render: Briefing -> {relative path under docs/: file content}.

Writes Markdown for MkDocs and the open-data JSON; touches no files itself (see write.py).
Every value a template prints is escaped by Jinja's `finalize` unless the renderer
marked it Trusted, so a template cannot forget to escape article text.
"""
from __future__ import annotations

import os
from datetime import date, datetime, timezone
from functools import cached_property
from pathlib import Path

import jinja2
import yaml

from .dates import RECKONINGS, date_label, day_title, publication_date, sort_key, within
from .entities import EntityMatcher, proper_names
from .model import (Briefing, Citation, Claim, Entity, GlossaryTerm, LabelledSentence, Source, TimelineEvent,
                    TopicBriefing)
from .opendata import render_feed, render_json
from .safetext import Trusted, attribute_text, escape_markdown, one_line, safe_title, safe_url
from .quotes import fullest_naming, one_person_once, speaker_key
from .status import actor_ids, load_vocabulary
from .textutil import outlet_key_for, slugify
from .timeline import dated_apart, maybe_one_event
from .write import GENERATED_NOTICE

MATRIX_ROWS = 10
MAX_CITATIONS_SHOWN = 12  #: per point on a page; a claim a hundred outlets report lists the rest in the open data
REVIEW_EXAMPLES = 40  #: per reason, on the review page, so it stays small at thousands of articles
UNKNOWN_OUTLET = "Unknown outlet"
OTHER_SECTION = "Also on this topic"  #: heading of the points that answer none of a page's sections
NOTICE = Trusted(GENERATED_NOTICE)

FLAG_TEXT = {
    "no-url": "No original URL is given.",
    "no-date": "No publication date is given.",
    "title-year-disagrees": "A year in the headline disagrees with the years in the text.",
    "unsourced-estimates": "Contains figures labelled as estimated, without saying whose estimate.",
    "machine-summary": "The page carried machine-written summary blocks (removed here).",
    "first-person-opinion": ("Written partly as first-person opinion; those sentences are never briefing points, though "
                             "one that also reports a point may be cited under it."),
    "opinion-piece": "An opinion piece (so its headline or address says): a point takes its wording from it only when no news report states the same.",
    "other-language": "Part of the text is in another language; those paragraphs are not used as points.",
}


# notes that question what a source says (not what it lacks, such as an address, nor a headline's stray year)
CAUTION_FLAGS = frozenset({"machine-summary", "unsourced-estimates"})


def _finalize(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Trusted):
        return value
    return escape_markdown(str(value))


_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
    finalize=_finalize,
    autoescape=False,  # escaping is Markdown-aware, done in _finalize
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
)


def build_date() -> str:
    """The build's date: SOURCE_DATE_EPOCH when set (reproducible builds: same inputs, same bytes), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    return moment.strftime("%Y-%m-%d")


def outlet_name(source: Source) -> str:
    return source.outlet or UNKNOWN_OUTLET


def source_label(source: Source) -> str:
    """How a citation names its source: the outlet, or the headline when the outlet is unknown."""
    if source.outlet:
        label = source.outlet
    else:
        title = source.title if len(source.title) <= 48 else source.title[:47].rsplit(" ", 1)[0] + "\u2026"
        label = f"\u201c{title}\u201d"
    # a paper running a wire's story: say whose report it is, or "1 of 9 outlets" reads as two
    return label if source.counted_as in ("", source.outlet) else f"{label} ({source.counted_as} report)"


def first_per_source(citations: tuple[Citation, ...]) -> list[Citation]:
    """Each source's first citation, in the order the sources first appear."""
    first_of: dict[str, Citation] = {}
    for c in citations:
        first_of.setdefault(c.source_id, c)
    return list(first_of.values())


def citations_to_show(citations: tuple[Citation, ...], limit: int = MAX_CITATIONS_SHOWN) -> list[Citation]:
    """The citations a point footnotes, in their order: every source's first before any source's second,
    so each source the point links to is quoted too."""
    firsts = first_per_source(citations)[:limit]
    chosen = set(firsts)
    chosen.update([c for c in citations if c not in chosen][:limit - len(firsts)])
    return [c for c in citations if c in chosen]


def count_label(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def _front_matter(title: str, description: str, boost: float | None = None, exclude_search: bool = False) -> Trusted:
    data: dict = {"title": safe_title(title), "description": safe_title(description)[:300]}
    if boost is not None:
        data["search"] = {"boost": boost}
    if exclude_search:
        data["search"] = {"exclude": True}
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return Trusted(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000).strip())


def _lead_in_once(items: list[dict]) -> list[dict]:
    """A lead-in shown once, before the first of the points it introduces that stand together; after the
    point that is that lead-in, only what that point leaves out of it ("... could include:")."""
    shown = []
    for n, item in enumerate(items):
        before = items[n - 1] if n else None
        if before and item["context"] and item["context"] == before["context"]:
            item = {**item, "context": ""}
        elif before and item["context"] and before["text"] in item["context"]:  # what the lead-in point leaves out
            item = {**item, "context": item["context"].replace(before["text"], "", 1).strip()}
        shown.append(item)
    return shown


def _link(text: str, target: str, title: str = "") -> Trusted:
    title_part = f' "{attribute_text(title)}"' if title else ""
    return Trusted(f"[{escape_markdown(text)}]({target}{title_part})")


def _external_link(url: str) -> Trusted:
    href = safe_url(url)
    if not href:
        return Trusted(escape_markdown(url) if url else "not given")
    return Trusted(f"[{escape_markdown(url)}]({href}){{ rel=\"nofollow noopener\" }}")


class _Notes:
    """Footnotes of one page: one per cited sentence, reused when a point appears twice."""

    def __init__(self, sources: dict[str, Source], prefix: str, site_url: str = ""):
        self.sources, self.prefix = sources, prefix
        self.base = site_url.rstrip("/") + "/" if site_url else ""
        self.lines: list[Trusted] = []
        self._number: dict[tuple[str, str], int] = {}

    def refs(self, citations: tuple[Citation, ...] | list[Citation]) -> Trusted:
        out = []
        for citation in citations:
            key = (citation.source_id, citation.sentence_id)
            if key not in self._number:
                source = self.sources[citation.source_id]
                address = f"{self.base}sources/{source.id}/#{citation.paragraph_id}"
                printed = f' <span class="print-url">{escape_markdown(address)}</span>' if self.base else ""
                self.lines.append(Trusted(
                    f"[^{len(self.lines) + 1}]: **{escape_markdown(source_label(source))}**: "
                    f"\u201c{escape_markdown(citation.quote)}\u201d "
                    f"{_link(source.title, f'{self.prefix}sources/{source.id}.md#{citation.paragraph_id}')}"
                    f"{printed}"))
                self._number[key] = len(self.lines)
            out.append(f"[^{self._number[key]}]")
        return Trusted("".join(out))


def _of_all_outlets(n: int, total: int) -> str:
    """'4 of the 5 outlets', 'all 5 outlets': counted against the same total as each point's "Reported by N of
    M outlets", M being every outlet in the briefing."""
    return f"all {total} outlets" if 1 < n == total else f"{n} of the {count_label(total, 'outlet')}"


QUOTES_SHOWN = 4  #: a speaker's quotations listed on a page before the rest fold away under "more"


class Renderer:
    """Holds the lookups one render needs; produce everything with render_all()."""

    def __init__(self, briefing: Briefing, labelled: list[LabelledSentence] | tuple = (), site_url: str = ""):
        self.briefing = briefing
        self.site_url = site_url
        self.labelled = labelled
        self.speakers = {ls.ref.key: ls.ref.speaker for ls in labelled if ls.ref.speaker}  #: a transcript's turns
        self.sources = {s.id: s for s in briefing.sources}
        self.outlet_total = len({outlet_key(s) for s in briefing.sources})
        self.claims_per_source = _claims_per_source(briefing.topics)
        self.claims = {c.id: c for t in briefing.topics for c in t.claims}
        self.matcher = EntityMatcher(briefing.entities)
        self.vocabulary = load_vocabulary()  # the labels of statuses and actors

    def render_all(self) -> dict[str, str]:
        pages: dict[str, str] = {}
        for topic in self.briefing.topics:
            pages[f"briefings/{topic.spec.id}.md"] = self.render_topic(topic)
        pages["sources/index.md"] = self.render_sources_index()
        for source in self.briefing.sources:
            pages[f"sources/{source.id}.md"] = self.render_source(source)
        pages["glossary/index.md"] = self.render_glossary()
        pages["entities/index.md"] = self.render_entities()
        pages["review/index.md"] = self.render_review()
        pages["timeline/index.md"] = self.render_timeline()
        pages["_generated/home.md"] = self.render_home()
        pages["_generated/abbreviations.md"] = self.render_abbreviations()
        pages["data/briefing.json"] = render_json(self.briefing, self.labelled)
        pages["data/feed.json"] = render_feed(self.briefing, self.site_url)
        return pages

    # --- briefing pages -------------------------------------------------------------
    def reported_by(self, n: int) -> str:
        return (f"Single source (1 of {self.outlet_total} outlets)" if n == 1
                else f"Reported by {n} of {self.outlet_total} outlets")

    def corroboration(self, claim: Claim) -> str:
        label = self.reported_by(len(claim.outlets))
        label = f"{label} \u00b7 {OPINION_LABEL}" if claim.opinion else label
        # a point that rests only on sources the editors' notes warn about says so where it is read
        cited = {c.source_id for c in claim.citations}
        if cited and all(CAUTION_FLAGS & set(self.sources[s].flags) for s in cited if s in self.sources):
            label += " \u00b7 " + ("its source has warnings" if len(cited) == 1 else "its sources have warnings")
        return label

    def source_link(self, citation: Citation) -> Trusted:
        """The outlet's name, linked to the cited paragraph. No title attribute: with Material's
        content.tooltips each would cost a tooltip at page load."""
        return _link(source_label(self.sources[citation.source_id]),
                     f"../sources/{citation.source_id}.md#{citation.paragraph_id}")

    def read_in(self, citations: tuple[Citation, ...]) -> Trusted:
        """One link per source, to its first cited paragraph (the footnotes link every paragraph)."""
        per_source = first_per_source(citations)
        links = ", ".join(self.source_link(c) for c in per_source[:MAX_CITATIONS_SHOWN])
        more = len(per_source) - MAX_CITATIONS_SHOWN
        if more > 0:
            links += f" and {count_label(more, 'more source')} (all listed in the open data)"
        return Trusted(f' <span class="cite-links">Read in: {links}</span>')

    def _point(self, claim: Claim, notes: _Notes) -> dict:
        # a transcript's turn leaning on nothing carries its speaker's label ("WHITLOCK:"): who speaks, not context
        speaker = self.speakers.get(claim.citations[0].key, "") if claim.citations else ""
        said_by = bool(speaker) and claim.context == f"{speaker}:"
        return {"text": claim.text, "context": speaker if said_by else claim.context,
                "context_label": "Speaker" if said_by else "Context",
                "refs": notes.refs(citations_to_show(claim.citations)),
                "label": self.corroboration(claim), "note": claim.note, "links": self.read_in(claim.citations),
                "status": self.status_badge(claim)}

    def status_badge(self, claim: Claim) -> Trusted:
        """On a measures page: how far along the measure is, and the source's words that say so."""
        if not claim.status:
            return Trusted("")
        label = escape_markdown(self.vocabulary.labels.get(claim.status, claim.status))
        why = (f"the source says \u201c{escape_markdown(claim.status_words)}\u201d" if claim.status_words
               else "no word of the source says it has been decided")
        return Trusted(f'<span class="measure-status measure-status-{slugify(claim.status)}">{label}</span> '
                       f'<span class="measure-status-why">({why})</span> ')

    def grouped(self, topic: TopicBriefing, points: list[dict], claims: list[Claim]) -> list[dict]:
        """A measures page's points grouped by who would act, in the vocabulary's order; a page with sections
        by the sub-question each answers, in the editors' order, those answering none last; one untitled
        group on any other page."""
        if topic.spec.statuses:
            titles = {actor: self.vocabulary.labels.get(actor, actor) for actor in actor_ids()}
            group_of = [c.actor for c in claims]
        elif topic.spec.sections:
            titles = {s.id: safe_title(s.title) for s in topic.spec.sections} | {"": OTHER_SECTION}
            section_of = dict(topic.section_of)
            group_of = [section_of.get(c.id, "") for c in claims]
        else:
            return [{"title": "", "items": _lead_in_once(points)}]
        groups = []
        for key, title in titles.items():
            items = [p for p, group in zip(points, group_of) if group == key]
            if items:
                groups.append({"title": title, "items": _lead_in_once(items)})
        return groups

    def _quotations(self, topic: TopicBriefing, notes: _Notes) -> list[dict]:
        """Quotations grouped under who spoke them, the speaker carried most widely first."""
        by_speaker: dict[str, list] = {}
        for quotation in topic.quotes:
            by_speaker.setdefault(speaker_key(quotation.speaker, self.matcher), []).append(quotation)
        by_speaker = one_person_once(by_speaker)
        speakers = []
        for quotations in by_speaker.values():
            # the words most outlets carry, and those they report before a transcript's turns, shown first
            quotations = sorted(quotations, key=lambda q: (-len(q.outlets), q.in_turn))
            quotes = [{"text": q.quote, "refs": notes.refs(citations_to_show(q.citations)),
                       "label": self.carried(len(q.outlets))} for q in quotations]
            speakers.append({"speaker": fullest_naming([q.speaker for q in quotations]),
                             "quotes": quotes[:QUOTES_SHOWN], "more": quotes[QUOTES_SHOWN:],
                             "outlets": len({o for q in quotations for o in q.outlets})})
        return sorted(speakers, key=lambda s: (-s["outlets"], s["speaker"].lower()))

    def carried(self, n: int) -> str:
        return (f"Quoted by 1 of {self.outlet_total} outlets" if n == 1
                else f"Quoted by {n} of {self.outlet_total} outlets")

    def render_topic(self, topic: TopicBriefing) -> str:
        notes = _Notes(self.sources, "../", self.site_url)
        summary_claims = list(topic.summary)
        key, single_points = list(topic.key_points), list(topic.single_points)
        summary = [self._point(c, notes) for c in summary_claims]
        details = dict(topic.details)
        key_points = [{**self._point(c, notes), "details": [self._point(d, notes) for d in details.get(c.id, ())]}
                      for c in key]
        quotes = self._quotations(topic, notes)
        disagreements = []
        for d in topic.disagreements:
            disagreements.append({
                "title": "Possible disagreement, detected automatically" if d.detected else "Sources disagree",
                "note": d.note,
                "points": [{"text": side.text, "refs": notes.refs(citations_to_show(side.citations)),
                            "answer": side.answer, "label": self.reported_by(len(side.outlets))}
                           for side in d.sides]})
        singles_view = [self._point(c, notes) for c in single_points]
        opinions = [{"outlet": source_label(self.sources[o.source_id]), "text": o.quote, "refs": notes.refs([o])}
                    for o in topic.opinions]

        used: dict[str, int] = {}
        listed = list(topic.listed)  # the header counts what the page lists, not every claim filed here
        shown = list(dict.fromkeys(summary_claims + listed))
        for claim in shown:
            for source_id in dict.fromkeys(c.source_id for c in claim.citations):
                used[source_id] = used.get(source_id, 0) + 1
        sources_used = [
            {"link": _link(self.sources[sid].title, f"../sources/{sid}.md"), "outlet": outlet_name(self.sources[sid]),
             "count": n}
            for sid, n in sorted(used.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        outlets = {o for claim in shown for o in claim.outlets}
        page = {
            "summary": summary, "key_groups": self.grouped(topic, key_points, key), "quotes": quotes,
            "disagreements": disagreements, "single_groups": self.grouped(topic, singles_view, single_points),
            "statuses": topic.spec.statuses, "key_points": key_points, "single_points": singles_view, "opinions": opinions, "sources_used": sources_used,
            "footnotes": notes.lines,
            "meta_line": f"{count_label(len(listed), 'point')} from {count_label(len(used), 'source')} "
                         f"by {_of_all_outlets(len(outlets), self.outlet_total)} in this briefing. "
                         f"Each point links to the paragraph it comes from. Last built {build_date()}.",
        }
        description = topic.spec.question or topic.spec.intro or topic.spec.title
        return _ENV.get_template("briefing.md.j2").render(
            generated_notice=NOTICE, front_matter=_front_matter(topic.spec.title, description, boost=2),
            title=safe_title(topic.spec.title), topic=topic.spec, page=page)

    # --- timeline -------------------------------------------------------------------
    def render_timeline(self) -> str:
        notes = _Notes(self.sources, "../", self.site_url)
        months: dict[str, dict[str, list[dict]]] = {}
        for event in self.briefing.timeline:
            day = months.setdefault(month_title(event.date), {}).setdefault(day_title(event.date), [])
            day.append(self._event(event, notes))
        view = [{"title": month, "days": [{"title": day, "events": events} for day, events in days.items()]}
                for month, days in months.items()]
        sources = {c.source_id for e in self.briefing.timeline for c in e.citations}
        meta_line = (f"{count_label(len(self.briefing.timeline), 'dated event')} from "
                     f"{count_label(len(sources), 'source')}. Each event links to the paragraph that dates it. "
                     f"Last built {build_date()}.")
        return _ENV.get_template("timeline.md.j2").render(
            generated_notice=NOTICE, front_matter=_front_matter("Timeline", "The story's events in date order, each "
                                                                "linked to the sources that date it.", boost=1.5),
            meta_line=meta_line, months=view, footnotes=notes.lines)

    def _event(self, event: TimelineEvent, notes: _Notes) -> dict:
        why = ""
        if event.reckoning:
            why = f"the source says \u201c{event.date_words}\u201d, {RECKONINGS[event.reckoning]}"
            published = publication_date(self.sources[event.citations[0].source_id].meta["date"].value)
            if published and event.reckoning in ("year", "counted"):
                why += f", {day_title(published.isoformat())}"
        differ = Trusted("")
        if any(iso != event.date and not within(iso, event.date) for iso in event.citation_dates):
            by_date: dict[str, dict[str, Trusted]] = {}  # each date given -> the sources giving it, linked
            for citation, iso in zip(event.citations, event.citation_dates):
                by_date.setdefault(iso, {}).setdefault(citation.source_id, self.source_link(citation))
            differ = Trusted("; ".join(f"{escape_markdown(day_title(iso))} in {', '.join(sources.values())}"
                                       for iso, sources in sorted(by_date.items(), key=lambda kv: sort_key(kv[0]))))
        return {"text": event.text, "context": event.context, "refs": notes.refs(citations_to_show(event.citations)),
                "label": f"Dated by {len(event.outlets)} of {self.outlet_total} outlets", "why": why,
                "links": self.read_in(event.citations), "differ": differ}

    # --- source pages ---------------------------------------------------------------
    def render_source(self, source: Source) -> str:
        cleaning = [f.detail for f in source.fixes] or ["nothing needed repair or removal"]
        meta = source.meta
        view = {
            "file": source.file,
            "outlet_display": _outlet_display(source),
            "url_link": _external_link(meta["url"].value),
            "date_display": date_label(meta["date"].value) or "not given",
            "language": meta["language"].value,
            "claim_count": self.claims_per_source.get(source.id, 0),
            "flags": [FLAG_TEXT.get(f, f) for f in source.flags],
            "cleaning": _dedupe_lines(cleaning),
            "paragraphs": [
                {"id": p.id, "kind": p.kind, "text": p.text,
                 "permalink": Trusted(f'[\u00b6](#{p.id}){{ .para-link aria-label="Link to this paragraph" }}')}
                for p in source.paragraphs
            ],
        }
        description = f"Cleaned text of an article by {outlet_name(source)}, with every paragraph anchored for citation."
        return _ENV.get_template("source.md.j2").render(
            generated_notice=NOTICE, front_matter=_front_matter(source.title, description, boost=0.5),
            title=safe_title(source.title), source=view)

    def render_sources_index(self) -> str:
        rows = [
            {"link": _link(s.title, f"{s.id}.md"), "outlet": outlet_name(s),
             "date": date_label(s.meta["date"].value) or "not given", "url_link": _external_link(s.meta["url"].value),
             "claim_count": self.claims_per_source.get(s.id, 0)}
            for s in sorted(self.briefing.sources, key=lambda s: (s.title.lower(), s.id))
        ]
        intro = (f"{count_label(len(rows), 'article')} from {count_label(self.outlet_total, 'outlet')}. "
                 "Each source page shows the cleaned text with an anchor on every paragraph.")
        problems = [p for p in self.briefing.problems if p.severity == "error"]
        by_outlet: dict[str, list[Source]] = {}
        for source in sorted(self.briefing.sources, key=lambda s: (s.title.lower(), s.id)):
            by_outlet.setdefault(outlet_name(source), []).append(source)
        outlets = [{"name": name, "links": [_link(s.title, f"{s.id}.md") for s in items]}
                   for name, items in sorted(by_outlet.items(), key=lambda kv: (kv[0] == UNKNOWN_OUTLET, kv[0].lower()))]
        return _ENV.get_template("sources_index.md.j2").render(
            generated_notice=NOTICE,
            front_matter=_front_matter("Sources", "Every article this briefing is built from, by outlet."),
            intro=intro, rows=rows, outlets=outlets, problems=problems)

    # --- home -----------------------------------------------------------------------
    def render_home(self) -> str:
        cards = []
        for topic in self.briefing.topics:
            top = list(topic.claims[:3])
            points = [Trusted(f"{escape_markdown(c.text)} <small class=\"corroboration\">"
                              f"{escape_markdown(self.corroboration(c))}</small>") for c in top]
            cards.append({
                "link": _link(topic.spec.title, f"briefings/{topic.spec.id}.md"),
                "question": topic.spec.question or topic.spec.intro,
                "points": points,
                "more": _link(f"All {count_label(len(topic.listed), 'point')} with citations \u2192",
                              f"briefings/{topic.spec.id}.md"),
            })
        # "17/10/2031" and "2031-10-16" sort as dates, not as text
        dates = sorted(filter(None, (publication_date(s.meta["date"].value) for s in self.briefing.sources)))
        date_range = f"{dates[0]} to {dates[-1]}" if dates else "publication dates not given by the sources"
        meta_line = (f"Built from {count_label(len(self.briefing.sources), 'source')} by "
                     f"{count_label(self.outlet_total, 'outlet')}; dates covered: {date_range}.")
        return _ENV.get_template("home.md.j2").render(
            generated_notice=NOTICE, story_title=safe_title(self.briefing.story.title),
            story_summary=self.briefing.story.summary, meta_line=meta_line, cards=cards, matrix=self.coverage_matrix(),
            timeline_line=self.timeline_line())

    def timeline_line(self) -> Trusted:
        link = _link("timeline", "timeline/index.md")
        if not self.briefing.timeline:
            return Trusted(f"No source dates an event yet; the {link} will list them in order once one does.")
        return Trusted(f"When it happened: the {link} lists {count_label(len(self.briefing.timeline), 'event')} "
                       f"the sources date, in order.")

    def coverage_matrix(self) -> dict:
        """Top claims as rows, outlets as columns: who reports what, at a glance."""
        claims = sorted(dict.fromkeys(c for t in self.briefing.topics for c in t.claims),
                        key=lambda c: (-len(c.outlets), -c.score, c.id))[:MATRIX_ROWS]
        outlets: dict[str, Source] = {}
        for source in sorted(self.briefing.sources, key=lambda s: (source_label(s).lower(), s.id)):
            outlets.setdefault(outlet_key(source), source)
        header = [source_label(s) for s in outlets.values()]
        rows = []
        for claim in claims:
            cells = []
            for key, source in outlets.items():
                cited = next((c for c in claim.citations if outlet_key(self.sources[c.source_id]) == key), None)
                if cited is None:
                    cells.append(Trusted('<span class="matrix-no" title="Not reported">\u2013</span>'))
                else:
                    label = attribute_text(f"Reported by {source_label(source)}: open the paragraph")
                    cells.append(Trusted(f'[\u25cf](sources/{cited.source_id}.md#{cited.paragraph_id})'
                                         f'{{ aria-label="{label}" }}'))
            rows.append({"text": claim.text, "cells": cells})
        return {"header": header, "rows": rows}

    # --- glossary, entities, review --------------------------------------------------
    def render_abbreviations(self) -> str:
        """Hover definitions: Markdown abbreviations appended to every page (pymdownx.snippets)."""
        lines = [f"<!-- {GENERATED_NOTICE} -->"]
        for term in self.briefing.glossary:
            definition = one_line(term.definition).replace("]", ")")
            for name in (term.term, *term.aliases):
                name = one_line(name)
                if name and "]" not in name:
                    lines.append(f"*[{name}]: {definition}")
        return "\n".join(lines) + "\n"

    def render_glossary(self) -> str:
        glossary = sorted(self.briefing.glossary, key=lambda t: t.term.lower())
        matcher = EntityMatcher(tuple(_as_entity(term) for term in glossary))
        naming_sources: dict[int, list[Source]] = {}
        for source in self.briefing.sources:  # one pass over the text for all terms
            found = {m.entity for p in source.paragraphs for m in matcher.mentions(p.text)}
            for index in found:
                naming_sources.setdefault(index, []).append(source)
        terms = []
        for index, term in enumerate(glossary):
            naming = naming_sources.get(index, [])
            terms.append({"term": term.term, "definition": term.definition, "aliases": ", ".join(term.aliases),
                          "sources": Trusted(", ".join(_link(source_label(s), f"../sources/{s.id}.md") for s in naming)
                                             or "none of the sources")})
        return _ENV.get_template("glossary.md.j2").render(
            generated_notice=NOTICE,
            front_matter=_front_matter("Glossary", "The terms this briefing uses, explained in plain words."),
            terms=terms)

    @cached_property
    def entity_mentions(self) -> tuple[dict[int, dict[str, int]], set[str]]:
        """Entity index -> source id -> how often that source names it; and every name so used."""
        naming: dict[int, dict[str, int]] = {}
        used_names = set()
        for source in self.briefing.sources:
            for paragraph in source.paragraphs:
                for mention in self.matcher.mentions(paragraph.text):
                    counts = naming.setdefault(mention.entity, {})
                    counts[source.id] = counts.get(source.id, 0) + 1
                    used_names.add(paragraph.text[mention.start:mention.end].lower())
        return naming, used_names

    def render_entities(self) -> str:
        naming, configured_names = self.entity_mentions
        others: dict[str, set[str]] = {}
        for source in self.briefing.sources:
            for paragraph in source.paragraphs:
                if paragraph.kind == "paragraph":  # names stop at a full stop, so whole paragraphs will do
                    for name in proper_names(paragraph.text):
                        others.setdefault(name, set()).add(source.id)
        groups = []
        for kind, heading in (("person", "People"), ("organisation", "Organisations"), ("place", "Places"),
                              ("other", "Other")):
            rows = []
            for index, entity in enumerate(self.briefing.entities):
                counts = naming.get(index, {})
                if entity.kind != kind or not counts:
                    continue  # an actor the editors list for coverage still to come: the review page names it
                rows.append({
                    "name": entity.name, "description": entity.description or "",
                    "aliases": ", ".join(entity.aliases) or "",
                    "sources": Trusted(", ".join(_link(source_label(self.sources[sid]), f"../sources/{sid}.md")
                                                 for sid in sorted(counts))),
                    "mentions": sum(counts.values()),
                })
            if rows:
                groups.append({"heading": heading, "rows": sorted(rows, key=lambda r: (-r["mentions"], r["name"]))})
        known = {n.lower() for e in self.briefing.entities for n in (e.name, *e.aliases)} | configured_names
        other_rows = [
            {"name": name, "sources": Trusted(", ".join(_link(source_label(self.sources[sid]), f"../sources/{sid}.md")
                                                        for sid in sorted(ids)))}
            for name, ids in sorted(others.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))
            if name.lower() not in known and not any(k in name.lower().split() for k in known if " " not in k)
        ][:60]
        return _ENV.get_template("entities.md.j2").render(
            generated_notice=NOTICE,
            front_matter=_front_matter("People and organisations", "Who is named in the coverage, and by which sources."),
            groups=groups, others=other_rows)

    def render_review(self) -> str:
        """For editors: why each claim exists and why other sentences were left out. Not searchable."""
        topics = []
        for topic in self.briefing.topics:
            claims = [{"id": c.id, "text": c.text, "score": c.score, "outlets": len(c.outlets),
                       "cues": "; ".join(f"{lab.topic}: {', '.join(lab.cues)}" for lab in c.topics),
                       "members": ", ".join(c.members), "pinned": c.pinned}
                      for c in topic.claims]
            detected = [{"note": d.note, "sides": [", ".join(x.key for x in side.citations) for side in d.sides]}
                        for d in topic.disagreements if d.detected]
            topics.append({"title": topic.spec.title, "claims": claims, "detected": detected})
        reasons: dict[str, list[LabelledSentence]] = {}
        unplaced = []
        for ls in self.labelled:
            if ls.ref.paragraph_kind not in ("paragraph", "item"):
                continue  # headings and captions are never points; no need to list them
            if ls.reason:
                reasons.setdefault(ls.reason, []).append(ls)
            elif not ls.labels:
                unplaced.append(ls)
        left_out = [{"reason": reason, "count": len(items),
                     "examples": [{"id": ls.ref.key, "text": ls.ref.sentence.text}
                                  for ls in items[:REVIEW_EXAMPLES]]}
                    for reason, items in sorted(reasons.items())]
        shown = {(a.id, b.id) for a, b, _ in dated_apart(self.briefing.timeline)}  # on the pages already
        maybe_apart = [[{"date": day_title(e.date), "text": e.text, "id": e.citations[0].key} for e in pair]
                       for pair in maybe_one_event(self.briefing.timeline) if (pair[0].id, pair[1].id) not in shown]
        named, _ = self.entity_mentions
        unnamed = [entity.name for index, entity in enumerate(self.briefing.entities) if index not in named]
        return _ENV.get_template("review.md.j2").render(
            generated_notice=NOTICE,
            front_matter=_front_matter("Editors' review", "Why each claim exists and what was left out.",
                                       exclude_search=True),
            topics=topics, left_out=left_out, unplaced_count=len(unplaced), dated_apart=maybe_apart,
            unplaced=[{"id": ls.ref.key, "text": ls.ref.sentence.text}
                      for ls in unplaced[:REVIEW_EXAMPLES]],
            problems=self.briefing.problems, unnamed_entities=unnamed)


def month_title(iso: str) -> str:
    """The month heading an event stands under: "April 2026" (a week, under the month of its Monday)."""
    first = date.fromisoformat(sort_key(iso)[:7] + "-01")
    return first.strftime("%B %Y")


def _as_entity(term: GlossaryTerm) -> Entity:
    """A glossary term as a name to find, written with a hyphen or a space ("open-source", "open source")."""
    names = (term.term, *term.aliases)
    variants = {v for name in names for v in (name.replace("-", " "), name.replace(" ", "-"))}
    return Entity(term.term, "other", (*term.aliases, *sorted(variants - set(names))))


OPINION_LABEL = "a view from opinion pieces only, not a report"


def _outlet_display(source: Source) -> str:
    meta = source.meta
    shown = f"{source.outlet} (from the {meta['outlet'].origin})" if source.outlet else UNKNOWN_OUTLET
    if source.counted_as != source.outlet:
        shown += (f"; the {meta['credit'].origin} credits {source.counted_as}, so its report counts as "
                  f"{source.counted_as}'s")
    return shown


def outlet_key(source: Source) -> str:
    return outlet_key_for(source.counted_as, source.file)


def _claims_per_source(topics: tuple[TopicBriefing, ...]) -> dict[str, int]:
    seen: dict[str, set[str]] = {}
    for topic in topics:
        for claim in topic.claims:
            for citation in claim.citations:
                seen.setdefault(citation.source_id, set()).add(claim.id)
    return {sid: len(ids) for sid, ids in seen.items()}


def _dedupe_lines(lines: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    return [f"{line[:1].upper()}{line[1:]}" + (f" (\u00d7{n})" if n > 1 else "") for line, n in counts.items()]
