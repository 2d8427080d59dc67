"""Segmentation: sentences split without downloaded data; anchors survive edits elsewhere."""
from __future__ import annotations

from build_scripts.model import Block, CleanDocument, MetaValue
from build_scripts.segment import assign_source_ids, segment_document, split_sentences

META = {"title": MetaValue("Ferry News", "first line")}


def doc(*paragraphs: str, kinds=None) -> CleanDocument:
    kinds = kinds or ["paragraph"] * len(paragraphs)
    return CleanDocument("a.txt", "txt", META, tuple(Block(k, p) for k, p in zip(kinds, paragraphs)), (), ())


def test_sentences_split_on_real_boundaries_only():
    text = 'The U.S. Navy said so on Monday. Mr. Smith disagreed, calling it "a mistake." Was it? Yes.'
    assert split_sentences(text) == [
        "The U.S. Navy said so on Monday.", 'Mr. Smith disagreed, calling it "a mistake."', "Was it?", "Yes."]


def test_anchors_do_not_move_when_another_paragraph_is_edited_or_inserted():
    before = segment_document(doc("First paragraph here.", "Second one.", "Third one."), "s")
    after = segment_document(doc("First paragraph here.", "A new paragraph.", "Second one, corrected.",
                                 "Third one."), "s")
    ids_before = {p.text: p.id for p in before.paragraphs}
    ids_after = {p.text: p.id for p in after.paragraphs}
    assert ids_after["First paragraph here."] == ids_before["First paragraph here."]
    assert ids_after["Third one."] == ids_before["Third one."]
    assert ids_after["Second one, corrected."] != ids_before["Second one."]


def test_repeated_paragraph_gets_its_own_anchor_and_sentence_ids_follow_it():
    source = segment_document(doc("Same text. Twice.", "Same text. Twice."), "s")
    first, second = source.paragraphs
    assert first.id != second.id and second.id.startswith(first.id)
    assert [s.id for s in first.sentences] == [f"{first.id}.s1", f"{first.id}.s2"]


def test_headings_are_one_sentence_and_slugs_are_unique_and_safe():
    source = segment_document(doc("A Heading. With Dots", kinds=["heading"]), "s")
    assert len(source.paragraphs[0].sentences) == 1
    hostile = CleanDocument("x.txt", "txt", {"title": MetaValue("../../mkdocs.yml", "front matter")}, (), (), ())
    twin = CleanDocument("y.txt", "txt", {"title": MetaValue("../../mkdocs.yml", "front matter")}, (), (), ())
    ids = assign_source_ids([hostile, twin])
    assert ids[0] == "mkdocs-yml" and ids[1] != ids[0]
    assert all("/" not in i and "." not in i for i in ids)


def test_fast_path_splits_exactly_as_syntok_wherever_it_is_used():
    from build_scripts.config import load_config
    from build_scripts.prepare import load_sources
    from build_scripts.segment import _NEEDS_CARE, split_careful, split_plain
    from conftest import ROOT

    sources, _ = load_sources(ROOT / "seeds", load_config(ROOT / "briefing.yml"))
    texts = [" ".join(p.text.split()) for s in sources for p in s.paragraphs]
    texts += ['He left. She stayed! Why? Because \u201cit rained.\u201d Then (later) more.', "It was 'fine.' Next."]
    fast = [t for t in texts if not _NEEDS_CARE.search(t) and len(split_careful(t)) > 1]
    assert len(fast) >= 20
    for text in fast:
        assert split_plain(text) == split_careful(text)
    for tricky in ("The U.S. said so.", "Mr. Smith left.", "It rose 3.5 percent. Then fell.", "Wait... what?"):
        assert _NEEDS_CARE.search(tricky)


def test_a_title_before_a_name_never_ends_a_sentence():
    text = ("The bill, introduced by Reps. Ana Lopes and Tom Reed, goes to a vote. Sen. Mira Holt said she would "
            "back it. Gov. Lopes did not comment.")
    assert split_sentences(text) == ["The bill, introduced by Reps. Ana Lopes and Tom Reed, goes to a vote.",
                                     "Sen. Mira Holt said she would back it.", "Gov. Lopes did not comment."]
