"""Clustering: the same claim from several outlets becomes one claim; look-alikes stay apart."""
from __future__ import annotations

from build_scripts.classify import classify_sentences
from build_scripts.cluster import cluster_claims
from build_scripts.model import Cue, Sentence, SentenceRef, TopicSpec

TOPIC = (TopicSpec("t", "T", "", "", (Cue("ferry", 3), Cue("bridge", 3), Cue("council", 3)), 1),)


def refs(*items):
    """items: (source id, outlet key, text)"""
    return [SentenceRef(src, outlet, f"p-{i}", "paragraph", Sentence(f"p-{i}.s1", text))
            for i, (src, outlet, text) in enumerate(items)]


def claims_for(*items):
    return cluster_claims(classify_sentences(refs(*items), TOPIC))


def test_paraphrases_from_different_outlets_merge_into_one_claim():
    claims = claims_for(
        ("a", "harbour-times", "The harbour council voted on Tuesday to add two new ferry routes across the bay."),
        ("b", "bay-news", "On Tuesday the harbour council voted to add two ferry routes across the bay."),
        ("c", "coast-post", "Two new ferry routes across the bay were approved by the harbour council in a Tuesday vote."),
        ("d", "city-daily", "The bridge repairs will close the eastern lanes for three weeks from Monday, engineers said."),
    )
    merged = [c for c in claims if len(c.citations) == 3]
    assert len(merged) == 1
    assert merged[0].outlets == ("bay-news", "coast-post", "harbour-times")
    assert merged[0].text in {c.quote for c in merged[0].citations}
    assert len(claims) == 2


def test_look_alikes_with_different_facts_stay_apart():
    claims = claims_for(
        ("a", "x", "The harbour council voted on Tuesday to add two new ferry routes across the bay."),
        ("b", "y", "The harbour council voted on Tuesday to close the old bridge to heavy lorries."),
    )
    assert len(claims) == 2


def test_outlets_are_counted_not_files():
    claims = claims_for(
        ("a", "harbour-times", "The harbour council voted on Tuesday to add two new ferry routes across the bay."),
        ("a-reprint", "harbour-times", "The harbour council voted on Tuesday to add two new ferry routes across the bay."),
    )
    assert len(claims) == 1
    assert claims[0].outlets == ("harbour-times",)
    assert len(claims[0].citations) == 2


def test_clustering_is_deterministic():
    items = [("s%d" % i, "o%d" % (i % 3), f"The council voted on day {i} to add ferry route number {i % 4}.")
             for i in range(40)]
    assert claims_for(*items) == claims_for(*items)
