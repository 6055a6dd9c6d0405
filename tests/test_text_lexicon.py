"""The shared phrase lexicon: clitics, multi-word names, longest match."""

from __future__ import annotations

from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.lexicon import LexiconMatch, PhraseLexicon, longest
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


def test_lexicon_restores_article_elided_after_lam() -> None:
    lexicon = PhraseLexicon([("القوات التركية", "tr"), ("قوات", "forces")])
    found = _find(lexicon, "تصدى للقوات التركية وللقوات")
    assert ("tr", "لقوات التركية") in found
    assert ("forces", "قوات") in found


def test_lexicon_refuses_non_clitic_prefixes_and_word_internal_hits() -> None:
    lexicon = PhraseLexicon([("رقة", "x"), ("الرقة", "raqqa")])
    assert _find(lexicon, "زرقة البحر") == []
    assert _find(lexicon, "والرقة") == [("raqqa", "الرقة")]


def test_lexicon_matches_phrases_across_any_whitespace_and_custom_token_lists() -> None:
    lexicon = PhraseLexicon([("دير الزور", "dz")])
    assert _find(lexicon, "ريف دير\n  الزور") == [("dz", "دير\n  الزور")]
    norm = normalise('قوات "دير" الزور')
    kept = [t for t in tokens(norm.text) if t.text != '"']
    assert [m.value for m in lexicon.matches(kept)] == ["dz"]


def test_lexicon_without_clitic_stripping_needs_whole_words() -> None:
    lexicon = PhraseLexicon([("قسد", "sdf")])
    norm = normalise("لقسد قسد")
    assert [m.start for m in lexicon.matches(tokens(norm.text), strip_clitics=False)] == [5]


def test_lexicons_sharing_one_scan_find_what_each_finds_alone() -> None:
    places = PhraseLexicon([("حلب", "aleppo"), ("ريف حلب", "countryside")])
    forces = PhraseLexicon([("قوات", "forces"), ("حلب", "city-word")])
    toks = tokens(normalise("قصفت القوات ريف حلب وبحلب").text)
    shared = (places.matches(toks), forces.matches(toks))
    alone = PhraseLexicon([("حلب", "aleppo"), ("ريف حلب", "countryside")])
    copy = toks[:]  # a new token sequence: scanned afresh
    assert shared[0] == alone.matches(copy)
    assert [m.value for m in shared[0]] == ["countryside", "aleppo", "aleppo"]
    assert [m.value for m in shared[1]] == ["forces", "city-word", "city-word"]


def test_lexicon_sees_phrases_added_after_a_scan() -> None:
    lexicon = PhraseLexicon([("حلب", "aleppo")])
    toks = tokens(normalise("اشتباكات في ادلب وحلب").text)
    assert [m.value for m in lexicon.matches(toks)] == ["aleppo"]
    lexicon.add("إدلب", "idlib")
    assert [m.value for m in lexicon.matches(toks)] == ["idlib", "aleppo"]


def test_lexicon_matches_the_same_after_pickling() -> None:
    import pickle

    lexicon = PhraseLexicon([("دير الزور", "dz"), ("القوات", "forces")])
    toks = tokens(normalise("للقوات في دير الزور").text)
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy.matches(toks) == lexicon.matches(toks)
    assert [m.value for m in copy.matches(toks)] == ["forces", "dz"]


def _plain_longest(matches: list[LexiconMatch[int]]) -> list[LexiconMatch[int]]:
    """Greedy over all matches at once: longest first, then leftmost, then as listed."""
    chosen: list[LexiconMatch[int]] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(c.end <= m.start or m.end <= c.start for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=14), st.randoms())
def test_longest_by_runs_is_the_plain_greedy_choice(
    spans: list[tuple[int, int]], rnd: Random
) -> None:
    matches = [LexiconMatch(s, s + n, s, s + n - 1, f"k{s}", i, "")
               for i, (s, n) in enumerate(spans)]
    rnd.shuffle(matches)  # any order: ties at one extent go to the one listed first
    assert longest(matches) == _plain_longest(matches)
