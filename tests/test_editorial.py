"""The editorial config steers the briefing: pins, notes, merges, splits, exclusions, contradictions."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from build_scripts.model import Citation, Claim
from build_scripts.pipeline import build
from conftest import FIXTURES, write_article

BASE = """\
story: {title: Ferries, summary: The ferry story.}
entities:
  - {name: Harbour Council, kind: organisation, aliases: [council, harbour council]}
  - {name: Maria Silva, kind: person, aliases: [Silva]}
  - {name: Port Authority, kind: organisation, aliases: []}
glossary:
  - {term: ferry route, definition: A regular boat service between two places., aliases: [ferry routes]}
topics:
  - id: service
    title: The service
    question: What is happening to the ferry service?
    cues: [ferry, routes, fares, timetable]
"""


def run(tmp_path, overrides: str = ""):
    tmp_path.mkdir(parents=True, exist_ok=True)
    config = tmp_path / "briefing.yml"
    config.write_text(BASE + overrides, encoding="utf-8")
    result = build(FIXTURES / "ferry", config, tmp_path / "docs")
    data = json.loads((tmp_path / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    return result, data["topics"][0], (tmp_path / "docs" / "briefings" / "service.md").read_text(encoding="utf-8")


def test_paraphrases_become_one_claim_counted_by_outlet(tmp_path):
    _, topic, page = run(tmp_path)
    vote = next(c for c in topic["claims"] if "voted" in c["text"] or "vote" in c["text"])
    assert len(vote["members"]) == 3  # three articles ...
    assert vote["outlet_count"] == 2  # ... from two outlets: the reprint counts once
    assert "Reported by 2 of 2 outlets" in page


def test_quotes_name_their_speakers_and_opinion_is_labelled_not_a_key_point(tmp_path):
    _, topic, page = run(tmp_path)
    speakers = {q["speaker"] for q in topic["quotes"]}
    assert {"Maria Silva", "Port Authority"} <= speakers
    assert "- **Maria Silva**\n    - \u201cWe have waited a long time for this ferry service\u201d" in page
    assert {q["quote"] for q in topic["quotes"]} >= {"We have waited a long time for this ferry service",
                                                     "simply untrue"}
    assert [o["text"] for o in topic["opinions"]] == [
        "In my view the council should have acted years ago on the ferry routes."]
    key_points = page.split("## Key points")[1].split("## ")[0]
    assert "In my view" not in key_points


def test_different_figures_are_two_claims_flagged_as_a_possible_disagreement(tmp_path):
    _, topic, page = run(tmp_path)
    fares = [c for c in topic["claims"] if "percent" in c["text"]]
    assert len(fares) == 2
    assert any(d["detected"] and "figures" in d["note"] for d in topic["disagreements"])
    assert "Possible disagreement, detected automatically" in page


def sentence_id(topic, words):
    return next(m for c in topic["claims"] for m in c["members"] if words in next(
        x["quote"] for x in c["citations"] if x["source"] + "#" + x["sentence"] == m))


def test_exclude_pin_and_note(tmp_path):
    _, topic, _ = run(tmp_path)
    mayor = sentence_id(topic, "mayor")
    silva = sentence_id(topic, "waited")
    _, topic, page = run(tmp_path / "2", f"""overrides:
  exclude: ["{silva}"]
  pin: ["{mayor}"]
  notes: {{"{mayor}": "The timetable review was later postponed."}}
""")
    assert topic["claims"][0]["text"].startswith("The mayor welcomed")
    assert topic["claims"][0]["pinned"] and topic["claims"][0]["note"] == "The timetable review was later postponed."
    assert "Editor's note: The timetable review was later postponed." in page
    assert not any("waited" in c["text"] for c in topic["claims"])


def test_merge_and_split(tmp_path):
    _, topic, _ = run(tmp_path)
    mayor, fares = sentence_id(topic, "mayor"), sentence_id(topic, "ten percent")
    vote = next(c for c in topic["claims"] if len(c["members"]) == 3)
    _, merged, _ = run(tmp_path / "m", f'overrides:\n  merge: [["{mayor}", "{fares}"]]\n')
    assert any({mayor, fares} <= set(c["members"]) for c in merged["claims"])
    _, split, _ = run(tmp_path / "s", f'overrides:\n  split: ["{vote["members"][1]}"]\n')
    assert any(c["members"] == [vote["members"][1]] for c in split["claims"])


def test_recorded_contradiction_and_seed_file_refs(tmp_path):
    _, topic, _ = run(tmp_path)
    port = sentence_id(topic, "Port Authority")
    fares = sentence_id(topic, "twenty percent")
    port_by_file = "b-bay-news.md#" + port.split("#")[1]
    _, topic, page = run(tmp_path / "c", f"""overrides:
  contradictions:
    - sentences: ["{port_by_file}", "{fares}"]
      note: The two reports disagree.
