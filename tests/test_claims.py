"""Claims: the same report from several outlets is one point, cited by every sentence that states it and
by nothing else; figures that differ, denials and details stay points of their own."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from build_scripts.claims import (Candidate, _candidate_cores, _choose, _Core, _Corpus, _keep_every_sentence, _representative,
                                  _shown_with, _stating_what_it_says, _worth_a_point, build_claims)
from build_scripts.describe import background_terms, text_features as describe_text
from build_scripts.entities import EntityMatcher
from build_scripts.model import Entity
from build_scripts.pipeline import build
from build_scripts.textutil import content_stems, quantities_in
from build_scripts.vocabulary import polarity_of
from conftest import FIXTURES, build_fixture, write_article

CONFIG = """\
story: {title: Bridge, summary: The bridge story.}
topics:
  - id: closure
    title: The closure
    question: Why was the bridge closed, and what will it cost?
    cues: [closed, cracks, repairs]
  - id: blame
    title: Who is to blame
    question: Who says what caused the damage?
    cues: [denied, blamed, caused]
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_fixture(FIXTURES / "bridge", CONFIG, tmp_path_factory.mktemp("bridge"))


@pytest.fixture(scope="module")
def claims(built):
    return {c.id: c for t in built.briefing.topics for c in t.claims}


def point(claims, words: str):
    found = [c for c in claims.values() if words in c.text]
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def cited(claim) -> set[str]:
    return {c.quote for c in claim.citations}


def test_being_to_blame_is_not_answering():
    # the stemmer cuts "responsible" to the stem of "response"; a memo not saying who was responsible is not
    # a firm that did not respond
    assert not content_stems("say who was responsible") & content_stems("did not respond to the response")
    assert content_stems("the firm's responsibility") == content_stems("the firm was responsible")


def test_the_same_report_in_other_words_is_one_point_counted_by_outlet(claims):
    closure = [c for c in claims.values() if "closed" in c.text and "Marlow" in c.text]
    assert len(closure) == 1
    # four sentences from four articles by three outlets: the follow-up by the same outlet counts once
    assert len(closure[0].citations) == 4
    assert closure[0].outlets == ("county-herald", "river-post", "valley-news")


def test_the_point_states_the_core_not_the_longest_version(claims):
    closure = point(claims, "Marlow Bridge after")
    assert "because" not in closure.text and "discovered" not in closure.text


def test_different_figures_are_different_points(claims):
    four, seven = point(claims, "about 4 million"), point(claims, "7 million")
    assert not any("7 million" in q for q in cited(four))
    assert cited(seven) == {"Repairs will cost 7 million dollars, a councillor told the Herald."}


@pytest.mark.parametrize("words, digits", [
    ("a shade over twenty-four thousand fake accounts", "more than 24,000 fake accounts"),
    ("sixteen million exchanges", "16 million exchanges"),
    ("one hundred and twenty engineers", "120 engineers"),
])
def test_a_figure_written_in_words_is_the_same_figure_as_in_digits(words, digits):
    matcher = EntityMatcher(())
    assert describe_text(words, matcher).figures == describe_text(digits, matcher).figures != frozenset()


def test_figures_in_words_that_differ_are_different_figures():
    matcher = EntityMatcher(())
    twenty_four = describe_text("twenty-four thousand fake accounts", matcher).figures
    assert twenty_four.isdisjoint(describe_text("thirty thousand fake accounts", matcher).figures)
    assert describe_text("the three firms and two agencies", matcher).figures == frozenset()  # counting in passing


def test_a_denial_never_cites_the_claim_it_denies_and_vice_versa(claims):
    denial = point(claims, "denied")
    assert cited(denial) == {denial.text}
    assert not any("denied" in q for c in claims.values() if c is not denial for q in cited(c))


def test_a_detail_only_one_outlet_adds_is_its_own_point_with_its_own_source(claims):
    welds = point(claims, "welds")
    assert cited(welds) == {welds.text} and len(welds.outlets) == 1


def test_meta_talk_about_the_article_is_never_a_point_and_the_review_page_says_why(claims, built):
    assert not any("This article" in c.text for c in claims.values())
    groups = built.pages["review/index.md"].split("\n### ")
    meta = next(g for g in groups if g.startswith("meta-talk about the article"))
    assert "This article explores what the closure means" in meta.split("\n## ")[0]


def test_an_answer_opening_with_no_negates_nothing_in_the_sentence():
    assert polarity_of("No, the ministry said the claims were groundless.") == (True, False)
    assert polarity_of("Yes, the drug is banned at all times.") == (False, False)
    assert polarity_of("No evidence was offered for the claim.") == (False, True)


def test_the_absence_of_a_denial_is_no_denial():
    # "the absence of a public rebuttal" reports that nobody rebutted: it never cites a point that the ministry denied
    assert polarity_of("The absence of a public rebuttal from the ferry ministry has deepened doubts.") == (True, True)
    assert polarity_of("The ferry ministry issued a public rebuttal on Monday.") == (True, False)


def test_if_not_concedes_and_negates_nothing():
    # "with the tolerance, if not the direction, of the ministry" says the ministry tolerated it
    assert polarity_of('The scheme ran with the tolerance, "if not the direction," of the ministry.') == (False, False)
    assert polarity_of("The scheme did not run with the ministry's tolerance.") == (False, True)



