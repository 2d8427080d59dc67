"""Page composition: summary of distinct best-corroborated claims, key points by outlets then detail."""
from __future__ import annotations

import re
from dataclasses import replace

from build_scripts.brief import MAX_DETAILS, MAX_SINGLE_POINTS, SUMMARY_MAX, attach_details, compose, page_order
from build_scripts.model import Citation, Claim
from conftest import ferry_config, write_article


# sentences unlike each other in meaning, so only what a test sets up makes two claims the same
_UNLIKE = ("The harbour council voted to add two ferry routes.", "A drought cut the wheat harvest by a third.",
           "The museum returned a stolen painting to its owner.", "Striking nurses walked out of four hospitals.",
           "A new vaccine passed its final clinical trial.", "The central bank raised interest rates again.",
           "Floods closed the mountain railway for a week.", "The chess champion resigned after forty moves.")


_TEXT_OF: dict[str, int] = {}


def claim(cid: str, outlets: int, cited: tuple[str, ...], informativeness: float = 1.0, context: str = "") -> Claim:
    text = _UNLIKE[_TEXT_OF.setdefault(cid, len(_TEXT_OF)) % len(_UNLIKE)]
    return Claim(cid, text, (), tuple(Citation(s, "p-1", "p-1.s1", "x") for s in cited),
                 tuple(f"o{n}" for n in range(outlets)), 0.0, informativeness=informativeness, context=context)


def test_key_points_go_by_independent_outlets_then_by_detail():
    claims = [claim("a", 1, ("s1",), 9), claim("b", 3, ("s2", "s3", "s4"), 1), claim("c", 3, ("s5", "s6", "s7"), 5)]
    assert [c.id for c in page_order(claims)] == ["c", "b", "a"]


def test_the_summary_never_states_the_same_thing_twice_and_holds_three_to_five():
    same = ("s1", "s2", "s3")
    claims = page_order([claim("a", 3, same, 5), claim("b", 3, same, 4), claim("c", 2, ("s4", "s5"), 3),
                         claim("d", 2, ("s6", "s7"), 2), claim("e", 1, ("s8",), 1)])
    summary, key, singles = compose(claims)
    assert [c.id for c in summary] == ["a", "c", "d"]  # "b" says what "a" says; "e" is single-source
    assert 3 <= len(summary) <= SUMMARY_MAX
    assert [c.id for c in key][:4] == ["a", "b", "c", "d"]


def test_the_summary_never_holds_the_same_claim_in_other_words():
    # two points the claim grouping kept apart (no shared citation) that say the same thing
    texts = {"a": "The harbour authority called the charges baseless slander.",
             "b": "The harbour authority has called the allegations baseless and slanderous.",
             "c": "The ferry union said it would strike on Monday over pay.",
             "d": "Two new ferry routes open across the bay in May."}
    claims = page_order([replace(claim(cid, outlets, (f"s{cid}1", f"s{cid}2")), text=texts[cid])
                         for cid, outlets in (("a", 4), ("b", 3), ("c", 2), ("d", 2))])
    summary, key, _ = compose(claims)
    assert [c.id for c in summary] == ["a", "c", "d"]
    assert [c.id for c in key] == ["a", "b", "c", "d"]  # still a key point: only the summary leaves it out


def test_the_summary_never_holds_the_same_claim_again_with_more_detail():
    texts = {"a": "The harbour authority denied the ferry union's accusation of cutting pay.",
             "b": "The harbour authority denied the union's accusation of cutting pay, a spokesman told reporters "
                  "in Kelso on Wednesday.",
             "c": "The ferry union accused the harbour authority of cutting pay.",
             "d": "Two new ferry routes open across the bay in May.",
             "e": "The ferry operator lost 3 million pounds on the bay crossing last year."}
    claims = page_order([replace(claim(cid, outlets, (f"s{cid}1", f"s{cid}2")), text=texts[cid])
                         for cid, outlets in (("a", 5), ("b", 4), ("c", 3), ("d", 2), ("e", 2))])
    summary, key, _ = compose(claims)
    # "b" says what "a" says, with who and when; the accusation is not the denial of it, in however
    # many of its words
    assert [c.id for c in summary] == ["a", "c", "d", "e"]
    assert [c.id for c in key] == ["a", "b", "c", "d", "e"]