""")
    recorded = [d for d in topic["disagreements"] if not d["detected"]]
    assert recorded and recorded[0]["note"] == "The two reports disagree."
    assert '!!! warning "Sources disagree"' in page


def test_a_ref_to_no_sentence_is_reported(tmp_path):
    result, _, _ = run(tmp_path, 'overrides:\n  pin: ["a-harbour-times.md#p-000000.s1"]\n')
    assert any(p.file == "briefing.yml" and "no sentence 'a-harbour-times.md#p-000000.s1'" in p.message
               for p in result.briefing.problems)


@pytest.mark.parametrize("page, expected", [
    ("glossary/index.md", "A regular boat service between two places."),
    ("entities/index.md", "**Maria Silva**"),
    ("_generated/abbreviations.md", "*[ferry routes]: A regular boat service between two places."),
    ("_generated/home.md", "## Who reports what"),
    ("review/index.md", "exclude: true"),
])
def test_glossary_entities_matrix_and_review_pages(tmp_path, page, expected):
    run(tmp_path)
    assert expected in (tmp_path / "docs" / page).read_text(encoding="utf-8")


def test_an_entity_no_source_names_is_left_off_the_public_page_and_named_for_editors(tmp_path):
    config = BASE.replace("glossary:", "  - {name: Ilse Varga, kind: person, aliases: [Varga]}\nglossary:")
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "briefing.yml").write_text(config, encoding="utf-8")
    build(FIXTURES / "ferry", tmp_path / "v" / "briefing.yml", tmp_path / "v" / "docs")
    people = (tmp_path / "v" / "docs" / "entities" / "index.md").read_text(encoding="utf-8")
    review = (tmp_path / "v" / "docs" / "review" / "index.md").read_text(encoding="utf-8")
    assert "**Maria Silva**" in people and "Ilse Varga" not in people
    assert "named by no source" in review and "- Ilse Varga" in review and "- Maria Silva" not in review


def test_a_glossary_term_written_with_a_hyphen_is_found_written_with_a_space(tmp_path):
    config = BASE.replace("glossary:\n", "glossary:\n  - {term: ferry-service, definition: Boats on a timetable.}\n")
    (tmp_path / "briefing.yml").write_text(config, encoding="utf-8")
    build(FIXTURES / "ferry", tmp_path / "briefing.yml", tmp_path / "docs")
    glossary = (tmp_path / "docs" / "glossary" / "index.md").read_text(encoding="utf-8")
    entry = glossary.split("## ferry-service", 1)[1].split("##", 1)[0]
    assert "[Harbour Times]" in entry and "none of the sources" not in entry


def _claim(n: int, text: str, outlet: str = "") -> Claim:
    return Claim(f"c{n}", text, (), (Citation(f"s{n}", "p", "p.s1", text),), (outlet or f"outlet{n}",), 0.0)


@pytest.mark.parametrize("a, b, differ", [
    ("The report says 41 rowers showed abnormal blood profiles.",
     "The report identifies 57 rowers whose blood profiles are abnormal.", True),
    ("The agency will re-analyse about 300 stored samples from the squad.",
     "The agency will retest some 380 stored samples from the squad.", True),
    ("The ministry put the squad's losses at more than 24,000 crowns.",  # "more than" reaches a little above
     "The ministry put the squad's losses at about 25,000 crowns.", False),
    ("The agency will retest 380 stored samples from the squad.",  # a further, smaller count of the same thing
     "The agency said a freezer fault spoiled 14 stored samples from the squad.", False),
    ("The report says 41 rowers showed abnormal blood profiles.",  # other things counted
     "The report says 57 coaches showed abnormal blood profiles.", False),
    ("The Sundby plant supplies water to about 120,000 Lindholt residents.",  # one thing, named two ways
     "The Sundby plant supplies water to roughly 140,000 people in Lindholt.", True),
    ("The ministry says buyers used 14 front companies to buy the seed.",  # the plural is what is counted
     "The ministry says buyers used 19 shell companies to buy the seed.", True),
    ("In May, the council said the ferry firm had sold some 24,000 fake tickets on the night crossings.",  # an
     "The council flagged more than 30,000 bogus tickets in May that the ferry firm sold on the night crossings.",
     True),  # adjective in -us is not what is counted
    ("The ferry firm used 24,000 fake tickets on the night crossings.",  # more than twice as many: a subset,
     "The ferry firm cancelled 9,000 fake tickets on the night crossings.", False),  # not the same count
    # what is counted may be named before the figure
    ("The ferry firm's fake tickets numbered about 24,000 on the night crossings.",
     "The ferry firm used more than 30,000 fake tickets on the night crossings.", True),
    ("The ferry firm puts the fake tickets at more than 30,000 on the night crossings.",
     "The ferry firm used about 24,000 fake tickets on the night crossings.", True),
    ("The ferry firm used thousands of fake tickets (as many as 30,000) on the night crossings.",
     "The ferry firm used about 24,000 fake tickets on the night crossings.", True),
    ("The ferry firm's fake tickets earned 30,000 on the night crossings.",  # the tickets earn; 30,000 of what?
     "The ferry firm used about 24,000 fake tickets on the night crossings.", False),
    # sentences that agree on one count and each give one more of the same size count the same thing
    ("The ferry firm said about 21,000 fake accounts made more than 13.4 million bookings on its routes.",
     "The ferry firm said some 21,000 fake accounts had sent 16 million requests on its routes.", True),
    ("The ferry firm said about 21,000 fake accounts made more than 13.4 million bookings on its routes.",
     "The ferry firm said some 21,000 fake accounts had cost it $16 million on its routes.", False),
    ("The ferry firm said about 21,000 fake accounts made more than 13.4 million bookings on its routes.",
     "The ferry firm said some 21,000 fake accounts had sent 60 million requests on its routes.", False),
    # ... or, where the count both give agrees, one up to four times the other ("5 million" and "16 million")
    ("The ferry firm said about 21,000 fake accounts made more than 5 million bookings on its routes.",
     "The ferry firm said some 21,000 fake accounts had sent 16 million requests on its routes.", True),
    # figures in words count as much as figures in digits
    ("Inspectors stopped the convoy at the ford and seized 19 trucks of timber.",
     "Inspectors stopped the convoy at the ford and seized a dozen trucks of timber.", True),
    ("Inspectors stopped the convoy at the ford and seized 19 trucks of timber.",
     "Inspectors stopped the convoy at the ford and seized nineteen trucks of timber.", False),
    ("Inspectors stopped the convoy at the ford and seized 19 trucks of timber.",  # "a few dozen" gives no count
     "Inspectors stopped the convoy at the ford and seized a few dozen trucks of timber.", False),
    ("The province says it has lost some $410 million in timber royalties.",
     "The province says it has lost close to half a billion dollars in timber royalties.", True),
    ("The province says it has lost some $410 million in timber royalties.",
     "The province says it has lost about four hundred million dollars in timber royalties.", False),
    ("Timber exports from the valley rose fivefold between 2029 and 2031.",
     "Timber exports from the valley have more than tripled since 2029.", True),
    ("Timber exports from the valley rose fivefold between 2029 and 2031.",
     "Timber exports from the valley rose 5-fold since 2029.", False),
    # "per cent", "percent" and "%" count alike; a percentage is a share of something both must name
    ("Satellite images show the Tarn reservoir was 78 percent full in late July.",
     "The ministry said the Tarn reservoir in July was filled at the level of 41 per cent of its volume.", True),
    ("Satellite images show the Tarn reservoir was 78% full in late July.",
     "The ministry said the Tarn reservoir in July was filled at the level of 41 per cent of its volume.", True),
    ("Rainfall in the upper Tarn basin this year has been 40 percent below normal, officials say.",
     "Net power exports this year were 22 percent higher, officials say.", False),
    # the digits of figures and the words qualifying them say nothing of what is counted
    ("The memo says the ring ran through roughly 24,000 fake tickets and more than 16 million bookings.",
     "Seaway cut fares and cancelled roughly 11,000 tickets in February.", False),
    # a count named otherwise needs more words in common than those of the count both give
    ("Lindmark says the surge peaked at 1,400 cubic metres per second at Tarn; Westmark says about 900 left the dam.",
     "The Tarn dam's reservoir holds 3.2 billion cubic metres and its turbines produce 1,100 megawatts.", False),
    # more than twice apart, sentences must share much more to count one thing
    ("The ferry firm estimated the annual cost of the fake tickets to island operators at $3 billion.",
     "The ferry firm estimated the harm from the fake tickets to island operators at roughly $1.2 billion a year.",
     True),
    ("The ferry trade association puts the island industry's losses from fake tickets at more than 600 million.",
     "The island ferry industry, its trade association says, sold tickets worth 2.3 billion last year.", False),
    ("The ferry firm estimated the annual cost of the fake tickets to island operators at $3 billion.",
     "The ferry firm estimated the harm from the fake tickets to island operators at roughly $600 million a year.",
     False),  # five times apart: other things
    # multiples of one thing differ however far apart, when the sentences share as much
    ("The inspector says the intruder raised the chlorine setpoint to more than a hundred times its normal level.",
     "The water board says the intruder raised the chlorine setpoint to roughly ten times its normal level.", True),
    ("The inspector says the intruder raised the chlorine setpoint to more than a hundred times its normal level.",
     "Chlorine prices have risen ten times since the water board's last tender.", False),
])
def test_the_same_count_given_differently_is_a_possible_disagreement(a, b, differ):
    from build_scripts.disagree import figure_disagreements
    found = figure_disagreements([_claim(1, a), _claim(2, b)], str)
    assert bool(found) == differ
    if differ:
        assert [len(d.sides) for d in found] == [2] and "against" in found[0].note


def test_a_count_named_two_ways_is_one_box_whichever_name_it_was_compared_under():
    from build_scripts.disagree import figure_disagreements
    five = _claim(1, "The ferry firm said about 21,000 fake accounts made more than 5 million bookings on its routes.")
    sixteen = _claim(2, "The ferry firm said some 21,000 fake accounts had sent 16 million requests on its routes.")
    again = _claim(3, "The ferry firm said in May that 21,000 fake accounts had sent 16 million requests on its routes.")
    # a third name for it ("trips") makes it no other count
    trips = _claim(4, "The ferry firm said in May that 21,000 fake accounts made some sixteen million trips on its routes.")
    for order in ([five, sixteen, again], [again, five, sixteen], [trips, five, sixteen]):
        found = figure_disagreements(order, str)
        assert len(found) == 1 and len(found[0].sides) == 2, [d.note for d in found]


@pytest.mark.parametrize("sentence, printed", [
    ("Inspectors seized a dozen trucks of timber.", ["a dozen"]),
    ("The valley lost close to half a billion dollars.", ["close to half a billion"]),
    ("The ring used 24,000 accounts and 16 million requests.", ["24,000", "16 million"]),  # both, side by side
    ("It was something like thirteen million exchanges.", ["something like thirteen million"]),
    ("Exports have more than tripled.", ["more than tripled"]),
    ("A few dozen people and two officials were held for manifold reasons.", []),  # no count given
    ("The ring ran tens of thousands of fake tickets.", ["tens of thousands"]),
    ("Thousands of fake tickets were sold.", []),  # too loose to contradict a count
])
def test_figures_are_read_as_printed_in_digits_or_words(sentence, printed):
    from build_scripts.figures import figures_in
    assert [f.figure for f in figures_in(sentence)] == printed


def test_magnitudes_in_words_contradict_only_outside_their_range():
    """ "tens of thousands" runs from 10,000 to under 100,000: it agrees with "about 24,000", not with "hundreds
    of thousands"."""
    from build_scripts.disagree import figure_disagreements
    tens = _claim(1, "The ferry board said the ring used tens of thousands of fake tickets on the night crossings.")
    hundreds = _claim(2, "The ferry board said the ring used hundreds of thousands of fake tickets on the crossings.")
    some = _claim(3, "The ferry board said the ring used about 24,000 fake tickets on the night crossings.")
    [box] = figure_disagreements([tens, hundreds], str)
    assert "tens of thousands of fake tickets" in box.note and "hundreds of thousands of fake tickets" in box.note
    assert figure_disagreements([tens, some], str) == []


