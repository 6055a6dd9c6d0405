"""English devices named as the subject of a passive clearance verb ("grenades were found",
"devices have been defused") were found or cleared, not used: Disrupted weapons use
(triggers_found_en.py); a blast found to be an accident and a grenade thrown stay no find. Our
own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_devices_found_or_defused_are_disrupted() -> None:
    for text in (
        "Around 20 old grenades and a thousand rounds of ammunition were found near a school in the town on Monday.",
        "Two explosive devices have been defused near the market in Mosul, police said.",
        "A landmine was later discovered by farmers near the village.",
    ):
        assert _subs(text) == ["Disrupted weapons use"], (text, _subs(text))


def test_devices_used_stay_attacks() -> None:
    assert _subs("Militants threw grenades at a checkpoint in Mosul on Monday.") == ["Grenade"]
    assert "Disrupted weapons use" not in _subs(
        "A roadside bomb killed two soldiers near Mosul, and their bodies were found on Monday.")
