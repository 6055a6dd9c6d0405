"""English: a shell, rocket or air raid carrying a chemical agent is a Chemical weapon
(triggers_chemical_en.py); a strike answering a chemical attack, or aimed at chemical weapons
sites, is not. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")

_CHEM = "Chemical weapon"


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_a_delivery_carrying_a_chemical_agent_is_a_chemical_weapon() -> None:
    for text in (
        "Militants fired dozens of mortar rounds containing chlorine gas at army posts near "
        "Kirkuk on Monday.",
        "Warplanes struck the town using chlorine gas on Tuesday, killing 20 people.",
    ):
        assert _subs(text) == [_CHEM], (text, _subs(text))


def test_a_strike_on_chemical_weapons_sites_is_no_chemical_attack() -> None:
    subs = _subs("Warplanes struck chemical weapons facilities near Homs on Saturday.")
    assert subs == ["Air/drone strike"], subs
