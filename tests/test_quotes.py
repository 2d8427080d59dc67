"""Quotes: only direct quotations are listed, with the speaker the text names; scare quotes are not quotations;
the same words quoted by several outlets are one quotation."""
from __future__ import annotations

import pytest

from build_scripts.entities import EntityMatcher
from build_scripts.model import Entity, Paragraph, Sentence, Source
from build_scripts.quotes import find_quotes, group_quotes
from build_scripts.segment import paragraph_id, split_sentences

MATCHER = EntityMatcher((
    Entity("Harbour Council", "organisation", ("council", "the HC")),
    Entity("Maria Silva", "person", ("Silva",)),
    Entity("Port Authority", "organisation", ("PA",)),
))


def source(*paragraphs: str, source_id: str = "a") -> Source:
    built = []
    for text in paragraphs:
        pid = paragraph_id(text)
        sentences = tuple(Sentence(f"{pid}.s{n}", s) for n, s in enumerate(split_sentences(text), 1))
        built.append(Paragraph(pid, "paragraph", text, sentences))
    return Source(source_id, f"{source_id}.md", "md", {}, tuple(built), (), ())


def quotes_in(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.quoted) for q in find_quotes([source(*paragraphs)], MATCHER)]


@pytest.mark.parametrize("paragraph, expected", [
    ('"We have waited a long time for this ferry," said Maria Silva, who runs a caf\u00e9.',
     [("Maria Silva", "We have waited a long time for this ferry")]),
    ('"The fares are fair and simple," said Tom Reed, the council\'s transport chief, on Monday.',
     [("Tom Reed, the council's transport chief", "The fares are fair and simple")]),
    ("Council spokesman Tom Reed declared the plan \u201centirely affordable\u201d on Monday.",
     [("Council spokesman Tom Reed", "entirely affordable")]),
    ("In response, a Port Authority spokesperson took a firm stance, calling the plan \"a gamble\".",
     [("Port Authority spokesperson", "a gamble")]),
    ("The harbour board rejected the report, calling it \"slander\" and \"fabrication\".",
     [("harbour board", "slander"), ("harbour board", "fabrication")]),
    ("Ana Lopes, who pilots the night ferry, said the council would \"respond in kind\" within days.",
     [("Ana Lopes", "respond in kind")]),
    ("The council's chair said the routes were 'long overdue' and \u201cfinally funded\u201d.",
     [("council's chair", "long overdue"), ("council's chair", "finally funded")]),
    # who speaks is the owner of the words before a colon, and the one named after "what"
    ("Reed's pitch: \"If you dodge a fare you pay a fine, but if you sink a ferry nothing happens.\"",
     [("Reed", "If you dodge a fare you pay a fine, but if you sink a ferry nothing happens")]),
    ("On Monday the council accused the port of what the harbour master calls \"a slow campaign to close the "
     "night routes.\"",
     [("harbour master", "a slow campaign to close the night routes")]),
    # a verb phrase quoted inside what someone told reporters goes on into the sentence, and is still their words
    ("A Port Authority official told reporters on Monday that the authority was \u201cactively reviewing\u201d "
     "the night routes.", [("Port Authority official", "actively reviewing")]),
])
def test_a_quotation_is_the_quoted_words_with_the_speaker_the_text_names(paragraph, expected):
    assert quotes_in(paragraph) == expected


def test_a_fact_checks_numbered_claim_is_no_speaker():
    assert quotes_in('Claim 2: "The council banned every night crossing on the bay."') == []


def test_a_speaker_of_two_verbs_joined_by_and_with_a_time_between():
    assert quotes_in("The Port Authority has rejected the claims and, on April 29, stated that it would take "
                     "\"necessary measures\" to protect the routes.") == [("Port Authority", "necessary measures")]


def test_a_word_or_a_description_a_party_calls_a_thing_is_its_quotation():
    assert quotes_in('The port authority called the claims "slander" on Tuesday.') == [("port authority", "slander")]
    assert quotes_in('The ministry says the fuel went through a network that it called "a criminal enterprise".') \
        == [("ministry", "a criminal enterprise")]


