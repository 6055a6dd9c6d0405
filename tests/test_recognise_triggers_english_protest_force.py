"""English force on protests (triggers_en.tsv, triggers_value): a "non-violent demonstration" is
a protest, not a riot ("violent demonstration" inside it); a dispersal with live ammunition in
its clause is Excessive force against protesters (lethal force, CODING §1), one with tear gas
alone an intervention. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_a_non_violent_demonstration_is_no_riot() -> None:
    assert _subs("Thousands joined a non-violent protest in the capital on Friday.") == ["Peaceful protest"]
    subs = _subs("Ten protesters were hurt after a non-violent demonstration was broken up near the bridge.")
    assert "Violent demonstration" not in subs, subs


def test_live_fire_to_disperse_is_excessive_force() -> None:
    subs = _subs("Protesters were hurt after security forces dispersed a demonstration in Najaf using live bullets.")
    assert subs == ["Excessive force against protesters"], subs
    assert _subs("Police fired tear gas to disperse the protesters on Monday.") == ["Protest with intervention"]
