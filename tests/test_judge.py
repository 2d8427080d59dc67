"""Judge: only checkable statements become points; the rest stays on the source page with a reason."""
from __future__ import annotations

from dataclasses import replace

import pytest
import yaml

from build_scripts.entities import EntityMatcher
from build_scripts.judge import _is_imperative, anchors_of, commentary_reason, commentary_rules, judge_sentence, without_framing
from build_scripts.model import Entity, MetaValue, Paragraph, Sentence, SentenceRef, Source
from build_scripts.prepare import sentence_refs
from conftest import FIXTURES

MATCHER = EntityMatcher((Entity("Harbour Council", "organisation", ("the council",)),))


def ref(text: str, kind: str = "paragraph", **place) -> SentenceRef:
    return SentenceRef("src", "outlet", "p-1", kind, Sentence("p-1.s1", text), **place)


@pytest.mark.parametrize("text, reason", [
    ("This article delves into the ferry dispute and what it means for the harbour.", "meta-talk"),
    ("In conclusion, the ferry dispute is a wake-up call for the whole region.", "meta-talk"),
    ("Only time will tell whether the ferry routes will survive the winter storms.", "rhetorical"),
    ("The implications of the ferry dispute are significant for the broader landscape.", "generic commentary"),
    ("Fares could rise further if the winter turns out to be harsh for the operators.", "speculation"),
    ("Relations between the two harbours have been uneasy and tense for a long time.", "generic commentary"),
    ("The ferry charges could exacerbate Harbour-Kelso relations, impacting regional trade.", "speculation"),
    ("Passengers may well face further delays at the Harbour Council terminal.", "speculation"),
    ("Good morning, and welcome back to The Harbour Brief.", "meta-talk"),
    # a host introducing the guests
    ("With me are Ada Lorne, a senior fellow at the Kelso Institute, and Ben Hale, a ferry engineer.", "meta-talk"),
    ("Joining us now is Ada Lorne, a harbour engineer at Kelso University.", "meta-talk"),
    ("Ada Lorne, a fellow at the Kelso Institute, joins Ben to unpack the ferry levy and what it costs.", "meta-talk"),
    ("This transcript has been lightly edited for clarity.", "meta-talk"),
    ("With me in the studio is the harbour master of Kelso, Ada Lorne.", "meta-talk"),
    ("I'm joined on the line by Dr Ben Kallberg, who runs the Kelso ferry yard.", "meta-talk"),
    ("Let's go first to Ada Lorne, who is at the Kelso pier for us this morning.", "meta-talk"),
    ("Good morning, this is Harbour Hour on Kelso Radio, I'm Ben Kallberg.", "meta-talk"),
    ("In this article we will explore what the ferry levy is and how it works.", "meta-talk"),
    ("This week was all about ferries, and there is a lot to unpack.", "meta-talk"),
    ("Think of the ferry levy like a toll on the Harbour Council bridge.", "meta-talk"),
    ("That, in essence, is the predicament of the Harbour Council.", "rhetorical"),
    ("That, in essence, is what the Harbour Council says has been happening at the terminal.", "rhetorical"),
    ("The ferry operators' response was as predictable as it was hollow.", "rhetorical"),
    ("The honest answer is that nobody yet knows how many crossings the storms cancelled.", "rhetorical"),
    ("As the ferry landscape continues to evolve, few stories have drawn as many readers as the levy.", "meta-talk"),
    ("Forward this to a colleague who still thinks a ferry levy is a kind of bridge.", "meta-talk"),
    ("The Harbour Council finally has its ferries back!", "rhetorical"),
    ("Experts agree that no single ferry levy will be enough on its own.", "generic commentary"),
    ("Analysts expect more delays at the terminal as the ferry dispute develops.", "generic commentary"),
    ("On the pessimistic side, if the Harbour Council imposes new fees, the operators could leave the bay.",
     ("speculation", "rhetorical")),
    ("Harbour Weekly discusses the importance of reliable ferries for island life.", "meta-talk"),
    # a transcript's hesitations do not hide what a sentence is
    ("Today we are, um, diving into the ferry fight, which has eaten my entire week.", "meta-talk"),
    # a law firm's alert or a think tank's brief talking about itself
    ("This brief examines the Harbour Council's ferry levy and what it means for island businesses.", "meta-talk"),
    ("In this alert we summarize the ferry levy rules and offer practical recommendations.", "meta-talk"),
    ("This alert is provided for informational purposes only and does not constitute legal advice.", "meta-talk"),
    ("The Harbour Academy offers comprehensive guidelines on ferry safety best practices.", "meta-talk"),
    ("The ferry dispute comes at a time of heightened scrutiny over harbour finances.", "rhetorical"),
    ("It follows a period of intense scrutiny of the Harbour Council's accounts.", "rhetorical"),
    ("On the optimistic side, harbour safety and tourism still offer room for cooperation.", "rhetorical"),
    ("Reliable ferry timetables have become a central issue for island residents and businesses alike.",
     "rhetorical"),
    ("News of the closures has drawn attention from investors, analysts and residents.", "rhetorical"),
    ("However, the latest Harbour Council accusations suggest that its policy has not shifted.", "rhetorical"),
    ("In the 2010s, tensions between the two harbours intensified over berthing rights.", "background"),
    ("By investing in stronger piles and better hull checks, operators can keep the ferries running.",
     "exhortation"),
    ("Companies can protect their boats by inspecting hulls before every storm.", "exhortation"),
    ("Operators should reinforce the pilings and replace corroded bollards.", "exhortation"),
    ("The upcoming harbour summit will serve as a barometer for relations between the islands.", "speculation"),
    ("Analysts estimate that the ferry levy could bring in millions for the island economy.", "generic commentary"),
    ("As of this writing, the Harbour Council has not responded to the ferry complaints.", "meta-talk"),
    ("The operators had not replied to requests for comment by the time of publication.", "meta-talk"),
    ("Still, the deeper question is whether any ferry levy can hold while the bridge stays toll-free.", "rhetorical"),
    ("History has shown that tolls cannot stop the Kelso ferries from running.", "rhetorical"),
    # what cannot or will never happen, in nobody's words and with no reason given, is the writer's verdict
    ("The Kelso toll plan cannot stand on its feet.", "generic commentary"),
    ("Higher fees will never stop the Kelso ferries from crossing the bay.", "generic commentary"),
    # a warning still to come reports nobody warning
    ("Others will warn that tough tolls will wreck the Harbour-Kelso summit next month.", "speculation"),
    ("The ferry industry must also get its own house in order before the Harbour Council votes.", "rhetorical"),
    # an act that may or may not come, with nobody reported as planning it, however technical its object
    ("Port authorities may impose stricter controls on ferry maintenance contracts and hull inspections.",
     "speculation"),
    # the writer's verdicts and scene-setting
    ("The truth is simple: the ferry operators do not need the new fees at all.", "rhetorical"),
    ("The lesson for other islands is that a single ferry route is a single point of failure.", "rhetorical"),
    ("A row over ferry timetables has become a test of how small islands run their harbours.", "rhetorical"),
    ("Investors will be watching the Harbour Council vote in December for any sign of a deal.", "rhetorical"),
    ("From buying groceries to visiting a doctor, the ferry is everywhere in island life.", "rhetorical"),
    ("The Harbour Council would do better to fix its own piers before blaming the operators.", "exhortation"),
    # who is named only in a concession or a point of view is not reported as doing anything
    ("For the Harbour Council, keeping the ferry lead supports jobs, trade and tourism.", "generic commentary"),
    ("While the Harbour Council and Kelso dominate, other islands are also shaping the ferry trade.",
     "generic commentary"),
    # quoted catchwords with nobody quoted are scare quotes, not quotations to check
    ("From \"iron grip\" to \"self-reliant\" schemes, the island's efforts in hulls and engines are expected "
     "to accelerate.", "speculation"),
])
def test_commentary_is_not_a_point(text, reason):
    assert judge_sentence(ref(text), MATCHER).reason.startswith(reason)