def test_a_quoted_title_is_a_name_and_states_nothing(tmp_path):
    # a hearing titled "Kelso Board Closed the Terminal" does not report that the board closed it
    claims = build_articles(tmp_path, {
        "a-bay-times.md": "Fish prices rose by a fifth at the market.\n\n"
                          "The harbour board closed the Kelso ferry terminal on Monday, officials said.",
        "b-coast-news.md": "Ferries now sail from Marrow Quay to the islands.\n\n"
                           "The harbour board closed the Kelso ferry terminal on Monday after divers found cracks.",
        "c-port-daily.md": "The operators want compensation for every sailing lost.\n\n"
                           "Traders met at a hearing titled \"Harbour Board Closed the Kelso Ferry Terminal\" on Monday.",
    })
    closure = [c for c in claims if "closed the Kelso ferry terminal on Monday" in c.text]
    assert len(closure) == 1
    assert {c.quote for c in closure[0].citations} == {
        "The harbour board closed the Kelso ferry terminal on Monday, officials said.",
        "The harbour board closed the Kelso ferry terminal on Monday after divers found cracks."}

HARBOUR = {
    "a-bay-times.md": "Days after the harbour board closed the Kelso ferry terminal, traders waited.\n\n"
                      "Fish prices at the Kelso market rose by a fifth over the weekend, stallholders said.",
    "b-coast-news.md": "The harbour board closed the Kelso ferry terminal on Monday after divers found corroded piles.\n\n"
                       "Repairs to the piles will take until the spring, the board's engineer said.",
    "c-port-daily.md": "The harbour board has closed the Kelso ferry terminal, citing corroded piles, officials said.\n\n"
                       "Ferries to the islands now sail from Marrow Quay, twenty miles to the south.",
    "d-tide-weekly.md": "The harbour board closed the Kelso ferry terminal, sharpening a row with the ferry operators.\n\n"
                        "The operators want compensation for every sailing lost while the terminal is shut.",
}


def build_articles(tmp_path, articles: dict[str, str], published: dict[str, str] | None = None):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        outlet = name[2:-3].replace("-", " ").title()
        write_article(seeds, name, outlet, text, title=f"{outlet} on the terminal",
                      date=(published or {}).get(name, ""))
    config = tmp_path / "briefing.yml"
    config.write_text(CONFIG + "entities:\n" + "".join(
        f"  - {{name: {n}, kind: organisation}}\n" for n in ("Kelso Ferries", "Bay Lines", "Isle Shipping")),
        encoding="utf-8")
    return [c for t in build(seeds, config, None).briefing.topics for c in t.claims]


def test_a_point_states_its_claim_in_its_main_clause_not_in_background(tmp_path):
    claims = build_articles(tmp_path, HARBOUR)
    closure = max(claims, key=lambda c: len(c.outlets))
    assert len(closure.outlets) >= 3
    assert not closure.text.startswith("Days after"), closure.text


def alike(n: int) -> np.ndarray:
    """n sentence vectors of the same meaning, for tests about words alone."""
    return np.full((n, 4), 0.5, dtype=np.float32)


def candidate(n: int, outlet: str, terms: set[str]) -> Candidate:
    return Candidate(f"s{n}#1", f"s{n}", "p-1", "p-1.s1", outlet, f"Sentence {n}.", "", frozenset(terms),
                     frozenset(terms), frozenset(), frozenset(), False, False, 0.0)


def test_sentences_that_only_name_the_same_firms_do_not_state_what_is_said_of_them():
    firms = {"entity1", "entity2", "entity3"}
    candidates = [candidate(0, "a", firms | {"respond"}), candidate(1, "b", firms | {"fine", "overload"}),
                  candidate(2, "c", firms | {"skip", "drill"}), candidate(3, "d", {"respond", "comment", "mayor"}),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(4, 12))]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    silent = _Core(frozenset(firms | {"respond"}), frozenset(), (0,), False)
    assert corpus.stating(silent) == [0]


def test_a_point_is_worded_from_a_news_report_rather_than_an_opinion_piece_that_says_the_same():
    core_terms = {"board", "close", "terminal", "kelso"}
    candidates = [replace(candidate(0, "a", core_terms), opinion=True),
                  candidate(1, "b", core_terms | {"monday"}),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(2, 10))]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    core = _Core(frozenset(core_terms), frozenset(), (0, 1), False)
    assert _representative(core, corpus.stating(core), corpus) == 1


def test_the_writers_own_view_cites_what_it_also_reports_but_is_never_the_point():
    # "Strand's bill would make it a crime, and I hope it passes" states the bill a report states;
    # "I think the board will close the terminal" alone makes no point
    bill = {"strand", "bill", "crime", "breed"}
    view = {"board", "close", "terminal", "think"}
    candidates = [replace(candidate(0, "op-ed", bill | {"hope", "pass"}), cites_only=True),
                  candidate(1, "wire", bill | {"thursday"}),
                  replace(candidate(2, "op-ed", view), cites_only=True),
                  replace(candidate(3, "blog", view), cites_only=True),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(4, 12))]
    claims = build_claims(candidates, alike(len(candidates)))
    with_bill = [members for claim, members in claims if 1 in members]
    assert len(with_bill) == 1 and with_bill[0][0] == 1 and 0 in with_bill[0]
    assert not any(members[0] in (0, 2, 3) for _, members in claims)


@pytest.mark.parametrize("text, aside", [
    ("The crews relied on proxy accounts, because the labs do not sell access in Varnland.", True),
    ("The board says Kelso tolerated it, though the memo does not name any firm.", True),
    ("The memo does not name any firm, though it blames the Kelso board.", False),
    ("Reports put the count at 30,000 accounts, but no official figure has been published.", False),
])
def test_a_not_only_in_a_trailing_reason_or_concession_is_told_apart(text, aside):
    features = describe_text(text, EntityMatcher(()))
    assert features.negated is True and features.negation_aside is aside


