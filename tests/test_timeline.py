"""Timeline: the events the sources date, in date order, each with every source that dates it; a weekday or
"yesterday" is counted from its article's date, and an event the sources date differently shows both dates."""
from __future__ import annotations

import json
from datetime import date
from dataclasses import replace

import pytest

from build_scripts.dates import clause_around, mentioned_dates
from build_scripts.disagree import dating_disagreements
from build_scripts.model import Claim, LabelledSentence, Sentence, SentenceRef, TopicLabel
from build_scripts.pipeline import build
from build_scripts.render import Renderer
from build_scripts.timeline import build_timeline, dated_apart, maybe_one_event

from conftest import FIXTURES, build_fixture, make_project, mkdocs_build, write_article

WEDNESDAY = date(2031, 9, 10)


@pytest.mark.parametrize("text, published, dates", [
    ("The union went on strike on Tuesday.", WEDNESDAY, ["2031-09-09"]),
    ("The union went on strike on Wednesday.", WEDNESDAY, ["2031-09-10"]),  # the paper's own day
    ("Talks will resume on Friday.", WEDNESDAY, ["2031-09-12"]),  # ahead, by the words before it
    ("The authority said talks would resume on Friday.", WEDNESDAY, ["2031-09-12"]),
    ("The authority said on Friday that talks would resume.", WEDNESDAY, ["2031-09-05"]),  # said: behind
    ("Officials meet next Monday.", WEDNESDAY, ["2031-09-15"]),
    # ahead on the paper's own weekday is that day; "next" puts it a week on
    ("The committee was scheduled to hold a hearing on the strike on Wednesday.", WEDNESDAY, ["2031-09-10"]),
    ("Officials meet next Wednesday.", WEDNESDAY, ["2031-09-17"]),
    # "will" in another clause: what the minister told the country on Monday is behind
    ("Nobody will have been surprised by what the minister told the country on Monday.", WEDNESDAY, ["2031-09-08"]),
    ("The crews walked out yesterday.", WEDNESDAY, ["2031-09-09"]),
    ("The council flatly denied it last night.", WEDNESDAY, ["2031-09-09"]),
    ("The timetable was approved on 2 September.", WEDNESDAY, ["2031-09-02"]),  # the year of the article
    ("The timetable was approved on December 30.", date(2032, 1, 4), ["2031-12-30"]),  # ... or the one before
    ("The hearing is due on 23 October.", WEDNESDAY, ["2031-10-23"]),
    # a "when" clause takes its time from the clause it hangs on
    ("The rule takes effect when it is printed in the gazette on Monday.", WEDNESDAY, ["2031-09-15"]),
    ("The rule took effect when it was printed in the gazette on Monday.", WEDNESDAY, ["2031-09-08"]),
    ("Ministers were stunned when the report came out on Monday.", WEDNESDAY, ["2031-09-08"]),
    # a start date that a "will" or "would" after it looks forward to
    ("The insurer said that from 1 July it would require offline backups.", date(2031, 3, 21), ["2031-07-01"]),
    ("From 1 July the insurer required offline backups.", date(2031, 9, 21), ["2031-07-01"]),
    ("The dispute began in July.", WEDNESDAY, ["2031-07"]),  # a month: no day is made up
    # "that year" is the year the sentence gave before, not the article's
    ("Ore was smuggled from 2029 onwards, despite a ban that took effect in January that year.", WEDNESDAY,
     ["2029-01"]),
    ("The ban took effect in January that year.", WEDNESDAY, []),  # which year: the sentence does not say
    ("The alarm was raised last November.", date(2031, 3, 14), ["2030-11"]),
    ("Crews have been cooperating since September 2029.", WEDNESDAY, ["2029-09"]),
    ("Between February 9 and April 10, 2026, 21,000 accounts were banned.", None, ["2026-02-09", "2026-04-10"]),
    ("On April 23, 2026, the office issued a memo.", None, ["2026-04-23"]),
    ("The union went on strike on Tuesday.", None, []),  # an undated article dates no weekday
    ("Rates rose last week.", WEDNESDAY, ["2031-W36"]),
    # a weekday of last week is that week's, whatever day the article is dated
    ("The ferry ran aground on the night of Tuesday last week.", WEDNESDAY, ["2031-09-02"]),
    ("The pier closed on Thursday of last week.", WEDNESDAY, ["2031-09-04"]),
    ('"We walked out on Sunday," a deckhand said.', WEDNESDAY, []),  # quoted words are not the article's dating
    ("Sales rose 5 percent, after a March 4 percent rise.", WEDNESDAY, []),  # a figure, not a day
    ("The story appears in Sunday's Business section.", WEDNESDAY, []),  # an edition, not a day
    ("The intrusion itself happened close to midnight on a Sunday.", WEDNESDAY, []),  # any Sunday, no one day
    ("Last Wednesday, the council closed the pier.", WEDNESDAY, ["2031-09-03"]),  # "last" opening a sentence
    ("Every Friday the ferries stop early.", WEDNESDAY, []),
    ("The Wednesday market was quiet, may it last.", None, []),
    ("Fares have doubled over the past decade.", WEDNESDAY, []),
    # news agencies' short month names
    ("The spillway was opened on the night of Aug. 9, causing a flood.", WEDNESDAY, ["2031-08-09"]),
    ("It will meet again on Sept. 6.", date(2032, 8, 19), ["2032-09-06"]),
    ("PORT HELVE, Oct 14 (NPA) - The regulator said flights were disrupted.", WEDNESDAY, ["2031-10-14"]),
    ("The accord was signed on Jan. 5, 2027, in Orvek.", WEDNESDAY, ["2027-01-05"]),
    ("Jan Brouwer, 54, said he would stay.", WEDNESDAY, []),  # a name, not a month
    # a weekday written with its date is that date's weekday, not a second day counted from the article's
    ("The intrusion, shortly before midnight on Sunday, March 9, was traced.", date(2031, 3, 18), ["2031-03-09"]),
    ("It lifted the advisory on Wednesday 12 March.", date(2031, 3, 18), ["2031-03-12"]),
    ("Ferries stopped on Sunday and, on March 9, started again.", date(2031, 3, 18), ["2031-03-16", "2031-03-09"]),
])
def test_a_sentence_gives_the_dates_its_words_name(text, published, dates):
    assert [m.iso for m in mentioned_dates(text, published)] == dates