@pytest.mark.parametrize("text", [
    "The Harbour Council voted on Tuesday to add two new ferry routes across the bay.",
    "Fares will rise by ten percent to pay for the new routes, the council said.",
    "The port operator denied that it had opposed the new ferry routes, calling the claim untrue.",
    "\"We have waited a long time for this service,\" said Maria Silva, who runs a shop near the pier.",
    "Analysts at Fenwick Research said fares could rise again next year.",
    "Shipping experts warn that the new fees could exacerbate delays at the terminal.",
    "\"We will not pay a penny more!\" shouted a protester outside the Harbour Council.",
    "This is the first time the Harbour Council has cancelled the winter ferries.",
    "Researchers say the ferry timetables show coordination between the two operators.",
    "Analysts at Fenwick Research expect fares to rise by ten percent next year.",
    "If the fees rise, the operators could leave the bay, the Harbour Council chairman warned on Monday.",
    "Test results showed rust on 40 of the terminal's piles.",  # "Test" opens it, but it gives a figure
    "The Harbour Council will vote on the ferry levy on Tuesday.",  # a forecast with a date is a plan
    "In 2019, the Harbour Council closed the night ferry after a fire on the pier.",  # dated, not "in the 2010s"
    # what a rule would do is a fact about the rule, not a forecast of speech
    "Placing the Kelso firms on the port list would bar pilots and tug crews from serving them without a permit.",
    # a hedged effect next to a checkable figure: the figure is reported
    "Ferry shares slipped 2 percent on concern that new port fees could cut further into winter sales.",
    # a quotation long enough to be someone's words is checkable, speech verb or not
    "The new timetable is \"the worst deal the islands have had in years\", according to the ferry union.",
    "A spokesman called the fees \"daylight robbery\" and said the operators could leave the bay.",
    # what cannot be seen or proved is how a thing works; a "cannot" with its reason, or someone saying it, is reported
    "A passenger on the lower deck cannot see the Harbour Council's weather buoys.",
    "The Kelso ferries cannot sail until the Harbour Council renews their permits.",
    "The Kelso ferries cannot dock at night, the harbour master said.",
    # ... while the rest of the sentence names who did it, or gives a figure
    "While the Harbour Council denied any delay, the port said 40 ferries were held up.",
    "For its part, the Harbour Council said the ferry fees would stay as they are.",
    "While the fees went up, the Harbour Council kept the night ferry running all winter.",
])
def test_reports_are_points(text):
    assert judge_sentence(ref(text), MATCHER).reason == ""