def test_a_claim_that_shares_a_sentence_or_two_with_a_bigger_one_is_no_repeat_of_it():
    # the accusation, cited by six sentences, two of which also say distillation was its method
    claims = page_order([claim("accusation", 5, ("s1", "s2", "s3", "s4", "s5", "s6"), 5),
                         claim("method", 2, ("s2", "s3", "s7"), 4), claim("c", 1, ("s8",), 3),
                         claim("d", 1, ("s9",), 2)])
    summary, _, _ = compose(claims)
    assert [c.id for c in summary][:2] == ["accusation", "method"]


def test_a_point_that_needs_its_context_makes_the_summary_only_when_several_outlets_report_it():
    claims = page_order([claim("a", 1, ("s1",), context="The sentence before."), claim("b", 2, ("s2",)),
                         claim("c", 2, ("s3",)), claim("d", 2, ("s4",))])
    assert "a" not in [c.id for c in compose(claims)[0]]
    # a list item two outlets report ("Options include: | Expanding export controls.") is shown with its lead-in
    listed = page_order([claim("item", 2, ("s1", "s5"), context="Options include:"), claim("b", 1, ("s2",)),
                         claim("c", 1, ("s3",)), claim("d", 1, ("s4",))])
    assert [c.id for c in compose(listed)[0]][0] == "item"


def test_points_only_one_outlet_makes_come_after_and_are_capped():
    claims = page_order([claim(f"m{n}", 2, (f"m{n}",)) for n in range(8)]
                        + [claim(f"s{n:03d}", 1, (f"s{n}",)) for n in range(MAX_SINGLE_POINTS + 10)])
    _, key, singles = compose(claims)
    assert all(len(c.outlets) == 2 for c in key)
    assert len(singles) == MAX_SINGLE_POINTS and all(len(c.outlets) == 1 for c in singles)


def with_members(c: Claim, *members: str) -> Claim:
    return replace(c, members=members)


def test_a_single_report_whose_sentence_a_corroborated_point_cites_is_shown_as_its_detail():
    shared = with_members(claim("core", 3, ("s1", "s2", "s3")), "s1#1", "s2#1", "s3#1")
    detail = with_members(claim("detail", 1, ("s2",)), "s2#1")
    other = with_members(claim("other", 1, ("s4",)), "s4#1")
    single_detail_of_single = with_members(claim("lone", 1, ("s4",)), "s4#1")
    listed, details = attach_details(page_order([shared, detail, other, single_detail_of_single]))
    assert [c.id for c in listed] == ["core", "lone", "other"]
    assert [d.id for d in details["core"]] == ["detail"]


def test_a_key_point_shows_only_its_most_informative_details():
    shared = with_members(claim("core", 3, ("s1", "s2", "s3")), *(f"s{n}#1" for n in range(1, 8)))
    singles = [with_members(claim(f"d{n}", 1, (f"s{n}",), informativeness=n), f"s{n}#1") for n in range(2, 8)]
    listed, details = attach_details(page_order([shared, *singles]))
    assert [c.id for c in listed] == ["core"]
    assert [d.id for d in details["core"]] == ["d7", "d6", "d5"][:MAX_DETAILS]


def test_a_writers_view_never_makes_the_summary_and_is_labelled_as_one(tmp_path):
    claims = page_order([replace(claim("view", 1, ("s1",), 9), opinion=True), claim("b", 1, ("s2",)),
                         claim("c", 1, ("s3",)), claim("d", 1, ("s4",))])
    assert [c.id for c in claims] == ["b", "c", "d", "view"]  # reports before views, however detailed
    assert [c.id for c in compose(claims)[0]] == ["b", "c", "d"]
    # end to end: a statement only an opinion piece makes is labelled on the page
    from build_scripts.pipeline import build
    from build_scripts.render import OPINION_LABEL

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    report = "The harbour council voted on Tuesday to add two ferry routes across the bay after a long debate."
    for name, outlet, more in (("a.md", "Harbour Times", "The finance office said fares would rise slightly."),
                               ("b.md", "Bay News", "Shop owners near the pier said they were pleased.")):
        write_article(seeds, name, outlet, f"{report}\n\n{more}", title="Council adds routes")
    (seeds / "c.md").write_text("---\ntitle: 'Opinion: The ferry plan is a gamble'\noutlet: Port Daily\n---\n\n"
                                "The ferry operator lost 3 million pounds on the bay crossing last year, its accounts show.\n\n"
                                "Two new routes will not fix a service that commuters have already abandoned.\n")
    config = ferry_config(tmp_path, ['ferry', 'routes', 'fares'])
    result = build(seeds, config, None)
    loss = next(c for t in result.briefing.topics for c in t.claims if "3 million" in c.text)
    assert loss.opinion and not next(c for t in result.briefing.topics for c in t.claims if "voted" in c.text).opinion
    page = result.pages["briefings/ferries.md"]
    line = next(n for n, text in enumerate(page.splitlines()) if "3 million" in text)
    assert OPINION_LABEL in "\n".join(page.splitlines()[line:line + 2])


