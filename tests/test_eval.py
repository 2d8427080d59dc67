"""The quality gate: the briefing scored against annotated gold (tests/eval/) may not drop below pinned floors.

Floors are the figures `make eval` measured when they were last set, less a hair. Raise them when the
engine gets better; lower one only for a deliberate trade that improves another figure more, and say
which in the commit message.
"""
from __future__ import annotations

import json

import numpy as np
import pytest
import yaml

from tests.eval.corpora import CORPORA, evaluate_features, pages_of
from tests.eval.features import box_shows, speaker_matches
from tests.eval.scoring import Scores, SentenceIndex, identify_page, load_gold_claims, score

from build_scripts.pipeline import build
from build_scripts.textutil import outlet_key_for

#: corpus -> (recall, recall of multi-outlet claims, max points per claim, outlets cited, max filler points,
#:            citation precision, max misfiled rate)
FLOORS = {
    "seeds": (0.90, 0.96, 1.05, 0.72, 5, 0.95, 0.13),
    "frontier-holdout": (0.86, 0.90, 1.25, 0.56, 5, 0.88, 0.16),
    # written after the engine's last tuning, by an annotator who saw neither it nor any other gold
    "frontier-holdout-2": (0.88, 0.94, 1.44, 0.42, 5, 0.91, 0.18),
    # messy web coverage (SEO blog, aggregator, machine-translated commentary, LinkedIn post), added after
    # the engine's tuning by an annotator who saw neither it nor any other gold
    # multi 0.94 -> 0.92 (measured 0.925) when points no word of which places a measure left the measures page:
    # "Watermarks tend to vanish" (3 outlets), a measure's limit the gold files under measures, went to the
    # explainer
    "frontier-holdout-3": (0.79, 0.92, 1.51, 0.45, 3, 0.92, 0.13),
    # live blog, press-conference transcript, saved HTML page, markets piece with no front matter; added after
    # the engine's tuning by an annotator who saw neither it nor any other gold; measured unseen as below
    # points per claim 1.29 -> 1.33 (measured 1.323) when points no word of which places a measure left the measures
    # page: nine misfiled there went to their own pages (recall 0.78 -> 0.80), where three repeat a point already
    # listed
    "frontier-holdout-4": (0.77, 0.93, 1.33, 0.39, 3, 0.94, 0.22),
    # a wire and its reprint, a Q&A interview, a think-tank brief with footnote markers, PDF text (hard line breaks,
    # hyphenation, running headers), a fact-check, state-media commentary, a newsletter roundup, a saved page, a
    # company's first-person blog post, a markets piece, a follow-up; written after the engine's tuning by an
    # annotator who saw neither it nor any other gold; measured unseen as below
    "frontier-holdout-5": (0.78, 0.85, 1.45, 0.42, 1, 0.85, 0.21),
    # a wire, its reprint and follow-up; a TV news transcript; a committee's press release with a bill's provisions;
    # state media; a factbox of bullet sentences; a first-person newsletter that rewords every claim; a tech piece
    # quoting posts, with a correction; a markets piece; an explainer with steps and an FAQ; a saved regional page
    # with a paragraph in Chinese; written after the engine's tuning by an annotator who saw neither it nor any
    # other gold; measured unseen as below. Recall 0.95 -> 0.91 when 16 commentary sentences elsewhere stopped being
    # points: the topics learnt from the remaining sentences moved two of its points (three claims) to the explainer
    # page; 0.94 again when a sentence's page took more from the run of sentences around it. Precision 0.84 ->
    # 0.825 (recall 0.94 -> 0.95, misfiled 0.13 -> 0.10) when three of its articles got their dates from a line
    # with the date ("Friday, April 24, 2026"): the weekdays they name became dates, and one measure's point
    # took four of the memo's other sentences among its citations
    # recall 0.95 -> 0.93 (measured 0.936) when a host's "Joining us now is X, a computer scientist ..." became
    # meta-talk (points per claim 1.35 -> 1.36, measured 1.352; misfiled 0.11 -> 0.12): a point's page took less from
    # the run of sentences around it
    # outlets 0.24 -> 0.23 (measured 0.2386) when points no word of which places a measure left the measures page
    "frontier-holdout-6": (0.93, 0.93, 1.36, 0.23, 1, 0.82, 0.125),
    # a long-form feature, a wire, its reprint and follow-up, a podcast transcript, a state-media editorial, a law
    # firm's Q&A, a saved page, a dated timeline, a markets piece in other words, an EU analysis, a newsletter
    # roundup; written by an annotator who saw neither the engine nor any other gold; measured unseen at recall
    # 0.82, multi 0.86, 1.40 points/claim, outlets 0.37, filler 9, precision 0.90, misfiled 0.16
    # misfiled 0.18 -> 0.19 when a transcript's "NAME (ROLE):" became a label (a podcast guest's turns move topic)
    # points per claim 1.41 -> 1.44 (measured 1.436), outlets 0.36 -> 0.35 (measured 0.359), filler 9 -> 8 when points
    # no word of which places a measure left the measures page: seven misfiled there went to the explainer, where
    # three repeat a point already listed
    "frontier-holdout-7": (0.82, 0.87, 1.44, 0.35, 8, 0.90, 0.19),
    # written after 6fc144f; measured unseen. Misfiled 0.17 -> 0.19 (measured 0.188) when a radio host's guest
    # introduction became meta-talk (filler 8 -> 7): a point's page took less from the sentences around it.
    # Points per claim 1.56 -> 1.58 (measured 1.571), outlets 0.38 -> 0.40 when "The memo doesn't name a single
    # company." (seven words) became a point: with "What the memo does not do is say who was responsible." it
    # is one point beside "The memo itself names no company; ...", where one had been before, citing one outlet
    "frontier-holdout-8": (0.77, 0.92, 1.58, 0.37, 7, 0.90, 0.19),
    # written after 4bfb360 by an annotator who saw neither the engine nor any gold; measured unseen at e7c4a10:
    # recall 0.85, multi 0.92, 1.54 points/claim, outlets 0.35, filler 11, precision 0.88, misfiled 0.19
    # filler 10 -> 9 when points no word of which places a measure left the measures page
    "frontier-holdout-9": (0.83, 0.89, 1.56, 0.35, 9, 0.88, 0.20),
    # written after 1086dd5 by an annotator who saw neither the engine nor any gold; measured unseen: recall 0.78,
    # multi 0.90, 1.78 points/claim, outlets 0.26, filler 8, precision 0.91, misfiled 0.20
    # A fact-check's "Claim 3: '...'" became meta-talk (the restated claim it checks is no point): recall 0.78 ->
    # 0.80, multi 0.90 -> 0.92, outlets 0.26 -> 0.28, precision 0.91 -> 0.93, misfiled 0.20 -> 0.21 (lowered for it)
    # filler 8 -> 6 when points no word of which places a measure left the measures page
    "frontier-holdout-10": (0.79, 0.91, 1.75, 0.27, 6, 0.92, 0.22),
    # written after ae7626c by an annotator who saw neither the engine nor any gold; measured unseen (after a
    # version number in its newsletter, "4.0.1", stopped the build): recall 0.85, multi 0.90, 1.65 points/claim,
    # outlets 0.18, filler 21, precision 0.90, misfiled 0.18. Filler 21 -> 11 when closing boilerplate (a
    # transcript's "lightly edited for clarity", an op-ed's "views do not necessarily reflect", a press release's
    # "is a trade association representing" and "looks forward to working with", a research disclosure, a
    # fact-checker's rating scale) became furniture and a fact-check's "Claim 2: ..." meta-talk
    # filler 11 -> 5 when points no word of which places a measure left the measures page
    "frontier-holdout-11": (0.84, 0.89, 1.72, 0.17, 5, 0.89, 0.18),
    # written after ca1ffc5 by an annotator who saw neither the engine nor any gold; measured unseen at e3c294c
    # Points per claim 2.11 -> 2.16 when the radio show's guests, whose names are English words ("HELEN
    # ZHOU-BARRETT", "KEVIN OSTRANDER"), were known as its speakers: three of Ostrander's turns became points (among
    # them "nobody has been listed yet", a side of a gold disagreement), which the gold gives no claim of their own
    # precision 0.91 -> 0.90 (measured 0.9099) when points no word of which places a measure left the measures page
    "frontier-holdout-12": (0.69, 0.89, 2.16, 0.36, 0, 0.90, 0.20),
    "microdose": (0.80, 0.86, 1.19, 0.58, 1, 0.98, 0.26),
    # another story (satellite-navigation jamming), five topics, written after the engine's tuning by an
    # annotator who saw neither it nor any other gold; measured unseen at recall 0.79, multi 0.91, 1.28
    # points/claim, outlets 0.46, filler 12, precision 0.97, misfiled 0.23. Recall 0.84 -> 0.87, multi 0.98 -> 1.00
    # when "issue" became an act of announcing
    "orsund-jamming": (0.86, 0.99, 1.28, 0.47, 4, 0.97, 0.20),
    # multi 0.94 -> 0.92 (measured 0.923) when points no word of which places a measure left the measures page: a
    # bill sponsor's quotation ("burglary with a greenhouse"), which the gold files under measures, went to the
    # explainer
    "seedvault": (0.88, 0.92, 1.13, 0.59, 3, 0.87, 0.13),
    # another story (an intrusion at a water plant), written after 6fc144f by an annotator who saw neither the
    # engine nor any gold; precision 0.92 -> 0.91 when "ANNA BERGLUND (HOST):" became a label: the host's
    # introduction of a guest now joins that guest's point; 1.44 -> 1.46 (measured 1.451) points per claim when
    # saved pages dated after the build's day kept their dates: a spokeswoman's "on Tuesday" dates her answer apart
    # recall 0.79 -> 0.78 (measured 0.787), multi 0.87 -> 0.85 (measured 0.857) when points no word of which places
    # a measure left the measures page: "We'll only reconnect once the CDA is satisfied.", which had stood for the
    # switch to manual operation, is no measure
    "sundby-water": (0.78, 0.85, 1.46, 0.49, 7, 0.91, 0.26),
    # another story (a dam's water releases across a border), written at 6d83ae1 by an annotator who saw neither
    # the engine nor any gold; measured unseen at 472bc81: 0.79/0.87/1.39/0.28/10/0.92/0.26 (floored there);
    # 1.40 -> 1.44 points per claim when a news agency's "I. Morec noted ..." stopped being first-person opinion:
    # three of her sentences became points, one of them a detail point beside the same quotation's point
    # Recall 0.79 -> 0.81, multi 0.87 -> 0.90, filler 10 -> 8 when a radio presenter's "With me in the studio is
    # ..." and "I'm joined on the line by ..." became meta-talk: the minister's "weaponising" charge, which the
    # presenter's line had stood for, is found. Outlets 0.28 -> 0.27 (measured 0.2697): the same 24 claims cited
    # for 90 % of their outlets, of two more found; precision 0.92 -> 0.91 (measured 0.909): three sentences the
    # presenter's line had held now cite the "weaponising" point without stating it.
    # Multi 0.90 -> 0.875 (77 of 88), filler 8 -> 9 when the tracker's "Recommended" measures stopped
    # being cut as a list of links: two gold measures they state are now reported by two outlets, and neither
    # is a point (the tracker's "We recommend" reads as the writer's opinion); its closing "Basin Watch is
    # written by ..." is now shown on the measures page
    # filler 9 -> 6 when points no word of which places a measure left the measures page ("Basin Watch is written by
    # ..." among them)
    "seve-dam": (0.80, 0.87, 1.44, 0.26, 6, 0.90, 0.26),
    # another story (rare-earth ore smuggling), written after 0c52cd3 by an annotator who saw neither the engine
    # nor any gold; measured unseen at 0.76/0.87/1.36/0.47/3/0.85/0.22. Its radio transcript's "MAREK DOLAN
    # (CUSTOMS DIRECTORATE):" became a label: recall and multi up, and one more turn sentence is filler.
    # Points per claim 1.39 -> 1.41, filler 4 -> 3 when the presenter's lines stopped being quotations: her
    # "But Saldria says it has nineteen trucks full of Korvath ore." is shown as a point again, beside the one
    # it repeats, and her "Ambassador ..., thank you both." is gone
    # recall 0.78 -> 0.76 (measured 0.765), multi 0.88 -> 0.87, filler 3 -> 2 when points no word of which places a
    # measure left the measures page: "The suspension gives us thirty days to check ..." and "Passenger traffic ...
    # are not affected" (a measure's purpose and scope) left the page with a negotiator's bio
    "saldria-ore": (0.76, 0.87, 1.41, 0.47, 2, 0.84, 0.21),
}


