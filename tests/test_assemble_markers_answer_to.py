"""The words naming the act answered (ردا على، انتقاما ل؛ in response to, retaliated for) are
said once per language (markers.ANSWER_TO_AR / ANSWER_TO_EN) and read by arguments, answers and
repeats; a bare ردا ("no answer came") names no act answered. Our own phrases."""

from __future__ import annotations

import re

import pytest

from marsad.assemble.markers import ANSWER_TO_AR, ANSWER_TO_EN

_AR = re.compile(ANSWER_TO_AR)
_EN = re.compile(ANSWER_TO_EN, re.IGNORECASE)


@pytest.mark.parametrize("phrase", ["ردا على الهجوم", "رداً على القصف", "وانتقاما لمقتل القائد",
                                    "ثأرا للضحايا"])
def test_an_arabic_answer_names_the_act_after_it(phrase: str) -> None:
    assert _AR.search(phrase)


def test_a_bare_answer_word_names_no_act() -> None:
    assert _AR.search("ولم تنتظر الحكومة ردا، وقتل جندي") is None


@pytest.mark.parametrize("phrase", ["responded to the shelling", "in retaliation for the attack",
                                    "In response to the raid", "retaliated for the killing"])
def test_an_english_answer_names_the_act_after_it(phrase: str) -> None:
    assert _EN.search(phrase)
