"""Topics: sentences go to the page whose question they answer, by meaning, not by single words."""
from __future__ import annotations

import numpy as np

from build_scripts.embed import embed
from build_scripts.model import Cue, TopicSpec
from build_scripts.topics import TopicScores, best_topics, score_topics, with_neighbours

TOPICS = (
    TopicSpec("accusations", "The accusations", "What is the firm accused of, and on what evidence?",
              "What the regulator alleges.", (Cue("accused", 1), Cue("alleged", 1), Cue("evidence", 1)),
              ("Regulators accused the company of copying a rival's design.",)),
    TopicSpec("response", "The firm's answer", "How has the firm answered the accusations?",
              "Denials and counter-arguments.", (Cue("denied", 1), Cue("rejected", 1)),
              ("A company spokesperson rejected the claims as groundless.",)),
    TopicSpec("explainer", "What a gizmo is", "What is a gizmo, and how does it work?",
              "The device at the centre of the dispute.", (Cue("gizmo", 1), Cue("circuit", 1), Cue("battery", 1)),
              ("The device stores energy in a small battery and releases it through a circuit.",)),
)

CORPUS = [
    "The regulator accused Vantor of copying the gizmo design from a smaller rival.",
    "Investigators alleged that Vantor engineers took the gizmo blueprints when they changed jobs.",
    "The regulator said its evidence included emails about the gizmo that Vantor staff had deleted.",
    "According to the complaint, Vantor sold more than 40,000 copied gizmos last year.",
    "Vantor denied copying the gizmo and said its own engineers had designed every part.",
    "A Vantor spokesperson rejected the gizmo allegations as baseless.",
    "Vantor's chief executive said the company would fight the gizmo case in court.",
    "A gizmo stores energy in a small battery and releases it through a timing circuit.",
    "Each gizmo contains a sensor that switches the circuit off when the battery runs low.",
    "Gizmos were first built in university laboratories in the 1990s.",
    "The gizmo works by converting the battery's charge into short pulses.",
    "The regulator accused Vantor of hiding gizmo sales figures from auditors.",
]


def test_sentences_go_to_the_page_whose_question_they_answer_though_all_name_the_central_term():
    texts = CORPUS + [
        "Vantor called the gizmo claims a smear and insisted it had invented the device itself.",  # no cue words
        "Officials say Vantor's factory was fitted with machines bought from the rival's supplier.",
    ]
    scores = score_topics(texts, embed(texts), TOPICS)
    placed = [TOPICS[best_topics(scores.scores[i], scores.relevant[i])[0]].id for i in range(len(texts))]
    assert placed[-2] == "response"
    assert placed[0] == "accusations" and placed[4] == "response" and placed[7] == "explainer"
    assert sum(p == "explainer" for p in placed) <= 5  # the central term does not pull the others in


def test_labels_name_the_cues_found():
    texts = CORPUS
    scores = score_topics(texts, embed(texts), TOPICS)
    explainer = [t.id for t in TOPICS].index("explainer")
    assert scores.cues[7][explainer] == (0, 1, 2)  # gizmo, circuit, battery


def test_a_word_in_nearly_every_sentence_teaches_the_learned_wording_nothing():
    from build_scripts.topics import _wording_scores
    stems = [{"central", "drill"}, {"central", "ferry"}, {"central", "deny"}, {"refute"}, {"central"}]
    stems += [{"central", f"word{n}"} for n in range(10)]
    scores = _wording_scores([[0, 1], [2, 3]], stems, 2)
    assert abs(scores[4]).max() < 0.1, scores[4]  # only the central term: no page is preferred
    assert scores[0, 0] > scores[0, 1]  # its own words still count


