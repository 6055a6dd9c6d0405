"""clitic_surfaces lists exactly the token texts a readings_of walk would accept, so a set
test of it can stand in for that walk."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from shared_data import SAMPLE

from marsad.assemble.doc import clitic_surfaces, readings_of
from marsad.assemble.event_dates import CHARGE_WORDS
from marsad.model import Document
from marsad.text.view import view

WORDS = frozenset({"التهمة", "تهمة", "متهم", "اتهم"})
SURFACES = clitic_surfaces(WORDS)


def test_words_with_clitics_are_listed() -> None:
    assert {"التهمة", "بتهمة", "وبالتهمة", "للتهمة", "فاتهم"} <= SURFACES
    assert "تهمت" not in SURFACES


@given(st.text(alphabet="وفبلكسا", max_size=4), st.sampled_from(sorted(WORDS)),
       st.text(alphabet="اتهم", max_size=2))
def test_same_tokens_as_the_readings(prefix: str, word: str, suffix: str) -> None:
    token = prefix + word + suffix
    assert (token in SURFACES) == (not readings_of(token).isdisjoint(WORDS))


def test_same_tokens_as_the_readings_in_an_article() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    texts = view(Document("sample", text, "ar", "sample")).tokens.texts
    words = frozenset(CHARGE_WORDS | {"قوات", "القوات", "مقتل"})
    surfaces = clitic_surfaces(words)
    walked = [k for k, t in enumerate(texts) if not readings_of(t).isdisjoint(words)]
    assert walked  # the sample names forces
    assert [k for k, t in enumerate(texts) if t in surfaces] == walked