def test_a_sentence_whose_not_is_only_in_its_reason_cites_the_plain_claim_and_keeps_its_own():
    # "The crews relied on proxy accounts" (two outlets) and "The crews relied on proxy accounts,
    # because the labs do not sell in Varnland": the second states the first, and adds what is not so
    plain = {"crew", "reli", "proxi", "account"}
    reason = {"lab", "sell", "varnland"}
    candidates = [candidate(0, "a", plain), candidate(1, "b", plain | {"monday"}),
                  replace(candidate(2, "c", plain | reason), negated=True, negation_aside=True,
                          specific=frozenset(plain | reason)),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(3, 11))]
    claims = build_claims(candidates, alike(len(candidates)))
    with_plain = [members for _, members in claims if 0 in members]
    assert len(with_plain) == 1 and 2 in with_plain[0] and with_plain[0][0] != 2
    assert any(members[0] == 2 for _, members in claims)  # what is not so stays a point of its own


def test_background_clauses_are_told_from_the_main_clause_and_from_attribution():
    matcher = EntityMatcher(())
    assert "accus" in background_terms("A week after the board accused the ferry firm, the terminal stays shut.", matcher)
    assert "summit" in background_terms("The board shut the terminal, souring talks before the summit.", matcher)
    assert background_terms("The board shut the terminal on Monday, according to harbour officials.", matcher) == frozenset()
    assert "accus" in background_terms("The board shut the terminal over accusations that it was unsafe.", matcher)
    # "though," is an aside of the main clause, not a subordinate clause: the reason it gives is stated
    assert background_terms("Buoys are no cure, though, because storms can drag them off station.", matcher) \
        == frozenset()
    # what a trailing description says of the claim ("\u2014a move that could ...") is not its detail
    assert {"redefin", "futur"} <= background_terms(
        "The board closed the terminal\u2014a move that could redefine the future of island travel.", matcher)
    # an opening phrase before the comma is not a thing a description describes: the rest is the main clause
    assert background_terms("Separately, a group of councillors introduced a bill to license every ferry.",
                            matcher) == frozenset()
    assert background_terms("In a refit, a large engine is used to drive a smaller propeller.", matcher) == frozenset()
    # a list of what was done, not a participle commenting on it: every item is what the sentence reports
    assert background_terms("The operators responded by cutting sailings, raising fares for tourists "
                            "and closing the night terminal.", matcher) == frozenset()


DENIED = {
    "a-bay-times.md": "The harbour board has accused Kelso Ferries of skipping safety drills on the island route.\n\n"
                      "Kelso Ferries rejected the accusations in a statement on Tuesday.",
    "b-coast-news.md": "The harbour board accused Kelso Ferries of skipping safety drills, a charge the firm denies.\n\n"
                       "Kelso Ferries called the accusations groundless in a statement on Tuesday.",
    "c-port-daily.md": "Kelso Ferries dismissed the accusations as slander in a statement on Tuesday.\n\n"
                       "The harbour board accused Kelso Ferries of skipping safety drills, officials said.",
}


def test_a_short_denial_never_swallows_the_accusation_it_denies(tmp_path):
    claims = build_articles(tmp_path, DENIED)
    accusing = [c for c in claims if any("skipping safety drills" in q.quote for q in c.citations)]
    assert len(accusing) == 1, [c.text for c in accusing]
    # every outlet's accusation cites it, including the one ending "a charge the firm denies"
    assert len(accusing[0].outlets) == 3, accusing[0].outlets
    assert not any("groundless" in q.quote or "rejected" in q.quote for q in accusing[0].citations)
    denial = [c for c in claims if any("groundless" in q.quote for q in c.citations)]
    assert denial and not any("skipping" in q.quote for q in denial[0].citations)


def test_a_trailing_description_does_not_make_an_accusation_a_denial():
    assert polarity_of("The board accused the firm of skipping drills, a charge the firm denies.")[0] is False
    assert polarity_of("The firm rejected the accusations, which it called baseless.")[0] is True


def test_a_contrast_is_no_negation_and_an_absence_is_one():
    assert polarity_of("The chairman said it was the fees, not the storms, that emptied the ferries.")[1] is False
    assert polarity_of("The board's case is not just about rust but about the budget.")[1] is False
    assert polarity_of("The board did not name any operator.")[1] is True
    assert polarity_of("The absence of a rebuttal from the operators has deepened doubts.") == (True, True)


@pytest.mark.parametrize("text, polarity", [
    ("The board dismissed the report as a smear with no basis in fact.", (True, False)),
    ("The minister rejected the claims and said the inspectors had offered no evidence.", (True, False)),
    ("The board has not denied the report.", (True, True)),
    ("The operators did not dismiss the findings.", (True, True)),
])
def test_a_denial_worded_with_no_is_a_plain_denial_but_a_denial_that_is_negated_is_not(text, polarity):
    assert polarity_of(text) == polarity


def test_a_sentence_that_says_not_or_an_absence_does_not_state_a_plain_claim():
    rebuttal = {"kelso", "ferri", "rebut", "board"}
    candidates = [replace(candidate(0, "a", rebuttal | {"monday"}), denies=True),
                  replace(candidate(1, "b", rebuttal | {"tuesday"}), denies=True),
                  replace(candidate(2, "c", rebuttal | {"doubt"}), denies=True, negated=True),  # "the absence of"
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(3, 12))]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    assert corpus.stating(_Core(frozenset(rebuttal), frozenset(), (0, 1), True)) == [0, 1]