#: corpus -> (quotations found with their speaker, status right on gold measures, max shown in force wrongly,
#: dated events on the timeline, annotated disagreements shown, explainer points under their gold section);
#: every corpus: no scare quote listed as a quotation, every point on a measures page with a status, the
#: events found in date order
FEATURE_FLOORS = {
    # statuses raised in 13 corpora when points no word of which places a measure left the measures page
    # the seeds date nothing; their editors record the disagreements. Speakers 7/8 -> 6/7 when "industrial-scale"
    # moved from the gold's quotations to its scare quotes (the issue's own example of a term that is no quotation)
    # and 'officials have explicitly used the term "industrial-scale"' stopped being listed as theirs
    "seeds": (0.85, 0.85, 0, 1.0, 1.0, 0.63),
    # disagreements raised here, in -3, -5 and sundby-water when what a case rests on was set against "no evidence"
    "frontier-holdout": (0.90, 0.99, 0, 1.0, 0.5, 0.6),
    # no quotations, events nor disagreements annotated; statuses 27 -> 28 when "It would also require ..." took the
    # status of the bill the sentence before names
    "frontier-holdout-2": (1.0, 0.84, 0, 1.0, 1.0, 0.67),
    "frontier-holdout-3": (0.95, 0.64, 0, 1.0, 0.5, 0.76),
    # disagreements raised here and in sundby-water when a figure set against "the 16 million cited by officials"
    # was set against the sources giving it
    "frontier-holdout-4": (0.90, 0.81, 0, 1.0, 0.66, 0.95),
    # disagreements 5 -> 6 of 7 when "On April 22, 2026, the Director of ..., Michael Kratsios, signed a memorandum"
    # dated its main clause (signing a memo is issuing it) and was set against "issued a memorandum" on April 23
    # sections 0.69 -> 0.67 (23 of 34) when points no word of which places a measure left the measures page: one more
    # on the explainer, under the wrong section
    "frontier-holdout-5": (0.90, 0.79, 0, 0.85, 0.85, 0.67),
    "frontier-holdout-6": (1.0, 0.91, 0, 1.0, 1.0, 0.72),  # no quotations, events nor disagreements annotated
    "frontier-holdout-7": (0.81, 0.87, 0, 1.0, 0.25, 0.68),
    # disagreements 3 -> 4 of 14 when a point's days a few apart stayed one timeline event ("On Wednesday the White
    # House accused", "the accusation issued ... on April 21") and its two dates were shown as a disagreement; 4 -> 6
    # when "It put the tally of fraudulent accounts at more than 30,000" shared the words of the sentence it leans on,
    # and "$3 billion" against "roughly $1.2 billion" (more than twice apart) was shown for sharing five words; 6 -> 7
    # when '"The evidence is clear ...," X said, "and we will not allow ..."' counted as what the case rests on (the
    # later clause's "not" had read as negating it); 7 -> 8 when "Corvid Labs ... said in February that it had banned
    # thousands of accounts" was set against "Meridian AI, which in February banned thousands of accounts"; 8 -> 9
    # when timeline entries of two points a day apart whose dated clauses name one act ("introduced legislation on
    # Tuesday", "was introduced on April 29") were shown as one event dated two ways; 9 -> 10 when "It is theft,
    # plain and simple" was set against "calling distillation theft stretches the law" (a word applied and disputed)
    # and a page showed up to 10 detected boxes, not 8 (the date box had been the ninth); 10 -> 11 when "The memo,
    # issued by the National Security Council" was set against "a memo from the White House Office of Science and
    # Technology Policy" (one document, two authors)
    # Statuses 18 -> 19 when "It would criminalise ..." took the status of the bill the sentence before names
    # Sections 0.70 -> 0.68 (15 of 22) when points no word of which places a measure left the measures page: two
    # more on the explainer, one under the wrong section
    "frontier-holdout-8": (1.0, 0.79, 0, 1.0, 0.78, 0.68),
    # unseen at e7c4a10: speakers 27/33, one scare quote listed, disagreements 7/16, statuses 17/26 with two wrongly
    # in force, events 16/16, sections 19/26. Speakers 27 -> 31 when a quotation that is its own sentence stopped
    # taking the next sentence's "he said", and "Okafor said ..." named the Sam Okafor given before; the scare quote
    # ('the "small yard, high fence" approach') went; one wrongly in force went when '..., said X, a former official
    # now at ...' stopped placing the measure, the other when "already" said in force only with the step taken
    # ("already begun"), not in "his company already spends hours ..."
    # Disagreements 7 -> 8 when "Thursday's White House memo, which singled out DeepSeek" was set against "The memo,
    # which singles out no firm by name" (a relative clause's verb; "single out" names), 8 -> 9 when "... is theft,
    # whatever the copyright lawyers say" was set against "Calling it theft is a political description"; 9 -> 10 when
    # "a Commerce Department memo released Thursday" was set against the memo "released by the White House Office of
    # Science and Technology Policy" (one document, two authors)
    # Speakers 31 -> 32 when "the company said" looked through the whole last paragraph, not only its words after a
    # scare quote ("... of "industrial-scale" distillation of American AI models")
    "frontier-holdout-9": (0.96, 0.8, 0, 1.0, 0.62, 0.76),
    # unseen at 1086dd5: speakers 29/35, three scare quotes listed, disagreements 1/18, statuses 25/37 with three
    # wrongly in force, events 13/14, sections 22/34. Then: '... calls the practice "distillation attacks"' and 'is
    # called the "teacher"' became terms; "the company wrote" named the organisation reported saying something
    # ("Anthropic said three Chinese labs ...", not "Chinese"); '... rejected the allegations and, on April 29,
    # stated' named the ministry; "restricted-party lists" stopped placing a measure in force, nor did "commits OSTP
    # to set up" ("commits ... to" announces), and "Introduced in the House on April 29" is a bill; a dash ends a
    # dated clause, so "accuses ... - hammering US chatbots ... harvesting the answers" is no answer and the memo's two
    # days are shown, citing every sentence of each day; 2 -> 3 when "The memo does not name DeepSeek or any other
    # company" was set against "The memo singles out DeepSeek", 3 -> 4 when "more than 30,000 bogus accounts" counted
    # accounts, not "bogus" things; 4 -> 5 when "no Chinese AI developer has been added to the Entity List" was set
    # against "The Commerce Department has added a handful of Chinese AI developers to the Entity List"; 5 -> 7 when
    # "DeepSeek, Moonshot AI and MiniMax did not respond" was set against MiniMax's quoted statement (each firm a
    # list names is a party) and the embassy's silence against its own spokesperson's, not the ministry's denial;
    # 7 -> 8 when the list item "Introduced in the House on April 29, 2026 and referred to ..." was read with its
    # title (the bill's name) and set against "introduced ... on Tuesday" and "on April 28" in one box
    # Speakers 31 -> 32 when 'told reporters ... the department was "actively reviewing" information' was a
    # quotation, not a term going on into the sentence
    # Statuses 27 -> 31 when "require" (in force) joined the vocabulary, "May 6" stopped reading as "may", and "It
    # would require ..." took the status of the bill the sentence before names
    "frontier-holdout-10": (0.91, 0.91, 0, 0.92, 0.44, 0.64),
    # unseen at ae7626c (sections scored with the annotator's ids mapped to the page's: "legitimate-vs-unauthorised"
    # is legitimate-or-not, "why-hard-to-stop" hard-to-stop): speakers 26/34, one scare quote listed (a podcast
    # turn's '"Theft" is a word ...'; none since a turn's quotation marks are not the speaker's own words),
    # disagreements 4/16, statuses 25/32 with none wrongly in force, events 13/13,
    # sections 17/25. Statuses 25/32 -> 27/34 with none wrongly in force when "since" stopped saying in force (a
    # newsletter's "What happened since:" had put three items in force once its boilerplate went); disagreements
    # 4 -> 3 when its "Claim 2: ..." became meta-talk and "The memo singled out DeepSeek by name, and told agencies
    # ..." was judged to repeat a point (the negation box went with it)
    # Speakers 26 -> 27 when "Ojeda struck a more cautious note." made Ojeda who "he said" means next;
    # disagreements 3 -> 5 when a memo "issued on 22 April" met one "issued on April 23" and a correction of who
    # disclosed the figures ("incorrectly said that OpenAI had disclosed") was set against the report it corrects
    # Disagreements 5 -> 7 of 16 when a measure reported in force ("Now that Commerce has put DeepSeek on the
    # Entity List", "requirements ... are already in force") met its denial ("no Chinese AI developer had been added")
    # Speakers 27 -> 30 of 34 when a guest's turn that answers a topic was listed in each statement ("I want the
    # evidence in front of the public, not just in a classified annex"), not only in those judged points
    # Disagreements 7 -> 8 when "6 million conversations" met "16 million exchanges" (the "24,000 accounts" both give
    # agree); sections 20/27 -> 20/28 when the podcast's "This transcript has been lightly edited" became meta-talk
    # and Okafor's line on learning against copying reached the page, under how-it-works, not legitimate-or-not
    "frontier-holdout-11": (0.88, 0.83, 0, 1.0, 0.5, 0.71),
    # written after ca1ffc5 by an annotator who saw neither the engine nor any gold; measured unseen at e3c294c:
    # speakers 29/38, one scare quote listed ('use the label of "distillation attacks"', no longer after 10e3064),
    # disagreements 7/24, statuses 20/28 with none wrongly in force, events 14/14, sections 17/23
    # Speakers 29 -> 30 when "Asked whether ..., Kratsios told reporters ..." made Kratsios who "he said" means next
    # Statuses 20 -> 21 of 28 when "a companion bill is being drafted" was no bill introduced
    # Disagreements 8 -> 9 of 24 when "now that the Commerce Department has added several Chinese AI labs to its
    # Entity List" met "As of April 29, no company has been added" under the Entity List heading's sentence
    # Speakers 30 -> 33 of 38 when a radio show's guests were known by the names its host gives them ("With me ...
    # are Helen Zhou-Barrett ... and Kevin Ostrander"), though their names are English words
    # Disagreements 9 -> 10 when "The memorandum was released by the office on Wednesday, April 22" met "issued a
    # memo on April 23" (a document said to be someone's dates its issuing)
    # Disagreements 10 -> 11 when "tens of thousands of fake accounts" met "hundreds of thousands" (magnitudes in
    # words are ranges); 11 -> 12 when the correction "incorrectly said the White House memo named DeepSeek" met
    # "The memo singles out DeepSeek by name" (the names saying whose the memo is may be left out)
    "frontier-holdout-12": (0.89, 0.87, 0, 1.0, 0.5, 0.73),  # 33 -> 34 with holdout-11's turns
    "microdose": (1.0, 0.99, 0, 1.0, 1.0, 0.64),
    "orsund-jamming": (0.90, 0.86, 0, 1.0, 1.0, 0.7),
    "seedvault": (1.0, 0.99, 0, 1.0, 1.0, 0.7),
    # unseen: speakers 26/33, disagreements 0/18 (none of its 18 detected), events 22/23
    # disagreements 9 -> 10 of 18 when multiples of one thing were compared however far apart ("more than a hundred
    # times" against "roughly ten times" its normal level); 10 -> 11 when "stayed in place until March 13" was the
    # lifting of the advisory "lifted ... two days later" (after Monday, March 10) and "on March 12"
    "sundby-water": (0.93, 0.74, 0, 1.0, 0.61, 1.0),
    # unseen at 0c52cd3: speakers 19/24, 2 scare quotes listed, disagreements 2/18, statuses 16/23, events 14/14
    # with one out of order
    # disagreements 7 -> 6 of 18 when the digits of "38,000" and "52,000" ("000") stopped counting as a word two
    # sentences share: the Greyfield sentence ("the true figure is considerably higher, as much as 52,000 tonnes")
    # shares no other word with the minister's 38,000; the same artefact made false boxes of "roughly 24,000" and
    # "roughly 11,000" accounts elsewhere
    # 6 -> 7 when one deed credited to different actors was shown ("Vell Magnetics ... said it would pause purchases"
    # against "the Magnet Producers Association ... announced that its members would pause purchases")
    # 7 -> 8 when "several vehicles were detained ... on 8 March" was set against "stopped a convoy ... on the night
    # of March 9 and seized a dozen trucks" (entries of two points a day apart, their dated clauses naming one act)
    # 8 -> 9 when "Analysts ... believe the true figure is considerably higher, as much as 52,000 tonnes" leaned on
    # the sentence before (its 38,000 tonnes) for what its figure counts
    # 9 -> 10 when "Since the ban took effect in July 2029" was set against "in force since 1 January 2030"
    # (entries months apart, one giving only a month, their dated clauses naming one act)
    # Speakers 21 -> 22 of 24 when the minister's turn answering the closure was listed in each statement
    "saldria-ore": (0.91, 0.74, 0, 1.0, 0.55, 0.73),
    # unseen at 472bc81: speakers 23/30, 1 scare quote listed, disagreements 5/18, statuses 12/17, events 18/20,
    # sections 24/28; f28cae4: speakers 24/30, no scare quote listed; "78 percent" against "41 per cent" shown;
    # events 18 -> 19 of 20 when its news agency's "Orvek, 12 August 2032" and its radio show's "Saturday 14 August
    # 2032" dated them ("Yesterday the government recalled our ambassador"); speakers 24 -> 26 of 30 when a guest's
    # turns that answer a topic were listed though no point ("We have good reason to believe the order came ...");
    # 26 -> 27 when '"...," underlined I. Morec' named the Ivana Morec the article had introduced; events 19 -> 20
    # when "Sept. 6" was read as a date and "It will meet again on Sept. 6." dated an event after the report it
    # goes on with
    # speakers 27 -> 29 of 30 when a name with a four-word title ("Prime Minister Marijke Oost, who visited ...")
    # and one after "Dr" made that person who "she said" means next
    "seve-dam": (0.96, 0.75, 0, 1.0, 0.33, 0.85),
}


