"""Status of measures: decided from the sentence's own words (or its list's lead-in), a proposal never shown
as in force, grouped by who would act; editors extend the vocabulary in briefing.yml."""
from __future__ import annotations

import numpy as np
import pytest

from build_scripts.brief import place_claims
from build_scripts.config import ConfigError, load_config
from build_scripts.model import Claim
from build_scripts.status import load_vocabulary, measure_actor, measure_status, with_status
from build_scripts.topics import TopicScores

VOCABULARY = load_vocabulary()


@pytest.mark.parametrize("sentence, lead_in, status, words", [
    ("The harbour board banned night crossings by unlicensed boats on Monday.", "", "enacted", "banned"),
    ("The ban took effect at midnight.", "", "enacted", "took effect"),
    ("Two councillors introduced a bill on Thursday that would ban unlicensed night crossings.", "",
     "introduced", "introduced a bill"),
    ("The bill would fine operators up to 50,000 crowns.", "", "introduced", "bill would"),
    ("The ministry is weighing sanctions against the ferry operator.", "", "under consideration", "weighing"),
    ("Sanctions could follow if the operator does not comply.", "", "under consideration", "could"),
    ("The ministry said it would open a register of night operators on 1 June.", "", "announced",
     "said it would"),
    ("The port will require a licence for every night crossing from next year.", "", "announced", "will"),
    ("Analysts say the port should cap the number of night crossings.", "", "recommended", "should"),
    ("Cap the number of night crossings per operator.", "", "recommended", "Cap"),
    # a list item that only names the measure takes the status of the line introducing the list
    ("Sanctions on the operator and its directors", "Options under review include:", "under consideration",
     "under review"),
    ("Require an annual report to the council.", "The bill would:", "introduced", "bill would"),
    ("Introduced in the House on April 29 and referred to the Committee on Transport.", "", "introduced",
     "Introduced in the House"),
    ("It also commits the board to set up a register of night operators.", "", "announced", "commits the board to"),
    # firms that require something now have it in force; "May 6" is a month's day, not a "may"
    ("Some ferry firms, including Bayline, require a licence under their own rules.", "", "enacted", "require"),
    ("The harbour committee has scheduled a hearing on night crossings for May 6.", "", "announced", "scheduled"),
    # a verb of putting a measure in place, in the perfect; testing is not yet doing
    ("The cabinet has approved an emergency fund for the night ferries.", "", "enacted", "has approved"),
    ("Kelso Lines said last week it had begun testing scanners at the night gates.", "", "under consideration",
     "begun testing"),
    # a bill still being written is not introduced
    ("Aides to two councillors say a companion bill is being drafted.", "", "under consideration", "being drafted"),
    # "already" with the step it says is taken
    ("Some ferry firms have already begun fitting scanners at the night gates.", "", "enacted", "already begun"),
    # a word written as a name is no status word: "Bill Hale", "in May"; "Bill introduced." opens a line
    ("Councillor Bill Hale chairs the harbour committee that oversees night crossings.", "", "", ""),
    ("The harbour board in May banned unlicensed night crossings.", "", "enacted", "banned"),
    # "It would ..." is what the bill the sentence before names would do
    ("It would require the board to keep a register of night operators.",
     "Two councillors introduced a bill on Thursday on night crossings.", "introduced", "introduced a bill"),
    # "since" is as often "because" or a heading's "What happened since:" as a date a measure took effect
    ("Nothing from the harbour board yet.", "What happened since:", "", ""),
    # a step said not to have been taken is still only an option, and the denial is the words that say so
    ("The harbour board has not added any ferry firm to its blacklist.", "", "under consideration", "not added"),
    ("No decision has been taken on a ban.", "", "under consideration", "No decision has been taken"),
    ("The department does not comment on potential sanctions against ferry firms.", "", "under consideration",
     "potential"),
    # asking someone to act is advice; a meeting due to happen is announced; an envoy recalled is a step taken
    ("The memo calls on ferry firms to check their passengers.", "", "recommended", "calls on"),
    ("The memo asks the Port Authority to draw up licence rules.", "", "recommended", "asks the Port Authority to"),
    ("The council is due to vote on the levy on Wednesday.", "", "announced", "is due to"),
    ("Yesterday the government recalled its ambassador from Kelso for consultations.", "", "enacted",
     "recalled its ambassador"),
    # to meet on a measure is not to decide it
    ("Harbour ministers will discuss joint sanctions on the ferry operator on 3 April.", "", "under consideration",
     "will discuss"),
    # a list item named by its order, then the order spelled out
    ("Screen passengers: Screen night passengers against the watch list.", "", "recommended", "Screen"),
    # the status an article spells out wins over the verbs around it
    ("Night-crossing curbs (under consideration): some councillors want a total ban, though the plan does not "
     "call for one.", "", "under consideration", "(under consideration)"),
])
def test_status_comes_from_the_sources_own_words(sentence, lead_in, status, words):
    assert measure_status(sentence, lead_in, VOCABULARY) == (status, words)


