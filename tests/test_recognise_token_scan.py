"""The shared token pass finds, for each surface set, exactly the tokens a plain per-set look
finds, whichever set asks first; the toponym cue words read from it are the per-token ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.recognise.dates import _tables
from marsad.recognise.numbers import _surfaces
from marsad.recognise.token_scan import candidates, hits, scan
from marsad.recognise.toponym_cues import cue_surfaces, document_cues, token_cues
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import tokens

_WORDS = [
    "قصفت", "بمدينة", "وريف", "حلب", "الشرقي", "شمال", "البلاد", "ثلاثة", "وعشرون", "آذار",
    "2018", "12", "/", "يوم", "الأحد", "مخيم", "للقوات", "قتلى", "منطقة", "15", "أمس", "قرب",
]
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.permutations([0, 1, 2]))
def test_each_set_gets_its_own_tokens_whatever_asks_first(raw: str, order: list[int]) -> None:
    text = normalise_phrase(raw)
    toks = tokens(text)
    sets = [cue_surfaces(), _tables().anchors, _surfaces()]
    for k in order:
        got = hits(scan(toks, sets[k], text), sets[k])
        assert got == [i for i, t in enumerate(toks.texts) if t in sets[k]]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_cue_words_from_the_shared_pass_are_the_per_token_ones(raw: str) -> None:
    text = normalise_phrase(raw)
    toks = tokens(text)
    assert document_cues(toks, text) == token_cues(toks.texts)


def test_candidates_add_the_tokens_holding_digits() -> None:
    text = normalise_phrase("قتل 3 أشخاص في 12/3 وأصيب خمسة")
    toks = tokens(text)
    found, runs = candidates(toks, _surfaces(), text)
    assert [toks.texts[i] for i in found] == ["3", "12", "3", "خمسه"]
    assert [text[s:e] for s, e in runs] == ["3", "12", "3"]
