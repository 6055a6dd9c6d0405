"""The frame an act was carried out in ("بموجب الاتفاق"، "في إطار حملة") and an act told after
a clause saying when another began ("المعارك التي اندلعت قبل أسبوع") take no date standing
before them: that date is the carried-out act's, or the start of the other. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_ar = events_reader(published="2019-04-12")


def _dates(events: list[Event]) -> dict[str, tuple[str | None, str | None]]:
    return {e.trigger.text: (e.date.start, e.date.end) for e in events}


def test_the_agreement_under_which_a_crossing_is_taken() -> None:
    dates = _dates(_ar("سيطرت القوات الحكومية، الجمعة، على المعبر الحدودي كجزء من الاتفاق مع "
                       "فصائل المعارضة."))
    assert dates.get("سيطرت") == ("2019-04-12", "2019-04-12")
    assert dates.get("اتفاق") == (None, None)


def test_flight_after_battles_that_broke_out_a_week_ago() -> None:
    dates = _dates(_ar("وقال المسؤول إن المعارك التي اندلعت قبل أسبوع تسببت بنزوح مئات "
                       "العائلات من الأحياء الجنوبية."))
    assert dates.get("نزوح") == (None, None)
    assert dates.get("معارك", (None, None))[0] is not None

