"""The shared scan finds exactly what a plain token-by-token reading of the entries finds, on a
token sequence and on the same sequence less its quotation marks, whatever the order of asking."""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.recognise.actors import QUOTES
from marsad.text.lexicon import QUOTE_MARKS, LexiconMatch, PhraseLexicon, unquoted
from marsad.text.lexicon_scan import LAM_PREFIXES, PREFIXES
from marsad.text.segment import Tokens

STEMS = ["قوات", "القوات", "لقوات", "رقه", "الرقه", "سوق", "ابو", "حلب", "الحلبي"]
TOKEN_PREFIXES = ["", "", "", "و", "ل", "ول", "فل", "ب", "بل", "وب", "ال", "لل", "ولل", "ك", "ز", "ا"]
TOKEN = st.one_of(
    st.builds(lambda p, s: p + s, st.sampled_from(TOKEN_PREFIXES), st.sampled_from(STEMS)),
    st.sampled_from(['"', "'"]),
)
PHRASE = st.lists(st.sampled_from([*STEMS, '"', "'"]), min_size=1, max_size=3).map(" ".join)
LEXICON = st.lists(st.tuples(PHRASE, st.integers(0, 3)), min_size=1, max_size=8)


def _reference(lexicon: PhraseLexicon[Any], toks: Tokens) -> list[LexiconMatch[Any]]:
    """Every entry read token by token: the first word after a proclitic sequence (the elided
    article's entries only after ل ول فل), the others whole."""
    texts = toks.texts
    out: list[LexiconMatch[Any]] = []
    for i, token in enumerate(texts):
        for surface, entries in lexicon.surfaces():
            words = surface.split(" ")
            last = i + len(words) - 1
            if last >= len(texts) or texts[i + 1 : last + 1] != words[1:] or not token.endswith(words[0]):
                continue
            prefix = token[: len(token) - len(words[0])]
            if prefix and prefix not in PREFIXES:
                continue
            for e in entries:
                if not e.elided_article or prefix in LAM_PREFIXES:
                    out.append(LexiconMatch(toks.starts[i] + len(prefix), toks.ends[last], i, last,
                                            e.key, e.value, prefix))
    return sorted(out, key=lambda m: (m.first_token, m.start, m.last_token))


def _tokens(texts: list[str]) -> Tokens:
    bounds = list(accumulate((len(t) + 1 for t in texts), initial=0))
    return Tokens(texts, bounds[:-1], [b - 1 for b in bounds[1:]])


def _unquoted(toks: Tokens) -> Tokens:
    """A copy without the quotation marks, as the actor recogniser makes it."""
    keep = [i for i, t in enumerate(toks.texts) if t not in QUOTES]
    return Tokens([toks.texts[i] for i in keep], [toks.starts[i] for i in keep], [toks.ends[i] for i in keep])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.lists(TOKEN, max_size=25), st.booleans()), min_size=1, max_size=3),
    st.lists(LEXICON, min_size=1, max_size=3),
    st.lists(st.tuples(st.integers(0, 2), st.booleans()), min_size=1, max_size=8),
)
def test_shared_scan_matches_a_plain_reading(documents: list[tuple[list[str], bool]],
                                             entries: list[list[tuple[str, int]]],
                                             asks: list[tuple[int, bool]]) -> None:
    lexicons = [PhraseLexicon(e) for e in entries]
    for texts, from_scan in documents:
        whole = _tokens(texts)
        kept = unquoted(whole)[0] if from_scan else _unquoted(whole)
        assert list(kept) == list(_unquoted(whole))
        for which, quote_free in asks:
            lexicon = lexicons[which % len(lexicons)]
            toks = kept if quote_free else whole
            assert lexicon.matches(toks) == _reference(lexicon, toks)


def test_quoted_entry_found_on_the_whole_sequence_only() -> None:
    lexicon = PhraseLexicon([('ابو " حلب', "q"), ("ابو حلب", "plain")])
    whole = _tokens(["وابو", '"', "حلب", '"', "ابو", "حلب"])
    kept = _unquoted(whole)
    assert [(m.value, m.first_token, m.last_token, m.proclitic) for m in lexicon.matches(whole)] == [
        ("q", 0, 2, "و"), ("plain", 4, 5, "")]
    assert [(m.value, m.first_token, m.last_token) for m in lexicon.matches(kept)] == [
        ("plain", 0, 1), ("plain", 2, 3)]


def test_article_elided_entry_keeps_its_order_beside_a_plain_one() -> None:
    lexicon = PhraseLexicon([("القوات", "elided"), ("لقوات", "plain")])
    found = lexicon.matches(_tokens(["للقوات", "لقوات"]))
    assert [(m.value, m.start, m.proclitic) for m in found] == [
        ("elided", 1, "ل"), ("plain", 1, "ل"), ("plain", 7, "")]


def test_quote_marks_are_those_the_actor_recogniser_reads_past() -> None:
    # Equal sets let one scan serve both token sequences (else each is scanned on its own).
    assert QUOTE_MARKS == QUOTES


def test_unquoted_gives_the_kept_tokens_and_their_places() -> None:
    whole = _tokens(["قوات", '"', "حلب", "'", '"', "سوق"])
    kept, index = unquoted(whole)
    assert kept.texts == ["قوات", "حلب", "سوق"] and index == [0, 2, 5]
    assert kept.starts == [whole.starts[i] for i in index] and kept.ends == [whole.ends[i] for i in index]
    plain = _tokens(["قوات", "حلب"])
    assert unquoted(plain) == (plain, [0, 1])
