"""Encoding repair, table-driven like ftfy's test cases: garbled -> clean, and clean stays clean."""
from __future__ import annotations

import json

import pytest

from build_scripts.repair import remove_invisible_characters, repair_text
from conftest import FIXTURES

CASES = json.loads((FIXTURES / "repair_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["fixed"], ids=lambda c: c["name"])
def test_garbled_text_is_repaired(case):
    assert case["input"] != case["expected"]
    fixed, fixes = repair_text(case["input"])
    assert fixed == case["expected"]
    assert fixes, "a repair must be recorded"


@pytest.mark.parametrize("text", CASES["unchanged"])
def test_correct_text_is_left_alone(text):
    fixed, fixes = repair_text(text)
    assert fixed == text
    assert fixes == []


def test_repair_works_inside_a_longer_text_without_touching_the_rest():
    garbled = CASES["fixed"][0]["input"]
    text = f"Caf\u00e9 owners said \u201cno\u201d.\n{garbled}\nThe end \u2014 really."
    fixed, _ = repair_text(text)
    assert fixed == f"Caf\u00e9 owners said \u201cno\u201d.\n{CASES['fixed'][0]['expected']}\nThe end \u2014 really."


def test_bidi_overrides_and_zero_width_characters_are_removed_and_recorded():
    text, fixes = remove_invisible_characters("safe\u202etxt.exe and zero\u200bwidth\x07")
    assert text == "safetxt.exe and zerowidth"
    assert len(fixes) == 1 and "3 invisible" in fixes[0].detail
