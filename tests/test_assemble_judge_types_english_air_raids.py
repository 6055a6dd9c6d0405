"""English "raid(s)" is a search and arrest unless aircraft share its clause: raids flown by
planes or helicopters are air strikes (judge_types). Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_raids_by_aircraft_are_air_strikes() -> None:
    for text in (
        "The militants sustained heavy losses in raids by the army's helicopters in Hama on Monday.",
        "Russian planes carried out raids on the town of Saraqeb on Monday, killing six people.",
    ):
        subs = _subs(text)
        assert "Air/drone strike" in subs and "Arrests" not in subs, (text, subs)


def test_a_police_raid_stays_an_arrest() -> None:
    assert _subs("Police raids in Cairo on Monday led to the arrest of 12 activists.") == ["Arrests"]