def test_the_following_day_counts_from_the_last_day_the_article_named():
    found = mentioned_dates("The ministry called the charges slander a day later.", WEDNESDAY,
                            previous=date(2031, 3, 11))
    assert [(m.iso, m.words, m.reckoning) for m in found] == [("2031-03-12", "a day later", "earlier")]


@pytest.mark.parametrize("text, dates", [
    # counted from a day named earlier in the sentence, before one the article named earlier
    ("The office closed the pier on Monday, March 10, and reopened it two days later.", ["2031-03-10", "2031-03-12"]),
    ("The union warned the ministry on 15 March, and it was only the following day that the office acted.",
     ["2031-03-15", "2031-03-16"]),
    ("The ministry answered a week later.", ["2031-03-08"]),  # from the article's last day, March 1
    ("The ministry answered 3 days later.", ["2031-03-04"]),
    ("It was called a cyberattack more than a week later.", []),  # no day
    ("It was called a cyberattack about three days later.", []),
])
def test_days_later_count_from_the_last_day_named(text, dates):
    assert [m.iso for m in mentioned_dates(text, date(2031, 3, 19), previous=date(2031, 3, 1))] == dates


def test_the_same_weekday_is_the_one_the_article_named_and_a_supposed_same_day_is_no_day():
    friday = date(2031, 3, 14)  # the article is dated a week after the Friday it names first
    found = mentioned_dates("Kelso Lines cut its fares the same Friday.", date(2031, 3, 21), previous=friday)
    assert [(m.iso, m.reckoning) for m in found] == [("2031-03-14", "earlier")]
    assert mentioned_dates("Kelso Lines cut its fares the same Friday.", date(2031, 3, 21)) == []
    assert mentioned_dates("If the register works, a skipper banned at one port is known at all of them the same "
                           "day.", date(2031, 3, 21), previous=friday) == []


def test_a_date_written_out_needs_no_reckoning_and_a_weekday_says_how_it_was_counted():
    written, counted = mentioned_dates("On 4 March 2031 the memo went out, and on Tuesday it leaked.", WEDNESDAY)
    assert (written.reckoning, counted.reckoning, counted.words) == ("", "counted", "Tuesday")