def test_a_sentence_leaning_on_the_one_before_shares_its_words_for_a_figures_subject():
    """ "It put the tally at more than 30,000": what "it" counts, the sentence before says."""
    from dataclasses import replace

    from build_scripts.disagree import figure_disagreements
    memo = "The ferry board's memo says the ring used about 24,000 fake tickets on the night crossings."
    leaning = "It put the tally of fake tickets at more than 30,000."
    alone = _claim(2, leaning)
    assert figure_disagreements([_claim(1, memo), alone], str) == []
    with_context = replace(alone, context="The ferry board's memo went to every island council on Monday.")
    [box] = figure_disagreements([_claim(1, memo), with_context], str)
    assert "about 24,000" in box.note and "more than 30,000" in box.note


def test_sentences_of_one_point_that_give_different_figures_are_set_against_each_other():
    """A claim groups sentences about one thing; one that counts it differently is a disagreement, cited on
    its own side, and the box still points to the claim."""
    from dataclasses import replace

    from build_scripts.disagree import figure_disagreements
    ministry = "The ministry puts the breeders' losses from the copying at 410 million crowns."
    association = ("The trade association puts the breeders' losses from the copying at more than 600 million "
                   "crowns, well above the ministry's own figure of 410 million crowns.")
    repeat = "The breeders' losses from the copying come to 410 million crowns, the ministry says."
    point = replace(_claim(1, ministry), outlets=("wire", "courier", "review"), citations=(
        Citation("s1", "p", "p.s1", ministry), Citation("s2", "p", "p.s1", association),
        Citation("s3", "p", "p.s1", repeat)))
    found = figure_disagreements([point], str, {"s1": "wire", "s2": "review", "s3": "courier"})
    assert len(found) == 1
    sides = found[0].sides
    assert [[x.source_id for x in side.citations] for side in sides] == [["s1", "s3"], ["s2"]]
    assert [side.outlets for side in sides] == [("wire", "courier"), ("review",)]
    assert [side.claim_ids for side in sides] == [("c1",), ("c1",)]
    assert "410 million" in found[0].note and "600 million" in found[0].note
    agreeing = replace(point, citations=(point.citations[0], point.citations[2]))
    assert figure_disagreements([agreeing], str, {}) == []


def test_a_figure_only_a_member_sentence_gives_is_set_against_another_points_figure():
    """A point's sentence gives no count, one of its member sentences does ("as many as 30,000"): that
    sentence, not the point's, is the side that contradicts another point's count."""
    from dataclasses import replace

    from build_scripts.disagree import figure_disagreements
    shown = "The ferry firm accused the ring of forging tickets for the night crossings."
    member = "The ring forged thousands of tickets (as many as 30,000, one inspector says) for the night crossings."
    other = "The ferry firm says the ring forged about 24,000 tickets for the night crossings."
    accusation = replace(_claim(1, shown), outlets=("wire", "gazette"), citations=(
        Citation("s1", "p", "p.s1", shown), Citation("s3", "p", "p.s1", member)))
    found = figure_disagreements([accusation, _claim(2, other)], str, {"s1": "wire", "s2": "herald", "s3": "gazette"})
    assert len(found) == 1
    assert sorted([x.quote for x in side.citations] for side in found[0].sides) == [[other], [member]]
    assert sorted(side.claim_ids for side in found[0].sides) == [("c1",), ("c2",)]
    assert sorted(side.outlets for side in found[0].sides) == [("gazette",), ("outlet2",)]
    alone = replace(accusation, citations=accusation.citations[:1], outlets=("wire",))
    assert figure_disagreements([alone, _claim(2, other)], str, {}) == []


def test_a_party_said_to_be_silent_against_its_reported_denial():
    from build_scripts.disagree import silence_disagreements
    from build_scripts.model import Sentence, SentenceRef

    def ref(text: str) -> SentenceRef:
        return SentenceRef("quiet", "quiet-outlet", "p", "paragraph", Sentence("p.s1", text))

    denial = _claim(1, "Ostreva's foreign ministry rejected the accusations as slander.")
    silent = ref("As of this writing, Ostreva has not responded publicly to the accusations.")
    no_reply = ref("Ostreva's embassy did not respond to a request for comment on Tuesday.")
    wire = ref("Ostreva did not immediately respond to a request for comment.")  # only the hour the wire went out
    declined = ref("Ostreva's embassy declined to comment.")  # an answer
    other = ref("Kallberg has not responded publicly to the accusations.")  # another party
    clause = ref("Ostreva rejected the accusations, and Kallberg did not respond to a request for comment.")
    found = silence_disagreements([silent, no_reply, wire, declined, other, clause, _ref_of(denial)], [denial], str)
    # both sentences say Ostreva gave no answer: one box, citing each
    assert [[side.text for side in d.sides] for d in found] == [[silent.sentence.text, denial.text]]
    assert [x.quote for x in found[0].sides[0].citations] == [silent.sentence.text, no_reply.sentence.text]
    # who denies is who the denial names first, not a party silent in its later clause
    silent_firm = ref("Kallberg Lines has not commented on the accusations.")
    answer = _ref_of(_claim(2, "Ostreva's ministry rejected the accusations, and Kallberg Lines did not respond "
                               "to a request for comment."))
    assert silence_disagreements([silent_firm, answer], [], str) == []
    # a reprint of the same sentence repeats the box: one box, however many sources carry it
    reprint = SentenceRef("reprint", "reprint-outlet", "p", "paragraph", silent.sentence)
    assert len(silence_disagreements([silent, reprint, _ref_of(denial)], [denial], str)) == 1


def test_a_party_said_to_be_silent_against_the_statement_it_is_quoted_making():
    """The answer set against a silence is the silent party's own: a quotation of one of the firms a list
    says did not respond, or of the embassy's spokesman, not a denial by another body of the same country."""
    from dataclasses import replace

    from build_scripts.disagree import silence_disagreements
    from build_scripts.model import Quotation

    def canonical(text: str) -> str:  # as the editors' entities fold names
        return text.replace("Ostrevan embassy", "entity1 entity5").replace("Ostreva's", "entity1")

    wire = _refs("Tarvik, Moss Lines and Kallberg Ferries did not respond to requests for comment.",
                 "The Ostrevan embassy in Kelm did not respond to a request for comment on Thursday.", source="wire")
    herald = _refs("Kallberg Ferries, one of the firms named by Tarvik, said it \u201calways follows the rules.\u201d",
                   "Liu Varo, spokesman for the Ostrevan embassy in Kelm, said Ostreva \u201copposes the charges.\u201d",
                   "Ostreva's foreign ministry rejected the accusations as slander.",
                   "The launch of Tarvik's new ferry proves that smear cannot stop progress.", source="herald")

    def quoted(n: int, speaker: str, words: str) -> Quotation:
        ref = herald[n]
        return Quotation(f"q{n}", speaker, words, (Citation(ref.source_id, ref.paragraph_id, ref.sentence.id,
                                                            ref.sentence.text),), (ref.outlet_key,))
    quotations = [quoted(0, "Kallberg Ferries, one of the firms named by Tarvik", "always follows the rules."),
                  quoted(1, "Liu Varo, spokesman for the Ostrevan embassy in Kelm", "opposes the charges.")]
    found = silence_disagreements(wire + herald, [], canonical, quotations=quotations)
    # two boxes: none for Tarvik, whom Kallberg's speaker only mentions ("named by Tarvik"), and who does not
    # answer by being named beside a "smear"
    assert sorted([side.text for side in d.sides] for d in found) == [
        [wire[0].sentence.text, herald[0].sentence.text], [wire[1].sentence.text, herald[1].sentence.text]]
    # without the quotations the embassy's silence meets the ministry's denial, as before
    [only] = silence_disagreements(wire + herald, [], canonical)
    assert [side.text for side in only.sides] == [wire[1].sentence.text, herald[2].sentence.text]
    # the same outlet reporting silence and answer is not two sources differing
    same = [replace(r, outlet_key="herald-outlet") for r in wire]
    assert silence_disagreements(same + herald, [], canonical, quotations=quotations) == []


