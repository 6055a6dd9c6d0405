"""English fractions of a count ("a quarter of a million", "half a million") give that part of
it, not the count they qualify; a part of no ratio ("a fraction of") gives none. Our own
sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.recognise.casualties import CasualtyRecogniser
from marsad.recognise.dates import DateRecogniser
from marsad.recognise.quantities import QuantityRecogniser
from marsad.text.view import view


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    v = view(Document("t", text, "en", "t"))
    dates = DateRecogniser()(v, [])
    found = CasualtyRecogniser()(v, dates + QuantityRecogniser()(v, dates))
    assert all(text[m.span.start : m.span.end] == m.text for m in found)
    out: list[tuple[str, int | None, int | None]] = []
    for m in found:
        value = m.value
        assert isinstance(value, dict)
        out.append((str(value["outcome"]), value["min"], value["max"]))
    return out


def test_a_quarter_of_a_million_is_250000() -> None:
    figures = _figures("Since 2011 more than a quarter of a million people have been killed.")
    assert figures == [("killed", 250000, 250000)]


def test_half_a_million_after_a_verb_is_500000() -> None:
    assert _figures("The war has killed half a million people.") == [("killed", 500000, 500000)]


def test_two_thirds_of_a_count() -> None:
    assert _figures("Two-thirds of 300 people were killed.") == [("killed", 200, 200)]


def test_a_fraction_of_gives_no_count() -> None:
    assert not any(lo == 1000 for _, lo, _ in _figures(
        "A fraction of 1,000 residents were killed in the fighting."))


def test_a_count_with_no_fraction_is_unchanged() -> None:
    assert _figures("A million people have been killed.") == [("killed", 1000000, 1000000)]
