"""English acts of violence by a crowd (supporters, youths, a mob, a demonstrator) are a riot
as those of protesters are (CODING: Riots, demonstrators or mobs acting violently): the riot
verb row needs a protest word or a crowd in its sentence, not only a protest word. Our own
sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _types(text: str) -> list[str]:
    return [e.event_type for e in _events(text)]


def test_a_crowd_throwing_bottles_riots() -> None:
    for text in (
        "Party supporters threw bottles at police officers outside the court on Monday.",
        "There were scuffles in the city centre and a demonstrator was hurt on Saturday.",
        "Groups of youths hurled stones and smashed shop windows in the town on Monday night.",
    ):
        assert "Riots" in _types(text), (text, _types(text))


def test_the_same_verbs_with_no_crowd_are_no_riot() -> None:
    for text in (
        "The waiter smashed two plates in the kitchen on Monday.",
        "Fans threw their scarves into the air after the final whistle.",
    ):
        assert "Riots" not in _types(text), (text, _types(text))