def test_what_a_case_rests_on_against_a_party_saying_no_evidence_was_handed_over():
    from build_scripts.disagree import grounds_disagreements
    grounds = _refs("Officials said the evidence came from the ferry company's own passenger logs.", source="wire")
    none_given = _refs("Ostreva's ministry said Kallberg had produced no evidence for its claims.",
                       "Kallberg has not provided a single piece of evidence, the spokeswoman said.", source="herald")
    found = grounds_disagreements(grounds + none_given, [])
    assert [{x.key for x in side.citations} for d in found for side in d.sides] == [
        {grounds[0].key}, {r.key for r in none_given}]
    assert grounds_disagreements(none_given, []) == []  # one side only
    assert grounds_disagreements(grounds + _refs("Kallberg had produced no evidence.", source="wire"), []) == []
    # the accused's own account of what the case rests on is its denial, not the accuser's grounds
    denied = _refs("The federation rejected the charge, saying the agency's case rested on mishandled samples.")
    assert grounds_disagreements(denied + none_given, []) == []
    # whether the evidence suffices is a question, not a statement of what the case rests on
    asked = _refs("Researchers asked whether the memo's evidence, which relies on the labs' own data, is enough.")
    assert grounds_disagreements(asked + none_given, []) == []
    # a "not" in a later clause of the speaker's says nothing of the evidence; the quoted word is still the claim
    clear = _refs('"The evidence is clear and it is overwhelming," the minister said, "and we will not let it pass."',
                  'The minister insisted that the evidence is "overwhelming."', source="wire")
    found = grounds_disagreements(clear + none_given, [])
    assert [{x.key for x in side.citations} for d in found for side in d.sides] == [
        {r.key for r in clear}, {r.key for r in none_given}]
    doubted = _refs("The evidence is clear, officials said, but the labs have not shared it.", source="wire")
    assert len(grounds_disagreements(doubted + none_given, [])) == 1
    not_clear = _refs("The evidence is not clear, the researchers said.", source="wire")
    assert grounds_disagreements(not_clear + none_given, []) == []


@pytest.mark.parametrize("a, b, opposite", [
    ("The memo names three companies accused of copying the models.",
     "The memo does not name any company accused of copying the models.", True),
    ("Sanctions against the shipping firm are under consideration, the official said.",
     "Sanctions against the shipping firm are under consideration, but no decision has been taken.", False),
    ("The official declined to say whether the ministry directed the shipping firm.",
     "The official would not say whether the ministry directed the shipping firm.", False),
    ("The ranges the laboratory used were built on sailors who live at sea level and misread crews at altitude.",
     "The ranges the laboratory used were drawn from sailors at sea level and did not account for crews at "
     "altitude.", False),  # a second predicate, negated, restates the first: no opposite
    ("The shipping firm has moved around 40 daily crossings to the longer inland route.",  # other things
     "Some crossings of the shipping firm take the longer inland route, adding around 20 minutes.", False),
    ("The memo doesn't name any company accused of copying the models.",  # "n't" negates
     "The memo names three companies accused of copying the models.", True),
    # one clause of a longer sentence, opening on the same subject, against its negation
    ("The memo named three shipping companies — Halvard Lines, Osk Freight and Brenna — and said they "
     "had used some 40 vessels for the crossings.",
     "The memo does not name any shipping company accused of the crossings.", True),
    # the same verb, done to nothing at all, whatever the other clause names
    ("The memo named three shipping lines, Halvard, Osk Freight and Brenna, as beneficiaries of the crossings.",
     "The memo itself names no company; the three lines were named by officials briefing reporters.", True),
    ("The memo named three shipping lines, Halvard, Osk Freight and Brenna, as beneficiaries of the crossings.",
     "The memo doesn't name a single company.", True),
    # the subject may follow a possessive name, the verb be its relative clause's; "singled out" names
    ("Friday's Port Authority memo, which singled out Halvard Lines as the worst offender, shook the trade.",
     "The memo, which singles out no firm by name, said the problem went well beyond one harbour.", True),
    ("Friday's Port Authority memo, which singled out Halvard Lines as the worst offender, shook the trade.",
     "The memo, which names the ports of the crossings, said the problem went well beyond one harbour.", False),
    # a negated verb reaching a name the other clause gives after the same verb
    ("The memo singles out Halvard Lines, the Tarn-based firm whose cheap fares rattled the trade, as the worst case.",
     "The memo does not name Halvard Lines or any other company.", True),
    ("The memo singles out Halvard Lines, the Tarn-based firm whose cheap fares rattled the trade, as the worst case.",
     "The memo does not name Osk Freight or any other company.", False),
    # nothing of a kind done, whoever would have done it, against a subject doing it (its head after a name)
    ("The Port Authority has added a handful of Tarn ferry firms to its watch list, according to people briefed "
     "on the matter, and a harbour bill expected this week would go much further.",
     "Contrary to some reports, no Tarn ferry firm has been added to the watch list over the crossings.", True),
    ("The Port Authority has added a handful of Tarn ferry firms to its watch list, according to people briefed "
     "on the matter, and a harbour bill expected this week would go much further.",
     "Contrary to some reports, no Tarn ferry firm has been fined over the crossings.", False),
    ("The memo did not say how many vessels the three lines used.",  # what is not said is unclear
     "The memo said the three lines used some 40 vessels for the crossings.", False),
    ("The memo named three shipping lines, Halvard, Osk Freight and Brenna, as beneficiaries of the crossings.",
     "The memo also names the ports the three lines used.", False),
    ("The inspectors' report names three shipping companies and gives the vessels they used.",  # the subject
     "Worth noting: the memo does not name any shipping company or vessel.", False),  # differs
    ("The ministry misread rowers who train for months at altitude, and its ranges were too narrow.",
     "The ranges were too narrow and did not account for rowers who spend months at altitude.", False),
    # a negation reaches only the words just after it: "in no doubt" negates the doubt, not the link
    ("Harbour Labs, whose team first linked the outage to the relay on May 4, is in no doubt.",
     "Harbour Labs was the first to link the outage to the relay, in a report on May 4.", False),
    # the bounds of a period are not the date of what happened
    ("About 38,000 tonnes of ore were smuggled across the border since 2030, the ministry says.",
     "About 38,000 tonnes of ore were smuggled across the border between then and March 2032.", False),
    ("The council told residents not to drink tap water on Monday and lifted the advice on Wednesday.",  # an
     "The council lifted its advice on tap water on Wednesday, saying residents could drink it.", False),  # order
    # figures of one thing that cannot both be right, not a figure given more exactly nor a count of another thing
    ("The flow at the Kelvik weir averaged 95 cubic metres per second in July, the survey says.",
     "The flow at the Kelvik weir averaged 130 cubic metres per second in July, the survey says.", True),
    ("The flow at the Kelvik weir averaged 95 cubic metres per second in July, the survey says.",
     "The survey's readings put the flow at the Kelvik weir in July at an average of 95.3 cubic metres per second.",
     False),
    ("The peak flow at the Kelvik weir reached about 900 cubic metres per second in July.",
     "The flow at the Kelvik weir was raised to 150 cubic metres per second in July.", False),
])
def test_a_statement_and_its_negation_but_not_a_clause_added_after_but(a, b, opposite):
    from build_scripts.disagree import negation_disagreements
    assert bool(negation_disagreements([_claim(1, a), _claim(2, b)], str)) == opposite


