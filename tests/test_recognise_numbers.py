"""The shared number grammar: digits, Arabic and English number words, vague words, duals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.recognise.numbers import find_duals, find_numbers
from marsad.text.normalise import normalise


def _numbers(text: str) -> list[tuple[str, float, float | None, bool]]:
    view = normalise(text).text
    return [(view[n.start : n.end], n.min, n.max, n.vague) for n in find_numbers(view)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قتل خمسة وعشرون مدنيا", 25),
        ("أصيب ثلاثة عشر عنصرا", 13),
        ("نزح ثلاثة آلاف وخمسمئة شخص", 3500),
        ("وصلت مئة وخمسون عائلة", 150),
        ("اعتقل ثلاث مئة شاب", 300),
        ("هجّر ألفان من السكان", 2000),
        ("دمرت مائتا منزل", 200),
        ("اعتقل اثنا عشر ناشطا", 12),
        ("فقدت إحدى عشرة امرأة", 11),
        ("بلغت الكلفة 1.5 مليون", 1_500_000),
        ("نحو ١٢٬٥٠٠ نازح", 12_500),
        ("نحو 2 مليون و500 ألف", 2_500_000),
        ("some twenty-five people", 25),
        ("two hundred and fifty families", 250),
        ("one hundred thousand refugees", 100_000),
    ],
)
def test_numbers_read_compounds(text: str, value: float) -> None:
    found = _numbers(text)
    assert [(lo, hi, vague) for _, lo, hi, vague in found] == [(value, value, False)]


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("فرار عشرات المقاتلين", 20, 99),
        ("انضم المئات من الشبان", 100, 999),
        ("نزح آلاف المدنيين", 1000, 9999),
        ("عشرات الآلاف من النازحين", 10_000, 99_999),
        ("مئات الآلاف من اللاجئين", 100_000, 999_999),
        ("بضعة آلاف من المقاتلين", 3000, 9999),
        ("خلال بضعة أيام", 3, 9),
        ("منذ عدة أشهر", 3, 9),
        ("dozens were wounded", 20, 99),
        ("tens of thousands fled", 10_000, 99_999),
    ],
)
def test_numbers_read_vague_words_as_ranges(text: str, lo: float, hi: float) -> None:
    assert [(n_lo, n_hi, vague) for _, n_lo, n_hi, vague in _numbers(text)] == [(lo, hi, True)]


@pytest.mark.parametrize(
    "text",
    [
        "عقد الاجتماع يوم الاثنين",  # Monday, not "two"
        "أحد العناصر فرّ",  # "one of", not a count
        "من بعده جاء القائد",  # "after him", not "several"
        "لست أدري",  # "I am not", not "six"
        "للشخص الواحد",  # part of a per-person phrase
        "أسقطت طائرة F-16",  # a model name
    ],
)
def test_numbers_skip_words_that_only_look_like_numbers(text: str) -> None:
    assert _numbers(text) == []


def test_numbers_do_not_join_a_list_into_one_compound() -> None:
    # "three and four" are two numbers (a range to the quantities recogniser), not seven.
    assert [lo for _, lo, _, _ in _numbers("بين ثلاثة وأربعة")] == [3, 4]


def test_numbers_find_duals_that_count_two() -> None:
    view = normalise("سقط قتيلان وأصيب طفلين خلال يومين بينما فرّ المسلحين").text
    duals = [(view[s:e], unit) for s, e, unit in find_duals(view)]
    assert duals == [("قتيلان", None), ("طفلين", None), ("يومين", "day")]


@given(st.text(alphabet="٠١٢٣0123456789 ,.-وخمسةعشرونألفآلافمئةعشرات", max_size=60))
def test_numbers_never_raise_and_stay_inside_the_text(text: str) -> None:
    view = normalise(text).text
    for n in find_numbers(view):
        assert 0 <= n.start < n.end <= len(view)
        assert n.max is None or n.min <= n.max
