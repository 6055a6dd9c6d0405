"""English number words: "two dozen" is 24, and a qualifier before an article and a number word
("nearly a hundred") still qualifies it. Our own phrases."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader
from marsad.recognise.numbers import find_numbers

READER = Reader.default()


def test_dozen_multiplies_the_unit_before_it() -> None:
    assert [(n.min, n.max) for n in find_numbers("two dozen soldiers")] == [(24, 24)]
    assert [(n.min, n.max) for n in find_numbers("three dozen houses")] == [(36, 36)]
    assert [(n.min, n.max) for n in find_numbers("a dozen guards")] == [(12, 12)]
    assert [n.vague for n in find_numbers("dozens of people")] == [True]


def test_a_qualifier_reaches_past_an_article() -> None:
    doc = Document("t", "Nearly a hundred people were killed in the fighting.", "en", "t")
    qs = [m for m in READER.read(doc).mentions if m.kind == "quantity"]
    assert [(m.text, m.value.get("approximate")) for m in qs  # type: ignore[union-attr]
            ] == [("Nearly a hundred", True)]