@pytest.fixture(scope="module")
def built():
    return {c.name: (c, build(c.seeds, c.config, None)) for c in CORPORA}


def scored(corpus, result) -> Scores:
    briefing = result.briefing
    gold = yaml.safe_load(corpus.gold.read_text(encoding="utf-8"))
    outlet_of_file = {s.file: outlet_key_for(s.counted_as, s.file) for s in briefing.sources}
    return score(corpus.name, pages_of(briefing), gold, SentenceIndex(briefing.sources), outlet_of_file)


@pytest.mark.parametrize("shown, gold, matches", [
    ("senior U.S. government officials", "US officials / the White House", True),  # "U.S." is "US"
    ("Liu Pengyu, the embassy's spokesman", "Liu Pengyu", True),
    ("Pengyu", "Liu Pengyu (Chinese Embassy)", True),  # a part of the gold's name
    ("embassy", "Liu Pengyu (Chinese Embassy)", False),  # the organisation is not the person who spoke
    ("one administration official", "unnamed administration official", False),
    ("the company", "DeepVale (statement)", False),
])
def test_the_scorer_accepts_a_speaker_only_under_the_gold_s_name(shown, gold, matches):
    assert speaker_matches(shown, gold) is matches


@pytest.mark.parametrize("box, shown", [
    ([{"a410"}, {"b600"}], True),  # one figure against the other
    ([{"a410"}, {"both"}], True),  # against the sentence that sets both: it stands for the other side
    ([{"both"}, {"both2"}], False),  # two sentences that each give both figures show nobody's side
    ([{"a410", "b600"}], False),  # one side citing both is not a box setting them against each other
    ([{"a410"}, {"c"}], False),  # a side about something else
])
def test_the_scorer_counts_a_disagreement_shown_only_when_two_sides_oppose_its_gold_sides(box, shown):
    one, other = frozenset({"a410", "both", "both2"}), frozenset({"b600", "both", "both2"})
    assert box_shows([frozenset(side) for side in box], one, other) is shown


