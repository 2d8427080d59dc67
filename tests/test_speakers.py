"""Speakers: who says or does what a sentence reports, and the topics the editors gave that voice."""
from __future__ import annotations

from dataclasses import replace

import pytest

from build_scripts.embed import embed
from build_scripts.speakers import VoiceMatcher, speaker_spans
from build_scripts.topics import VOICE_EVIDENCE, _voice_evidence, score_topics
from test_topics import CORPUS, TOPICS


def speakers(sentence: str) -> list[str]:
    return [sentence[start:end].strip(" ,") for start, end in speaker_spans(sentence)]


@pytest.mark.parametrize("sentence, speaker", [
    ("Federation president Katrin Oberholt said on Tuesday that the samples were mixed up.",
     "Federation president Katrin Oberholt"),
    ("According to the regulator, the firm sold 40,000 copies.", "the regulator"),
    ("\u201cWe never did it,\u201d said Ana Lopes, the company's lawyer.", "Ana Lopes"),
    ("On Monday the ministry accused the port of hiding cargo.", "On Monday the ministry"),
    ("\u201cWe never ran it,\u201d federation president Katrin Oberholt told reporters.",
     "federation president Katrin Oberholt"),
    ("Ana Lopes, the ministry's spokeswoman, said the port had hidden cargo.", "Ana Lopes, the ministry's spokeswoman"),
])
def test_the_speaker_is_the_subject_or_the_name_after_an_inverted_verb(sentence, speaker):
    assert any(speaker in found or found in speaker for found in speakers(sentence)), speakers(sentence)


@pytest.mark.parametrize("sentence, speaker", [
    ("In February, Harbour Ferries reported that rival operators used some 240 fake bookings.", "Harbour Ferries"),
    ("The port authority reported on Monday that 40 crossings had been cancelled.", "The port authority"),
    ("Kelso Lines stated that no ferry had been overloaded.", "Kelso Lines"),
])
def test_who_reports_or_discloses_what_the_sentence_says_is_its_speaker(sentence, speaker):
    spans = [sentence[start:end].strip(" ,") for start, end in speaker_spans(sentence, speech_only=True)]
    assert any(speaker in found for found in spans), spans


def test_the_object_of_a_verb_is_not_its_speaker():
    sentence = "The ministry accused the port authority of hiding cargo."
    assert not any("port authority" in found for found in speakers(sentence))
    assert speakers("The ferry left at noon.") == []
    # a verb inside a capitalised name is no verb: nobody "states" in "the Federated States"
    assert speakers("Ferries to the Federated States left at noon.") == []
    # after a determiner the word is a noun: "its claims" names no one who claims
    assert speakers("The port has not produced any proof for its claims, Lopes noted.") == ["Lopes"]


def test_what_follows_a_verb_after_an_apposition_is_what_was_said_not_who_said_it():
    sentence = ("In a letter on Friday, Ana Lopes, director of the port authority, said traders based in "
                "Kelmar had moved cargo through three shell companies.")
    assert not any("Kelmar" in found for found in speakers(sentence)), speakers(sentence)


def test_who_acts_in_what_a_speaker_reports_is_not_a_speaker():
    sentence = "Lopes said the ministry had offered no proof and urged it to stop."
    assert speakers(sentence) == ["Lopes"]
    voices = VoiceMatcher((("Ana Lopes", "Lopes"), ("the ministry",)))
    assert voices.topics_spoken_for(sentence) == {0}
    assert voices.topics_spoken_for("Lopes said that the ministry accused the port of hiding cargo.") == {0}
    # a second speaker still speaks
    assert voices.topics_spoken_for("Lopes denied it, and the ministry said it had proof.") == {0, 1}