def test_a_short_denial_by_one_of_the_storys_actors_is_a_point():
    assert judge_sentence(ref("The council dismissed the charge outright."), MATCHER).reason == ""
    assert judge_sentence(ref("The Harbour Council called the claims slander."), MATCHER).reason == ""


@pytest.mark.parametrize("text, reason", [
    # what the story's document leaves out is checkable however short
    ("The memo names no ferry firm.", ""),
    ("The memo doesn't name a ferry firm.", ""),
    ("The memo is not binding on firms.", ""),
    # what it does say, short, says too little to stand alone; so does what it is, or one memo among others
    ("The memo follows disclosures by ferry firms.", "fragment (too short)"),
    ("The memo is a good start.", "fragment (too short)"),
    ("A memo names no ferry firm.", "fragment (too short)"),
])
def test_a_short_sentence_saying_what_the_document_leaves_out_is_a_point(text, reason):
    assert judge_sentence(ref(text), MATCHER, terms=frozenset({"ferri", "memo", "decre"})).reason == reason


@pytest.mark.parametrize("text, kind, reason", [
    ("Will the ferries run again before the storm season ends?", "paragraph", "question"),
    ("Storm ferry chaos", "paragraph", "fragment (too short)"),
    # short: an actor doing something that is not an answer to a charge says too little to stand alone
    ("The Harbour Council has begun to respond.", "paragraph", "fragment (too short)"),
    ("Kelso dismissed the charge as a smear.", "paragraph", "fragment (too short)"),  # nobody the story knows
    ("Storms cancelled ferries across the bay on Tuesday and Wednesday", "paragraph",
     "fragment (not a complete sentence)"),
    ("North and South Harbour: Investing heavily in new ferries, with a focus on electric boats.", "paragraph",
     "fragment (not a complete sentence)"),
    ("In my view the council response to the ferry cancellations was far too slow.", "paragraph",
     "first-person opinion"),
    ("Storms Cancel Ferries Across the Whole Bay on Tuesday.", "heading", "heading"),
    ("Options under review by the council include:", "paragraph", "lead-in to a list"),
    ("Cheaper fares for residents", "item", "list item (not a sentence, no lead-in)"),
])
def test_sentences_that_cannot_stand_as_points(text, kind, reason):
    assert judge_sentence(ref(text, kind), MATCHER).reason == reason


