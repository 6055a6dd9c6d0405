"""English looting and burning of property (triggers_property_en.py, merge.py): with no
demonstration told it is Looting/property destruction, even in a report with no other war word
when the property is named; demonstrators looting or burning riot. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")

_LOOTING = "Looting/property destruction"


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_property_burned_or_wrecked_without_a_demonstration_is_destruction() -> None:
    for text in (
        "Three men torched two patrol cars outside a police station on Wednesday.",
        "Militants set fire to 12 houses in a village near Maiduguri on Sunday.",
        "Unknown assailants vandalised a church in the old city overnight.",
    ):
        assert _subs(text) == [_LOOTING], (text, _subs(text))


def test_property_named_makes_a_looting_word_an_act() -> None:
    for text in (
        "Dozens of foreign-owned shops were looted in the township on Monday night.",
        "The unrest spread on Tuesday evening. A number of stores have been looted and several set alight.",
        "Gangs ransacked several warehouses at the port, residents said.",
    ):
        assert _subs(text) == [_LOOTING], (text, _subs(text))


def test_figures_of_speech_stay_no_event() -> None:
    for text in (
        "The team's hopes were set on fire by a late goal.",
        "The striker torched the defence on Saturday.",
        "Investors looted the company's pension fund, prosecutors said.",
    ):
        assert _subs(text) == [], (text, _subs(text))


def test_demonstrators_looting_or_burning_riot() -> None:
    for text in (
        "Protesters looted shops and set fire to vehicles in the capital on Tuesday.",
        "Rioters ransacked the governor's office and torched two police stations.",
        "Demonstrators looted shops in the city centre on Tuesday.",
    ):
        assert _subs(text) == ["Violent demonstration"], (text, _subs(text))
