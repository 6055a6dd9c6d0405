"""An earlier incident told as "X dates back to D" (ويعود آخر هجوم … إلى أيار 2018) keeps D however
long X's description runs (CODING §2: background mentions keep their month)."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-09-20")

_LONG = ("ويعود آخر هجوم كبير للمسلحين على الجانب الشرقي من الحدود مع النيجر قرب بلدة ديفا "
         "إلى أيار/مايو 2018.")


def _history(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in read(text) if e.specificity == "historical"]


def test_the_attack_keeps_the_month_it_dates_back_to() -> None:
    assert _history(_LONG) == [("2018-05-01", "2018-05-31")]


def test_without_dates_back_the_far_month_is_not_the_attacks() -> None:
    text = _LONG.replace("ويعود", "ووقع").replace(" إلى ", " قبل ")
    assert all(d == (None, None) for d in _history(text))