CONFIG = """
story:
  title: Ferry strike
  summary: The ferry union's strike and the talks.
topics:
  - id: allegations
    title: The strike
    question: What happened in the strike and the talks?
    cues: [strike, talks, union, crossings, timetable, crews]
  - {id: responses, title: Reactions, cues: [said]}
  - {id: distillation, title: Fares, cues: [fares]}
  - {id: measures, title: Relief, cues: [relief, buses]}
"""


@pytest.fixture(scope="module")
def strike(tmp_path_factory):
    return build_fixture(FIXTURES / "strike", CONFIG, tmp_path_factory.mktemp("strike")).briefing


def _event(briefing, words: str):
    found = [e for e in briefing.timeline if any(words in c.quote for c in e.citations)]
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def test_events_stand_in_date_order_whatever_order_the_articles_tell_them(strike):
    # the fixture's articles are dated 9, 10 and 11 September 2031: a Tuesday, a Wednesday and a Thursday
    assert [e.date for e in strike.timeline] == ["2031-07", "2031-09-02", "2031-09-09", "2031-09-11", "2031-09-12"]


def test_one_event_reported_by_several_outlets_is_one_entry_citing_each(strike):
    walkout = _event(strike, "went on strike")
    assert sorted(c.source_id for c in walkout.citations) == sorted(s.id for s in strike.sources)
    assert len(walkout.outlets) == 3
    # "today" in Tuesday's paper and "on Tuesday" in Wednesday's are the same day; "on Monday" in Thursday's is not
    assert walkout.date == "2031-09-09"
    assert walkout.dates == ("2031-09-09", "2031-09-08")


def test_undated_statements_and_quoted_dates_stay_off_the_timeline(strike):
    cited = " ".join(c.quote for e in strike.timeline for c in e.citations)
    assert "doubled over the past decade" not in cited  # no date
    assert "Commuters queued" not in cited
    assert "walked out on Sunday" not in cited  # the date is inside a quotation


def test_a_scheduled_event_is_dated_ahead_of_the_article(strike):
    assert _event(strike, "would resume on Friday").date == "2031-09-12"


def test_the_page_shows_each_date_how_it_was_counted_and_dates_that_differ(strike):
    pages = Renderer(strike).render_all()
    page = pages["timeline/index.md"]
    assert page.index("## July 2031") < page.index("### Tuesday 2 September 2031") < page.index(
        "### Tuesday 9 September 2031") < page.index("### Friday 12 September 2031")
    differ = next(line for line in page.splitlines() if "The sources give different dates" in line)
    assert differ.index("Monday 8 September 2031 in [Coast Wire](../sources/") < differ.index(
        "Tuesday 9 September 2031 in [Bay News](../sources/") < differ.index("[Harbour Times](../sources/")
    assert "counted from the article&#39;s date, Friday" not in page  # counted from the cited article's own date
    assert "Dated by 3 of 3 outlets" in page
    assert "timeline/index.md" in pages["_generated/home.md"]
    data = json.loads(pages["data/briefing.json"])
    walkout = next(e for e in data["timeline"] if "went on strike" in e["text"])
    assert {c["date"] for c in walkout["citations"]} == {"2031-09-09", "2031-09-08"}
    assert walkout["date"] == "2031-09-09" and walkout["outlet_count"] == 3