def test_every_corpus_has_gold_and_a_floor():
    assert sorted(c.name for c in CORPORA) == sorted(FLOORS) == sorted(FEATURE_FLOORS)


# events listed out of date order that a corpus may have (none now: a claim's sentence dating another act is
# its own event, so one entry no longer carries dates from 21 to 28 April)
OUT_OF_ORDER: dict[str, int] = {}


@pytest.mark.parametrize("name", sorted(FEATURE_FLOORS))
def test_quotations_measures_timeline_disagreements_and_sections_stay_above_their_floor(built, name):
    corpus, result = built[name]
    f = evaluate_features(corpus, result)
    quotes, status, wrongly_enacted, events, disagreements, sections = FEATURE_FLOORS[name]
    assert f.scare_listed == 0, f.details
    assert f.quote_recall >= quotes, f.details
    assert f.measure_points_with_status == f.measure_points
    assert f.status_accuracy >= status and f.wrongly_enacted <= wrongly_enacted, f.details
    assert f.event_recall >= events and f.events_out_of_order <= OUT_OF_ORDER.get(name, 0), f.details
    assert f.disagreement_recall >= disagreements, f.details
    assert f.section_accuracy >= sections, f.details


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_stays_above_its_floor(built, name):
    s = scored(*built[name])
    recall, multi, per_claim, outlets, filler, precision, misfiled = FLOORS[name]
    measured = (f"recall {s.recall:.3f}, multi {s.recall_multi:.3f}, points/claim {s.points_per_claim:.3f}, "
                f"outlets {s.outlets_cited:.3f}, filler {s.filler_points}, precision {s.citation_precision:.3f}, "
                f"misfiled {s.misfiled_rate:.3f}")
    assert s.recall >= recall and s.recall_multi >= multi, measured
    assert s.points_per_claim <= per_claim and s.outlets_cited >= outlets, measured
    assert s.filler_points <= filler and s.citation_precision >= precision, measured
    assert s.misfiled_rate <= misfiled, measured
    assert not s.unmatched_locators or name != "seeds", s.unmatched_locators