@pytest.mark.parametrize("paragraph", [
    "The council accused the PA of \"industrial-scale\" delay over the routes.",  # a term inside a phrase
    "The so-called \"ferry loophole\" was never meant to cover night routes.",
    "Night crossings run on what pilots call \"dead reckoning\" when the fog comes in.",
    "They accuse others of \"stealing\" the routes.",
    "The plan is \"a gamble\" for the town.",  # nobody says it
    "Everyone calls it a \"ferry war\" now.",
    # the name a thing goes by, even in a sentence where someone speaks
    "The smugglers, Lopes said, run fast boats known on the coast as \"night wolves,\" which carry no lights.",
    # a term named by a relative clause, and a label set off after "a"
    "Fuel is then sold on with clean papers, a practice that traders call \"fuel laundering\".",
    "The port has called the closure a \"blockade\" and summoned the ambassador.",
    # the name given to a way of doing things, and the name a thing is called by
    "Ferrolink, which raised the alarm in May, calls the practice \"ghost sailing.\"",
    "The large boat is called the \"mother\" and the small one the \"tender.\"",
    # one word inside what was said is the reporter's label as often as the speaker's
    "The minister said the port had been \"sabotaging\" the night routes.",
])
def test_scare_quotes_and_unspoken_terms_are_not_quotations(paragraph):
    assert quotes_in(paragraph) == []


def test_he_is_the_last_speaker_and_a_surname_the_full_name_given_first():
    found = quotes_in(
        "Maria Silva, the ferry operator's chief, met the council on Tuesday.",
        '"The council has had two years to fix this," Silva said. "We will not wait another winter."',
        '"Nobody asked the crews," she added.')
    assert found == [("Maria Silva", "The council has had two years to fix this"),
                     ("Maria Silva", "We will not wait another winter"),
                     ("Maria Silva", "Nobody asked the crews")]


@pytest.mark.parametrize("introduced, person", [
    ("Jonas Ekwall of the Harbour Pilots' Guild, whose crews sail at night, is in no doubt.", "Jonas Ekwall"),
    ("Rep. Tom Hadley (D-Wash.) questioned whether the crossings could be kept open.", "Tom Hadley"),
])
def test_he_is_the_person_a_sentence_just_opened_on_even_without_a_speech_verb(introduced, person):
    found = quotes_in('"The fares are a tax on islanders," said Ana Lopes, a ferry pilot.',
                      f'{introduced} "The night crossings are not safe without a second pilot," he said.')
    assert found[-1] == (person, "The night crossings are not safe without a second pilot")


def test_his_words_are_the_last_speakers_and_nowhere_is_nobody():
    found = quotes_in('The harbour master, Tom Reed, told me last night that he could not believe it. His words were: '
                      '"The water came up the quay faster than a man can run."')
    assert found == [("Tom Reed", "The water came up the quay faster than a man can run")]
    # a quoted clause of a document, and an inverted "nowhere does the charter say": nobody speaks
    assert quotes_in('The charter allows cuts "in exceptional hydrological conditions", and nowhere does the charter '
                     'say what that means.') == []


def test_she_is_who_the_article_last_reported_speaking_even_without_quotation_marks():
    found = quotes_in(
        '"We sail at dawn every day," Jonas Ekwall said.',
        'Maria Silva, who runs the ferry operator, said the crews had been warned. "Nobody listened to the crews," '
        'she said.')
    assert found == [("Jonas Ekwall", "We sail at dawn every day"), ("Maria Silva", "Nobody listened to the crews")]


@pytest.mark.parametrize("introduced", [
    "The operator's spokeswoman Maria Silva spoke to reporters in Portavel on Tuesday.",
    "Maria Silva, the operator's spokeswoman, spoke to reporters in Portavel on Tuesday.",
])
def test_the_spokeswoman_is_the_person_the_article_introduced_as_one(introduced):
    found = quotes_in(introduced, '"Any unfriendly step will meet a reply," the spokeswoman said.')
    assert [s for s, _ in found] == ["Maria Silva"]


def test_a_lone_surname_takes_the_name_the_article_gave_it():
    found = quotes_in("Jonas Ekwall, a harbour pilot, has worked the strait for twenty years.",
                      '"Every crossing is slower now," Ekwall said.')
    assert found == [("Jonas Ekwall", "Every crossing is slower now")]


@pytest.mark.parametrize("verb", ["said", "underlined", "emphasised", "reiterated"])
def test_an_initial_and_surname_after_the_verb_take_the_name_the_article_gave(verb):
    found = quotes_in("Harbour board spokeswoman Ilse Varga on Friday rejected the accusations of the ferry union.",
                      f'"The board has kept every rule of the strait," {verb} I. Varga. "Fog is not a crime."')
    assert found == [("Ilse Varga", "The board has kept every rule of the strait"), ("Ilse Varga", "Fog is not a crime")]