def test_an_accusation_is_worth_a_point_even_when_a_denial_of_it_was_taken_first():
    denial_terms, accusation_terms = {"kelso", "accus", "deni"}, {"kelso", "accus", "board", "skip", "drill"}
    candidates = [replace(candidate(n, f"d{n}", denial_terms), denies=True) for n in range(5)]
    candidates += [candidate(n, f"a{n}", accusation_terms | {f"day{n}"}) for n in range(5, 10)]
    # denials are common in this coverage, so the accusation carries most of the denial's weight
    candidates += [replace(candidate(n, "e", {f"word{n}", "deni"}), denies=True) for n in range(10, 20)]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    denial = _Core(frozenset(denial_terms), frozenset(), (0, 1), True)
    accusation = _Core(frozenset(accusation_terms), frozenset(), (5, 6), False)
    assert _worth_a_point(accusation, [denial], corpus)


def test_a_sentence_that_also_says_what_is_not_so_is_no_repeat_of_the_point_it_cannot_cite():
    # "The memo says the state tolerated it" is a point; "The memo says the state tolerated it, though
    # the memo names no company" cannot cite it (it says "not") and must not vanish as its repeat
    said = {"memo", "state", "toler", "activ"}
    candidates = [candidate(0, "a", said), replace(candidate(1, "b", said | {"name", "compani"}), negated=True),
                  *(candidate(n, "e", {f"word{n}", "name", "compani", "harbour"}) for n in range(2, 12))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    point = _Core(frozenset(said), frozenset(), (0,), False)
    caveat = _Core(candidates[1].terms, frozenset(), (1,), False, negated=True)
    assert 1 not in corpus.stating(point)
    assert _worth_a_point(caveat, [point], corpus)


def test_a_sentence_that_says_not_shares_no_claim_with_one_that_says_so():
    # "Commerce is reviewing firms for the Entity List" / "Commerce has not announced any Entity List additions"
    said = {"commerc", "entiti", "list", "addit"}
    candidates = [candidate(0, "a", said | {"review", "firm"}), replace(candidate(1, "b", said | {"announc"}), negated=True),
                  candidate(2, "c", said | {"review", "sever"}),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(3, 13))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    origins = {core.origin for core in _candidate_cores(corpus)}
    assert (0, 2) in origins  # the two that say so share a claim
    assert not any(1 in origin and len(origin) == 2 for origin in origins)


def test_a_core_worded_like_one_a_point_already_states_is_a_repeat_of_that_point():
    base = {"kelso", "board", "termin"}
    candidates = [candidate(0, "o0", base | {"close", "pile", "monday"}),
                  candidate(1, "o1", base | {"close", "pile", "tuesday"}),
                  replace(candidate(2, "o2", base | {"close", "pile", "rust"}), quality=1.0),
                  candidate(3, "o3", base | {"rust", "pile", "hull"}),
                  # the same report, with a description clause: "...\u2014a move that could redefine the future"
                  replace(candidate(4, "o4", base | {"rust", "pile", "hull", "futur", "redefin"}),
                          background=frozenset({"futur", "redefin"})),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(5, 15))]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    closed = _Core(frozenset(base | {"close", "pile"}), frozenset(), (0, 1), False)
    rusted = _Core(frozenset(base | {"rust", "pile"}), frozenset(), (2, 3), False)  # said by the same sentence
    hull = _Core(candidates[4].terms, frozenset(), (4,), False)
    points = _choose([closed, rusted, hull], corpus)
    # "rust" and "hull" are a detail next to the first core, but not next to the second one the point
    # states, and what the description adds is no detail: one point, cited by all five outlets
    assert [(rep, stating) for _, rep, stating in points] == [(2, [0, 1, 2, 3, 4])]


def test_two_wordings_the_same_sentences_state_are_one_point_but_a_detail_stays_its_own():
    # five outlets say "Kelso copied the terminal ... and stole the hull piles", one says only the first,
    # one only the second: whatever the words have in common, the coverage says them together, so they
    # are one report; three of the outlets add where it happened, a detail of its own
    copied, stole, where = {"kelso", "copi", "termin"}, {"kelso", "steal", "hull", "pile"}, {"dredg", "quay"}
    both = [copied | stole | (where if n < 3 else set()) for n in range(5)]
    candidates = [replace(candidate(n, f"o{n}", terms | {f"day{n}"}), specific=frozenset(copied | stole | where))
                  for n, terms in enumerate([*both, copied, stole])]
    candidates += [candidate(n, "e", {f"word{n}", "harbour"}) for n in range(7, 27)]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    first = _Core(frozenset(copied), frozenset(), (5,), False)
    second = _Core(frozenset(stole), frozenset(), (6,), False)
    detail = _Core(frozenset(copied | where), frozenset(), (0, 1), False)
    points = _choose([first, second, detail], corpus)
    assert sorted(stating for _, _, stating in points) == [[0, 1, 2], [0, 1, 2, 3, 4, 5, 6]]


def test_a_many_word_synonym_compares_as_its_short_form():
    matcher = EntityMatcher(())
    from build_scripts.describe import claim_terms
    assert claim_terms("The lab trained an artificial intelligence model.", matcher.canonicalize) == \
        claim_terms("The lab trained an AI model.", matcher.canonicalize)


@pytest.mark.parametrize("said, plain", [
    ("He added that the ministry will take necessary measures.", "The ministry will take necessary measures."),
    ("The ministry will take necessary measures, she noted.", "The ministry will take necessary measures."),
    ("The envoy told reporters the ministry will take necessary measures.",
     "The envoy said the ministry will take necessary measures."),
])
def test_a_verb_that_only_says_who_speaks_is_no_part_of_the_claim(said, plain):
    matcher = EntityMatcher(())
    assert describe_text(said, matcher).terms == describe_text(plain, matcher).terms