def test_the_learned_wording_reads_grammar_too_so_a_proposal_in_new_words_leans_to_the_proposals():
    """Function words mark what kind of statement a sentence is: "would" and "should" run through
    proposals, "was" and "had" through reports of what happened, whatever the nouns."""
    from build_scripts.topics import _wording_scores, wording_features
    proposals = ["The bill would require exporters to register every drone.",
                 "Lawmakers would give the agency powers to inspect warehouses.",
                 "The rule should ban the sale of drones to unlicensed buyers."]
    happened = ["The firm had sold drones to the agency last year.",
                "Inspectors were shown drones in a warehouse in March.",
                "The exporters were fined after an audit of their records."]
    others = [f"Harbour traffic rose by {n} percent in the {w} quarter." for n, w in ((3, "first"), (4, "second"),
                                                                                       (5, "third"), (6, "fourth"))]
    new = "It would oblige carriers to keep logs."  # not one content word in common with either topic
    texts = proposals + happened + others + [new]
    scores = _wording_scores([[0, 1, 2], [3, 4, 5]], [wording_features(t) for t in texts], 2)
    assert scores[-1, 0] > scores[-1, 1], scores[-1]


def test_one_word_counts_once_though_two_cues_share_its_sense():
    from build_scripts.topics import CueMatcher
    matcher = CueMatcher(TOPICS)
    accusations = [t.id for t in TOPICS].index("accusations")
    # "accused" and "alleged" are one kind of act: the single word "accusations" is one cue's evidence,
    # not two (else any sentence that mentions the accusations outweighs one that answers them)
    assert len(matcher.matches("The firm's chairman called the accusations a smear.")[accusations]) == 1
    # two different cues, each found by its own word, still both count
    assert len(matcher.matches("Regulators accused the firm and cited evidence from emails.")[accusations]) == 2


def test_a_sentence_like_any_one_of_a_topics_examples_is_as_near_that_topic_as_the_example():
    # the editors describe two kinds of sentence for one page: how the device works, and why its trade
    # is hard to police; a sentence of the second kind is near the page, not near the average of both
    policing = "Gizmo sales are hard to police because anyone can order the parts online."
    explainer = TOPICS[2]
    topics = (*TOPICS[:2], TopicSpec(explainer.id, explainer.title, explainer.question, explainer.intro,
                                     explainer.cues, (*explainer.examples, policing)))
    texts = CORPUS + ["Anyone can order the parts for a gizmo online, so gizmo sales are hard to police."]
    scores = score_topics(texts, embed(texts), topics)
    assert best_topics(scores.scores[-1], scores.relevant[-1]) == [2]
    assert scores.scores[-1][2] >= float(embed([texts[-1]])[0] @ embed([policing])[0])


def test_a_list_item_is_read_with_its_lead_in():
    # "Closer inspection of the blueprints Vantor engineers took" could be evidence or an answer; under
    # "penalties ... could include:" it is a penalty the regulator weighs, and belongs on that page
    from build_scripts.model import Paragraph, Sentence, SentenceRef, Source
    from build_scripts.topics import read_in_context
    penalties = TopicSpec("penalties", "The penalties", "What penalties could the regulator impose on the firm?",
                          "Fines, bans and other sanctions under consideration.", (Cue("fine", 1), Cue("ban", 1)),
                          ("The regulator could fine Vantor or ban sales of its products.",))
    topics = (*TOPICS, penalties)
    lead_in = "The regulator said it was weighing penalties and sanctions against Vantor, which could include:"
    item = "Closer inspection of the blueprints Vantor engineers took."
    paragraphs = [Paragraph(f"p{n}", "paragraph", text, (Sentence(f"p{n}.s1", text),)) for n, text in enumerate(CORPUS)]
    paragraphs += [Paragraph("lead", "paragraph", lead_in, (Sentence("lead.s1", lead_in),)),
                   Paragraph("item", "item", item, (Sentence("item.s1", item),))]
    source = Source("src", "src.txt", "txt", {}, tuple(paragraphs), (), ())
    refs = [SentenceRef("src", "outlet", p.id, p.kind, p.sentences[0], lead_in=lead_in if p.kind == "item" else "")
            for p in paragraphs]
    texts = [r.sentence.text for r in refs]
    scores = score_topics(texts, read_in_context(embed(texts), refs, [source]), topics)
    assert best_topics(scores.scores[-1], scores.relevant[-1])[0] == topics.index(penalties)