def test_a_topic_is_spoken_for_only_by_a_voice_in_a_speaker_position():
    voices = VoiceMatcher(((), ("the port authority", "Ana Lopes"), ("the ministry",)))
    assert voices.topics_spoken_for("The port authority denied hiding cargo.") == {1}
    assert voices.topics_spoken_for("The ministry accused the port authority of hiding cargo.") == {2}
    assert voices.topics_spoken_for("\u201cNonsense,\u201d said Ana Lopes.") == {1}
    assert voices.topics_spoken_for("Ships from the port authority left at noon.") == set()


def test_a_topics_voice_raises_that_topics_score_for_what_the_voice_says_only():
    said = "Vantor's lawyers said the deleted emails were routine clean-up of old files."
    about = "The regulator said it had found the deleted emails on Vantor's servers."
    texts = CORPUS + [said, about]
    vectors = embed(texts)
    voiced = tuple(replace(t, voices=("Vantor",)) if t.id == "response" else t for t in TOPICS)
    before, after = score_topics(texts, vectors, TOPICS).scores, score_topics(texts, vectors, voiced).scores
    response = [t.id for t in TOPICS].index("response")
    said_row, about_row = len(texts) - 2, len(texts) - 1
    assert after[said_row, response] > before[said_row, response] + 0.05
    assert after[about_row, response] == pytest.approx(before[about_row, response], abs=0.02)
    others = [t for t in range(len(TOPICS)) if t != response]
    assert after[said_row, others] == pytest.approx(before[said_row, others], abs=0.02)


def test_he_said_speaks_for_the_speaker_named_in_the_sentence_before():
    matcher = VoiceMatcher((("the ministry", "Ana Lopes"), ("the port authority",)))
    before = "Ana Lopes, the ministry's spokeswoman, said the port had hidden cargo."
    assert matcher.topics_spoken_for("\u201cThe port should look at its own books,\u201d she said.", before) == {0}
    assert matcher.topics_spoken_for("\u201cThe port should look at its own books,\u201d she said.") == frozenset()
    # a sentence whose speaker is named is not the sentence before's
    assert matcher.topics_spoken_for("The port authority said it hid nothing.", before) == {1}
    assert matcher.topics_spoken_for("The ferry left at noon.", before) == frozenset()


def test_it_says_speaks_for_the_body_named_before_but_it_requires_does_not():
    matcher = VoiceMatcher((("the ministry",), ("the port authority",)))
    before = "The ministry said in a report that the port authority had hidden cargo."
    assert matcher.topics_spoken_for("It also says the port authority hid the cargo for years.", before) == {0}
    assert matcher.topics_spoken_for("It noted that the port authority hid the cargo.", before) == {0}
    # what a rule or bill does is not something its author says
    assert matcher.topics_spoken_for("It would also require every ferry to publish its books.", before) == set()
    assert matcher.topics_spoken_for("It is said that every ferry hid cargo.", before) == set()


def test_a_chain_of_pronouns_speaks_for_the_speaker_named_first():
    # "Ana Lopes said ...", "She urged the port authority to ...", "'...,' she said": all three are hers,
    # although the second names the other side's voice (as whom she urged, not who speaks)
    matcher = VoiceMatcher((("the ministry", "Ana Lopes"), ("the port authority",)))
    first = "Ana Lopes, the ministry's spokeswoman, said the port had hidden cargo."
    second = "She urged the port authority to open its books to inspectors."
    third = "\u201cThe port should look at its own books,\u201d she said."
    assert matcher.topics_spoken_for(second, first) == {0}
    assert matcher.topics_spoken_for(third, second, matcher.topics_spoken_for(second, first)) == {0}


def test_pronouns_chain_through_the_voice_scores_of_an_article():
    voiced = (replace(TOPICS[0], voices=("Ana Lopes",)), *TOPICS[1:])
    texts = ["Ana Lopes, the ministry's spokeswoman, said the port had hidden cargo for years.",
             "She urged the harbour board to open its books to inspectors.",
             "\u201cThe port should look at its own books,\u201d she said."]
    scores = _voice_evidence(texts, voiced, ["", texts[0], texts[1]], [""] * 3)
    assert scores[:, 0].tolist() == [VOICE_EVIDENCE] * 3