def test_adding_to_a_list_is_part_of_the_claim():
    terms = describe_text("Commerce added five firms to the Entity List.", EntityMatcher(())).terms
    assert "ad" in terms or "add" in terms


def test_a_sentence_stating_a_point_is_cited_by_it_rather_than_by_nothing():
    # "The board closed the ferry crossing" in four wordings, the first with a detail of its own
    core = {"board", "close", "ferri", "cross"}
    candidates = [candidate(0, "o0", core | {"kelso", "pier"}), candidate(1, "o1", core | {"night"}),
                  candidate(2, "o2", core | {"fare"}), candidate(3, "o3", core | {"fare", "rise"}),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(4, 12))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    # point 0 states types 0-2 but only 0 carries its sentence's detail; point 1 already cites type 2
    assert _keep_every_sentence([[0], [2, 3]], [[0, 1, 2], [2, 3]], [0, 2], corpus) == [[0, 1], [2, 3]]


def test_items_of_one_list_never_cite_each_other():
    # "Options include: - fare caps for residents - fare caps for commuters": the writer lists two things
    shared = {"fare", "cap", "ferri", "resid"}
    listed = [replace(candidate(n, "a", shared | {f"word{n}"}), specific=frozenset(shared),
                      list_key="s0#Options include:") for n in range(2)]
    other = candidate(2, "b", shared)
    corpus = _Corpus([*listed, other], alike(3), frozenset())
    core = _Core(frozenset(shared), frozenset(), (0, 2), False)
    assert _stating_what_it_says(core, 0, [0, 1, 2], corpus) == [0, 2]
    assert _keep_every_sentence([[0, 2]], [[0, 1, 2]], [0], corpus) == [[0, 2]]


def test_a_sentence_with_the_points_words_but_another_meaning_does_not_cite_it():
    # "The board says Kelso copied its terminal design" / "Copying a rival's timetable is how ferry
    # firms learn": the same words, another subject
    shared = {"kelso", "copi", "termin"}
    candidates = [replace(candidate(n, f"o{n}", shared | {f"word{n}"}), specific=frozenset(shared)) for n in range(3)]
    vectors = np.array([[1, 0], [0.9, 0.436], [0, 1]], dtype=np.float32)  # 1 is alike to 0, 2 is not
    corpus = _Corpus(candidates, vectors, frozenset())
    core = _Core(frozenset(shared), frozenset(), (0, 1), False)
    assert _stating_what_it_says(core, 0, [0, 1, 2], corpus) == [0, 1]
    assert _keep_every_sentence([[0, 1]], [[0, 1, 2]], [0], corpus) == [[0, 1]]


def test_a_sentence_carrying_only_the_commonest_words_of_the_point_does_not_cite_it():
    # the core "ferry boats large" is in nearly every sentence of the coverage; the point's sentence says
    # much more ("every operator runs faster, cheaper versions of its own large ferry boats"); a sentence
    # about the harbour's new crane shares only the core
    common = {"ferri", "boat", "larg"}
    said = common | {"everi", "oper", "run", "faster", "cheaper", "version"}
    candidates = [candidate(0, "a", said), candidate(1, "b", said | {"routin"}),
                  candidate(2, "c", common | {"harbour", "crane"}),
                  *(candidate(n, "e", common | {f"word{n}"}) for n in range(3, 12))]
    # everyday words, none of them a specific detail a citation would have to carry
    candidates = [replace(c, specific=frozenset()) for c in candidates]
    # 0 and 1 are one wording; the crane sentence is somewhat alike in meaning, not a paraphrase
    pair = _with_cosine(len(candidates) - 1, 0.45)
    corpus = _Corpus(candidates, np.vstack([pair[:1], pair[:1], pair[1:]]), frozenset())
    core = _Core(frozenset(common), frozenset(), (0, 2), False)
    assert _stating_what_it_says(core, 0, [0, 1, 2], corpus) == [0, 1]
    # nor when no other point would cite it: the fallback for sentences left uncited asks the same
    assert _keep_every_sentence([[0, 1]], [[0, 1, 2]], [0], corpus) == [[0, 1]]


@pytest.mark.parametrize("voice, cites", [
    ((), True),  # it names nobody as saying it
    ((3, 1, 0), True),  # the ministry's spokesman: the ministry speaks
    ((0,), True),  # the government, which the ministry is part of
    ((2, 0), False),  # the embassy: another voice of the same government
])
def test_a_sentence_that_another_speaker_says_does_not_cite_the_point(voice, cites):
    # "The ministry (1, part of the government 0) called the charge slander" and the same words from
    # the embassy (2, part of 0) or from the ministry's spokesman (3, part of 1)
    said = {"entity0", "charg", "slander", "call"}
    candidates = [replace(candidate(0, "a", said), voices=((1, 0),)),
                  replace(candidate(1, "b", said | {"monday"}), voices=((1, 0),)),
                  replace(candidate(2, "c", said | {"groundless"}), voices=(voice,) if voice else ()),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(3, 12))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    core = _Core(frozenset(said), frozenset(), (0, 2), False)
    assert (2 in _stating_what_it_says(core, 0, corpus.stating(core), corpus)) is cites


def test_who_says_it_is_found_with_what_it_is_part_of_and_not_who_is_said_to_act():
    entities = (Entity("Harbour Board", "organisation", ()), Entity("Kelso Ferries", "organisation", ()),
                Entity("Mara Lind", "person", (), part_of="Harbour Board"))
    matcher = EntityMatcher(entities)
    assert describe_text("Board spokeswoman Mara Lind said the fine was fair.", matcher).voices == ((2, 0),)
    # the board says what Kelso Ferries did: Kelso Ferries acts, it does not speak
    assert describe_text("The fine came from the Harbour Board, which said Kelso Ferries skipped drills.",
                         matcher).voices == ((0,),)
    assert describe_text("Kelso Ferries skipped safety drills in March.", matcher).voices == ()


