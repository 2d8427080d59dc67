"""Open data: Briefing -> data/briefing.json, the whole model for anyone to reuse.

Field meanings are documented on the methodology page (docs/methodology.md); a test
checks that every field written here is documented there.
"""
from __future__ import annotations

import json

from .model import Briefing, LabelledSentence
from .write import GENERATED_NOTICE as GENERATED_BY


def _labels(labels) -> list[dict]:
    return [{"topic": lab.topic, "score": lab.score, "cues": list(lab.cues)} for lab in labels]


def render_json(briefing: Briefing, labelled: list[LabelledSentence] | tuple = ()) -> str:
    by_sentence = {(ls.ref.source_id, ls.ref.sentence.id): ls for ls in labelled}

    def sentence_json(source_id: str, sentence) -> dict:
        entry = {"id": sentence.id, "text": sentence.text}
        ls = by_sentence.get((source_id, sentence.id))
        if ls is not None:
            entry["topics"] = _labels(ls.labels)
            entry["not_a_claim_because"] = ls.reason
        return entry

    def section_of(topic) -> dict[str, str]:
        return dict(topic.section_of)

    data = {
        "generated_by": GENERATED_BY,
        "story": {"title": briefing.story.title, "summary": briefing.story.summary},
        "sources": [
            {
                "id": s.id, "file": s.file, "format": s.format, "title": s.title, "outlet": s.outlet,
                "url": s.meta["url"].value, "date": s.meta["date"].value, "language": s.meta["language"].value,
                "metadata_origin": {k: v.origin for k, v in sorted(s.meta.items())},
                "flags": list(s.flags),
                "cleaning": [{"rule": f.name, "detail": f.detail} for f in s.fixes],
                "paragraphs": [
                    {"id": p.id, "kind": p.kind, "text": p.text, "language": p.language,
                     "sentences": [sentence_json(s.id, t) for t in p.sentences]}
                    for p in s.paragraphs
                ],
            }
            for s in briefing.sources
        ],
        "topics": [
            {
                "id": t.spec.id, "title": t.spec.title, "question": t.spec.question,
                "sections": [{"id": x.id, "title": x.title, "question": x.question} for x in t.spec.sections],
                "claims": [
                    {
                        "id": c.id, "text": c.text, "context": c.context,
                        "sources": sorted({x.source_id for x in c.citations}),
                        "outlet_count": len(c.outlets), "score": c.score, "informativeness": c.informativeness,
                        "pinned": c.pinned, "note": c.note, "opinion": c.opinion,
                        "status": c.status, "status_words": c.status_words, "actor": c.actor,
                        "section": section_of(t).get(c.id, ""),
                        "members": list(c.members), "topics": _labels(c.topics),
                        "citations": [{"source": x.source_id, "paragraph": x.paragraph_id, "sentence": x.sentence_id,
                                       "quote": x.quote} for x in c.citations],
                    }
                    for c in t.claims
                ],
                "summary": [c.id for c in t.summary],
                "key_points": [c.id for c in t.key_points],
                "single_points": [c.id for c in t.single_points],
                "details": [{"point": host, "claims": [c.id for c in claims]} for host, claims in t.details],
                "quotes": [{"id": q.id, "speaker": q.speaker, "quote": q.quote, "outlet_count": len(q.outlets),
                            "citations": [{"source": x.source_id, "paragraph": x.paragraph_id,
                                           "sentence": x.sentence_id, "quote": x.quote} for x in q.citations]}
                           for q in t.quotes],
                "disagreements": [{"claims": list(d.claim_ids), "note": d.note, "detected": d.detected,
                                   "sides": [{"text": side.text, "answer": side.answer, "claims": list(side.claim_ids),
                                              "outlet_count": len(side.outlets),
                                              "citations": [{"source": x.source_id, "paragraph": x.paragraph_id,
                                                             "sentence": x.sentence_id, "quote": x.quote}
                                                            for x in side.citations]} for side in d.sides]}
                                  for d in t.disagreements],
                "opinions": [{"source": o.source_id, "paragraph": o.paragraph_id, "sentence": o.sentence_id,
                              "text": o.quote} for o in t.opinions],
            }
            for t in briefing.topics
        ],
        "timeline": [{"id": e.id, "date": e.date, "dates": list(e.dates), "text": e.text, "context": e.context,
                      "date_words": e.date_words, "reckoning": e.reckoning, "outlet_count": len(e.outlets),
                      "citations": [{"source": x.source_id, "paragraph": x.paragraph_id, "sentence": x.sentence_id,
                                     "quote": x.quote, "date": d} for x, d in zip(e.citations, e.citation_dates)]}
                     for e in briefing.timeline],
        "entities": [{"name": e.name, "kind": e.kind, "aliases": list(e.aliases), "description": e.description,
                      "part_of": e.part_of}
                     for e in briefing.entities],
        "glossary": [{"term": g.term, "definition": g.definition, "aliases": list(g.aliases)}
                     for g in briefing.glossary],
        "problems": [{"file": p.file, "severity": p.severity, "message": p.message} for p in briefing.problems],
    }
    # Compact separators let json use its C encoder: several times faster on thousands of articles.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def render_feed(briefing: Briefing, site_url: str) -> str:
    """A JSON Feed (jsonfeed.org, version 1.1) of the sources, newest first; undated ones last."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    ordered = sorted(briefing.sources, key=lambda s: (s.meta["date"].value or "", s.id), reverse=True)
    items = []
    for source in sorted(ordered, key=lambda s: not s.meta["date"].value):
        first = next((p.text for p in source.paragraphs if p.kind == "paragraph"), "")
        item = {"id": source.id, "url": f"{base}sources/{source.id}/", "title": source.title,
                "content_text": first, "authors": [{"name": source.outlet}] if source.outlet else []}
        if source.meta["url"].value:
            item["external_url"] = source.meta["url"].value
        if source.meta["date"].value:
            item["date_published"] = source.meta["date"].value
        items.append(item)
    # The notice comes first: write.py recognises generated files by their first bytes.
    feed = {"description": GENERATED_BY, "version": "https://jsonfeed.org/version/1.1",
            "title": f"{briefing.story.title}: sources", "items": items}
    if base:
        feed["home_page_url"] = base
        feed["feed_url"] = f"{base}data/feed.json"
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"