@pytest.mark.parametrize("before, quoted, speaker", [
    ("Ferrolink, a Portavel-based operator whose boats carry most of the island's freight, denied the claims "
     "on Thursday.", '"We have never overloaded a boat," the company said in a statement.', "Ferrolink"),
    ("Skippers noticed this week that Ferrolink Cargo halved its night sailings.",
     'The company confirmed the change and pointed to "rising fuel costs across the industry."', "Ferrolink Cargo"),
    ("The Harbour Safety Agency on Monday accused the operator of overloading. Its report runs to 90 pages.",
     '"The evidence is overwhelming," the agency said.', "Harbour Safety Agency"),
    ("Nobody was named in the report.", '"We have never overloaded a boat," the company said.', "company"),
    # the one reported saying something, not a name qualifying a noun the article repeats
    ("Portavel crews are tired. In May, Ferrolink said three Portavel skippers had overloaded their boats.",
     '"These crossings are growing more dangerous," the company wrote.', "Ferrolink"),
    ("Ferrolink said in May that three Portavel skippers had overloaded boats. Portavel crews are tired.",
     '"These crossings are growing more dangerous," the company wrote.', "Ferrolink"),
])
def test_the_company_said_is_the_organisation_the_article_has_just_named(before, quoted, speaker):
    assert [s for s, _ in quotes_in(before, quoted)] == [speaker]


def test_a_speaker_described_in_a_relative_clause_starts_at_its_determiner():
    paragraph = ('The report names no operator, a choice one harbour official described to me as protecting '
                 '"sources and methods," which here means the pilots.')
    assert quotes_in(paragraph) == [("one harbour official", "sources and methods")]


def test_quoted_words_are_exact_substrings_of_their_paragraph():
    paragraph = "\u201cThis is not a gray area,\u201d Reed said in a statement. \u201cIt is a plain failure.\u201d"
    for quote in find_quotes([source(paragraph)], MATCHER):
        assert quote.quoted in paragraph


def test_the_same_words_from_several_outlets_are_one_quotation_with_every_outlet():
    wire = source('"The fares are fair and simple for every rider," Tom Reed said on Monday.', source_id="wire")
    paper = source('Reed, the council\'s transport chief, said the fares were "fair and simple for every rider".',
                   source_id="paper")
    other = source('"The fares are a tax on islanders," said Ana Lopes, a ferry pilot.', source_id="other")
    quotes = find_quotes([wire, paper, other], MATCHER)
    grouped = group_quotes(quotes, {"wire": "Wire", "paper": "Paper", "other": "Other"})
    assert len(grouped) == 2
    shared = next(q for q in grouped if len(q.outlets) == 2)
    assert shared.outlets == ("Wire", "Paper")
    assert {c.source_id for c in shared.citations} == {"wire", "paper"}
    assert shared.quote == "The fares are fair and simple for every rider"


def test_a_phrase_two_people_used_does_not_join_their_longer_words_into_one_quotation():
    wire = source('"The fares have always been fair to every island rider," spokesman Tom Reed said.', source_id="wire")
    blog = source('Reed added that the fares "have always been fair" to islanders.', source_id="blog")
    other = source('"I want to stress that the fares have always been fair to the islands," said Ana Lopes, the '
                   'council\'s chair.', source_id="other")
    grouped = group_quotes(find_quotes([wire, blog, other], MATCHER), {"wire": "W", "blog": "B", "other": "O"})
    by_speaker = {q.speaker: {c.source_id for c in q.citations} for q in grouped}
    assert by_speaker == {"spokesman Tom Reed": {"wire", "blog"}, "Ana Lopes, the council's chair": {"other"}}


