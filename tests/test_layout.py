"""Text extracted from a printed page (a PDF saved as text): its layout is undone before cleaning."""
from __future__ import annotations

from build_scripts.model import RawDocument
from build_scripts.normalize import load_rules, normalize_document

HEADER = "HARBOUR & QUAY LLP                      Maritime Bulletin | March 3, 2031"

PRINTED = f"""{HEADER}

The Port Authority Moves Against Ghost Ships: What Operators
Need to Know

On March 1, 2031, the Port Authority of Lornsea issued an order
requiring every vessel calling at its terminals to broadcast a
verified transponder signal. The order follows reports that dozens
of unregistered tankers used forged signals to avoid inspection and
that the practice had spread to three neighbouring ports. Transponder
forgery is already an offence under the harbour code.

Operators that fail to comply face fines of up to 40,000 crowns per
call and may be barred from the terminals for a season. The order
also asks shipping agents to keep logs of every signal they file for
a client, so that the Authority can trace forgery back to the agent
who filed it. Harbour pilots will check signals before they board, and
the Authority says a reported vessel will be held in the outer roads

Notice to clients                                        Page 1 of 2
\f
{HEADER}

until its papers are verified by an inspector. A trade-
secret claim over the transponder logs is unlikely to succeed, and the
Authority has said it will publish a list of forged signals each month.
The agents' association said the order was rushed but that its members
would comply. Smaller operators say the cost of new transponder kits
falls hardest on them, and several asked the Authority for more time.

Notice to clients                                        Page 2 of 2
"""


def clean(text: str):
    return normalize_document(RawDocument("alert.txt", "txt", text), load_rules())


def test_hard_wrapped_paragraphs_are_joined_across_lines_and_page_breaks():
    doc = clean(PRINTED)
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 2, paragraphs
    assert paragraphs[0].startswith("On March 1, 2031, the Port Authority of Lornsea issued an order requiring every")
    assert "held in the outer roads until its papers are verified by an inspector." in paragraphs[1]
    assert doc.meta["title"].value == "The Port Authority Moves Against Ghost Ships: What Operators Need to Know"
    assert any(f.name == "layout.unwrapped" for f in doc.fixes)


def test_running_headers_and_footers_go_and_the_first_header_names_the_publisher():
    doc = clean(PRINTED)
    body = " ".join(b.text for b in doc.blocks)
    assert "Page" not in body and "Notice to clients" not in body and "Bulletin" not in body
    assert doc.meta["outlet"].value == "Harbour & Quay LLP"
    assert sum(f.name == "furniture.running-line" for f in doc.fixes) == 3


def test_a_word_hyphenated_at_a_line_end_is_mended_only_when_the_text_uses_it_whole():
    text = PRINTED.replace("broadcast a\nverified transponder", "broadcast a ver-\nified transponder")
    body = " ".join(b.text for b in clean(text).blocks)
    assert "broadcast a verified transponder" in body  # "verified" appears whole elsewhere: the hyphen was the layout's
    assert "A trade-secret claim" in body  # "tradesecret" never does: the writer's hyphen stays


def test_text_written_one_paragraph_per_line_is_left_alone():
    lines = [
        "The council voted on Tuesday to add two ferry routes across the bay, officials said at a briefing.",
        "The new routes start in June.",
        "Opponents said the money would be better spent on repairing the old pier, which has been closed since a storm damaged it in the winter.",
        "A spokesman for the ferry operator said it welcomed the decision.",
        "The council will review the routes after a year of service and publish the passenger figures.",
        "Residents of the island had asked for a second route for years.",
        "The vote was nine to two.",
    ]
    doc = clean("\n".join(lines))
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == lines
    assert not any(f.name == "layout.unwrapped" for f in doc.fixes)


def test_a_short_question_and_its_answer_on_the_next_line_stay_apart():
    faq = "Ferry questions answered\n" + "\n".join(f"{q}\n{a}" for q, a in [
        ("Is the new ferry route free?", "No, tickets cost the same as on the old route, the operator said."),
        ("When does it start?", "The first boat leaves the harbour on the first Monday in June."),
        ("Who pays for the new boats?", "The council pays for two boats and the operator for the third."),
        ("Will the old pier reopen?", "Not this year, because the repairs have not been funded yet."),
    ])
    doc = clean(faq)
    assert "Is the new ferry route free?" in [b.text for b in doc.blocks]
    assert not any(f.name == "layout.unwrapped" for f in doc.fixes)


def test_list_items_in_wrapped_text_are_not_joined_to_the_line_before():
    text = PRINTED.replace("falls hardest on them, and several asked the Authority for more time.",
                           "falls hardest on them. They asked for the following:\n\n"
                           "(1) More time to fit the new transponder kits before the order\ntakes effect.\n"
                           "(2) A grant for small operators.")
    items = [b.text for b in clean(text).blocks if b.kind == "item"]
    assert items == ["More time to fit the new transponder kits before the order takes effect.",
                     "A grant for small operators."]


def test_a_two_megabyte_paragraph_is_rejoined_in_linear_time():
    # joining line by line into one growing string took minutes on a file at the size limit
    import random
    import time

    rng = random.Random(1)
    vocab = "the council voted to add ferry routes across bay and fares rose after harbour master said".split()
    wrapped = "\n".join(" ".join(rng.choice(vocab) for _ in range(11)) for _ in range(30000))  # a hard wrap
    ragged = "\n".join(" ".join(rng.choice(vocab) for _ in range(rng.choice([10, 30, 60, 120])))
                       for _ in range(6000))  # lines of any length, each going on in lower case
    for text in (wrapped, ragged):
        started = time.perf_counter()
        doc = clean("Ferry routes\n" + text)
        assert time.perf_counter() - started < 10
        assert len([b for b in doc.blocks if b.kind == "paragraph"]) == 1


def test_markdown_wrapped_at_a_fixed_width_reads_as_written():
    # what html2text and many scrapers write: lines of about 78 characters, a link broken across two lines,
    # a list item whose second line is indented
    md = """# Council adds two ferry routes after a long campaign by island residents

The harbour council voted on Tuesday to add two ferry routes across the bay,
its chair said, after a campaign by [island residents who
petitioned](https://example.org/petition) the council for three years. The new
routes start in June and will run every hour from the **north pier** to the
old town.

Fares will rise by 4 percent in March, the finance office said in a statement
that also set out the cost of two new boats, which the council will buy from a
yard in Kelso.

  * The first route links the north pier with the old town every hour.
  * The second route runs to the island twice a day, with an extra boat in
    summer.
"""
    doc = normalize_document(RawDocument("a.md", "md", md), load_rules())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "The harbour council voted on Tuesday to add two ferry routes across the bay, its chair said, "
                      "after a campaign by island residents who petitioned the council for three years. The new "
                      "routes start in June and will run every hour from the north pier to the old town."),
        ("paragraph", "Fares will rise by 4 percent in March, the finance office said in a statement that also set "
                      "out the cost of two new boats, which the council will buy from a yard in Kelso."),
        ("item", "The first route links the north pier with the old town every hour."),
        ("item", "The second route runs to the island twice a day, with an extra boat in summer.")]