def test_a_point_footnotes_every_source_it_links_to_before_a_second_sentence_of_any():
    from build_scripts.model import Citation
    from build_scripts.render import citations_to_show
    wire = [Citation("wire", f"p-{n}", f"p-{n}.s1", f"Sentence {n}.") for n in range(5)]
    others = [Citation(f"paper{n}", "p-1", "p-1.s1", "Sentence.") for n in range(3)]
    shown = citations_to_show((wire[0], *wire[1:], *others), limit=4)
    assert shown == [wire[0], *others]  # each of the four sources once, in the point's order
    assert citations_to_show((wire[0], *wire[1:], others[0]), limit=4) == [*wire[:3], others[0]]


def test_a_pages_header_and_home_card_count_the_points_it_lists_not_every_claim_filed_there(tmp_path):
    # points beyond the caps (and details beyond MAX_DETAILS) are filed on the topic but not listed
    from build_scripts.pipeline import build
    from build_scripts.render import Renderer

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, outlet, text in (
            ("a.md", "Harbour Times", "The harbour council voted on Tuesday to add two ferry routes across the bay.\n\n"
                                      "The finance office said ferry fares would rise by 4 percent in March."),
            ("b.md", "Bay News", "The harbour council voted on Tuesday to add two ferry routes across the bay.\n\n"
                                 "Shop owners near the ferry pier said 12 stalls would open by the summer.")):
        write_article(seeds, name, outlet, text, title="Council adds routes")
    config = ferry_config(tmp_path, ['ferry', 'routes', 'fares'])
    briefing = build(seeds, config, None).briefing
    topic = briefing.topics[0]
    assert len(topic.claims) == 3 and len(topic.listed) == 3
    filed_only = replace(topic, key_points=topic.key_points[:2])  # as if past the cap
    pages = Renderer(replace(briefing, topics=(filed_only,))).render_all()
    assert "2 points from 2 sources by all 2 outlets in this briefing" in pages["briefings/ferries.md"]
    assert "All 2 points with citations" in pages["_generated/home.md"]
    # the sources table says how many of the page's points cite each source: the shared vote and its own one
    full = Renderer(briefing).render_all()["briefings/ferries.md"]
    assert "| Source | Outlet | Points citing it |" in full
    assert sorted(re.findall(r"^\| \[.*\) \| (Harbour Times|Bay News) \| (\d+) \|$", full, re.M)) == [
        ("Bay News", "2"), ("Harbour Times", "2")]
    # a page whose points come from one outlet counts it against the same total as each point's label
    single = next(c for c in topic.claims if len(c.outlets) == 1)
    page = Renderer(replace(briefing, topics=(replace(topic, summary=(), key_points=(single,), single_points=()),))).render_all()
    assert "1 point from 1 source by 1 of the 2 outlets in this briefing" in page["briefings/ferries.md"]
    assert "Single source &#40;1 of 2 outlets&#41;" in page["briefings/ferries.md"]


def test_the_home_page_gives_the_dates_covered_as_dates_whatever_their_written_form(tmp_path):
    from build_scripts.pipeline import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, outlet, published in (("a.md", "Harbour Times", "17/10/2031"), ("b.md", "Bay News", "2031-10-16"),
                                    ("c.md", "Port Daily", "sometime last autumn")):
        write_article(seeds, name, outlet, "The harbour council voted to add two ferry routes across the bay after a "
                      "long debate about fares and timetables.\n\nThe finance office said fares would rise slightly "
                      f"next spring, {outlet} reports, and the first sailings start in May.",
                      title="Council adds routes", date=f"'{published}'")
    config = ferry_config(tmp_path, ['ferry', 'routes'])
    home = build(seeds, config, None).pages["_generated/home.md"]
    assert re.search(r"dates covered\S* 2031-10-16 to 2031-10-17\.", home)  # as text, "17/10/2031" sorts first