def test_the_timeline_page_builds_strict_and_is_in_the_navigation(tmp_path):
    project = make_project(tmp_path, seeds=FIXTURES / "strike", config_text=CONFIG)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (project / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "relief crews from the north coast" in page
    assert 'href="../sources/' in page
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="timeline/"' in home


def _said(source: str, text: str) -> LabelledSentence:
    """A labelled sentence of its own article, on the story's first topic."""
    return LabelledSentence(SentenceRef(source, source, "p", "paragraph", Sentence("p.s1", text)),
                            (TopicLabel("strike", 1.0, ()),), True, "")


def _project(tmp_path, *articles: tuple[str, str, str, str]):
    """(seeds folder, briefing.yml) of a story: each article as (file name, outlet, date, text)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, outlet, day, text in articles:
        write_article(seeds, name, outlet, text, date=day)
    config = tmp_path / "briefing.yml"
    config.write_text(CONFIG, encoding="utf-8")
    return seeds, config


def test_one_event_worded_apart_is_one_entry_and_a_period_start_is_no_other_date(tmp_path):
    seeds, config = _project(
        tmp_path,
        ("a.md", "Harbour Times", "2031-09-10",
         "The harbour council on Tuesday accused the ferry operator of overcharging island passengers.\n\n"
         "The council said the operator had overcharged island passengers since March."),
        ("b.md", "Bay News", "2031-09-11",
         "The harbour council published its report on the ferry operator on Tuesday, finding that island "
         "passengers had been overcharged for years."),
        ("c.md", "Coast Wire", "2031-09-10",
         "The harbour council accused the ferry operator of overcharging island passengers since March."))
    timeline = build(seeds, config, None).briefing.timeline
    tuesday = [e for e in timeline if e.date == "2031-09-09"]
    assert len(tuesday) == 1 and len(tuesday[0].outlets) == 2  # one entry, every outlet that dates it
    assert tuesday[0].dates == ("2031-09-09",)  # "since March" is when the overcharging began: it disputes nothing
    assert {e.date for e in timeline if "since March" in e.text} == {"2031-03"}


def test_entries_the_claims_kept_apart_are_one_event_when_alike_on_one_date():
    said = [_said("a", "The harbour council on Tuesday accused the ferry operator of overcharging island passengers."),
            _said("b", "When the harbour council published its report on Tuesday, it accused the ferry operator of "
                       "overcharging passengers on island routes."),
            _said("c", "The ferry union went on strike on Tuesday over pay.")]
    timeline = build_timeline(said, [], {"a": WEDNESDAY, "b": WEDNESDAY, "c": WEDNESDAY}, {"a": "A", "b": "B", "c": "C"})
    assert sorted(sorted(e.outlets) for e in timeline) == [["A", "B"], ["C"]]
    # the accused's denial that day shares the accusation's words, and is another event
    denial = _said("d", "The ferry operator on Tuesday flatly denied overcharging island passengers, accusing the "
                        "harbour council of bad arithmetic.")
    timeline = build_timeline(said + [denial], [], dict.fromkeys("abcd", WEDNESDAY), {k: k.upper() for k in "abcd"})
    assert sorted(sorted(e.outlets) for e in timeline) == [["A", "B"], ["C"], ["D"]]


def test_when_something_began_is_no_other_date_for_the_event_its_claim_reports():
    said = [_said("a", "The council on Tuesday accused the operator of overcharging passengers."),
            _said("b", "The council accused the operator of overcharging passengers since March.")]
    claim = Claim("c1", said[0].ref.sentence.text, (), (), ("A", "B"), 1.0, members=("a#p.s1", "b#p.s1"))
    timeline = build_timeline(said, [claim], {"a": WEDNESDAY, "b": WEDNESDAY}, {"a": "A", "b": "B"})
    assert [(e.date, e.dates) for e in timeline] == [("2031-03", ("2031-03",)), ("2031-09-09", ("2031-09-09",))]


def test_one_point_dated_a_day_apart_is_one_event_and_days_further_apart_two():
    def timeline_of(a: str, b: str):
        said = [_said("a", a), _said("b", b)]
        claim = Claim("c1", a, (), (), ("A", "B"), 1.0, members=("a#p.s1", "b#p.s1"))
        return build_timeline(said, [claim], {"a": WEDNESDAY, "b": WEDNESDAY}, {"a": "A", "b": "B"})

    # two sources, two days for one event: one entry showing both
    [event] = timeline_of("Customs seized the trucks on 8 September near the pass.",
                          "Customs seized the trucks on 7 September near the pass.")
    assert sorted(event.dates) == ["2031-09-07", "2031-09-08"]
    # the point retold days later with what came of it: two events, each at its own date
    events = timeline_of("The council accused the ferry operator of overcharging on 2 September.",
                         "The council said on 8 September it would take the ferry operator to court over overcharging.")
    assert [e.dates for e in events] == [("2031-09-02",), ("2031-09-08",)]
    # what followed it, on the next day: its own event, not another date for the accusation
    events = timeline_of("The council accused the ferry operator of overcharging on Tuesday.",
                         "Ferry shares fell sharply on Wednesday after the council accused the operator of overcharging.")
    assert [e.dates for e in events] == [("2031-09-09",), ("2031-09-10",)]


def test_a_live_blogs_update_is_dated_by_the_day_heading_it_was_posted_under(tmp_path):
    seeds, config = _project(tmp_path)
    (seeds / "live.md").write_text(
        "---\ntitle: Live - the ferry dispute\noutlet: Bay News\n---\n\n"
        "**Thursday, 11 September 2031**\n\n"
        "**09:10 BST** \u2014 The ferry operator has replied. The operator said in a statement that its fares on the "
        "island crossings were lawful. It added that the council had miscounted the fares.\n\n"
        "**Wednesday, 10 September 2031**\n\n"
        "**18:30 BST** \u2014 The harbour council accused the ferry operator of overcharging island passengers.\n\n"
        "**12:05 BST** \u2014 What is a fare cap? Fare caps limit what an operator may charge on a crossing.\n",
        encoding="utf-8")
    timeline = build(seeds, config, None).briefing.timeline
    dated = {c.quote: (e.date, e.reckoning, e.date_words) for e in timeline for c in e.citations}
    assert dated["The operator said in a statement that its fares on the island crossings were lawful."] == (
        "2031-09-11", "heading", "Thursday, 11 September 2031")
    assert dated["The harbour council accused the ferry operator of overcharging island passengers."][0] == "2031-09-10"
    # the rest of an update tells more of its news; an update that explains reports no act
    assert not any(q.startswith(("It added", "Fare caps")) for q in dated)


def test_a_week_joins_one_day_of_it_and_does_not_join_two_days_into_one_event():
    said = [_said("a", "This week the harbour council accused the ferry operator of overcharging island passengers."),
            _said("b", "The harbour council on Tuesday accused the ferry operator of overcharging island passengers."),
            _said("c", "The harbour council on Wednesday again accused the ferry operator of overcharging island "
                       "passengers.")]
    timeline = build_timeline(said, [], dict.fromkeys("abc", WEDNESDAY), {k: k.upper() for k in "abc"})
    assert sorted(sorted(e.outlets) for e in timeline) == [["A", "B"], ["C"]]


def test_a_short_sentence_going_on_with_a_report_dates_an_event_shown_after_what_it_leans_on(tmp_path):
    seeds, config = _project(
        tmp_path,
        ("a.md", "Harbour Times", "2031-09-10",
         "The ferry union and the operator met for nine hours at the harbour council on Tuesday, without a deal "
         "on crew pay. They will meet again on Sept. 19.\n\n"
         "The strike has cancelled every crossing to the islands this week. See you Monday."))
    timeline = build(seeds, config, None).briefing.timeline
    again = _event_of(timeline, "meet again")
    assert again.date == "2031-09-19" and again.text == "They will meet again on Sept. 19."
    assert again.context.startswith("The ferry union and the operator met for nine hours")
    assert not [e for e in timeline if "See you" in e.text]  # the writer's sign-off goes on with no report
    page = Renderer(build(seeds, config, None).briefing).render_all()["timeline/index.md"]
    line = next(row for row in page.splitlines() if "meet again" in row)
    assert line.index("Context:") < line.index("met for nine hours") < line.index("They will meet again")


def _event_of(timeline, words: str):
    found = [e for e in timeline if words in e.text]
    assert len(found) == 1, [e.text for e in timeline]
    return found[0]


def test_a_point_dated_on_days_far_apart_keeps_its_close_days_together_and_its_sources_disagreement_shown():
    said = [_said("a", "Ferry shares fell on Wednesday after the council accused the operator of overcharging."),
            _said("b", "On Wednesday the harbour council accused the ferry operator of overcharging."),
            _said("c", "Islanders welcomed the accusation issued by the council on 9 September against the operator."),
            _said("d", "The council accused the ferry operator of overcharging again on 17 September.")]
    claim = Claim("c1", said[0].ref.sentence.text, (), (), tuple("ABCD"), 1.0, members=tuple(f"{k}#p.s1" for k in "abcd"))
    outlet_of = {k: k.upper() for k in "abcd"}
    timeline = build_timeline(said, [claim], dict.fromkeys("abcd", WEDNESDAY), outlet_of)
    # 9 and 10 September are one event dated two ways; the 17th, a week on, another event
    assert [sorted(e.dates) for e in timeline] == [["2031-09-09", "2031-09-10"], ["2031-09-17"]]
    [box] = dating_disagreements(timeline, [claim], outlet_of)
    assert box.detected and "Tuesday 9 September 2031 against Wednesday 10 September 2031" in box.note
    # each side: the sources dating the accusation itself, not the shares that fell after it
    assert [[x.source_id for x in side.citations] for side in box.sides] == [["c"], ["b"]]
    assert [side.claim_ids for side in box.sides] == [("c1",), ("c1",)]
    # one day given by every source: nothing to show
    assert dating_disagreements(build_timeline(said[:2], [claim], dict.fromkeys("ab", WEDNESDAY), outlet_of),
                                [claim], outlet_of) == []


def test_a_date_and_a_count_of_days_are_no_disagreement_but_two_dates_of_one_act_in_two_points_are():
    dated = _said("a", "The harbour council accused the ferry firm of overcharging on September 10.")
    since = _said("b", "It has been a busy ten days since the harbour council accused the ferry firm of overcharging.")
    other_day = _said("c", "The harbour council accused the ferry firm of overcharging on September 9.")
    outlet_of = {k: k.upper() for k in "abc"}
    timeline = build_timeline([dated, since], [], dict.fromkeys("abc", WEDNESDAY), outlet_of)
    assert dating_disagreements(timeline, [], outlet_of) == []
    timeline = build_timeline([dated, other_day], [], dict.fromkeys("abc", WEDNESDAY), outlet_of)
    [box] = dating_disagreements(timeline, [], outlet_of)
    assert "Tuesday 9 September 2031 against Wednesday 10 September 2031" in box.note
    assert [[x.source_id for x in side.citations] for side in box.sides] == [["c"], ["a"]]
    # a plan is not the act done: "will accuse ... on Wednesday" said on Tuesday dates no accusation
    planned = _said("c", "The harbour council said on Tuesday it will accuse the ferry firm of overcharging.")
    timeline = build_timeline([dated, planned], [], dict.fromkeys("abc", WEDNESDAY), outlet_of)
    assert dating_disagreements(timeline, [], outlet_of) == []


def test_entries_a_day_apart_telling_one_act_are_shown_as_one_event_dated_two_ways_or_listed_for_editors(tmp_path):
    seeds, config = _project(
        tmp_path,
        ("a.md", "Harbour Times", "2031-09-12",
         "Harbour police detained several ferry trucks near the Tarn crossing on 8 September, the border "
         "service said.\n\nThe harbour council accused the ferry operator of overcharging on Tuesday."),
        ("b.md", "Bay News", "2031-09-12",
         "Harbour police stopped a ferry convoy near the Tarn crossing on the night of 9 September and seized "
         "19 trucks.\n\nThe ferry operator on Wednesday rejected the council's accusation of overcharging."
         "\n\nFerry shares fell on Wednesday after the harbour council accused the ferry operator of overcharging."))
    result = build(seeds, config, None)
    pairs = [sorted(e.date for e in pair) for pair in maybe_one_event(result.briefing.timeline)]
    # the accusation and its denial, a day apart, are two events
    assert pairs == [["2031-09-08", "2031-09-09"], ["2031-09-09", "2031-09-10"]]
    # detaining and seizing are one act, its two dates shown to readers side by side
    [box] = [d for t in result.briefing.topics for d in t.disagreements if "different dates" in d.note]
    assert "Monday 8 September 2031 against Tuesday 9 September 2031" in box.note
    assert [side.text.split()[:3] for side in box.sides] == [["Harbour", "police", "detained"],
                                                              ["Harbour", "police", "stopped"]]
    # the shares that fell after the accusation date the fall, not the accusation: listed for editors only
    review = result.pages["review/index.md"]
    listed = review[review.index("## Perhaps one event dated two ways"):review.index("## Sentences left out")]
    assert "Tuesday 9 September 2031: The harbour council accused" in listed and "Ferry shares fell" in listed
    assert "detained" not in listed


def _entry(day: str, outlet: str, text: str, clause: str):
    from build_scripts.model import Citation, TimelineEvent
    return TimelineEvent(f"e-{outlet}", day, text, (Citation(outlet, "p", "p.s1", text),), (day,), "", "",
                         (outlet,), citation_clauses=(clause,))


def test_two_things_done_by_one_act_on_days_a_day_apart_are_not_one_event():
    report = _entry("2031-09-09", "times", "The harbour council published its report on Tuesday, a day before "
                    "the ferry operator's new island timetable.", "The harbour council published its report")
    timetable = _entry("2031-09-10", "news", "The ferry operator launched its new island timetable on Wednesday, "
                       "a day after the harbour council's report.", "The ferry operator launched its new island timetable")
    again = _entry("2031-09-10", "news", "The harbour council published its report on Wednesday, a day before "
                   "the ferry operator's new island timetable.", "The harbour council published its report")
    # publishing a report and launching a timetable share an act and many words, not what was done
    assert dated_apart((report, timetable)) == []
    assert [(a.date, b.date) for a, b, _ in dated_apart((report, again))] == [("2031-09-09", "2031-09-10")]


def test_a_document_issued_on_two_days_is_one_event_dated_two_ways():
    issued = _entry("2031-09-08", "times", "On 8 September, the Harbour Planning Office issued a memo accusing "
                    "ferry firms of overcharging.", "the Harbour Planning Office issued a memo accusing ferry firms")
    again = _entry("2031-09-09", "news", "The memo was issued on 9 September by the Harbour Planning Office and "
                   "signed by its director.", "The memo was issued on by the Harbour Planning Office")
    assert [(a.date, b.date) for a, b, _ in dated_apart((issued, again))] == [("2031-09-08", "2031-09-09")]


def _entry_of(day: str, *told: tuple[str, str, str]):
    """One entry citing several sentences: (outlet, sentence, the clause its date stands in)."""
    from build_scripts.model import Citation, TimelineEvent
    citations = tuple(Citation(outlet, "p", f"p.s{n}", text) for n, (outlet, text, _) in enumerate(told))
    return TimelineEvent(f"e-{day}", day, told[0][1], citations, (day,) * len(told), "", "",
                         tuple(dict.fromkeys(o for o, _, _ in told)), citation_clauses=tuple(c for _, _, c in told))


_ANSWERED = ("wire", "The ferry union answered the memo in a statement issued late on 9 September.",
             "The ferry union answered the memo in a statement issued late on .")


@pytest.mark.parametrize("first, same_event, other_event", [
    # a document said to be someone's is its issuing however worded; an entry may also hold an answer to it,
    # and an answer alone is not what it answers
    (_entry("2031-09-08", "herald", "The memorandum was released by the Harbour Planning Office on Monday, 8 "
            "September.", "The memorandum was released by the Harbour Planning Office on"),
     _entry_of("2031-09-09", ("times", "The Harbour Planning Office issued a memo on 9 September.",
                              "The Harbour Planning Office issued a memo on ."), _ANSWERED),
     _entry_of("2031-09-09", _ANSWERED)),
    # what an accusation says was done is not dated by the accusation's day
    (_entry("2031-08-10", "markets", "The harbour police say they seized the ferry on 10 August on a court order.",
            "The harbour police say they seized the ferry on on a court order."),
     _entry("2031-08-11", "courier", "The harbour police seized the ferry on 11 August under a court order.",
            "The harbour police seized the ferry on under a court order."),
     _entry("2031-08-11", "courier", "Lusk on 11 August accused the harbour police of seizing ferries without a "
            "court order.", "Lusk on accused the harbour police of seizing ferries without a court order.")),
], ids=["issued-and-answered", "seized-and-accused"])
def test_one_act_told_on_two_days_is_one_event_and_what_follows_it_is_not(first, same_event, other_event):
    assert [(a.date, b.date) for a, b, _ in dated_apart((first, same_event))] == [(first.date, same_event.date)]
    assert dated_apart((first, other_event)) == []


def test_a_state_lasting_until_a_day_is_its_ending_dated_that_day():
    text = "The boil-water advisory stayed in place until 13 March, the harbour records show."
    at = text.index("13 March")
    assert clause_around(text, at, at + len("13 March")) == "The boil-water advisory stayed in place until"
    lifted = _entry("2031-03-12", "times", "The council lifted the boil-water advisory on 12 March.",
                    "The council lifted the boil-water advisory on .")
    lasted = _entry("2031-03-13", "review", text, "The boil-water advisory stayed in place until")
    issued = _entry("2031-03-13", "review", "The council issued the boil-water advisory on 13 March.",
                    "The council issued the boil-water advisory on .")
    assert [(a.date, b.date) for a, b, _ in dated_apart((lifted, lasted))] == [("2031-03-12", "2031-03-13")]
    assert dated_apart((lifted, issued)) == []  # issuing an advisory is not lifting it


def test_one_act_dated_in_different_months_is_one_event_dated_two_ways_and_a_month_holding_the_day_is_not():
    july = _entry("2029-07", "street", "Since the ban on night ferries took effect in July 2029, island operators "
                  "have sold fewer tickets.", "Since the ban on night ferries took effect in")
    january = _entry("2030-01-01", "times", "The council's ban on night ferries has been in force since 1 January "
                     "2030.", "The council's ban on night ferries has been in force since .")
    same_month = replace(july, date="2030-01")
    years_off = replace(july, date="2027-07")
    assert [(a.date, b.date) for a, b, _ in dated_apart((july, january))] == [("2029-07", "2030-01-01")]
    assert dated_apart((same_month, january)) == []  # January holds 1 January
    assert dated_apart((years_off, january)) == []  # too far apart to be one event dated two ways


def test_a_date_opening_a_sentence_dates_its_main_clause_and_signing_a_memo_is_issuing_it():
    text = "On 8 September, the director of the Harbour Planning Office, Ana Lopes, signed a memo accusing ferry firms."
    at = text.index("8 September")
    clause = clause_around(text, at, at + len("8 September"))
    assert "signed a memo" in clause and "Ana Lopes" in clause
    # "Wednesday, 9 September" is one date, not a clause of its own
    later = "The memo was issued by the Harbour Planning Office on Wednesday, 9 September, and widely read."
    at = later.index("9 September")
    assert clause_around(later, at, at + len("9 September")).startswith("The memo was issued by")
    # ... and so does one opening with the time of day: "late on the night of" says when, not what happened
    night = "Late on the night of Monday, 7 September, the harbour gates were opened."
    at = night.index("7 September")
    assert clause_around(night, at, at + len("7 September")).strip() == "the harbour gates were opened."
    signed = _entry("2031-09-08", "times", text, clause)
    issued = _entry("2031-09-09", "news", later, clause_around(later, at := later.index("9 September"),
                                                               at + len("9 September")))
    assert [(a.date, b.date) for a, b, _ in dated_apart((signed, issued))] == [("2031-09-08", "2031-09-09")]


def test_a_subjectless_list_item_is_read_with_its_title_and_set_against_another_date(tmp_path):
    """An item "Introduced in the council on 10 September ...", whose bill only the sentence before names, is one
    event with "introduced in the council on 9 September" and "on Tuesday"."""
    seeds, config = _project(
        tmp_path,
        ("a.md", "Harbour Times", "2031-09-12",
         "Two harbour councillors introduced the Kelso Ferry Safety Act, capping night fares, in the council on "
         "Tuesday."),
        ("b.md", "Bay News", "2031-09-12",
         "The Kelso Ferry Safety Act, introduced in the council on 9 September, would cap night fares."),
        ("c.md", "Port Letter", "2031-09-14",
         "Where the measures stand:\n\n1. **Kelso Ferry Safety Act** - *Bill introduced.* Introduced in "
         "the council on 10 September and referred to committee."))
    boxes = [d for t in build(seeds, config, None).briefing.topics for d in t.disagreements
             if "different dates" in d.note]
    assert [[sorted(side.outlets) for side in d.sides] for d in boxes] == [[["bay-news", "harbour-times"],
                                                                             ["port-letter"]]]
    assert "Tuesday 9 September 2031 against Wednesday 10 September 2031" in boxes[0].note


def test_entries_dated_alike_against_one_entry_make_one_box():
    bill = "The Kelso Ferry Safety Act was introduced in the harbour council"
    times = _entry("2031-09-09", "times", f"{bill} on Tuesday by two councillors.", bill)
    news = _entry("2031-09-09", "news", f"{bill} on 9 September, capping night fares.", bill)
    letter = _entry("2031-09-10", "letter", f"{bill} on 10 September and referred to committee.", bill)
    outlet_of = {"times": "times", "news": "news", "letter": "letter"}
    [box] = dating_disagreements((times, news, letter), [], outlet_of)
    assert [[x.source_id for x in side.citations] for side in box.sides] == [["times", "news"], ["letter"]]


def test_the_day_a_state_is_reported_at_dates_nothing(tmp_path):
    seeds, config = _project(
        tmp_path,
        ("a.md", "Harbour Times", "2031-09-12",
         "As of September 10, the harbour council had not fined any ferry operator over the island fares.\n\n"
         "The harbour council fined the ferry operator over the island fares on September 11."))
    cited = [c.quote for e in build(seeds, config, None).briefing.timeline for c in e.citations]
    assert cited == ["The harbour council fined the ferry operator over the island fares on September 11."]
