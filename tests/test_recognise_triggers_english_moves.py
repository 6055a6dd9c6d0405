"""English moves of forces and ground handed over (triggers_en.tsv, triggers_keep): fighters who
mobilised are a Change to group/activity, but troops mobilised to help in a flood or heavy snow
make no war move (a disaster cause in their sentence); ground entered with no resistance met, or
control handed back, is a Non-violent transfer of territory. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_fighters_mobilised_change_their_activity() -> None:
    subs = _subs("Hundreds of former fighters have mobilized alongside government forces in Panjshir province.")
    assert subs == ["Change to group/activity"], subs


def test_troops_mobilised_for_a_disaster_are_no_event() -> None:
    for text in (
        "The army mobilized on Tuesday to help dig out hundreds of cars stuck in heavy snow.",
        "After torrential rains in the south, military forces mobilized to evacuate residents.",
    ):
        assert _subs(text) == [], (text, _subs(text))


def test_ground_entered_with_no_resistance_is_a_transfer() -> None:
    for text in (
        "Rebel fighters entered the town of Afrin before dawn and had not encountered any resistance.",
        "The coalition forces handed control of the air base back to the army on Monday.",
    ):
        assert "Non-violent transfer of territory" in _subs(text), (text, _subs(text))
