"""A pattern told over a list of example places (مثل، خاصة، ومنها) is one summary, not one
event per example; a plain list of struck places still gives one event per place."""

from __future__ import annotations

from reading import events_reader

_events = events_reader("2017-05-29")


def _strikes(text: str) -> list[str | None]:
    return [e.location.admin1 if e.location else None for e in _events(text)
            if e.event_type == "Explosions/Remote violence"]


def test_tally_over_example_cities_is_one_event() -> None:
    found = _strikes("وقال الوزير إن طائرات التحالف شنت مئات الغارات على مواقع التنظيم في مدن "
                     "رئيسية مثل الرقة ودير الزور.")
    assert len(found) == 1


def test_tally_over_cities_named_especially_is_one_event() -> None:
    found = _strikes("وأوضح المرصد أن الطيران نفذ آلاف الغارات منذ مطلع العام في محافظات الشمال، "
                     "خاصة في مدن إدلب وحماة وحلب.")
    assert len(found) == 1


def test_strikes_on_a_plain_list_split_per_place() -> None:
    assert sorted(a or "" for a in _strikes("قصفت الطائرات الحربية أمس مدينتي الرقة ودير الزور.")) \
        == ["Deir ez-Zor", "Raqqa"]