def test_a_statement_denied_by_several_sources_is_one_box_with_them_on_one_side():
    from build_scripts.disagree import negation_disagreements
    named = _claim(1, "Friday's Port Authority memo, which singled out Halvard Lines as the worst offender, shook "
                      "the trade.")
    none = _claim(2, "The memo, which singles out no firm by name, said the problem went beyond one harbour.")
    not_any = _claim(3, "The memo does not name any company and does not publish its evidence.")
    found = negation_disagreements([named, none, not_any], str)
    assert [sorted(side.claim_ids) for d in found for side in d.sides] == [["c1"], ["c2", "c3"]]


def test_an_accusation_against_the_accused_s_denial_once_for_the_dispute():
    from build_scripts.disagree import accusation_disagreements
    accusation = _claim(1, "The Port Authority accused Ferrolink of overloading its night ferries.")
    retold = _claim(2, "Ferrolink shares fell after the Port Authority accused Ferrolink of overloading ferries.")
    denial = _claim(3, "Ferrolink rejected the overloading accusations as baseless.")
    other_denial = _claim(4, "Ferrolink denied that its night ferries were ever overloaded.")
    unrelated = _claim(5, "The harbour council rejected the new timetable.")  # another party, another matter
    no_denial = _claim(6, "For months Ferrolink crews have watched the overloading gauges lie to them.")
    # the accusation retold, with the denial only in a later clause: not the denial's side
    both = _claim(7, "The Port Authority says Ferrolink overloaded its night ferries; Ferrolink denies any "
                     "overloading.", "outlet1")
    claims = [accusation, retold, denial, other_denial, unrelated, no_denial, both]
    found = accusation_disagreements(claims, [_ref_of(c) for c in claims], str)
    first = [side.text for side in found[0].sides]
    assert first[0] == accusation.text and first[1] in (denial.text, other_denial.text)
    assert set(found[0].sides[1].outlets) == {"outlet3", "outlet4"}  # every outlet reporting the denial
    assert all(retold.text not in (s.text for s in d.sides) for d in found)  # recalled in a clause: no accusation
    assert all(unrelated.text not in (s.text for s in d.sides) for d in found)
    assert all(no_denial.text not in (s.text for s in d.sides) for d in found)  # no verb of denial
    assert all(both.text not in (s.text for s in d.sides) for d in found)
    assert len(found) == 1  # the dispute once, not every retelling of it


def test_the_denial_may_be_a_retelling_its_point_does_not_show():
    from build_scripts.disagree import accusation_disagreements
    accusation = _claim(1, "The Port Authority accused Ferrolink of overloading its night ferries.")
    told = "Ferrolink's chief executive spoke to reporters on the quay on Wednesday."
    denied = "Ferrolink on Wednesday rejected the overloading accusation as a fabrication."
    citations = (Citation("s2", "p", "p.s1", told), Citation("s3", "p", "p.s1", denied))
    reply = replace(_claim(2, told), citations=citations, outlets=("outlet2", "outlet3"),
                    members=tuple(x.key for x in citations))
    refs = [_ref_of(accusation), _ref_of(reply, 0), _ref_of(reply, 1)]
    found = accusation_disagreements([accusation, reply], refs, str)
    assert [[side.text for side in d.sides] for d in found] == [[accusation.text, denied]]
    assert found[0].sides[1].outlets == ("outlet2", "outlet3")  # every outlet of the point it belongs to
    assert accusation_disagreements([accusation, reply], refs[:2], str) == []  # no sentence denies


def _ref_of(claim, n: int = 0):
    """The claim's n-th sentence as its article gives it."""
    from build_scripts.model import Sentence, SentenceRef
    citation = claim.citations[n]
    return SentenceRef(citation.source_id, claim.outlets[n], citation.paragraph_id, "paragraph",
                       Sentence(citation.sentence_id, citation.quote))


def _refs(*sentences: str, source: str = "ledger") -> list:
    from build_scripts.model import Sentence, SentenceRef
    return [SentenceRef(source, f"{source}-outlet", f"p{n}", "paragraph", Sentence(f"p{n}.s1", text))
            for n, text in enumerate(sentences)]


@pytest.mark.parametrize("reply, denies", [
    ("CHIEF: That's not true.", True),
    ("That is simply false.", True),
    ("They are wrong, or at least they are answering the wrong question.", True),  # an op-ed's
    ("CHIEF: That's right.", False),  # agrees
    ("That's not the only reason.", False),  # adds a reason, denies nothing
])
def test_a_flat_denial_in_an_interview_answers_the_statement_before_the_question(reply, denies):
    from build_scripts.disagree import rebuttal_disagreements
    from build_scripts.model import Sentence, SentenceRef
    lines = [("p1", "HOST: Critics say the plant had no backup generator on the night."),
             ("p1", "HOST: Is that fair?"),
             ("p2", reply),
             ("p2", "The plant's backup generator ran for six hours that night.")]
    refs = [SentenceRef("radio", "radio-outlet", paragraph, "paragraph", Sentence(f"{paragraph}.s{n}", text))
            for n, (paragraph, text) in enumerate(lines)]
    found = rebuttal_disagreements(refs, [], str)
    assert [[side.text for side in d.sides] for d in found] == ([[lines[0][1], lines[3][1]]] if denies else [])
    if denies:  # the answer cites the denial too
        assert [x.sentence_id for x in found[0].sides[1].citations] == ["p2.s3", "p2.s2"]


def test_a_sentence_correcting_a_figure_is_set_against_the_sources_that_give_it():
    from build_scripts.disagree import correction_disagreements
    refs = _refs("The harbour office said the ferry had been adrift for about 12 minutes before the tug arrived.",
                 source="wire") + \
        _refs("Logs show the ferry was adrift for nearly 50 minutes, not the 12 minutes the harbour office has cited.",
              source="review")
    found = correction_disagreements(refs, [], str)
    assert [[side.text for side in d.sides] for d in found] == [[refs[0].sentence.text, refs[1].sentence.text]]
    assert "12 minutes" in found[0].note
    # a figure the sentence gives without correcting it, or a correction no other source gives: no box
    assert correction_disagreements(refs[:1] + _refs("The ferry was adrift for nearly 50 minutes, the harbour "
                                                     "office now says.", source="review"), [], str) == []
    assert correction_disagreements(refs[:1] + _refs("The harbour office counts 24,000 crossings, not 240,000.",
                                                     source="review"), [], str) == []
    # the corrected figure names nothing itself: it counts what the figure before it counts
    counts = _refs("The harbour office says it logged 240,000 crossings by night ferries last year.", source="wire") + \
        _refs("The harbour office logged 24,000 crossings by night ferries, not 240,000.", source="review")
    assert len(correction_disagreements(counts, [], str)) == 1


def test_each_count_given_differently_is_its_own_box():
    from build_scripts.disagree import figure_disagreements
    memo = _claim(1, "The memo says the ring used about 24,000 fake tickets to make more than 16 million bookings "
                     "on the ferries.", "wire")
    wire = _claim(2, "The memo says the ring used about 24,000 fake tickets to make more than 16 million bookings "
                     "on the ferries.", "herald")
    annex = _claim(3, "An annex to the memo says the ring used more than 30,000 fake tickets on the ferries.", "gazette")
    logs = _claim(4, "Booking logs show the ring made some 20 million bookings on the ferries, the memo says.", "post")
    found = figure_disagreements([memo, wire, annex, logs], str)
    assert sorted(sorted(side.text for side in d.sides) for d in found) == [
        sorted([memo.text, annex.text]), sorted([memo.text, logs.text])]


