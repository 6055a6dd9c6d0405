"""A protest wave told as spreading over several cities is one summary, not one event per city."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-07-14")


def _protests(text: str) -> list[object]:
    return [e for e in _events(text) if e.event_type == "Protests"]


def test_protest_wave_spreading_to_listed_governorates_is_not_split() -> None:
    text = ("تتواصل الاحتجاجات على البطالة منذ أسبوع في محافظات البصرة وميسان والنجف وبابل "
            "وسط غضب شعبي متزايد.")
    assert len(_protests(text)) == 1


def test_protests_held_today_in_two_cities_still_split() -> None:
    text = "خرج مئات المتظاهرين اليوم الجمعة في البصرة والنجف احتجاجا على انقطاع الكهرباء."
    assert len(_protests(text)) == 2