def test_a_phrase_a_guest_repeats_in_her_turn_does_not_make_her_words_the_statement_s():
    wire = source('The Harbour Council said firms "based mainly in Kallberg" were overcharging.', source_id="wire")
    memo = source('"Firms based mainly in Kallberg are overcharging on every island route," the memo said.',
                  source_id="memo")
    podcast = source("Host Anna Berg spoke with Mara Lind, a ferry economist.",
                     "ANNA BERG: What does the council's memo say?",
                     "MARA LIND: It says firms based mainly in Kallberg overcharge on the island routes.",
                     "ANNA BERG: Is that fair?", "MARA LIND: The council has published no counts yet.",
                     source_id="podcast")
    grouped = group_quotes(find_quotes([wire, memo, podcast], MATCHER), {"wire": "W", "memo": "M", "podcast": "P"})
    by_words = {q.quote: (q.speaker, {c.source_id for c in q.citations}) for q in grouped}
    assert by_words == {
        "Firms based mainly in Kallberg are overcharging on every island route": ("Harbour Council",
                                                                                   {"wire", "memo"}),
        "It says firms based mainly in Kallberg overcharge on the island routes": ("Mara Lind", {"podcast"}),
        "The council has published no counts yet": ("Mara Lind", {"podcast"})}


@pytest.mark.parametrize("paragraph, speaker", [
    ('Jonas Ek, the harbour master, was blunt: "This was not a storm, whatever the council says."',
     "Jonas Ek, the harbour master"),
    ('Ek, who said the gates had been opened by the minister, was blunt: "This was not a storm at all."', "Ek"),
])
def test_who_speaks_before_a_colon_is_named_before_what_is_said_of_them(paragraph, speaker):
    assert [name for name, _ in quotes_in(paragraph)] == [speaker]


def test_the_fullest_naming_of_the_speaker_is_shown():
    a = source('"The ferry will run all winter," spokesman Tom Reed said.', source_id="a")
    b = source('"The ferry will run all winter," the Harbour Council said.', source_id="b")
    c = source('"The ferry will run all winter," said Tom Reed, the council\'s transport chief.', source_id="c")
    grouped = group_quotes(find_quotes([a, b, c], MATCHER), {"a": "A", "b": "B", "c": "C"})
    assert [q.speaker for q in grouped] == ["Tom Reed, the council's transport chief"]


def test_a_transcript_s_answers_are_the_speaker_s_words_and_its_questions_are_not():
    """A press conference or broadcast gives each turn as "Name: ...": every statement of a speaker who
    answers is theirs (a broadcast's capitals are the name it introduced); reporters' questions say nothing."""
    found = quotes_in(
        "Port Authority spokesperson Dana Okafor took questions on Monday.",
        "Bay News: The council says the night ferries are overloaded. What is your comment?",
        "OKAFOR: We have seen the report. The night ferries have never carried more passengers than "
        "their licence allows. Why would we risk that?",
        "Harbour Times: Will the Port Authority publish its passenger counts?",
        "OKAFOR: We will publish every count from the past year.")
    assert found == [("Dana Okafor", "We have seen the report"),
                     ("Dana Okafor", "The night ferries have never carried more passengers than their licence allows"),
                     ("Dana Okafor", "We will publish every count from the past year")]


@pytest.mark.parametrize("host_opens", [
    "BEN KALLBERG (HOST): The council says the night ferries are overloaded, and the row is getting louder.",
    "BEN KALLBERG: Good morning, this is Harbour Hour, I'm Ben Kallberg. The council says the night ferries are "
    "overloaded, and the row is getting louder.",
])
def test_a_broadcast_host_speaks_for_the_show_and_only_the_guests_are_quoted(host_opens):
    """The host (labelled so, or opening the show and handing over to the guests) reports and asks; the
    guests' statements are quotations."""
    found = quotes_in(
        host_opens,
        "KALLBERG: With me in the studio is Dana Okafor of the Port Authority. Is the council right?",
        "OKAFOR: The night ferries have never carried more passengers than their licence allows.",
        "KALLBERG: The council says it has counted the passengers itself, on three nights last week.",
        "OKAFOR: We will publish every count from the past year.")
    assert found == [("Dana Okafor", "The night ferries have never carried more passengers than their licence allows"),
                     ("Dana Okafor", "We will publish every count from the past year")]


def test_a_guest_whose_name_is_english_words_is_quoted_by_the_name_the_host_gives():
    found = quotes_in(
        "TOM AVERY (HOST): Good morning, I'm Tom Avery. With me is Helen Marsh, who studies ferry safety.",
        "HELEN MARSH: Thanks, Tom.",
        "TOM AVERY (HOST): Are the night ferries overloaded?",
        "HELEN MARSH: The counts show that two ferries carried more passengers than their licence allows.")
    assert found == [("Helen Marsh", "The counts show that two ferries carried more passengers than their licence "
                                     "allows")]


