"""English police work on ordinary crime is no arrest event, and an attempt to flee is no
flight. Our own sentences."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2021-03-10", "en")


def test_an_arrest_with_drugs_or_counterfeit_money_is_no_event() -> None:
    assert read("Police arrested ten men on Monday and seized drugs and counterfeit money "
                "in Basra.") == []


def test_an_arrest_of_activists_stays_an_arrest() -> None:
    events = read("Security forces arrested ten opposition activists on Monday in Basra.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_trying_to_flee_is_no_flight() -> None:
    events = read("Fifteen activists were detained by the coast guard on Monday as they tried "
                  "to flee to Cyprus by boat.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_people_who_fled_are_a_flight() -> None:
    events = read("Thousands of residents fled the town of Azaz on Monday as government forces "
                  "advanced.")
    assert any(e.event_type.startswith("marsad:") for e in events)
