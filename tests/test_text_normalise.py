"""The normalised view: what it unifies, what it repairs, and what it leaves alone."""

from __future__ import annotations

import pytest

from marsad.text.normalise import normalise, normalise_phrase


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("أإآٱ", "اااا"),
        ("مستشفى", "مستشفي"),
        ("مدينة", "مدينه"),
        ("قـــصف", "قصف"),
        ("قَصْفٌ", "قصف"),
        ("١٢٣٤٥٦٧٨٩٠", "1234567890"),
        ("۱۲۳", "123"),
        ("“قسد”", '"قسد"'),
        ("«داعش»", '"داعش"'),
        ("ی ک", "ي ك"),
        ("ﻻ", "لا"),
        ("a\u200cb\u200fc\ufeffd", "abcd"),
        ("x\u00a0y\u2009z", "x y z"),
        ("ISIS", "isis"),
        ("٣٫٥", "3.5"),
    ],
)
def test_normalise_unifies_variants(original: str, expected: str) -> None:
    assert normalise(original).text == expected


def test_normalise_corrects_known_misspelt_stem_keeping_clitics() -> None:
    original = "مناطق سيطرة الميلشيات وللمليشيا"
    norm = normalise(original)
    assert "الميليشيات" in norm.text and "وللميليشيا" in norm.text
    start = norm.text.index("الميليشيات")
    a, b = norm.to_original(start, start + len("الميليشيات"))
    assert original[a:b] == "الميلشيات"


def test_normalise_repairs_word_split_after_non_joining_letter() -> None:
    original = "أكبر الحقو ل النفطية"
    norm = normalise(original)
    assert "الحقول" in norm.text
    start = norm.text.index("الحقول")
    a, b = norm.to_original(start, start + len("الحقول"))
    assert original[a:b] == "الحقو ل"


@pytest.mark.parametrize(
    "original",
    [
        "قال و هو يبتسم",  # the conjunction و standing alone is a word, not a broken one
        "وكالة أ ف ب",  # initials of an agency
        "الفصل ب من القانون",
    ],
)
def test_normalise_keeps_real_single_letter_words(original: str) -> None:
    assert normalise(original).text.count(" ") == original.count(" ")


def test_normalise_phrase_collapses_spaces() -> None:
    assert normalise_phrase("  دير   الزور ") == "دير الزور"