TRANSCRIPT = [
    "Mara Lindqvist: The harbour board will open two new ferry routes in May.",
    "Bay Radio: The board says Kelso Ferries skipped safety drills. What is your comment?",
    "Mara Lindqvist: We have noted the report. I want to stress that Kelso Ferries follows every rule.",
    "Q: Will the board fine the operator?",
    "Mara Lindqvist: We will release information in due course.",
]


def test_a_transcript_names_who_speaks_each_turn():
    from build_scripts.speakers import transcript_speakers
    assert transcript_speakers(TRANSCRIPT) == ["Mara Lindqvist", "", "Mara Lindqvist", "Q", "Mara Lindqvist"]
    # one quoted exchange in an article is no transcript, nor are a newsletter's status labels
    assert transcript_speakers(["Mara Lindqvist: We will act.", "The board met on Monday."]) == ["", ""]
    statuses = ["Introduced: A bill would license every ferry.", "Announced: The board will add routes.",
                "Introduced: A second bill would cap fares.", "Recommended: Operators should train crews."]
    assert transcript_speakers(statuses) == [""] * 4


@pytest.mark.parametrize("paragraphs, speakers", [
    # a broadcast names the speaker before the role
    (["ADA LORNQVIST, ANCHOR: Good evening. We begin tonight at the harbour.",
      "BEN HALVARDSEN, HARBOUR CORRESPONDENT: Ada, the board fined Kelso Ferries on Monday.",
      "LORNQVIST: How much was the fine?", "HALVARDSEN: Forty thousand crowns, the board said.",
      "LORNQVIST: Ben Halvardsen at the harbour, thank you."],
     ["ADA LORNQVIST", "BEN HALVARDSEN", "LORNQVIST", "HALVARDSEN", "LORNQVIST"]),
    # ... or in brackets after it
    (["ADA LORNQVIST (PRESENTER): Good evening. We begin tonight at the harbour.",
      "BEN HALVARDSEN (HARBOUR BOARD): The board fined Kelso Ferries on Monday.",
      "ADA LORNQVIST: How much was the fine?", "BEN HALVARDSEN: Forty thousand crowns."],
     ["ADA LORNQVIST", "BEN HALVARDSEN", "ADA LORNQVIST", "BEN HALVARDSEN"]),
    # names that are English words are names when the show gives them as names
    (["TOM AVERY (HOST): Good morning, I'm Tom Avery. With me are Helen Marsh and Kevin Brooks.",
      "HELEN MARSH: Thanks, Tom.", "TOM AVERY (HOST): Helen, what did the harbour board decide?",
      "HELEN MARSH: It fined Kelso Ferries forty thousand crowns.", "KEVIN BROOKS: And it will review the night routes."],
     ["TOM AVERY", "HELEN MARSH", "TOM AVERY", "HELEN MARSH", "KEVIN BROOKS"]),
    # ... and a label the text never gives as a name is no one: "Last Word"
    (["LAST WORD: The board will review fares.", "LAST WORD: The ferry routes stay open.",
      "GOOD NEWS: Night crossings resume.", "GOOD NEWS: Fares fall in May."], [""] * 4),
])
def test_a_broadcast_transcript_names_its_speakers(paragraphs, speakers):
    from build_scripts.speakers import transcript_speakers
    assert transcript_speakers(paragraphs) == speakers


def test_a_transcript_turn_is_evidence_for_its_speakers_topic():
    voiced = (replace(TOPICS[0], voices=()), replace(TOPICS[1], voices=("Mara Lindqvist",)), TOPICS[2])
    texts = ["I want to stress that the operator follows every rule.", "The operator follows every rule."]
    evidence = _voice_evidence(texts, voiced, ["", ""], ["Mara Lindqvist", ""])
    assert evidence[0, 1] == VOICE_EVIDENCE and evidence[1, 1] == 0