def test_quotation_marks_in_a_turn_set_off_another_s_words_or_a_word_and_not_the_speaker_s_own():
    """In a transcript the speaker's own words carry no quotation marks: marks set off someone else's words,
    which are that one's quotation, or a word named as a word, which is nobody's. A phrase the speaker uses
    in marks is still theirs."""
    found = quotes_in(
        "Host Anna Berg spoke with Mara Lind, a ferry economist.",
        "ANNA BERG: What did the council say?",
        'MARA LIND: The council said on Monday it would take \u201cfirm steps against the island operators.\u201d '
        '\u201cPiracy\u201d is a word that is doing a lot of work in the harbour right now.',
        "ANNA BERG: And the operators?",
        'MARA LIND: They oppose building \u201cwalls around the harbour\u201d because the fares are fair.')
    assert found == [("council", "firm steps against the island operators"),
                     ("Mara Lind", "They oppose building \u201cwalls around the harbour\u201d because the fares are fair")]


def test_a_speaker_named_by_reference_to_an_earlier_sentence_is_not_the_naming_shown():
    a = source("The council published its memo on Monday. The head of that office, Tom Reed, put it this way: "
               '"The night ferries will run all winter long."', source_id="a")
    b = source('"The night ferries will run all winter long," Harbour Director Tom Reed said.', source_id="b")
    grouped = group_quotes(find_quotes([a, b], MATCHER), {"a": "A", "b": "B"})
    assert [(q.speaker, len(q.citations)) for q in grouped] == [("Harbour Director Tom Reed", 2)]
    assert [name for name, _ in quotes_in(a.paragraphs[0].text)] == ["head of that office, Tom Reed"]


@pytest.mark.parametrize("paragraphs", [
    ("Note: The council updated its timetable on Monday after this story was published.",
     "The ferries will run every hour from June, the council said."),  # one label is no transcript
    ("Bay News: Are the ferries overloaded?", "Bay News: Will the counts be published?"),  # only questions
    ("Q: Are the ferries overloaded?", "A: The counts show no ferry carried more than its licence allows.",
     "Q: What can passengers do?", "A: Passengers can ask the council for the counts."),  # an FAQ's own words
])
def test_a_label_with_a_colon_is_a_turn_only_in_a_transcript_of_answers(paragraphs):
    assert quotes_in(*paragraphs) == []


def test_a_turn_about_another_matter_is_listed_on_no_page():
    """A press conference answers on many matters: a turn is listed only where it states a point."""
    from build_scripts.brief import quotation_topics
    from build_scripts.model import Citation, Claim, Quotation, TopicLabel
    on_topic = Citation("a", "p1", "p1.s1", "The night ferries are safe.")
    other = Citation("a", "p2", "p2.s1", "The minister will visit the islands in May.")
    point = Claim("c1", on_topic.quote, (TopicLabel("responses", 1.0, ()),), (on_topic,), ("a",), 1.0,
                  members=(on_topic.key,))
    turns = [Quotation("q1", "Dana Okafor", "The night ferries are safe", (on_topic,), ("a",), in_turn=True),
             Quotation("q2", "Dana Okafor", "The minister will visit the islands in May", (other,), ("a",),
                       in_turn=True)]
    assert quotation_topics(turns, [point], [], "allegations") == {"q1": "responses", "q2": ""}


def test_a_guests_short_answer_is_listed_where_it_answers_and_the_hosts_links_are_not():
    """A turn too short to be a point ("It is a blockade.") is still listed on the page its sentence answers,
    unless it is spoken by whoever asks the questions ("My guest is ...")."""
    from build_scripts.brief import quotation_topics
    from build_scripts.model import LabelledSentence, Quotation, SentenceRef, TopicLabel

    def turn(n: int, speaker: str, text: str, topic: str | None) -> LabelledSentence:
        ref = SentenceRef("radio", "radio", f"p{n}", "paragraph", Sentence(f"p{n}.s1", text), speaker=speaker)
        return LabelledSentence(ref, (TopicLabel(topic, 0.5, ()),) if topic else (), False, "fragment (too short)")

    labelled = [turn(1, "ANNA BERG", "My guest is the ferry minister, Pavel Strom.", "responses"),
                turn(2, "ANNA BERG", "Is the harbour closure a blockade?", "responses"),
                turn(3, "PAVEL STROM", "It is a blockade.", "responses"),
                turn(4, "BERG", "The council calls it a pause.", "responses"),
                turn(5, "STROM", "Good morning.", None)]
    turns = [Quotation(f"q{n}", ls.ref.speaker, ls.ref.sentence.text.rstrip("."), (ls.ref.citation,), ("radio",),
                       in_turn=True) for n, ls in enumerate(labelled)]
    assert quotation_topics(turns, [], labelled, "allegations") == {"q0": "", "q1": "", "q2": "responses",
                                                                     "q3": "", "q4": ""}