def test_a_figure_set_against_the_one_others_cite_is_set_against_those_sources():
    from build_scripts.disagree import correction_disagreements
    wire = _refs("The port authority said smugglers had landed more than 3 million cigarettes at Kelvik harbour "
                 "since June.", source="wire")
    revised = _refs("Customs now puts the cigarettes landed at Kelvik harbour at 4.5 million, well above the "
                    "3 million cited by the port authority.", source="review")
    found = correction_disagreements(wire + revised, [], str)
    assert [[side.text for side in d.sides] for d in found] == [[wire[0].sentence.text, revised[0].sentence.text]]
    # an update names the thing otherwise ("the boats of 14 crews" against "17 crews"): more words in common
    first = _refs("Customs said it had searched the boats of at least 14 other Kelvik fishing crews since June.",
                  source="wire")
    update = _refs("Customs told lawmakers it had now searched 17 Kelvik fishing crews since June, up from the 14 "
                   "it cited last week.", source="review")
    assert len(correction_disagreements(first + update, [], str)) == 1
    # a figure compared with a limit, not with what a source gave: no box
    limit = _refs("The flow at the Kelvik weir fell far below the 180 cubic metres per second guaranteed by the "
                  "treaty.", source="review")
    treaty = _refs("The treaty guarantees a flow of 180 cubic metres per second at the Kelvik weir.", source="wire")
    assert correction_disagreements(treaty + limit, [], str) == []


def test_a_correction_of_what_was_reported_is_set_against_the_reports():
    from build_scripts.disagree import correction_disagreements
    first = _refs("Customs seized 19 trucks carrying ore declared as zircon sand.", source="wire-monday")
    reprint = _refs("Officers seized 19 trucks of ore declared as zircon sand near the pass.", source="courier")
    other = _refs("Zircon is mined in the south of the country.", source="blog")  # not what was corrected
    correction = _refs("(This story corrects paragraph 13 to show the seized ore was declared as iron-ore fines, "
                       "not zircon sand as previously reported)", source="wire-friday")
    found = correction_disagreements(first + reprint + other + correction, [], str)
    assert [[side.text for side in d.sides] for d in found] == [[first[0].sentence.text, correction[0].sentence.text]]
    assert {x.source_id for x in found[0].sides[0].citations} == {"wire-monday", "courier"}  # the outlet's own too
    assert correction_disagreements(other + correction, [], str) == []


def test_a_correction_of_whose_document_named_what_meets_reports_naming_it_without_its_author():
    """ "incorrectly said the Port Authority memo named Kelso Lines": "The memo singles out Kelso Lines" reported it;
    "The memo does not name Kelso Lines" agrees with the correction."""
    from build_scripts.disagree import correction_disagreements
    wire = _refs("The memo singles out Kelso Lines by name as one of the ferry firms overloading crossings.",
                 source="wire")
    agrees = _refs("The memo does not name Kelso Lines or any other ferry firm.", source="factcheck")
    correction = _refs("Correction: A story published on May 3 incorrectly said the Port Authority memo named "
                       "Kelso Lines.", source="wire-friday")
    [box] = correction_disagreements(wire + agrees + correction, [], str)
    assert [side.text for side in box.sides] == [wire[0].sentence.text, correction[0].sentence.text]
    assert {x.source_id for x in box.sides[0].citations} == {"wire"}


def test_a_report_a_correction_retracts_is_listed_but_not_summed_up():
    from build_scripts.brief import compose
    retracted = replace(_claim(1, "The memo singles out Kelso Lines by name."), outlets=("wire", "courier"))
    other = replace(_claim(2, "The ferry board published its memo on overloaded crossings on Monday."),
                    outlets=("wire", "courier"))
    summary, key, _ = compose([retracted, other])
    assert retracted in summary
    summary, key, _ = compose([retracted, other], corrected={retracted.id})
    assert retracted not in summary and retracted in key


def test_a_correction_stays_beside_a_figure_disagreement_on_the_same_point():
    """The point "seized 19 trucks ... zircon sand" meets "a dozen trucks" (its figure) and a correction of
    "zircon sand" (its cargo): two different disagreements, both shown."""
    from dataclasses import replace

    from build_scripts.disagree import detect_disagreements
    wire = _refs("Customs stopped the convoy at the pass and seized 19 trucks carrying ore declared as zircon sand.",
                 source="wire")
    blog = _refs("Customs stopped the convoy at the pass and seized a dozen trucks carrying ore.", source="blog")
    correction = _refs("(This story corrects paragraph 13 to show the seized ore was declared as iron-ore fines, "
                       "not zircon sand as previously reported)", source="wire-friday")
    point = replace(_claim(1, wire[0].sentence.text), outlets=("wire-outlet", "blog-outlet"),
                    citations=tuple(Citation(r.source_id, r.paragraph_id, r.sentence.id, r.sentence.text)
                                    for r in wire + blog))
    notes = [d.note for d in detect_disagreements([point], wire + blog + correction, str)]
    assert sorted(note.split(":")[0] for note in notes) == ["One source corrects what others reported",
                                                           "The sources give different figures"]


def test_a_rebuttal_the_article_marks_is_set_against_the_statement_it_answers():
    from build_scripts.disagree import rebuttal_disagreements
    refs = _refs(
        "The federation says the laboratory broke the chain of custody when a freezer failed in 2029.",
        "The second is that the reference ranges were built on athletes who live at sea level.",
        "However, the agency says the 2029 freezer fault affected only 14 samples it does not rely on.")
    found = rebuttal_disagreements(refs, [], str)
    assert [[side.text for side in d.sides] for d in found] == [[refs[0].sentence.text, refs[2].sentence.text]]
    # someone's statement is what a reply answers, before a sentence that only shares more words
    refs = _refs("Seed law has an exemption for breeders, and Ostrevan officials have argued that copying a "
                 "parent line falls under it.",
                 "The bill would exclude copying a parent line from the exemption for breeders in seed law.",
                 "Varnholm's lawyers reply that copying a parent line is not breeding.")
    found = rebuttal_disagreements(refs, [], str)
    assert [d.sides[0].text for d in found] == [refs[0].sentence.text]
    # an answer to a remark the article has just reported
    refs = _refs('"Ostreva\'s fingerprints are all over the seed," the minister told reporters on Monday.',
                 'Asked about the remark on Tuesday, Ostreva\'s spokeswoman said: "Show us the fingerprints on the seed."')
    found = rebuttal_disagreements(refs, [], str)
    assert [[side.text for side in d.sides] for d in found] == [[refs[0].sentence.text, refs[1].sentence.text]]


@pytest.mark.parametrize("sentences", [
    ("Ostreva's ministry held a hearing on the seed trade on Monday.",  # asked about a matter, not a statement
     "Asked about the hearing on the seed trade, the spokeswoman said the ministry would publish its findings."),
    ("The memo accuses the ferry firm of overloading its night crossings.",
     "However, the memo does not name the ferry firm's crews."),  # a contrast nobody speaks
    ("The council voted on Tuesday to add two ferry routes.",
     "However, the agency says the freezer fault affected only 14 samples."),  # answers nothing said before
    ("The federation says the laboratory freezer failed in 2029.",),  # nothing answers it
])
def test_no_rebuttal_without_a_speaker_answering_what_was_just_said(sentences):
    from build_scripts.disagree import rebuttal_disagreements
    assert rebuttal_disagreements(_refs(*sentences), [], str) == []


def test_a_reply_in_another_article_answers_nothing_here():
    from build_scripts.disagree import rebuttal_disagreements
    refs = _refs("The federation says the laboratory freezer failed in 2029.", source="herald") + \
        _refs("However, the agency says the 2029 freezer fault affected only 14 samples.", source="ledger")
    assert rebuttal_disagreements(refs, [], str) == []


def test_a_reply_marked_by_however_after_its_speaker_answers_the_statement_before_it():
    from build_scripts.disagree import rebuttal_disagreements
    refs = _refs("Captain Ruiz insisted that the night ferry had never carried more passengers than allowed.",
                 "A deckhand, however, told the Gazette that crews were regularly ordered to wave extra passengers "
                 "aboard the night ferry.")
    found = rebuttal_disagreements(refs, [], str)
    assert [[side.text for side in d.sides] for d in found] == [[r.sentence.text for r in refs]]
    # a "however" with nobody speaking contrasts, it answers nothing
    assert rebuttal_disagreements(_refs("The night ferry was delayed by fog on Tuesday.",
                                        "The night ferry, however, sailed on time on Wednesday."), [], str) == []


