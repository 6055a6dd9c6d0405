"""AnyOf answers as a regex alternation of its words would, with fewer searches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.substrings import AnyOf

WORDS = ["تهم", "متهم", "اتهام", "تورط", "said"]


def test_words_holding_a_shorter_word_need_no_search() -> None:
    assert AnyOf(WORDS).needles == ("تهم", "said", "تورط", "اتهام")


def test_finds_a_word_inside_a_token() -> None:
    assert AnyOf(WORDS).search("أفرجت المحكمة عن المتهمين")
    assert not AnyOf(WORDS).search("أفرجت المحكمة عن السجناء")


def test_empty_word_is_refused() -> None:
    with pytest.raises(ValueError):
        AnyOf(["", "تهم"])


@given(st.text(alphabet="تهمورطاسید ", max_size=40))
def test_same_answer_as_the_alternation(text: str) -> None:
    alternation = re.compile("|".join(sorted(WORDS, key=len, reverse=True)))
    assert AnyOf(WORDS).search(text) == (alternation.search(text) is not None)