@pytest.mark.parametrize("text, opinion", [
    ("\"The bookings tripled overnight,\" the Harbour Council's harbour master told me on Monday.", False),
    ("Kelso Ferries said it follows every rule, and it did not respond to my questions about the drills.", False),
    ("I think the Harbour Council fined Kelso Ferries far too little.", True),
    ("The Harbour Council told me nothing, which in my view says it all.", True),
    # a name's initial is not the pronoun: a news agency's "I. Kelso noted ..." reports what she said
    ("I. Kelso noted that the Harbour Council ferries carried 41 per cent fewer passengers in July.", False),
    ("\"The ferries follow every rule,\" underlined I. Kelso.", False),
    ("The Harbour Council fined Kelso Ferries, and so would I.", True),
])
def test_a_reporter_who_is_only_told_something_reports_it(text, opinion):
    assert (judge_sentence(ref(text), MATCHER).reason == "first-person opinion") is opinion


def test_the_writers_own_how_to_advice_is_not_a_point():
    refs = sentence_refs([source(
        ("paragraph", "Here are some tips for ferry operators:"),
        ("item", "Check Your Hulls: Inspect every pile and hull plate before the storm season."),
        ("paragraph", "The council's engineer, Ana Lopes, recommends that operators:"),
        ("item", "Inspect every pile and hull plate before the storm season."),
        ("paragraph", "In light of the closures, it's crucial for operators to bolster their maintenance budgets."))])
    tips, reported, crucial = refs[1], refs[3], refs[4]
    assert judge_sentence(tips, MATCHER).reason.startswith("exhortation")
    assert judge_sentence(crucial, MATCHER).reason.startswith("exhortation")
    # the same advice under a lead-in that says who gives it is a report of a recommendation
    verdict = judge_sentence(reported, MATCHER)
    assert verdict.reason == "" and "Ana Lopes" in verdict.context
    # a list item naming a measure, not advising the reader, stays a point
    plans = sentence_refs([source(("paragraph", "Options under review by the council include:"),
                                  ("item", "Raising fares for visitors in the summer months."))])
    assert judge_sentence(plans[1], MATCHER).reason == ""


def test_steps_of_a_procedure_are_points_and_the_same_words_as_advice_are_not():
    refs = sentence_refs([source(
        ("paragraph", "A typical hull survey follows these steps:"),
        ("item", "Test each galvanic anode against the sonar baseline and mark the bollards that fell short."),
        ("paragraph", "For operators looking to avoid closures, consider the following recommendations:"),
        ("item", "Test each galvanic anode against the sonar baseline and mark the bollards that fell short."),
        ("paragraph", "Harbour engineering teams say the warning signs include:"),
        ("item", "Clusters of rusted plates that share one weld line or one supplier."))])
    step, advice, sign = refs[1], refs[3], refs[5]
    assert judge_sentence(step, MATCHER).reason == ""
    assert judge_sentence(advice, MATCHER).reason.startswith("exhortation")
    # "teams say": a group of people by their role says it
    assert judge_sentence(sign, MATCHER).reason == ""


@pytest.mark.parametrize("text, advice", [
    ("Encrypt data both at rest and in transit to prevent unauthorized access.", True),
    ("Use AI to monitor usage patterns for anomalies that might indicate unauthorized access.", True),
    ("Use of the night ferry has grown sharply since the new timetable began.", False),
    ("Train services to the harbour were cut after the storm damaged the line.", False),
    ("Review panels have met twice since the closure.", False),
])
def test_an_imperative_is_told_from_a_noun_that_opens_a_report(text, advice):
    assert _is_imperative(text, commentary_rules()) is advice


def test_editors_can_exclude_a_sentence_by_id():
    text = "The Harbour Council voted on Tuesday to add two new ferry routes across the bay."
    assert judge_sentence(ref(text), MATCHER, frozenset({"src#p-1.s1"})).reason == "excluded by editors"


def source(*paragraphs: tuple[str, str]) -> Source:
    meta = {"outlet": MetaValue("", "fallback"), "title": MetaValue("A", "fallback")}
    return Source("src", "a.md", "md", meta, tuple(
        Paragraph(f"p-{n}", kind, text.replace(" | ", " "),
                  tuple(Sentence(f"p-{n}.s{k}", s) for k, s in enumerate(text.split(" | "), 1)))
        for n, (kind, text) in enumerate(paragraphs)), (), ())


def test_a_list_item_is_a_point_with_its_lead_in_as_context():
    refs = sentence_refs([source(
        ("paragraph", "The council said it is preparing a response. | Options under review include:"),
        ("item", "Raising fares for visitors in the summer months."),
        ("heading", "Elsewhere"),
        ("item", "Cheaper fares for residents"))])
    item, unheaded = refs[2], refs[4]
    assert item.lead_in == "The council said it is preparing a response. Options under review include:"
    verdict = judge_sentence(item, MATCHER)
    assert verdict.reason == "" and verdict.context == item.lead_in
    assert unheaded.lead_in == "" and judge_sentence(unheaded, MATCHER).reason