def points_about(built, page: str, claim_ids: set[str]):
    corpus, result = built["seeds"]
    briefing = result.briefing
    gold = yaml.safe_load(corpus.gold.read_text(encoding="utf-8"))
    outlet_of_file = {s.file: outlet_key_for(s.counted_as, s.file) for s in briefing.sources}
    claims = load_gold_claims(gold, SentenceIndex(briefing.sources), outlet_of_file, Scores("seeds"))
    points = pages_of(briefing)[page]
    about = identify_page(page, points, [c for c in claims if c.sentences])
    gold_by_id = {c.id: c for c in claims}
    return [p for p, g in zip(points, about) if g is not None and g.id in claim_ids], gold_by_id


def test_on_the_seeds_the_core_accusation_is_one_point_reported_by_all_five(built):
    points, gold = points_about(built, "allegations", {"accusation-core", "accusation-industrial-scale"})
    assert len(points) == 1, [p.text for p in points]
    assert len(points[0].outlets) == 5
    assert points[0].representative in gold["accusation-core"].sentences


def test_on_the_seeds_china_s_rebuttal_is_one_point_citing_every_outlet_that_reports_it(built):
    points, gold = points_about(built, "responses", {"china-rejects", "china-slander"})
    assert len(points) == 1, [p.text for p in points]
    assert points[0].outlets >= gold["china-rejects"].outlets


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_sentence_that_could_be_a_point_is_in_a_point_or_says_why_not(built, name):
    # nothing drops silently: the open data (and the review page) give a reason for each sentence left out
    data = json.loads(built[name][1].pages["data/briefing.json"])
    members = {m for topic in data["topics"] for claim in topic["claims"] for m in claim["members"]}
    silent = [s["text"] for source in data["sources"] for p in source["paragraphs"] for s in p["sentences"]
              if s.get("topics") and not s.get("not_a_claim_because") and f"{source['id']}#{s['id']}" not in members]
    assert silent == []