def test_a_turn_that_answers_a_topic_is_listed_in_each_statement_but_not_its_courtesies():
    """A guest's turn answers in several sentences, some too short or too personal to be points ("Identity checks
    are a speed bump, not a wall."): each that says something is listed with the one that answers the topic;
    "I've heard that too" and the chair's "The committee will come to order" are not."""
    from build_scripts.brief import quotation_topics
    from build_scripts.model import LabelledSentence, Quotation, SentenceRef, TopicLabel

    def said(n: int, paragraph: int, speaker: str, text: str, topic: str | None) -> LabelledSentence:
        ref = SentenceRef("hearing", "hearing", f"p{paragraph}", "paragraph", Sentence(f"p{paragraph}.s{n}", text),
                          speaker=speaker)
        return LabelledSentence(ref, (TopicLabel(topic, 0.5, ()),) if topic else (), bool(topic),
                                "" if topic else "generic commentary (no actor, figure, date or technical term)")

    labelled = [said(1, 1, "VERA HOLM", "VERA HOLM: The committee will come to order.", None),
                said(1, 2, "MARA LIND", "MARA LIND: Identity checks are a speed bump, not a wall.", None),
                said(2, 2, "MARA LIND", "Ferry operators checked 9,000 passes in May.", "measures"),
                said(3, 2, "MARA LIND", "I've heard that too.", None),
                said(1, 3, "MARA LIND", "MARA LIND: Night crossings are a matter for the harbour police.", None)]
    quotes = [Quotation(f"q{n}", ls.ref.speaker, ls.ref.sentence.text, (ls.ref.citation,), ("hearing",),
                        in_turn=True) for n, ls in enumerate(labelled)]
    assert quotation_topics(quotes, [], labelled, "allegations") == {"q0": "", "q1": "measures", "q2": "measures",
                                                                     "q3": "", "q4": ""}


def test_a_pages_label_before_a_colon_is_no_speaker_and_a_translation_renders_the_last_speakers_words():
    said = "At the briefing on Friday, council spokeswoman Ana Lopes said:"
    original = "\u300c\u6e21\u8f6e\u7968\u4ef7\u516c\u5e73\u3002\u300d"
    rendered = '(Translation: "The fares are fair to every island rider and they will stay that way all winter.")'
    assert quotes_in(said, original, rendered) == [
        ("Ana Lopes", "The fares are fair to every island rider and they will stay that way all winter")]
    update = 'Update: "The ferry will run all winter and every crossing will keep its published timetable."'
    assert quotes_in("The harbour was quiet on Monday.", update) == []
    # a one-word name the article gave before is a speaker
    assert quotes_in("The plan was drafted by Tom Reed.", 'Reed: "The ferry will run all winter and every '
                     'crossing will keep its published timetable."')[0][0] == "Tom Reed"


def test_a_quotation_that_stands_as_its_own_sentence_goes_on_in_the_last_speakers_voice_not_the_next_sentences():
    found = quotes_in('"Whether a timetable is anyone\'s property is an open question," said Hugo Lind, who teaches '
                      'law at Kelso. "Calling it theft is a political description, not yet a legal one." Timetables '
                      'may fall outside copyright, he said.')
    assert found == [("Hugo Lind", "Whether a timetable is anyone's property is an open question"),
                     ("Hugo Lind", "Calling it theft is a political description, not yet a legal one")]


def test_a_surname_the_article_gave_in_full_is_who_he_means_next():
    found = quotes_in('"Every extra check is a tax on the little firms," said Sam Okafor, who runs a ferry agency.',
                      'Ada Lorne, the harbour master, disagreed with the fares.',
                      'Okafor said he would comply with whatever is required. "I just hope the council remembers '
                      'most of the passengers are us," he said.')
    assert found[-1] == ("Sam Okafor", "I just hope the council remembers most of the passengers are us")