def test_a_sentence_that_leans_on_the_one_before_carries_it_as_context():
    refs = sentence_refs([source(("paragraph", "The council approved a new ferry timetable on Monday. | "
                                                "However, this approach left the night crossings without a boat."))])
    verdict = judge_sentence(refs[1], MATCHER, terms=frozenset({"crossings"}))
    assert verdict.reason == "" and verdict.context == "The council approved a new ferry timetable on Monday."


@pytest.mark.parametrize("paragraph, contexts", [
    # "Both companies ...": which two? Not "Both ferries and buses", which names them
    ("Shares of Harbour Line and Bayferry fell 4% on Monday. | Both companies listed on the city exchange in 2019. | "
     "Both ferries and buses stopped running at noon on Monday.",
     ["Shares of Harbour Line and Bayferry fell 4% on Monday.", ""]),
    # "..., she said": who she is, the sentence before says; a named speaker needs nothing
    ("Harbour master Ada Lorne testified before the council on Monday. | "
     "Drawing on port logs, she said 40 ferries had skipped inspections. | "
     '"The logs were complete," Ben Hale, the port auditor, said on Tuesday.',
     ["Harbour master Ada Lorne testified before the council on Monday.", ""]),
    # "... does it ...": what "it" is, the sentence before says; "do that is" does not refer back
    ("Copying a rival's timetable is common among the ferry firms of the Kelso coast. | "
     "The problem, the council says, is when a firm does it to a competitor without asking. | "
     "What the council wants to do that is new is publish the timetables a week early.",
     ["Copying a rival's timetable is common among the ferry firms of the Kelso coast.", ""]),
    # "... these findings": which findings, the sentence before says; "those crops" after "which is partly
    # why" points back inside its own sentence
    ("Port inspectors found rust on 40 of the terminal's piles in March. | "
     "Engineers from Kelso University have confirmed these findings, citing their own hull surveys. | "
     "Rust spreads fastest on piles in brackish water near the river mouth, which is partly why those piles "
     "fail first.",
     ["Port inspectors found rust on 40 of the terminal's piles in March.", ""]),
    # "... of this strategy": which strategy, the sentence before says; "this morning" is a time, not a referent
    ("The Harbour Council wants to keep the Kelso ferries out of its port. | "
     "Closing the night berths on Monday was the first step in this strategy. | "
     "The council voted this morning to add two day crossings from June.",
     ["The Harbour Council wants to keep the Kelso ferries out of its port.", ""]),
    # "the true figure": the figure the sentence before gives; "the full timetable" names no figure
    ("The council puts the number of skipped inspections at about 400. | "
     "Auditors at Kelso University believe the true figure is far higher, as much as 900 inspections. | "
     "The full timetable for the Kelso crossings will be published in June.",
     ["The council puts the number of skipped inspections at about 400.", ""]),
    # "... is therefore ...": why, the sentence before says; "therefore" in a later clause reasons inside it
    ("Ferry crews can reopen a closed account within minutes under a new name. | "
     "Closing accounts is therefore of limited use against the Kelso operators. | "
     "The council fined two operators on Monday, and the fines were therefore doubled for repeat offenders.",
     ["Ferry crews can reopen a closed account within minutes under a new name.", ""]),
    # a framing opening is no clause of its own: "On the other hand, X rejected these claims" still leans
    ("The Harbour Council accused the ferry operators of skipping inspections. | "
     "On the other hand, the operators have rejected these claims as untrue.",
     ["The Harbour Council accused the ferry operators of skipping inspections."]),
    # "All three ...", "None of the three ...": which three? "The three-judge panel" counts nothing back
    ("Bayferry, Harbour Line and Isle Shipping were fined on Monday for skipping inspections. | "
     "All three said they would appeal the fines in court next month. | "
     "None of the three operators has paid the fines so far, the council said. | "
     "The three-judge panel will hear the appeals in the Kelso court in June.",
     ["Bayferry, Harbour Line and Isle Shipping were fined on Monday for skipping inspections.",
      "All three said they would appeal the fines in court next month.",
      ""]),
    # "First, ...", "Even then, ...": the next item of a list begun before, a "then" the sentence before sets;
    # "First-quarter" and "The first sailing" are no list
    ("The council gave two reasons for closing the night crossings on Monday. | "
     "First, Bayferry crews on the night boats had skipped inspections for a year. | "
     "Even then, the council kept the day crossings running on the Kelso route. | "
     "First-quarter ticket sales at the Kelso terminal fell by 4 percent. | "
     "The first sailing of the new timetable leaves Kelso at six in the morning.",
     ["The council gave two reasons for closing the night crossings on Monday.",
      "First, Bayferry crews on the night boats had skipped inspections for a year.",
      "", ""]),
    # "Unlike ..., this technique ...": a short opening phrase, then a subject that points back; "On Monday,
    # this week's ..." dates it
    ("The council copies rival timetables by timing their boats from the pier. | "
     "Unlike simple copying, this technique lets Bayferry see how Harbour Line plans its crossings. | "
     "On Monday, this week's timetable for the Kelso crossings was published by the council.",
     ["The council copies rival timetables by timing their boats from the pier.", ""]),
    # "... using similar methods": similar to what? "functionally similar boats" compares inside the sentence
    ("Bayferry timed rival boats from the pier to copy their timetables. | "
     "However, the council says Harbour Line is using similar methods at the Kelso terminal. | "
     "Bayferry and Harbour Line run functionally similar boats on the Kelso crossings, the council said.",
     ["Bayferry timed rival boats from the pier to copy their timetables.", ""]),
    # "Introduced in ... and referred to ...": what was, the sentence before says; "Founded in 2019, Bayferry
    # ..." names it after the comma
    ("Kelso Ferry Safety Act - a bill. | Introduced in the council on 3 May and referred to the harbour committee. | "
     "Founded in 2019, Bayferry runs the night crossings to Kelso.",
     ["Kelso Ferry Safety Act - a bill.", ""]),
])
def test_a_sentence_that_cannot_say_who_without_the_one_before_carries_it(paragraph, contexts):
    refs = sentence_refs([source(("paragraph", paragraph))])
    assert [judge_sentence(r, MATCHER).context for r in refs[1:]] == contexts


