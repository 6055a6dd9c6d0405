"""English "the attack", "this attack" (triggers_context: 'the' and the demonstratives make a cue
definite, as ال does): with no day of its own it names the act told before, not a new Armed
clash; an act with its own day and sides stays its own. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_the_attack_names_the_act_told_before() -> None:
    text = ("A chemical attack by aircraft hit the town of Khan Shaykhun on Monday, killing 80 people. "
            "Western states accused government troops of carrying out the attack.")
    assert _subs(text) == ["Chemical weapon"], _subs(text)
    text = "Rebels shelled the airport of Tripoli on Monday. Six people were killed in the attack, the ministry said."
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"], events
    assert events[0].fatalities is not None and events[0].fatalities.best == 6


def test_a_new_attack_with_its_own_day_stays_its_own() -> None:
    text = ("The army shelled the town on Monday. On Tuesday, the rebels attacked an army post in "
            "the north, killing four soldiers.")
    assert _subs(text) == ["Shelling/artillery/missile attack", "Armed clash"], _subs(text)
