"""English crowds clashing (triggers_protest._party): a crowd right before a mutual clash verb
as its subject ("villagers clashed") is a party of it, so the clash is a riot (Mob violence;
students with police: a Violent demonstration), not an Armed clash; a crowd that only reports
a clash ("residents said clashes erupted") is no party. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_a_crowd_clashing_riots() -> None:
    assert _subs("A man was killed on Sunday as villagers clashed with sticks and iron rods over a field.") == [
        "Mob violence"]
    assert _subs("Students clashed with police outside the university on Monday.") == [
        "Violent demonstration"]


def test_a_crowd_reporting_a_clash_is_no_party() -> None:
    assert _subs("Residents said clashes erupted between the army and rebels on Monday.") == ["Armed clash"]