def test_the_later_points_of_an_enumeration_are_shown_with_what_announced_it():
    refs = sentence_refs([source(
        ("paragraph", "The council gave three reasons for the closures."),
        ("paragraph", "First, the piles under the north pier have rusted through. | The engineers found 40 cracked plates."),
        ("paragraph", "Second, the night crossings carried fewer than 20 passengers a week."))])
    second = judge_sentence(refs[3], MATCHER)
    assert second.context == "The council gave three reasons for the closures."
    # the sentence after "First, ..." still leans on that one, as any sentence does
    assert refs[2].previous.startswith("First, the piles")


def test_a_sentence_dated_this_week_leans_on_nothing():
    refs = sentence_refs([source(("paragraph", "The ferries were late again. | "
                                                "This week the Harbour Council closed the night crossings."))])
    verdict = judge_sentence(refs[1], MATCHER)
    assert verdict.reason == "" and verdict.context == ""


def test_framing_openings_are_left_out_when_comparing():
    assert without_framing("On the flip side, the council rejected the plan.") == "the council rejected the plan."
    assert without_framing("The council rejected the plan.") == "The council rejected the plan."
    assert without_framing("The council rejected the plan, raising doubts about fares.") == "The council rejected the plan."


def test_rules_hold_on_sentences_written_independently_of_the_engine():
    """350 report and 350 commentary sentences from many domains, written by someone who never saw this
    code (tests/fixtures/judge_sentences.yml): few reports refused, most commentary caught."""
    data = yaml.safe_load((FIXTURES / "judge_sentences.yml").read_text(encoding="utf-8"))
    matcher = EntityMatcher(())
    refused = sum(bool(commentary_reason(text, "", matcher)[0]) for text in data["report"])
    caught = sum(bool(commentary_reason(text, "", matcher)[0]) for text in data["commentary"])
    assert refused / len(data["report"]) <= 0.11
    assert caught / len(data["commentary"]) >= 0.76


def test_a_verb_inside_a_name_is_no_reported_act():
    matcher = EntityMatcher(())
    assert not anchors_of("For the United States, keeping the ferry lead supports jobs and investment.", matcher).reported
    assert anchors_of("The United States said the ferry lead supports jobs and investment.", matcher).reported


def test_a_month_is_a_date_only_as_a_name():
    matcher = EntityMatcher(())
    assert anchors_of("The ferry levy takes effect in May and rises again in March.", matcher).specific == 2
    assert anchors_of("In the short term fares may rise, but the levy will march on.", matcher).specific == 0


