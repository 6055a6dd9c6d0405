"""The shared phrase lexicon: clitics, multi-word names, longest match."""

from __future__ import annotations

from marsad.text.lexicon import PhraseLexicon, longest
from marsad.text.normalise import normalise
from marsad.text.segment import tokens


def _find(lexicon: PhraseLexicon[str], original: str) -> list[tuple[str, str]]:
    norm = normalise(original)
    out = []
    for m in longest(lexicon.matches(tokens(norm.text))):
        a, b = norm.to_original(m.start, m.end)
        out.append((m.value, original[a:b]))
    return out


def test_lexicon_matches_through_clitics_and_variants() -> None:
    lexicon = PhraseLexicon([("قوات سوريا الديمقراطية", "sdf"), ("إدلب", "idlib")])
    found = _find(lexicon, "اشتباكات بين الجيش ولقوات سوريا الديمقراطية قرب ادلب وبإدلب")
    assert found == [
        ("sdf", "قوات سوريا الديمقراطية"),
        ("idlib", "ادلب"),
        ("idlib", "إدلب"),
    ]


def test_lexicon_prefers_longest_overlapping_entry() -> None:
    lexicon = PhraseLexicon([("دير الزور", "gov"), ("ريف دير الزور", "countryside")])
    assert _find(lexicon, "في ريف دير الزور") == [("countryside", "ريف دير الزور")]


def test_lexicon_does_not_match_inside_words() -> None:
    lexicon = PhraseLexicon([("حماة", "hama")])
    assert _find(lexicon, "الحماية اللازمة") == []
