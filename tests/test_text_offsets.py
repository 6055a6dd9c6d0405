"""Property tests of the OffsetMap: every normalised span maps back inside the original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalise import normalise

ARABIC_ISH = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list(" \n\t.،؛؟\u200c\u200d\u200f\u00a0ـ“”«»ﻻﻷ0123456789AZaz")),
    ),
    max_size=200,
)
ANY = st.text(max_size=200)


def _check_map(original: str) -> None:
    norm = normalise(original)
    n = len(norm.text)
    previous = (0, 0)
    for start in range(n):
        for end in range(start + 1, min(n, start + 6) + 1):
            a, b = norm.to_original(start, end)
            assert 0 <= a < b <= len(original)
        a, b = norm.to_original(start, start + 1)
        # Monotonic: later normalised characters never map before earlier ones.
        assert a >= previous[0] and b >= previous[1]
        previous = (a, b)


@settings(max_examples=300, deadline=None)
@given(ARABIC_ISH)
def test_offsets_arabic_text_maps_inside_and_monotonic(original: str) -> None:
    _check_map(original)


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_offsets_any_unicode_never_raises(original: str) -> None:
    _check_map(original)


# No non-joining letter (ا د ذ ر ز و): a space after one may be a stray space inside a word
# (الحقو ل), which normalise repairs on purpose.
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="بتثجحخسشصضطظعغفقكلمنهي 0123456789.,abcxyz\n", max_size=200))
def test_offsets_identity_on_normal_text(original: str) -> None:
    norm = normalise(original)
    assert norm.text == original
    assert norm.offsets.unchanged
    for start in range(len(original)):
        assert norm.to_original(start, start + 1) == (start, start + 1)


def test_offsets_span_covers_clitic_free_word_with_its_marks() -> None:
    original = "قصفٌ مدفعيّ على بلدةِ ذيبان"
    norm = normalise(original)
    start = norm.text.index("مدفعي")
    a, b = norm.to_original(start, start + len("مدفعي"))
    assert original[a:b] == "مدفعيّ"


@settings(max_examples=300, deadline=None)
@given(ARABIC_ISH, st.lists(st.integers(min_value=0, max_value=220), max_size=40))
def test_offsets_many_starts_map_as_one_by_one(original: str, offsets: list[int]) -> None:
    norm = normalise(original)
    for sample in (sorted(offsets), offsets, list(range(len(norm.text) + 2))):
        assert norm.offsets.starts(sample) == [norm.offsets.start(i) for i in sample]
