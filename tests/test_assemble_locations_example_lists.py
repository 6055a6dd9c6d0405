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


def test_incident_over_example_cities_is_one_event() -> None:
    found = [e for e in _events("اندلعت أمس اشتباكات عنيفة بين فصائل مسلحة في شمال البلاد، لا سيما "
                                "في مدن إدلب وحماة وحلب، قتل فيها 12 مسلحا.")
             if e.event_type == "Battles"]
    assert len(found) == 1 and found[0].location is None


def test_default_pattern_over_examples_still_splits() -> None:
    # (a bare plural judged a pattern by default may be each place's incident of the day)
    found = [e for e in _events("وخرجت مظاهرات في عدة مدن، منها مدينتا حمص وحماة.")
             if e.event_type == "Protests"]
    assert len(found) == 2