def test_a_point_resting_only_on_a_source_with_warnings_says_so(tmp_path):
    from build_scripts.pipeline import build
    from build_scripts.render import Renderer

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("---\ntitle: Council adds routes\noutlet: Harbour Times\n---\n\n"
                                "## Key takeaways\n\n- Ferries are coming.\n- Fares rise.\n\n## The vote\n\n"
                                "The harbour council voted on Tuesday to add two ferry routes across the bay.\n\n"
                                "The finance office said ferry fares would rise by 4 percent in March.\n")
    (seeds / "b.md").write_text("---\ntitle: Council adds routes\noutlet: Bay News\n---\n\n"
                                "The harbour council voted on Tuesday to add two ferry routes across the bay.\n\n"
                                "Shop owners near the ferry pier said 12 stalls would open by the summer.\n")
    config = ferry_config(tmp_path, ['ferry', 'routes', 'fares'])
    briefing = build(seeds, config, None).briefing
    assert "machine-summary" in next(s for s in briefing.sources if s.file == "a.md").flags
    lines = Renderer(briefing).render_all()["briefings/ferries.md"].splitlines()

    def label_of(start: str) -> str:  # the corroboration line under the point that opens so (summaries have none)
        return next(lines[i + 1] for i, line in enumerate(lines[:-1]) if "corroboration" in lines[i + 1]
                    and line.lstrip("-0123456789. ").startswith(start))

    assert "its source has warnings" in label_of("The finance office")  # only from the source with a machine summary
    assert "warnings" not in label_of("Shop owners")  # a clean source stands by it
    assert "warnings" not in label_of("The harbour council voted")  # and by what both report


def test_a_list_s_items_stand_together_in_the_article_s_order_under_one_lead_in(tmp_path):
    """An editor reads a list as the article gives it: its items side by side, in order, the line that
    introduces them shown once (and not at all after the point that is that line)."""
    from build_scripts.brief import lists_together
    from build_scripts.pipeline import build
    from build_scripts.render import Renderer

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(
        "---\ntitle: Ferry firms act\noutlet: Harbour Times\n---\n\n"
        "The harbour council voted on Tuesday to add two ferry routes across the bay.\n\n"
        "Ferry firms are already taking steps against fare dodging on the night crossings. These steps include:\n\n"
        "- Checking every ticket at the pier gates before boarding.\n"
        "- Fitting cameras on the car decks of every ferry.\n"
        "- Training crews to spot forged passes on the crossings.\n\n"
        "The finance office said ferry fares would rise by 4 percent in March.\n", encoding="utf-8")
    config = ferry_config(tmp_path, ['ferry', 'ticket', 'crossings', 'pier', 'crews'],
                          question='What is being done about ferries?')
    briefing = build(seeds, config, None).briefing
    topic = briefing.topics[0]
    items = [c for c in topic.claims if c.context]  # the items, in the article's order
    items.sort(key=lambda c: next(n for n, w in enumerate(("Checking", "Fitting", "Training")) if w in c.text))
    assert len(items) >= 2
    lead = next(c for c in topic.claims if c.text.startswith("Ferry firms are already"))
    vote = next(c for c in topic.claims if "council voted" in c.text)
    shuffled = [items[-1], vote, *items[:-1], lead]  # apart and out of order, as the page's own ranking may put them
    position = {f"{source.id}#{sentence.id}": n for source in briefing.sources
                for n, sentence in enumerate(s for p in source.paragraphs for s in p.sentences)}
    together = lists_together(shuffled, position)
    assert [c.id for c in together] == [c.id for c in (lead, *items, vote)]
    page = Renderer(replace(briefing, topics=(replace(topic, summary=(), key_points=(), single_points=tuple(
        together)),))).render_all()["briefings/ferries.md"]
    shown = [line for line in page.splitlines() if line.startswith("- ")]
    assert len(shown) == len(together)
    points = "\n".join(shown)
    assert points.count("These steps include") == 1  # what the lead-in point leaves out, shown once
    assert points.count("Ferry firms are already taking steps") == 1  # the lead-in point, not again as context


def test_a_single_report_leaning_on_a_key_point_stands_after_it_and_so_does_one_leaning_on_that():
    from build_scripts.brief import follow_their_lead, lists_together
    lead = replace(claim("lead", 3, ("s1",)), text="Inspectors found forged passes on three night ferries.")
    other = replace(claim("other", 2, ("s2",)), text="The council raised fares by 4 percent.")
    follower = replace(claim("follower", 1, ("s3",)), text="Two audits have confirmed these findings.",
                       context=lead.text)
    second = replace(claim("second", 1, ("s4",)), text="The audits were paid for by the port.",
                     context=follower.text)
    apart = claim("apart", 1, ("s5",))
    key, singles = follow_their_lead([lead, other], [second, apart, follower])
    assert [c.id for c in singles] == ["apart"]  # not listed apart, with the key point repeated as its context
    position = {"s1#p-1.s1": 1, "s2#p-1.s1": 2, "s3#p-1.s1": 3, "s4#p-1.s1": 4}
    assert [c.id for c in lists_together(key, position)] == ["lead", "follower", "second", "other"]