@pytest.mark.parametrize("introduced, person", [
    # saying something after an opening clause
    ("Dana Hale spoke first. Asked whether the fares were linked to the vote, Orlen told reporters the counts "
     "stood on their own.", "Marcus Orlen"),
    # a name given with a long title, or a doctor's title, is the person's
    ("Harbour Deputy Marcus Orlen, who toured the quay on Friday, repeated his warning.",
     "Harbour Deputy Marcus Orlen"),
    ("Dr Marcus Orlen, the port's pilot, says the crossings had no precedent.", "Marcus Orlen"),
    # a name given in the possessive: "Orlen's press call"
    ("Harbour Deputy Marcus Orlen's press call is under way. Orlen accuses the operator of overloading.",
     "Harbour Deputy Marcus Orlen"),
])
def test_he_is_the_person_named_before_however_the_article_gave_the_name(introduced, person):
    found = quotes_in("The Ferry Act was introduced by Councillors Dana Hale and Marcus Orlen.",
                      '"The night crossings must stop," said Dana Hale.',
                      f'{introduced} "We can be tough on fares and still publish the counts," he said.')
    assert found[-1] == (person, "We can be tough on fares and still publish the counts")


def test_the_company_said_is_the_one_named_anywhere_in_the_last_paragraph_not_after_its_last_quotation():
    found = quotes_in('KELSO, April 28 - Ferrolink said on Monday it would check every night passenger, since the '
                      'council accused operators of "night raids" on Harbour Ferry routes.',
                      '"We are checking every passenger," the company said in a statement.')
    assert found[-1] == ("Ferrolink", "We are checking every passenger")


def test_a_role_given_before_the_name_after_the_verb_goes_with_the_name():
    assert quotes_in('"The water came up the quay faster than a man can run," said the harbour master, Tom Reed, '
                     'standing in the doorway of a bakery.') == [
        ("Tom Reed, the harbour master", "The water came up the quay faster than a man can run")]
    # an organisation's name starts after "The" and may run to four words
    assert quotes_in("The Harbour Ferry Workers Council met on Monday.",
                     '"The crossings are not safe," the Council said.') == [
        ("Harbour Ferry Workers Council", "The crossings are not safe")]


def test_a_sentence_opening_on_a_surname_makes_that_person_who_he_means_next():
    found = quotes_in('The Ferry Act was introduced by Councillors Dana Hale, a Liberal, and Marcus Orlen, an '
                      'independent.',
                      'Orlen struck a more cautious note. "We can be tough on fares and still publish the counts," '
                      'he said.')
    assert found == [("Marcus Orlen", "We can be tough on fares and still publish the counts")]
    # a company's name ending otherwise, or words a sentence opens on, are no person's
    found = quotes_in('Lydia Marsh, an analyst at Kallberg Capital, follows the ferry firms.',
                      'Kallberg estimates that the fares will double. "Nobody can run a timetable on that," she said.')
    assert found == [("Lydia Marsh", "Nobody can run a timetable on that")]


@pytest.mark.parametrize("paragraph, expected", [
    # a short statement closed by its comma, its speaker after it
    ('Jun Park keeps screenshots of the ferry apps. "It\'s not proof," Park said.', [("Jun Park", "It's not proof")]),
    # however long, a quoted label of the noun after it is a term: 'the "..." approach'
    ('Observers noted that the "small harbour, high fence" approach of the council will only slow the ferries.', []),
    # a term closed by the writer's comma, not a statement: what follows it is no speaker
    ('Training a small "student" model on a larger "teacher," is standard practice, said Alan Ford.', []),
    # words named as words are a label, whoever reports its use
    ('Tom Reed said some ferry firms use the label of "night raids" to protect their routes.', []),
    ('Ana Lopes said the council has adopted the term "ghost sailings" for cancelled crossings.', []),
])
def test_a_short_quotation_is_a_statement_only_when_its_speaker_follows_its_closing_comma(paragraph, expected):
    assert quotes_in(paragraph) == expected


def test_a_surname_opening_a_sentence_past_an_aside_is_who_she_said_means_next():
    found = quotes_in(
        "The Port Authority's envoy, Dana Okafor, is due in Kelso on Friday.",
        '"A harbour that cannot be checked invites suspicion," says our analyst Ada Lorne.',
        'Okafor, speaking in Kelso before her trip, sounded a note of caution. "Nobody wants a ferry war," '
        "she told reporters.")
    assert found[-1] == ("Dana Okafor", "Nobody wants a ferry war")