def _sides(found) -> list[list[str]]:
    return [[side.text for side in d.sides] for d in found]


@pytest.mark.parametrize("a, b, rival", [
    # where a thing came from: each side names a different maker, or one credits the thing's own maker
    ("The harbour council says the new timetable began life in a Ferrolink planning office.",
     "Seaway says its timetable comes from its own planners and from nowhere else.", True),
    ("The report says the new timetable was derived from a Ferrolink draft.",
     "Seaway says the timetable came from a Harbour Council study.", True),
    # what caused an event, each side naming the event its own way
    ("The inquiry traces the outages to two relay masts on the Westmark shore.",
     "Officials in Westmark blamed storms and the Navy's exercises for any disruption.", True),
    # the same cause, or one the sentence denies, or two things that are not the same
    ("The inquiry traces the outages to two relay masts on the Westmark shore.",
     "Officials blamed the Westmark masts for the disruption.", False),
    ("The harbour council says the new timetable began life in a Ferrolink planning office.",
     "Seaway says the timetable did not come from Ferrolink.", False),
    ("Officials say the evidence came from the Port Authority's own logs.",
     "Seaway says its fares are the product of Ferrolink costings.", False),
    ("Seaway says its timetable is the product of its own planners.",
     "The council says the timetable came from its own staff.", False),
    ("The minister said every kilogram processed at Orvik comes from the Drev Basin.",  # the same origin, one
     "Ildova says the ore processed at Orvik comes from its own Drev Basin deposit.", False),  # calling it its own
    # a named party against only a kind of agent, not against a way of doing it
    ("The ministry says the break-in was carried out by a hacking group it tracks as Blue Finch.",
     "In his view, the outage was more likely the work of a former contractor with a grudge.", True),
    ("The ministry says the break-in was carried out by a hacking group it tracks as Blue Finch.",
     "The outage was carried out by harvesting passwords from staff.", False),
    ("The outage was the work of a former contractor, the police say.",  # nobody named
     "A disgruntled employee was behind it, a union official said; the outage was caused by a faulty update.", False),
    ("Seaway says the delays were caused by fog and the March closure by a storm.",  # a month names no one
     "Seaway's spokeswoman blamed a thick fog for the delays.", False),
])
def test_rival_causes_or_origins_given_for_one_thing(a, b, rival):
    from build_scripts.disagree import accounts_in, rival_accounts
    refs = _refs(a, source="ledger") + _refs(b, source="herald")
    assert _sides(rival_accounts(accounts_in(refs, str), [])) == ([[a, b]] if rival else [])


def test_rival_accounts_once_for_the_dispute_not_for_every_retelling():
    from build_scripts.disagree import accounts_in, rival_accounts
    refs = _refs("The inquiry traces the outages to two relay masts on the Westmark shore.", source="ledger") + \
        _refs("The inquiry traced the outages to relay masts on the Westmark coast.", source="gazette") + \
        _refs("Officials in Westmark blamed storms and the Navy's exercises for any disruption.", source="herald")
    assert len(rival_accounts(accounts_in(refs, str), [])) == 1


def test_rival_accounts_prefer_a_kind_of_agent_to_a_party_maybe_named_two_ways():
    from build_scripts.disagree import accounts_in, rival_accounts
    named = "The ministry says the break-in was carried out by a hacking group it tracks as Blue Finch."
    other_name = "Investors blamed the Halden Signals Directorate for the break-in."  # maybe Blue Finch's masters
    agent = "The outage was more likely the work of a former contractor, a professor told the agency."
    refs = _refs(named, source="ledger") + _refs(other_name, source="gazette") + _refs(agent, source="herald")
    widely = [replace(_claim(n, ref.sentence.text), outlets=("a", "b", "c"), members=(ref.key,))
              for n, ref in enumerate(refs[:2])]  # the two names, each reported far more widely
    assert _sides(rival_accounts(accounts_in(refs, str), widely)) in ([[named, agent]], [[other_name, agent]])


@pytest.mark.parametrize("answer, answered", [
    ("Ferrolink said the Dunmore relay had \"never transmitted on those bands\".", True),
    ("Ferrolink said the Dunmore relay is being upgraded this winter.", False),  # no denial
    ("Westmark said the Dunmore relay had \"never transmitted on those bands\".", False),  # not the party named
    ("Ferrolink said it had never raised its fares on the night ferry.", False),  # names nothing else the cause does
])
def test_a_cause_named_for_an_event_against_the_named_party_s_denial(answer, answered):
    from build_scripts.disagree import accounts_in, answered_accounts
    account = "The inquiry traces the outages to two masts, including a relay at Dunmore operated by Ferrolink."
    refs = _refs(account, source="ledger") + _refs(answer, source="herald")
    assert _sides(answered_accounts(accounts_in(refs, str), refs, [], str)) == ([[account, answer]] if answered else [])


def test_one_deed_credited_to_different_actors():
    from build_scripts.disagree import credit_disagreements
    haulier = _refs("Harlow Freight said on Monday it would suspend deliveries to the port until the strike ends.",
                    source="wire")
    guild = _refs("On Monday the Carriers Guild announced that its members would suspend deliveries to the port "
                  "until the strike ends.", source="herald")
    found = credit_disagreements(haulier + guild, [], str)
    assert [[x.key for x in side.citations] for d in found for side in d.sides] == [
        [haulier[0].key], [guild[0].key]]
    # one outlet saying both is no disagreement between sources
    assert credit_disagreements(haulier + _refs(guild[0].sentence.text, source="wire"), [], str) == []
    # a sentence naming both actors tells how they relate, not who did it
    both = _refs("The Carriers Guild, whose members include Harlow Freight, said on Monday its members would "
                 "suspend deliveries to the port until the strike ends.", source="herald")
    assert credit_disagreements(haulier + both, [], str) == []
    # without a day in common, two actors may each have done it: only sentences of one point say it was one deed
    undated = _refs("The Carriers Guild announced that its members would suspend deliveries to the port until the "
                    "strike ends.", source="herald")
    assert credit_disagreements(haulier + undated, [], str) == []
    one_point = Claim("c1", haulier[0].sentence.text, (), (haulier[0].citation, undated[0].citation),
                      ("wire-outlet", "herald-outlet"), 0.0, members=(haulier[0].key, undated[0].key))
    assert len(credit_disagreements(haulier + undated, [one_point], str)) == 1
    # a different deed, or too few words of it in common
    other = _refs("On Monday the Carriers Guild said its members would suspend payments to the insurers.",
                  source="herald")
    assert credit_disagreements(haulier + other, [], str) == []
    # a stance is no deed: two bodies condemning one strike do not contradict each other
    condemned = _refs("Harlow Freight on Monday condemned the strike at the north quay of the port.", source="wire") + \
        _refs("The Carriers Guild on Monday condemned the strike at the north quay of the port.", source="herald")
    assert credit_disagreements(condemned, [], str) == []


def _two_firms(text: str) -> str:
    """The editors' entities as canonical() gives them: one token each."""
    return text.replace("Kelso Lines", " entity1 ").replace("Harbour Ferries", " entity2 ")


