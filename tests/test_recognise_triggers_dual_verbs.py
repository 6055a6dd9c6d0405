"""A dual past verb (أطلقا، اقتحما، أطلقتا: past stem + ا / تا) is read as a past verb, so it
tells one act; accusatives of the same shape (هربا من، خطرا داهما، تظاهرا) stay nouns."""

from __future__ import annotations

import pytest

from marsad.recognise.triggers_lexicon import form_of


@pytest.mark.parametrize("word", ["اطلقا", "اطلقتا", "اقتحما", "استهدفتا", "اعتقلا", "هاجما"])
def test_a_dual_past_verb_is_a_verb(word: str) -> None:
    assert form_of("noun", word, "") == "verb"


@pytest.mark.parametrize("word", ["هربا", "داهما", "تظاهرا", "قتلا", "قصفا", "خطفا"])
def test_an_accusative_of_the_same_shape_is_not_a_verb(word: str) -> None:
    assert form_of("noun", word, "") != "verb"


def test_the_past_stems_themselves_are_unchanged() -> None:
    assert [form_of("noun", w, "") for w in ("اطلق", "اطلقت", "اطلقوا")] == ["verb"] * 3
