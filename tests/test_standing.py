"""Standing: one source reports a measure in force, another (as recent) says no such step has been taken; the
two are set side by side on the measures page."""
from __future__ import annotations

from datetime import date

from build_scripts.model import LabelledSentence, Sentence, SentenceRef, TopicLabel
from build_scripts.pipeline import build
from build_scripts.standing import in_force_disagreements

from conftest import write_article

MAY_2, MAY_6 = date(2031, 5, 2), date(2031, 5, 6)


def _sentence(source: str, text: str, topic: str | None = "measures", previous: str = "",
              section: str = "") -> LabelledSentence:
    ref = SentenceRef(source, source, "p-1", "paragraph", Sentence("p-1.s1", text), previous=previous,
                      section=section)
    labels = (TopicLabel(topic, 0.6, ()),) if topic else ()
    return LabelledSentence(ref, labels, bool(topic), "" if topic else "generic commentary")


def _boxes(*sentences: LabelledSentence, published: dict | None = None):
    published = published or {s.ref.source_id: MAY_6 for s in sentences}
    return in_force_disagreements(list(sentences), [], published, "measures")


def _sides(box) -> list[set[str]]:
    return [{c.source_id for c in side.citations} for side in box.sides]


def test_a_step_reported_taken_is_set_against_a_later_denial():
    step = _sentence("gazette", "The Harbour Office has added three ferry operators to its watch list, officials said.")
    denial = _sentence("factline", "As of May 6, no ferry operator had been added to the watch list.", topic=None)
    boxes = _boxes(step, denial, published={"gazette": MAY_2, "factline": MAY_6})
    assert len(boxes) == 1
    assert _sides(boxes[0]) == [{"gazette"}, {"factline"}]
    assert boxes[0].topic == "measures" and boxes[0].detected
    assert boxes[0].sides[0].text == step.ref.sentence.text  # the sentences as their articles give them


def test_rules_reported_in_force_against_rules_said_not_to_be():
    step = _sentence("markets-note", "Licence checks for night ferries are already in force, so costs are in our model.")
    denial = _sentence("explainer", "Checks have been discussed, but no licence check for night ferries is in force.")
    assert _sides(_boxes(step, denial)[0]) == [{"markets-note"}, {"explainer"}]


def test_a_denial_may_leave_its_measure_to_the_sentence_before():
    step = _sentence("courier", "Kallberg said costs had risen now that the Harbour Office has added two lines to "
                                "its watch list.")
    denial = _sentence("tracker", "As of May 6, no company has been added.",
                       previous="The Harbour Office is reviewing whether to add ferry lines to its watch list.")
    assert _sides(_boxes(step, denial)[0]) == [{"courier"}, {"tracker"}]


def test_two_reports_of_the_step_answered_alike_share_one_box():
    gazette = _sentence("gazette", "The Harbour Office has added three ferry operators to its watch list.")
    wire = _sentence("wire", "The Harbour Office has added ferry operators to the watch list, a spokesman said.")
    denial = _sentence("factline", "No ferry operator has been added to the watch list.")
    boxes = _boxes(gazette, wire, denial)
    assert len(boxes) == 1 and _sides(boxes[0]) == [{"gazette", "wire"}, {"factline"}]


def test_no_box_when_the_step_may_have_come_after_the_denial():
    """"Not yet" in March and "has added" in May: news of a step, not a mistake."""
    step = _sentence("gazette", "The Harbour Office has added three ferry operators to its watch list.")
    denial = _sentence("factline", "No ferry operator has been added to the watch list.")
    assert not _boxes(step, denial, published={"gazette": date(2031, 5, 20), "factline": MAY_2})
    assert _boxes(step, denial, published={"gazette": date(2031, 5, 4), "factline": MAY_2})  # within a few days: it answers


def test_no_box_for_another_actor_that_has_not_taken_the_step():
    step = _sentence("gazette", "Kelso Lines has suspended its night crossings.")
    other = _sentence("bay-news", "Harbour Ferries has not suspended its night crossings.")
    assert not _boxes(step, other)
    same = _sentence("bay-news", "Kelso Lines has not suspended its night crossings, its manager said.")
    assert _boxes(step, same)


def test_no_box_for_a_step_only_supposed_or_a_denial_of_something_else():
    supposed = _sentence("gazette", "If the Harbour Office has added ferry operators to its watch list, fares will rise.")
    denial = _sentence("factline", "No ferry operator has been added to the watch list.")
    assert not _boxes(supposed, denial)
    step = _sentence("gazette", "The Harbour Office has added three ferry operators to its watch list.")
    happened = _sentence("factline", "The office said no tampering with the ferry operators' watch list had taken place.")
    unanswered = _sentence("wire", "The Harbour Office had not responded to questions about its watch list.")
    assert not _boxes(step, happened) and not _boxes(step, unanswered)


def test_no_box_within_one_outlet_or_off_the_measures_page():
    step = _sentence("gazette", "The Harbour Office has added three ferry operators to its watch list.")
    own = _sentence("gazette", "No ferry operator has been added to the watch list.")
    assert not _boxes(step, own)
    denial = _sentence("factline", "No ferry operator has been added to the watch list.")
    elsewhere = _sentence("gazette", step.ref.sentence.text, topic="allegations")
    assert not _boxes(elsewhere, denial)


def test_the_box_stands_on_the_measures_page_though_neither_sentence_is_a_point(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_article(seeds, "a.md", "Harbour Gazette", "The Harbour Office has added three ferry operators to its "
                  "watch list of unsafe night services, officials told the Harbour Gazette on Friday.\n\n"
                  "Ferry fares rose at the night gates after the council's vote.", date="2031-05-02")
    write_article(seeds, "b.md", "Factline", "Claims about night ferries, checked.\n\nAs of May 6, no ferry "
                  "operator had been added to the watch list of unsafe night services.", date="2031-05-06")
    config = tmp_path / "briefing.yml"
    config.write_text("story: {title: Ferries, summary: Night ferries.}\ntopics:\n"
                      "  - {id: fares, title: Fares, question: 'What happened to fares?', cues: [fares]}\n"
                      "  - {id: measures, title: Measures, question: 'What is being done?', statuses: true, "
                      "cues: [watch list, added]}\n", encoding="utf-8")
    briefing = build(seeds, config, None).briefing
    boxes = {t.spec.id: [d for d in t.disagreements if d.note.startswith("One source reports this measure")]
             for t in briefing.topics}
    assert not boxes["fares"] and len(boxes["measures"]) == 1
    shown = next(t for t in briefing.topics if t.spec.id == "measures").disagreements
    assert shown == tuple(boxes["measures"])  # not again as a plain "says the opposite" box
    sides = [{c.quote for c in side.citations} for side in boxes["measures"][0].sides]
    assert any("has added three ferry operators" in q for q in sides[0])
    assert any("no ferry operator had been added" in q for q in sides[1])