def test_the_same_figures_said_to_come_from_different_parties():
    from build_scripts.disagree import sayer_disagreements
    kelso = _refs("In February, Kelso Lines said rival operators had used roughly 240 fake bookings to block more "
                  "than 1,600 seats on the night crossings.", source="wire")
    harbour = _refs("Harbour Ferries reported in February that rival operators used some 240 fake bookings to block "
                    "more than 1,600 seats.", source="review") + \
        _refs("Harbour Ferries said about 240 fake bookings had blocked more than 1,600 seats.", source="blog")
    found = sayer_disagreements(kelso + harbour, [], _two_firms)
    assert [[x.key for x in side.citations] for d in found for side in d.sides] == [
        [harbour[0].key, harbour[1].key], [kelso[0].key]]
    # other figures, one figure alike, or a sentence naming both parties: no box
    other = _refs("Harbour Ferries said about 900 fake bookings had blocked more than 1,600 seats.", source="blog")
    one = _refs("Harbour Ferries said about 240 fake bookings had been found.", source="blog")
    both = _refs("Harbour Ferries reported that some 240 fake bookings blocked more than 1,600 seats, and Kelso "
                 "Lines has said the same.", source="review")
    for refs in (other, one, both):
        assert sayer_disagreements(kelso + refs, [], _two_firms) == []


def test_a_correction_of_who_said_it_is_set_against_the_report_it_corrects():
    from build_scripts.disagree import correction_disagreements, detect_disagreements
    first = _refs("In February, Kelso Lines said rival operators had used roughly 240 fake bookings to block more "
                  "than 1,600 seats on the night crossings.", source="wire")
    right = _refs("Harbour Ferries reported in February that rival operators used some 240 fake bookings to block "
                  "more than 1,600 seats, and Kelso Lines has complained of delays.", source="review")
    correction = _refs("CORRECTION: An earlier report incorrectly said that Kelso Lines had disclosed in February that "
                       "rival operators had used about 240 fake bookings to block more than 1,600 seats.",
                       source="wire-later")
    found = correction_disagreements(first + right + correction, [], _two_firms)
    # the right report names the corrected party too, but also another the editors list: it is not the report
    assert [[x.key for x in side.citations] for d in found for side in d.sides] == [[first[0].key],
                                                                                    [correction[0].key]]
    assert found[0].note == "One source corrects what others reported."
    # the report is shown once, beside its correction, not again against the right report
    plain = _refs("Harbour Ferries reported in February that rival operators used some 240 fake bookings to block "
                  "more than 1,600 seats.", source="review")
    assert [d.note for d in detect_disagreements([], first + plain, _two_firms)] == [
        "The sources say different parties gave the same figures."]
    assert [d.note for d in detect_disagreements([], first + plain + correction, _two_firms)] == [found[0].note]


def test_one_document_said_to_come_from_different_bodies():
    from build_scripts.disagree import authorship_disagreements
    office = _refs("A memo issued by the Harbour Planning Office accused the ferry firms of overbooking the night "
                   "crossings.", source="wire") + \
        _refs("The memo, from the Harbour Planning Office, accuses the ferry firms of overbooking.", source="review")
    council = _refs("The trigger was a Maritime Safety Council memo released Thursday that accused the ferry firms "
                    "of overbooking the night crossings.", source="markets")
    found = authorship_disagreements(office + council, [], str)
    assert [[x.key for x in side.citations] for d in found for side in d.sides] == [
        [office[0].key, office[1].key], [council[0].key]]
    # a body and the one it is part of are one author: the office is part of the ministry
    def canonical(text: str) -> str:
        return text.replace("Harbour Planning Office", "entity2 entity1").replace("Transport Ministry", "entity1")
    ministry = _refs("The trigger was a Transport Ministry memo released Thursday that accused the ferry firms of "
                     "overbooking the night crossings.", source="markets")
    assert authorship_disagreements(office + ministry, [], canonical) == []
    assert len(authorship_disagreements(office + council, [], canonical)) == 1
    # the council set against the ministry too says less than against its office: one box, the office's
    wider = _refs("A Transport Ministry memo accused the ferry firms of overbooking the night crossings.",
                  source="radio")
    found = authorship_disagreements(office + council + wider, [], canonical)
    assert [[x.key for x in side.citations] for d in found for side in d.sides] == [
        [office[0].key, office[1].key], [council[0].key]]
    # two memos telling different things are two documents; one outlet naming both authors is not two sources
    other = _refs("A Maritime Safety Council memo in January set out new rules for lifeboat drills.", source="markets")
    assert authorship_disagreements(office + other, [], str) == []
    assert authorship_disagreements(office[:1] + _refs(council[0].sentence.text, source="wire"), [], str) == []
    # "the memo" both name is the one the story is about: fewer shared words will do
    definite = _refs("The memo, issued by the Maritime Safety Council, said the ferry firms overbooked.",
                     source="markets")
    assert len(authorship_disagreements(office + definite, [], str)) == 1
    indefinite = _refs("A Maritime Safety Council memo said the ferry firms overbooked.", source="markets")
    assert authorship_disagreements(office[:1] + indefinite, [], str) == []


def test_a_word_one_source_applies_and_others_dispute():
    from build_scripts.disagree import label_disagreements
    applied = _refs("Running thousands of fake accounts to copy a rival's catalogue is piracy, plain and simple.",
                    source="tribune")
    disputed = _refs("Whether any of this amounts to piracy in the legal sense is far from obvious.", source="review") + \
        _refs("\"To label a normal trading practice as piracy is not a serious attitude.\"", source="daily")
    found = label_disagreements(applied + disputed, [])
    assert [[x.key for x in side.citations] for d in found for side in d.sides] == [
        [applied[0].key], [disputed[0].key, disputed[1].key]]
    assert "\u201cpiracy\u201d" in found[0].note
    # the outlet that applies the word, musing on it, does not dispute itself
    assert label_disagreements(applied + _refs(disputed[0].sentence.text, source="tribune"), []) == []
    # a conditional or a question applies nothing
    for text in ("If copying a public catalogue is piracy, then every shop is guilty.",
                 "Is copying a public catalogue piracy?"):
        assert label_disagreements(_refs(text, source="tribune") + disputed, []) == []


def test_the_claim_a_fact_check_checks_is_no_side_of_a_disagreement():
    from build_scripts.disagree import detect_disagreements
    checked = _refs('Claim 5: "Running fake accounts to copy a rival\'s catalogue is piracy."', source="factline")
    disputed = _refs("Whether any of this amounts to piracy in the legal sense is far from obvious.", source="review")
    applied = _refs("Running thousands of fake accounts to copy a rival's catalogue is piracy, plain and simple.",
                    source="tribune")
    assert detect_disagreements([], checked + disputed, str) == []
    assert len(detect_disagreements([], applied + disputed, str)) == 1


def test_editors_can_say_two_sentences_a_detected_box_sets_apart_do_not_disagree(tmp_path):
    from build_scripts.config import ConfigError
    from build_scripts.pipeline import build
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, outlet, text in (
            ("a.md", "Harbour Times", "Harlow Freight said on Monday it would suspend deliveries to the port "
                                      "until the strike at the ferry terminal ends."),
            ("b.md", "Bay News", "On Monday the Carriers Guild announced that its members would suspend deliveries "
                                 "to the port until the strike at the ferry terminal ends.")):
        write_article(seeds, name, outlet, text, title=f"{outlet} on the strike", date="2031-09-10")
    config = tmp_path / "briefing.yml"
    topics = ("story: {title: Ferry strike, summary: The strike.}\ntopics:\n"
              "  - {id: strike, title: The strike, cues: [strike, deliveries, port]}\n")
    config.write_text(topics, encoding="utf-8")
    first = build(seeds, config, None)
    [box] = [d for t in first.briefing.topics for d in t.disagreements]
    assert box.detected and "different actors" in box.note
    keys = [side.citations[0].key for side in box.sides]
    # the review page gives each detected box's sentence ids, side by side, to copy
    review = first.pages["review/index.md"]
    listed = review[review.index("Disagreements detected"):]
    assert all(f"Side {n}: {key.replace('#', '&#35;')}" in listed for n, key in enumerate(keys, 1))
    config.write_text(topics + f"overrides:\n  agree:\n    - [\"{keys[0]}\", \"{keys[1]}\"]\n", encoding="utf-8")
    result = build(seeds, config, None)
    assert [d for t in result.briefing.topics for d in t.disagreements] == []
    assert not result.briefing.problems  # both ids name sentences
    # one sentence alone is no pair
    config.write_text(topics + f"overrides:\n  agree:\n    - [\"{keys[0]}\"]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="agree"):
        build(seeds, config, None)