def test_a_name_of_several_words_counts_as_one_actor():
    known = EntityMatcher((Entity("Federated States", "organisation", ("the Federation",)),))
    assert anchors_of("For the Federated States, keeping the ferry lead supports jobs.", known).named == 1
    assert anchors_of("For the Federated States, keeping the ferry lead supports jobs.", EntityMatcher(())).named == 1
    assert anchors_of("Harbour Business Weekly said the Federated States kept the ferry lead.", known).named == 2


def test_a_sentence_after_a_list_leans_on_the_lists_lead_in_not_its_last_item():
    refs = sentence_refs([source(
        ("paragraph", "Ferry operators have already taken steps. These measures include:"),
        ("item", "Adding night crossings on the busiest routes."),
        ("item", "Investing in new hulls for the winter fleet."),
        ("paragraph", "Despite these efforts, the council says delays will continue into the spring."))])
    verdict = judge_sentence(refs[-1], MATCHER, terms=frozenset({"delays"}))
    # "these efforts" are all the measures listed, not the last one
    assert verdict.context == "Ferry operators have already taken steps. These measures include:"


def test_a_paragraph_that_opens_in_the_past_goes_on_telling_history_until_it_dates_itself():
    from build_scripts.describe import judge_all
    src = source(("paragraph", "In the 2010s, disputes over ferry subsidies grew between the two harbours. | "
                               "The council responded with fare caps and stricter licences for operators. | "
                               "More recently, the council limited night crossings to two boats. | "
                               "On Monday the Harbour Council closed the Kelso terminal after an inspection."),
                 ("paragraph", "The council responded with fare caps and stricter licences for operators."))
    refs = sentence_refs([src])
    reasons = [v.reason for v in judge_all([src], refs, MATCHER, frozenset())]
    assert reasons[0].startswith("background") and reasons[1].startswith("background")
    # a turn to the present, a date, or the same words in another paragraph are reports
    assert reasons[2] == reasons[3] == reasons[4] == ""


def test_a_paragraph_the_writer_opens_as_their_view_goes_on_giving_it():
    from build_scripts.describe import judge_all
    src = source(("paragraph", "From my perspective, the council's answer shows what the harbour needs. | "
                               "Mayor Ada Lorne's call for two more ferries on Monday is a powerful statement."),
                 ("paragraph", "I spoke to three skippers at the pier on Monday. | "
                               "The Harbour Council closed the Kelso terminal on Tuesday after an inspection."),
                 ("paragraph", "Mayor Ada Lorne's call for two more ferries on Monday is a powerful statement."))
    reasons = [v.reason for v in judge_all([src], sentence_refs([src]), MATCHER, frozenset())]
    assert reasons[:2] == ["first-person opinion", "first-person opinion"]
    # "I" alone does not make the rest of a paragraph opinion, nor the same words elsewhere
    assert reasons[2] == "first-person opinion" and reasons[3] == "" and reasons[4] != "first-person opinion"


def _transcript(first_turn: str) -> list[SentenceRef]:
    """A press conference's sentences: this first turn, a question from the floor and a last answer."""
    return sentence_refs([source(
        ("paragraph", first_turn),
        ("paragraph", "Bay Radio: The board says the ferries skipped safety drills. | What is your comment?"),
        ("paragraph", "Q: Will the board fine the operator?"),
        ("paragraph", "Mara Lindqvist: We will release information about the ferry timetable in due course."))])


def test_a_turn_leaning_on_a_greeting_is_shown_with_its_speaker_not_the_greeting():
    refs = _transcript("Mara Lindqvist: Good morning, everyone. | Last Thursday, the Harbour Office told the ferry "
                       "firms what this committee has been saying for a year: that the Kelso crossings are unsafe.")
    assert commentary_rules().meta_talk.search("Good morning, everyone.")
    verdict = judge_sentence(refs[1], MATCHER)
    assert verdict.reason == "" and verdict.context == "Mara Lindqvist:"


def test_in_a_transcript_i_and_we_are_the_speakers_and_who_speaks_is_shown_with_the_turn():
    refs = _transcript("Mara Lindqvist: We have noted the report. | "
                       "I want to stress that the Harbour Council has always followed the rules on ferry safety.")
    assert [r.speaker for r in refs] == ["Mara Lindqvist", "Mara Lindqvist", "", "", "Q", "Mara Lindqvist"]
    verdict = judge_sentence(refs[1], MATCHER)
    assert verdict.reason == "" and verdict.context == "Mara Lindqvist:"
    # the label is who speaks, not part of what is said: a formula stays too short to be a point
    assert judge_sentence(refs[0], MATCHER).reason == "fragment (too short)"
    # outside a transcript "I want to stress" is the writer's own view
    assert judge_sentence(ref(refs[1].sentence.text), MATCHER).reason == "first-person opinion"