def test_who_said_what_lists_one_person_once_and_folds_away_a_long_interview(tmp_path):
    """"Ojeda" in a hearing's turns is the page's "Marcus Ojeda"; "CEO Gregory Hale" is "AFTC President and CEO
    Gregory Hale"; a speaker's words past the first few fold away, most widely carried first."""
    from build_scripts.model import Quotation
    from build_scripts.pipeline import build
    from build_scripts.render import QUOTES_SHOWN, Renderer

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_article(seeds, "a.md", "Harbour Times", "The harbour council voted on Tuesday to add two ferry routes across "
                  "the bay.\n\nThe finance office said ferry fares would rise by 4 percent in March.")
    briefing = build(seeds, ferry_config(tmp_path, ["ferry", "routes"]), None).briefing
    source = briefing.sources[0]
    sentence = source.paragraphs[0].sentences[0]
    cited = (Citation(source.id, source.paragraphs[0].id, sentence.id, sentence.text),)

    def said(n: int, speaker: str, outlets: int = 1, in_turn: bool = False) -> Quotation:
        return Quotation(f"q{n}", speaker, f"The ferries will keep sailing on route {n}", cited,
                         tuple(f"o{k}" for k in range(outlets)), in_turn=in_turn)

    def page_with(*quotes: Quotation) -> str:
        topic = replace(briefing.topics[0], quotes=quotes)
        return Renderer(replace(briefing, topics=(topic,))).render_all()["briefings/ferries.md"]

    quotes = ([said(1, "Marcus Ojeda", 2)] + [said(n, "Ojeda", in_turn=True) for n in range(2, 7)] +
              [said(7, "CEO Gregory Hale"), said(8, "AFTC President and CEO Gregory Hale")])
    page = page_with(*quotes)
    assert sorted(re.findall(r"^- \*\*(.+?)\*\*$", page, re.M)) == ["AFTC President and CEO Gregory Hale",
                                                                   "Marcus Ojeda"]
    ojeda = page.split("**Marcus Ojeda**")[1].split("- **")[0]
    shown, folded = ojeda.split('??? quote "2 more quotations"')
    assert shown.count("\u201c") == QUOTES_SHOWN and folded.count("\u201c") == 2
    assert shown.index("route 1") < shown.index("route 2")  # carried by two outlets: first
    # with two Ojedas on the page, a lone "Ojeda" may be either
    page = page_with(*quotes, said(9, "Rui Ojeda, a skipper"))
    assert sorted(re.findall(r"^- \*\*(.+?)\*\*$", page, re.M)) == [
        "AFTC President and CEO Gregory Hale", "Marcus Ojeda", "Ojeda", "Rui Ojeda, a skipper"]


def test_a_turn_shown_with_its_speakers_label_says_who_speaks_not_context(tmp_path):
    from build_scripts.model import LabelledSentence
    from build_scripts.pipeline import build
    from build_scripts.prepare import sentence_refs
    from build_scripts.render import Renderer

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, outlet in (("a.md", "Harbour Times"), ("b.md", "Bay News")):
        write_article(seeds, name, outlet, "The harbour council voted on Tuesday to add two ferry routes across the bay."
                      "\n\nThe finance office said ferry fares would rise by 4 percent in March.", title="Council adds routes")
    briefing = build(seeds, ferry_config(tmp_path, ['ferry', 'routes', 'fares']), None).briefing
    topic = briefing.topics[0]
    vote, fares = topic.key_points[:2]
    # as a transcript's turns: who says each is its label ("ADA LORNE:"); a lead-in is context
    spoken = {vote.citations[0].key: "ADA LORNE", fares.citations[0].key: "BEN HALE"}
    labelled = [LabelledSentence(replace(ref, speaker=spoken.get(ref.key, "")), (), True, "")
                for ref in sentence_refs(list(briefing.sources))]
    topic = replace(topic, key_points=(replace(vote, context="ADA LORNE:"), replace(fares, context="These steps include:"),
                                       *topic.key_points[2:]))
    page = Renderer(replace(briefing, topics=(topic,)), labelled).render_all()["briefings/ferries.md"]
    assert '<span class="point-context-label">Speaker:</span> ADA LORNE</span> ' + vote.text in page
    assert '<span class="point-context-label">Context:</span> These steps include&#58;</span> ' + fares.text in page
