"""English attacks on a rally or a demonstration (the protesters target row): an attack or
gunfire aimed at a rally, a sit-in or a demonstration is Excessive force against protesters
(CODING §1, non-state attackers included), not an Armed clash; a strike near a rally stays a
strike. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_an_attack_on_a_rally_is_force_against_protesters() -> None:
    for text in (
        "A group of men attacked a peaceful rally in the city on Wednesday, injuring a dozen people.",
        "Gunmen opened fire on a demonstration in the capital on Friday, killing three people.",
    ):
        assert _subs(text) == ["Excessive force against protesters"], (text, _subs(text))


def test_a_rally_and_a_strike_near_one_keep_their_coding() -> None:
    assert _subs("Thousands attended a rally in the capital on Friday to demand reforms.") == ["Peaceful protest"]
    assert _subs("An air strike hit near a rally of supporters in the town on Friday.") == ["Air/drone strike"]