def named_source(outlet: str, *paragraphs: tuple[str, str]) -> Source:
    made = source(*paragraphs)
    return replace(made, meta={**made.meta, "outlet": MetaValue(outlet, "front matter")})


def test_an_organisations_own_post_speaks_as_we_and_its_acts_are_points():
    post = named_source(
        "Harbour Ferries Blog",
        ("paragraph", "Over the past month, our safety team found cracked hulls on three of our ferries. | "
                      "We have withdrawn all three boats from service and ordered new hull inspections."),
        ("paragraph", "The cracks were found during routine checks in the dry dock at Kelso."),
        ("item", "We have doubled the number of safety drills on every crossing."),
        ("paragraph", "We will publish the inspectors' findings when they are complete."))
    refs = sentence_refs([post])
    assert [r.speaker for r in refs] == ["Harbour Ferries Blog", "Harbour Ferries Blog", "",
                                         "Harbour Ferries Blog", "Harbour Ferries Blog"]
    verdicts = [judge_sentence(r, MATCHER) for r in refs]
    assert verdicts[1].reason == "" and verdicts[1].context == "Harbour Ferries Blog:"
    assert verdicts[3].reason == ""


def test_an_op_ed_that_says_we_and_i_is_still_the_writers_opinion():
    oped = named_source(
        "The Bay Gazette",
        ("paragraph", "I have crossed the bay on these ferries for twenty years. | "
                      "We have withdrawn our trust from the operator, and we are right to."),
        ("paragraph", "The cracks were found during routine checks in the dry dock at Kelso."),
        ("paragraph", "We should demand that the council publishes every inspection report."))
    refs = sentence_refs([oped])
    assert not any(r.speaker for r in refs)
    assert judge_sentence(refs[1], MATCHER).reason == "first-person opinion"


def test_first_person_inside_a_quotation_that_runs_over_sentences_is_the_speakers_not_the_writers():
    from build_scripts.judge import OPINION, QUOTATION_PART

    refs = sentence_refs([source(
        ("paragraph", '"The ferries skipped 40 inspections," said harbour master Ada Lorne. | '
                      '"What we are seeing is not a handful of careless crews. | '
                      'This is not about blame, and I am proud of the inspectors who found it," she added.'),
        ("paragraph", "I think the Harbour Council should publish every inspection report."))])
    reasons = [judge_sentence(r, MATCHER).reason for r in refs]
    assert reasons[1] == QUOTATION_PART and reasons[2] == QUOTATION_PART  # never shown as the outlet's opinion
    assert reasons[3] == OPINION


STOCK_VERDICTS = [  # each names an actor, so only the stock phrase tells it from a report
    "That is not an argument for Harbridge council doing nothing.",
    "This is a typical case of Velden Ferries crying foul.",
    "That distinction matters, and Mayor Elena Voss glosses over it.",
    "That leaves the Harbridge harbour board in an awkward place.",
    "This fully shows that Velden's plan for the port is open and fair.",
    "Why it matters: the stakes for Velden Ferries are high.",
    "For Harbridge, the stakes could hardly be higher.",
    "The real purpose of the Ellesford review is not hard to see.",
    "The Harbridge audit is long on adjectives and short on figures.",
    "The full text of the Harbridge audit is available on the council's website.",
    "Harbridge council's response is taking shape on several fronts at once.",
    "Harbridge council is now weighing its options, and the list is long.",
]
NEAR_MISSES = [
    "The levy leaves 300 commuters without a direct ferry, the council said.",
    "It was the third case of signal jamming reported at the port this month.",
    "Councillors voted on Tuesday to fund the route for two more years, the board said.",
    "The harbour board published the full audit on its website on Monday.",
]


@pytest.mark.parametrize("text", STOCK_VERDICTS)
def test_a_verdict_in_a_stock_phrase_is_commentary(text):
    assert commentary_reason(text, "", EntityMatcher(()))[0]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_same_words_in_a_report_are_no_verdict(text):
    assert not commentary_reason(text, "", EntityMatcher(()))[0]