def test_a_point_is_not_worded_by_a_sentence_that_also_reports_its_denial():
    # "The board closed the terminal, a reason the operators rejected": under that wording, the
    # citations of outlets that report only the closure would promise a rejection they never report.
    core_terms = {"board", "close", "terminal", "kelso"}
    candidates = [replace(candidate(0, "a", core_terms | {"reason"}), denial_aside=True),
                  candidate(1, "b", core_terms | {"monday", "pier"}),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(2, 10))]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    core = _Core(frozenset(core_terms), frozenset(), (0, 1), False)
    assert _representative(core, corpus.stating(core), corpus) == 1
    assert _representative(core, corpus.stating(core), without_denial_asides(corpus)) == 0


def test_a_point_is_not_worded_by_a_sentence_that_has_its_claim_only_in_the_background():
    # "A week after the board closed the Kelso terminal, traders remain angry" names the closure only as
    # background: it must not word the point, even though its citations would keep every outlet
    core_terms = {"board", "close", "terminal", "kelso"}
    candidates = [replace(candidate(0, "a", core_terms | {"remain"}), specific=frozenset(core_terms),
                          background=frozenset(core_terms)),
                  candidate(1, "b", core_terms | {"monday"}),
                  candidate(2, "c", core_terms | {"pier"}),
                  *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(3, 11))]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    core = _Core(frozenset(core_terms), frozenset(), (0, 1, 2), False)
    assert corpus.stating(core) == [0, 1, 2]
    assert _representative(core, corpus.stating(core), corpus) in (1, 2)


def without_denial_asides(corpus: _Corpus) -> _Corpus:
    """The same sentences with no denial in an aside: then the shorter wording is the point's sentence."""
    plain = [replace(c, denial_aside=False) for c in corpus.candidates]
    return _Corpus(plain, np.eye(len(plain), dtype=np.float32), frozenset())


def test_an_accusation_that_reports_its_denial_in_an_aside_is_flagged():
    matcher = EntityMatcher(())
    flagged = describe_text("The board closed the terminal, a reason the operators rejected as false.", matcher)
    assert flagged.denial_aside is True and flagged.denies is False  # still an accusation: its main clause denies nothing
    assert describe_text("The operators rejected the reason given, calling it false.", matcher).denial_aside is False
    assert describe_text("The board closed the terminal, a move that angered traders.", matcher).denial_aside is False


def test_a_points_sentence_adds_few_words_to_its_core_however_common_they_are():
    # "The board accused the firm of copying designs, by distilling outputs through fake accounts": four
    # words every article uses, but four claims more than "The board accused the firm ..., and it hit back"
    core_terms = {"board", "accus", "firm", "copi", "design"}
    common = {"distil", "output", "fake", "account"}
    padded = replace(candidate(0, "a", core_terms | common), specific=frozenset(core_terms))
    plain = replace(candidate(1, "b", core_terms | {"back"}), specific=frozenset(core_terms))
    candidates = [padded, plain, *(candidate(n, "e", common | {f"word{n}"}) for n in range(2, 32))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    core = _Core(frozenset(core_terms), frozenset(), (0, 1), False)
    assert _representative(core, corpus.stating(core), corpus) == 1


def test_a_sentence_never_cites_a_point_whose_figure_it_does_not_give():
    # "about 1,500 flights, up from 1,200" (the point) and "more than 1,200 flights" (only the core)
    core_terms = {"regul", "flight", "disrupt", "strait"}
    point = replace(candidate(0, "a", core_terms | {"monday", "estim"}), figures=frozenset({"1500", "1200"}))
    older = replace(candidate(1, "b", core_terms | {"commerci", "tuesday"}), figures=frozenset({"1200"}))
    candidates = [point, older, *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(2, 12))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    kept = _keep_every_sentence([[0]], [[0, 1]], [0], corpus)
    assert kept == [[0]]


def test_a_points_sentence_carries_no_figure_its_core_lacks():
    # "The board accused the firm of copying designs, costing 1,200 jobs" words the point only if no other
    # sentence states the bare accusation: its figure would leave every sentence without it uncited
    core_terms = {"board", "accus", "firm", "copi", "design"}
    with_figure = replace(candidate(0, "a", core_terms | {"job", "cost"}), figures=frozenset({"1200"}), quality=1.0)
    plain = candidate(1, "b", core_terms | {"month"})
    candidates = [with_figure, plain, *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(2, 12))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    core = _Core(frozenset(core_terms), frozenset(), (0, 1), False)
    assert _representative(core, corpus.stating(core), corpus) == 1


def _with_cosine(n: int, cosine: float) -> np.ndarray:
    """n unit vectors: the first two this alike, every other one unlike all."""
    vectors = np.zeros((n, n + 1), dtype=np.float32)
    vectors[0, 0] = 1.0
    vectors[1, 0], vectors[1, 1] = cosine, (1 - cosine ** 2) ** 0.5
    for i in range(2, n):
        vectors[i, i + 1] = 1.0
    return vectors


TALLY = {"tallii", "scheme", "fictiti", "custom", "ident"}
LEDE = TALLY | {"accus", "neighbour", "deliber", "jam", "spoof", "satellit", "navig", "signal", "strait"}


@pytest.mark.parametrize("figures, counts, cosine, words, one_point", [
    # "above 24,000 fake accounts" / "a shade over twenty-four thousand fictitious identities"
    ({"24000"}, {"24000"}, 0.3, TALLY, True),
    ({"24000"}, {"24000"}, 0.1, TALLY, False),  # the same count of something else
    ({"21"}, set(), 0.3, TALLY, False),  # "on April 21": a date says when, not what
    ({"24000"}, {"24000"}, 0.3, LEDE, False),  # a lede that says much more besides the count
])
def test_two_outlets_giving_the_same_count_in_other_words_are_one_point(figures, counts, cosine, words, one_point):
    memo = replace(candidate(0, "a", {"memo", "number", "fake", "account"}), figures=frozenset(figures),
                   quantities=frozenset(counts))
    tally = replace(candidate(1, "b", words), figures=frozenset(figures), quantities=frozenset(counts))
    candidates = [memo, tally, *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(2, 12))]
    points = build_claims(candidates, _with_cosine(len(candidates), cosine))
    together = [members for _, members in points if {0, 1} <= set(members)]
    assert bool(together) == one_point