@pytest.mark.parametrize("sentence", [
    "Lawmakers introduced a bill that would ban night crossings, which the port had already restricted.",
    "The council has banned nothing yet but could ban night crossings next month.",
    "Officials have pushed for a ban on night crossings.",
    "A ban on night crossings remains under discussion.",
    # a denied act is not in force
    "No ferry firm has deployed the scanners publicly, and the port says it is still testing them.",
    "None of the ferry firms has added the checks.",
    "The harbour board has not banned night crossings.",
    "The ferry firms haven't tightened their checks.",
    # a word of a compound, and an act still to do
    "Screen customers: check night operators against existing restricted-party lists.",
    "The plan directs the council to set up a register of night operators.",
    # who says it is described, not the measure: "now at", "has worked" tell the speaker's career
    '"A licence for every night crossing is the blunt instrument here," said Ada Lorne, a former port official now '
    'at the Kelso Institute.',
    '"The smugglers are not going to fill out the form honestly," said Ben Hale, an engineer who has worked on '
    'ferry security at two ports.',
    # other verbs in the perfect report no measure
    "For years our skippers have watched rival crews copy the night routes and then undercut our fares.",
    "We have talked about a second pilot on the night ferries for thirty years and never done it.",
    # "already" without a step taken: a burden reported, no measure
    "Hale said his ferry company already spends hours each month on licence paperwork.",
])
def test_a_proposal_is_never_shown_as_in_force(sentence):
    assert measure_status(sentence, "", VOCABULARY)[0] != "enacted"


def test_a_point_no_word_places_as_a_measure_goes_to_the_next_page_it_fits_or_to_none(tmp_path):
    config = tmp_path / "briefing.yml"
    config.write_text("""story: {title: T, summary: S}
topics:
  - {id: events, title: Events, cues: [crossing]}
  - {id: measures, title: Measures, statuses: true, cues: [ban]}
""", encoding="utf-8")
    loaded = load_config(config)
    texts = ["The harbour board banned night crossings on Monday.",  # a measure
             "Book a free 30-minute safety review with our ferry experts.",  # an advert: fits only measures
             "Night crossings by unlicensed boats doubled last year."]  # fits measures best, events nearly
    rows = np.array([[0.3, 0.9], [0.1, 0.9], [0.5, 0.9]])
    relevant = np.array([[True, True], [False, True], [True, True]])
    claims = [(Claim(f"c{n}", text, (), (), ("A",), 0.0), [n]) for n, text in enumerate(texts)]
    placed = place_claims(claims, TopicScores(rows, relevant, [{} for _ in texts]), loaded)
    assert [[label.topic for label in claim.topics] for claim in placed] == [["measures"], [], ["events"]]


@pytest.mark.parametrize("sentence, actor", [
    ("Two councillors introduced a bill that would ban night crossings.", "legislature"),
    ("Ferry companies have limited night sailings.", "companies"),
    ("The ministry is weighing sanctions against the operator.", "government"),
])
def test_measures_are_grouped_by_who_would_act(sentence, actor):
    assert measure_actor(sentence, "", VOCABULARY) == actor


def test_editors_extend_the_vocabulary_in_briefing_yml(tmp_path):
    config = tmp_path / "briefing.yml"
    config.write_text("""story: {title: T, summary: S}
topics:
  - {id: measures, title: Measures, statuses: true, cues: [ban]}
status_words:
  under consideration: [in the works]
actor_words:
  companies: [boatmen]
""", encoding="utf-8")
    loaded = load_config(config)
    assert loaded.topics[0].statuses
    vocabulary = load_vocabulary(loaded.status_words, loaded.actor_words)
    sentence = "A night-crossing ban for boatmen is in the works."
    assert measure_status(sentence, "", vocabulary) == ("under consideration", "in the works")
    assert measure_status(sentence, "", VOCABULARY) == ("", "")  # without the editors' words, nothing says
    assert measure_actor(sentence, "", vocabulary) == "companies"


def test_an_unknown_status_in_briefing_yml_is_refused_by_name(tmp_path):
    config = tmp_path / "briefing.yml"
    config.write_text("""story: {title: T, summary: S}
topics:
  - {id: measures, title: Measures, cues: [ban]}
status_words:
  finished: [done]
""", encoding="utf-8")
    with pytest.raises(ConfigError, match="'finished' in status_words must be one of: .*under consideration"):
        load_config(config)


def test_an_editors_words_never_make_a_proposal_in_force():
    vocabulary = load_vocabulary((("enacted", ("rolled into service",)),))
    assert measure_status("The night-ferry levy was rolled into service.", "", vocabulary) == \
        ("enacted", "rolled into service")
    assert measure_status("Councillors could see the levy rolled into service next year.", "", vocabulary)[0] == \
        "under consideration"


def test_a_measure_done_but_said_to_take_effect_later_is_announced():
    claim = Claim("c1", "The harbour board on Friday added three ferry firms to its blacklist.", (), (), ("o",), 0.0)
    later = with_status(claim, VOCABULARY, "The firms will need a permit. The listing takes effect when it is "
                                           "published in the gazette on Monday.")
    assert (later.status, later.status_words) == ("announced", "takes effect when")
    assert with_status(claim, VOCABULARY, "The firms will need a permit to sail.").status == "enacted"
    proposal = Claim("c2", "The board could add three ferry firms to its blacklist.", (), (), ("o",), 0.0)
    assert with_status(proposal, VOCABULARY, "It takes effect when published.").status == "under consideration"
