"""Ongoing fighting summed up over places in several governorates keeps no one admin1."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_events = events_reader()


def _battles(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type == "Battles"]


def test_ongoing_fighting_in_two_governorates_is_unplaced() -> None:
    events = _battles(_events("تتواصل المعارك بين الجيش والحوثيين في محافظتي الجوف وصعدة منذ أشهر."))
    assert len(events) == 1
    assert events[0].location is None or events[0].location.admin1 is None


def test_ongoing_fighting_in_one_governorate_keeps_it() -> None:
    events = _battles(_events("تتواصل المعارك بين الجيش والحوثيين في مديريتي صرواح ومدغل بمأرب."))
    assert events and all(e.location and e.location.admin1 == "Ma'rib" for e in events)


def test_place_lying_between_two_governorates_keeps_its_place() -> None:
    events = _battles(_events(
        "تدور معارك عنيفة مع الحوثيين في منطقة قانية الواقعة بين محافظتي البيضاء ومأرب."))
    assert events and events[0].location is not None and events[0].location.admin1 is not None


def test_strikes_on_two_governorates_still_split() -> None:
    events = _events("شنت طائرات التحالف غارات على صعدة وحجة اليوم الخميس.")
    assert sorted(str(e.location.admin1) for e in events if e.location) == ["Hajjah", "Sa'dah"]
