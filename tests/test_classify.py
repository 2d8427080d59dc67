"""Classification: cues match on stems, every label says which cues decided it."""
from __future__ import annotations

import pytest

from build_scripts.classify import TopicMatcher, classify_sentences
from build_scripts.model import Cue, Sentence, SentenceRef, TopicSpec

TOPICS = (
    TopicSpec("weather", "Weather", "", "", (Cue("storm", 2), Cue("heavy rain", 2), Cue("forecast", 1)), 2),
    TopicSpec("transport", "Transport", "", "", (Cue("ferry", 2), Cue("cancel", 1.5)), 2),
)


def ref(text: str, kind: str = "paragraph", sid: str = "p-1.s1") -> SentenceRef:
    return SentenceRef("src", "outlet", "p-1", kind, Sentence(sid, text))


def test_cues_match_inflected_forms_and_report_themselves():
    labels = TopicMatcher(TOPICS).label("Storms cancelled all ferries on Tuesday, the operator said.")
    assert [(lab.topic, lab.cues) for lab in labels] == [("weather", ("storm",)), ("transport", ("ferry", "cancel"))]
    assert labels[1].score == 3.5


def test_multi_word_cues_need_the_words_together_and_in_order():
    matcher = TopicMatcher(TOPICS)
    assert matcher.label("Heavy rain fell over the harbour all night long.")[0].cues == ("heavy rain",)
    assert matcher.label("The rain was heavy over the harbour all night long.") == ()


def test_below_threshold_gives_no_label():
    assert TopicMatcher(TOPICS).label("The forecast for the weekend was published on Friday.") == ()


@pytest.mark.parametrize("text, kind, reason", [
    ("Will the ferries run again before the storm season ends?", "paragraph", "question"),
    ("Storm ferry chaos", "paragraph", "fragment (too short)"),
    ("Storms cancelled ferries across the bay on Tuesday and Wednesday", "paragraph", "fragment (not a complete sentence)"),
    ("In my view the storm response to the ferry cancellations was far too slow.", "paragraph", "first-person opinion"),
    ("Storms Cancel Ferries Across the Whole Bay on Tuesday.", "heading", "heading"),
    ("Storms cancelled ferries, chart shows. (Estimated data)", "caption", "caption"),
    ("Storms cancelled ferries across the bay on Tuesday, the operator said.", "item", "list item"),
])
def test_sentences_that_cannot_stand_as_claims(text, kind, reason):
    [result] = classify_sentences([ref(text, kind)], TOPICS)
    assert not result.eligible and result.reason == reason


def test_quoted_first_person_is_reported_speech_not_opinion():
    [result] = classify_sentences([ref('The mayor said "I will not cancel the ferry service this winter."')], TOPICS)
    assert result.eligible and result.reason == ""


def test_editors_can_exclude_a_sentence_by_id():
    text = "Storms cancelled ferries across the bay on Tuesday, the operator said."
    [result] = classify_sentences([ref(text)], TOPICS, excluded=frozenset({"src#p-1.s1"}))
    assert result.reason == "excluded by editors"
