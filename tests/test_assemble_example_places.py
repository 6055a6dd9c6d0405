"""A place named only as one example of many governorates is no event's place."""

from __future__ import annotations

from reading import admin1s, events_reader

from marsad.model import Event

_events = events_reader()


def _admin1s(events: list[Event], event_type: str) -> list[str | None]:
    return admin1s(e for e in events if e.event_type == event_type)


def test_example_of_several_governorates_is_unplaced() -> None:
    admin1s = _admin1s(_events(
        "وقال مصدر أمني إن المحتجين اقتحموا مباني حكومية في عدد من المحافظات ومنها ميسان."),
        "Riots") or _admin1s(_events(
        "وقال مصدر أمني إن المحتجين اقتحموا مباني حكومية في عدد من المحافظات ومنها ميسان."),
        "Protests")
    assert admin1s and all(a is None for a in admin1s)


def test_first_example_in_two_governorates_is_unplaced() -> None:
    admin1s = _admin1s(_events(
        "قصفت الطائرات الحربية أمس مدنا عدة مثل حلب وحماة بالصواريخ."),
        "Explosions/Remote violence")
    assert None in admin1s and "Aleppo" not in admin1s


def test_examples_in_one_governorate_keep_it() -> None:
    admin1s = _admin1s(_events(
        "تجدد القصف المدفعي صباح اليوم على مناطق من بينها دوما وحرستا في الغوطة الشرقية."),
        "Explosions/Remote violence")
    assert admin1s and all(a == "Rif Dimashq" for a in admin1s)


def test_plain_place_keeps_its_governorate() -> None:
    admin1s = _admin1s(_events("اقتحم المحتجون مبنى المحافظة في مدينة العمارة أمس."), "Riots") + \
        _admin1s(_events("اقتحم المحتجون مبنى المحافظة في مدينة العمارة أمس."), "Protests")
    assert admin1s and all(a == "Maysan" for a in admin1s)