@pytest.mark.parametrize("text, counts", [
    ("A shade over twenty-four thousand fictitious identities ran up 16 million exchanges.", {"24000", "16000000"}),
    ("The memo gives Commerce 90 days, and tests matched more than 98 percent of markers.", {"90", "98"}),
    ("On April 21, 2026, the 41st brigade tested the V4 model and an F-35.", set()),
    ("The three firms hired 3 lawyers.", set()),
    # a version or a section number counts nothing (and once stopped the build)
    ("The changelog is 14,000 words long: wait for 4.0.1, or read section 3.2.1.", {"14000"}),
])
def test_counts_are_told_from_dates_ordinals_names_and_small_numbers(text, counts):
    assert quantities_in(text) == counts


@pytest.mark.parametrize("cosine, second_outlets, one_point", [
    (0.6, ("c", "d"), True),  # two wordings, each several outlets', this alike: one report
    (0.6, ("c", "c"), False),  # a single outlet's wording needs the closer match of a paraphrase
    (0.4, ("c", "d"), False),  # corroborated, but not alike enough
])
def test_two_corroborated_wordings_alike_in_meaning_are_one_point(cosine, second_outlets, one_point):
    # "the ministry called the charges baseless slander" (two outlets) / "Beijing dismissed the accusations
    # as groundless smears" (two more): hardly a word in common
    first = {"entity1", "ministri", "call", "charg", "baseless", "slander"}
    second = {"entity1", "dismiss", "accus", "groundless", "smear"}
    candidates = [candidate(0, "a", first), candidate(1, "b", first), candidate(2, second_outlets[0], second),
                  candidate(3, second_outlets[1], second), *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(4, 12))]
    pair = _with_cosine(len(candidates) - 2, cosine)
    vectors = np.vstack([pair[:1], pair[:1], pair[1:2], pair[1:2], pair[2:]])
    points = build_claims(candidates, vectors)
    together = [members for _, members in points if {0, 1, 2, 3} <= set(members)]
    assert bool(together) == one_point


def test_a_sentence_that_dates_nothing_states_a_dated_report_but_one_with_another_date_does_not():
    said = {"agency", "accuse", "federation", "dope", "rower"}
    dated = replace(candidate(0, "a", said | {"april"}), figures=frozenset({"22"}), dates=frozenset({"22"}))
    undated = candidate(1, "b", said)
    other_day = replace(candidate(2, "c", said | {"april"}), figures=frozenset({"23"}), dates=frozenset({"23"}))
    counted = replace(candidate(3, "d", said | {"camp"}), figures=frozenset({"41"}), quantities=frozenset({"41"}))
    candidates = [dated, undated, other_day, counted, *(candidate(n, "f", {f"word{n}", "harbour"}) for n in range(4, 12))]
    corpus = _Corpus(candidates, np.eye(len(candidates), dtype=np.float32), frozenset())
    on_the_day = _Core(frozenset(said | {"april"}), frozenset({"22"}), (0,), False, dates=frozenset({"22"}))
    assert corpus.stating(on_the_day) == [0, 1, 3]  # "on April 23" is another report
    of_41 = _Core(frozenset(said | {"camp"}), frozenset({"41"}), (3,), False)
    assert corpus.stating(of_41) == [3]  # a count is no date: a sentence without it does not state it


def test_a_sentence_shown_as_an_items_lead_in_is_neither_its_paraphrase_nor_its_citation():
    # "Ferry firms are taking steps against fare dodging. These steps include: - Installing ticket gates at
    # every ferry pier.": the item is read in meaning with its lead-in, so the two look alike, but the lead-in is
    # what the item refers to, shown with it, not a second report of it
    lead_in = replace(candidate(0, "a", {"ferri", "firm", "step", "fare", "dodg"}),
                      text="Ferry firms are taking steps against fare dodging.")
    item = replace(candidate(1, "a", {"instal", "ticket", "gate", "ferri", "pier"}),
                   text="Installing ticket gates at every ferry pier.",
                   context="Ferry firms are taking steps against fare dodging. These steps include:",
                   list_key="s1#These steps include:")
    candidates = [lead_in, item, *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(2, 12))]
    points = build_claims(candidates, _with_cosine(len(candidates), 0.95))
    assert not [members for _, members in points if {0, 1} <= set(members)]
    assert _shown_with(item, lead_in) and _shown_with(lead_in, item)
    assert not _shown_with(lead_in, candidate(3, "b", {"ferri"}))


