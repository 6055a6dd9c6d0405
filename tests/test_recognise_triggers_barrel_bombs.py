"""Barrel bombs named by the adjective (قنابل برميلية، القنابل البرميلية) are dropped from
aircraft: they make an air strike, as the noun (براميل متفجرة) does."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2016-03-10")


def test_bombardment_with_barrel_bombs_is_an_air_strike() -> None:
    events = read("قالت مصادر محلية إن القصف بالقنابل البرميلية استهدف أحياء مدينة داريا "
                  "أمس وأدى إلى مقتل خمسة مدنيين.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_strike_with_barrel_bombs_is_an_air_strike() -> None:
    events = read("قتل ثلاثة مدنيين أمس في قصف بقنابل برميلية على بلدة كفرزيتا في ريف حماة.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_shelling_with_no_platform_word_stays_shelling() -> None:
    events = read("قالت مصادر محلية إن القصف المدفعي استهدف أحياء مدينة داريا أمس وأدى إلى "
                  "مقتل خمسة مدنيين.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