def test_a_sentence_left_out_as_a_repeat_becomes_a_point_when_the_editors_split_it(tmp_path):
    corpus = next(c for c in CORPORA if c.name == "seeds")
    data = json.loads(build(corpus.seeds, corpus.config, None).pages["data/briefing.json"])
    repeats = [f"{s['file']}#{t['id']}" for s in data["sources"] for p in s["paragraphs"] for t in p["sentences"]
               if t.get("not_a_claim_because", "").startswith("repeats a point")]
    assert repeats, "the seeds no longer have a sentence left out as a repeat: pick another case"
    config = tmp_path / "briefing.yml"
    config.write_text(corpus.config.read_text(encoding="utf-8").replace("  split: []", f"  split: {json.dumps(repeats[:1])}"),
                      encoding="utf-8")
    data = json.loads(build(corpus.seeds, config, None).pages["data/briefing.json"])
    members = {m for topic in data["topics"] for claim in topic["claims"] for m in claim["members"]}
    source = next(s for s in data["sources"] if s["file"] == repeats[0].split("#")[0])
    assert f"{source['id']}#{repeats[0].split('#')[1]}" in members


def test_the_pairs_benchmark_ranks_as_its_figures_say():
    from tests.eval.pairs import auc, precision_at

    labels = np.array([True, True, False, False])
    assert auc(np.array([0.9, 0.8, 0.2, 0.1]), labels) == 1.0  # every positive above every negative
    assert auc(np.array([0.1, 0.2, 0.8, 0.9]), labels) == 0.0
    assert auc(np.array([0.5, 0.5, 0.5, 0.5]), labels) == 0.5  # ties count half
    assert precision_at(np.array([0.9, 0.1, 0.8, 0.2]), labels, 0.5) == 1.0  # the best pair is a positive
    assert precision_at(np.array([0.9, 0.1, 0.8, 0.2]), labels, 1.0) == 0.5  # the second positive comes last