def test_a_weekday_is_the_date_it_names_in_its_article(tmp_path):
    # Thursday's paper says "on Wednesday", Wednesday's says "on April 22": one day, one report; Friday's
    # paper says "on Tuesday": another day, another report, which no longer passes for a dateless wording
    claims = build_articles(tmp_path, {
        "a-bay-times.md": "The harbour board closed the Kelso ferry terminal on Wednesday after divers found cracks.\n\n"
                          "Fish prices at the Kelso market rose by a fifth over the weekend, stallholders said.",
        "b-coast-news.md": "The harbour board closed the Kelso ferry terminal on April 22 after divers found cracks.\n\n"
                           "Ferries to the islands now sail from Marrow Quay, twenty miles to the south.",
        "c-port-daily.md": "The harbour board closed the Kelso ferry terminal on Tuesday after divers found cracks.\n\n"
                           "The operators want compensation for every sailing lost while the terminal is shut.",
    }, {"a-bay-times.md": "2026-04-23", "b-coast-news.md": "2026-04-22", "c-port-daily.md": "2026-04-24"})
    quotes = [{c.quote for c in claim.citations} for claim in claims]
    assert {"The harbour board closed the Kelso ferry terminal on Wednesday after divers found cracks.",
            "The harbour board closed the Kelso ferry terminal on April 22 after divers found cracks."} in quotes
    assert {"The harbour board closed the Kelso ferry terminal on Tuesday after divers found cracks."} in quotes


def test_a_weekday_one_article_dates_and_another_cannot_is_no_detail_of_its_own(tmp_path):
    # the same outlet's other article, without a publication date, says "on Wednesday" too: the date the first
    # gives it is no new figure
    claims = build_articles(tmp_path, {
        "a-bay-times.md": "The harbour board closed the Kelso ferry terminal on Wednesday afternoon, the board said "
                          "in a statement.\n\nFish prices at the Kelso market rose by a fifth over the weekend.",
        "b-bay-times.md": "The harbour board closed the Kelso ferry terminal on Wednesday afternoon, the board "
                          "said.\n\nFerries to the islands now sail from Marrow Quay, twenty miles to the south.",
    }, {"a-bay-times.md": "2026-04-23"})
    closing = [claim for claim in claims if "closed the Kelso ferry terminal" in claim.text]
    assert len(closing) == 1 and len(closing[0].citations) == 2, [c.text for c in closing]


def test_a_dated_points_sentence_is_cited_by_a_dateless_one_only_when_no_other_point_would_cite_it():
    said = {"board", "close", "kelso", "termin"}
    dated = replace(candidate(0, "a", said | {"april"}), figures=frozenset({"22"}), dates=frozenset({"22"}))
    undated = candidate(1, "b", said)
    candidates = [dated, undated, *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(2, 12))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    on_the_day = _Core(frozenset(said | {"april"}), frozenset({"22"}), (0,), False, dates=frozenset({"22"}))
    assert corpus.stating(on_the_day) == [0, 1]  # it states the report ...
    assert _stating_what_it_says(on_the_day, 0, [0, 1], corpus) == [0]  # ... but not the date the point gives
    assert _keep_every_sentence([[0]], [[0, 1]], [0], corpus) == [[0, 1]]  # cited there when nowhere else
    plain = _Core(frozenset(said), frozenset(), (1,), False)
    assert _keep_every_sentence([[0], [1]], [[0, 1], [1]], [0, 1], corpus) == [[0], [1]]
    assert _stating_what_it_says(plain, 1, [0, 1], corpus) == [0, 1]


def test_a_point_that_only_says_two_others_together_is_not_a_third_point():
    # "more than 24,000 fake accounts", "the accounts ran over 16 million exchanges", and outlets that give
    # both at once: two points, each cited by the sentences that give both
    accounts = {"memo", "oper", "fake", "account"}
    exchanges = {"account", "exchang", "ran", "model"}

    def giving(n, outlet, terms, figures):
        return replace(candidate(n, outlet, terms), figures=frozenset(figures), quantities=frozenset(figures))

    candidates = [giving(0, "a", accounts, {"24000"}), giving(1, "b", accounts | {"say"}, {"24000"}),
                  giving(2, "c", exchanges, {"16000000"}), giving(3, "d", exchanges | {"report"}, {"16000000"}),
                  giving(4, "e", accounts | exchanges, {"24000", "16000000"}),
                  giving(5, "f", accounts | exchanges | {"sign"}, {"24000", "16000000"}),
                  *(candidate(n, "g", {f"word{n}", "harbour"}) for n in range(6, 16))]
    points = [set(members) for _, members in build_claims(candidates, alike(len(candidates)))
              if set(members) & set(range(6))]
    assert len(points) == 2, points
    assert all({4, 5} <= members for members in points)


@pytest.mark.parametrize("lede_terms, cites_both", [
    # "X on Tuesday accused its neighbour Y of jamming signals over the strait, disrupting 1,200 flights"
    ({"accus", "neighbour", "jam", "signal", "strait", "disrupt", "flight", "tuesday"}, True),
    # a lede that shares the accusation's core but little of what the accusation's sentence says
    ({"accus", "jam", "disrupt", "flight", "tuesday", "airlin", "cancel", "rout"}, False),
])
def test_a_points_own_sentence_also_cites_another_point_whose_sentence_it_mostly_says(lede_terms, cites_both):
    accusation = candidate(0, "a", {"accus", "neighbour", "deliber", "jam", "signal", "strait", "plane"})
    lede = replace(candidate(1, "b", lede_terms), figures=frozenset({"1200"}), quantities=frozenset({"1200"}))
    candidates = [accusation, lede, *(candidate(n, "e", {f"word{n}", "harbour"}) for n in range(2, 12))]
    corpus = _Corpus(candidates, alike(len(candidates)), frozenset())
    kept = _keep_every_sentence([[0], [1]], [[0, 1], [1]], [0, 1], corpus)
    assert (1 in kept[0]) == cites_both
    assert kept[1] == [1]
