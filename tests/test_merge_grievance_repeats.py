"""An act named as what a statement denounces (استنكارا لمجزرة) that matches a violent event told
before, at a compatible place, day and sides, is that event told again; one that matches none
stays an event of its own."""

from __future__ import annotations

from reading import events_reader

_events = events_reader("2017-05-29")

_LEAD = ("يعم الإضراب مدينة أم درمان اليوم السبت احتجاجا على مقتل 12 متظاهرا برصاص قوات الأمن "
         "خلال مظاهرات خرجت يوم الجمعة. ")


def _violent(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text) if e.event_type != "Protests"
            or e.sub_event_type == "Excessive force against protesters"]


def test_denounced_massacre_is_the_killing_told_before() -> None:
    assert _violent(_LEAD + "وقالت أحزاب المعارضة في بيان إن المدينة ستشهد حدادا على الضحايا "
                            "واستنكارا لمجزرة يوم الجمعة.") == ["Excessive force against protesters"]


def test_denounced_massacre_elsewhere_stays_apart() -> None:
    assert len(_violent(_LEAD + "وقالت أحزاب المعارضة في بيان إن المدينة ستشهد حدادا استنكارا "
                                "لمجزرة ارتكبت في مدينة بورتسودان يوم الخميس.")) == 2
