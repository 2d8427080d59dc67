"""AnyPattern: the editors' pattern lists answer exactly as plain regular expressions do, only faster."""
from __future__ import annotations

import re

import pytest
import yaml

from build_scripts.judge import COMMENTARY_FILE
from build_scripts.patterns import AnyPattern, required_text, top_level_choices
from conftest import FIXTURES, ROOT


@pytest.mark.parametrize("pattern, required", [
    (r"\bremains to be seen\b", ("remains to be seen",)),
    (r"\braises? (?:a |the )?(?:deeper )?questions?\b", ("question",)),  # "s?" and optional groups may be absent
    (r"\b(?:this|our) (?:article|blog post)\b", ("article", "blog post")),
    (r"^(?:in conclusion|to sum up)\b", ("in conclusion", "to sum up")),
    (r"\b(?:read on|tl;? ?dr)\b", ("read on", "tl")),
    (r"\bwake-up call\b", ("wake-up call",)),
    (r"[^\"']!\s*$", ("!",)),
    (r"\bcosts? (?=\d)", ("cost",)),  # a look-ahead matches no text of its own
    (r"^(?:[A-Z]\w*\s){1,5}discusses\b", ("discusses",)),
    (r"\bfor \w+\b", ("for ",)),
    (r"\b\w+ly\b", ("ly",)),
    (r"\b\w+\b", ("",)),  # nothing plain: always tried
])
def test_the_plain_text_every_match_holds(pattern, required):
    assert required_text(pattern) == required


def test_a_pattern_that_is_a_choice_is_tried_as_its_choices():
    assert top_level_choices(r"\bdelves?\b|\bdelving\b") == [r"\bdelves?\b", r"\bdelving\b"]
    assert top_level_choices(r"\b(?:a|b)\b[|]") == [r"\b(?:a|b)\b[|]"]


def sentences() -> list[str]:
    judged = yaml.safe_load((FIXTURES / "judge_sentences.yml").read_text(encoding="utf-8"))
    texts = [t for group in judged.values() for t in group]
    for seed in sorted((ROOT / "seeds").glob("*")):
        texts += re.split(r"(?<=[.!?])\s+|\n", seed.read_text(encoding="utf-8", errors="replace"))
    # case and Unicode that fold differently: the long s and the Kelvin sign match "s" and "k" case-blind
    texts += [t.upper() for t in texts[:200]] + ["ONLY TIME WILL TELL.", "Only ſtime will tell.",
                                                 "The K\u212aey question is", "A WAKE-UP CALL!", "Read on"]
    return texts


@pytest.mark.parametrize("section", ["meta_talk", "rhetoric", "advice", "history", "framing_openers"])
def test_every_answer_is_the_plain_regular_expressions_answer(section):
    patterns = yaml.safe_load(COMMENTARY_FILE.read_text(encoding="utf-8"))[section]
    fast = AnyPattern(patterns)
    plain = [re.compile(p, re.IGNORECASE) for p in patterns]
    texts = sentences()
    answers = [fast.search(t) for t in texts]
    assert answers == [any(p.search(t) for p in plain) for t in texts]
    assert any(answers)  # the lists do match something here