def test_a_list_item_of_several_sentences_is_read_with_its_lead_in_once(monkeypatch):
    from build_scripts import topics
    from build_scripts.model import Paragraph, Sentence, SentenceRef, Source
    lead_in = "Options under review include:"
    sentences = (Sentence("item.s1", "Raising fares for visitors."), Sentence("item.s2", "Cutting the night route."))
    source = Source("src", "src.txt", "txt", {}, (Paragraph("item", "item", "Raising fares for visitors. Cutting "
                                                            "the night route.", sentences),), (), ())
    refs = [SentenceRef("src", "outlet", "item", "item", s, lead_in=lead_in) for s in sentences]
    read: list[str] = []
    monkeypatch.setattr(topics, "embed", lambda texts: read.extend(texts) or embed(texts))
    topics.read_in_context(embed([s.text for s in sentences]), refs, [source])
    assert f"{lead_in} Raising fares for visitors. Cutting the night route." in read
    assert not any(text.count(lead_in) > 1 for text in read)


def test_a_sentence_that_could_answer_two_questions_answers_the_one_its_neighbours_answer():
    # topic 0 "what was alleged", topic 1 "what was done about it"; row 1 alone leans a little to 0
    rows = np.array([[0.30, 0.60], [0.52, 0.50], [0.30, 0.60],   # article a, one section
                     [0.30, 0.60], [0.52, 0.50],                  # article b: its neighbour is in another section
                     [0.52, 0.50], [0.30, 0.60]], dtype=np.float32)  # article c, row 5 ends it; row 6 is d's
    scores = TopicScores(rows, np.ones_like(rows, dtype=bool), [{} for _ in rows])
    sections = [("a", ""), ("a", ""), ("a", ""), ("b", "Background"), ("b", "Reaction"), ("c", ""), ("d", "")]
    blended = with_neighbours(scores, sections).scores
    assert best_topics(blended[1], scores.relevant[1]) == [1]
    assert best_topics(blended[4], scores.relevant[4]) == [0]  # a heading starts a new run
    assert best_topics(blended[5], scores.relevant[5]) == [0]  # the next article is no neighbour
    assert blended[0][1] > blended[0][0]  # a clear sentence keeps its question


def test_a_run_of_sentences_reaches_past_a_neutral_neighbour():
    # row 2 alone leans a little to topic 0; the sentences next to it say nothing either way, the ones two
    # away clearly answer topic 1: the run answers topic 1. Rows 5-9 are the same in two sections: no run.
    clear, neutral, leaning = [0.20, 0.70], [0.50, 0.50], [0.55, 0.50]
    rows = np.array([clear, neutral, leaning, neutral, clear] * 2, dtype=np.float32)
    scores = TopicScores(rows, np.ones_like(rows, dtype=bool), [{} for _ in rows])
    sections = [("a", "")] * 5 + [("b", "One")] * 2 + [("b", "Two")] + [("b", "Three")] * 2
    blended = with_neighbours(scores, sections).scores
    assert best_topics(blended[2], scores.relevant[2]) == [1]
    assert best_topics(blended[7], scores.relevant[7]) == [0]  # a sentence alone in its section keeps its lean


def test_cues_in_a_clause_that_recalls_what_came_before_say_nothing_of_the_question_answered():
    texts = CORPUS + [
        "Vantor recalled 3,000 gizmos on Friday, days after the regulator accused it of copying the design.",
        "Vantor recalled 3,000 gizmos on Friday, a step the regulator alleged was too late.",
        "The regulator accused Vantor of copying the gizmo, a charge the company denied.",
    ]
    scores = score_topics(texts, embed(texts), TOPICS)
    accusations, response = [t.id for t in TOPICS].index("accusations"), [t.id for t in TOPICS].index("response")
    assert accusations not in scores.cues[-3] and accusations not in scores.cues[-2]
    assert accusations in scores.cues[-1] and response not in scores.cues[-1]

