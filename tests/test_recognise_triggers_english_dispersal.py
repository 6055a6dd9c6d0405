"""English dispersal of a crowd (triggers_en.tsv crackdown rows): police dispersing or chasing a
crowd (not only a crowd named as protesters) or striking with a baton at a demonstration is a
Protest with intervention; police breaking up a smuggling ring is none. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_crowds_dispersed_or_chased_are_an_intervention() -> None:
    for text in (
        "Police halted the May Day march in the city on Saturday, dispersing the crowds.",
        "Riot police chase demonstrators during a rally against the government on Tuesday.",
        "A police officer hits a demonstrator with his baton during a demonstration on Tuesday.",
    ):
        assert "Protest with intervention" in _subs(text), (text, _subs(text))


def test_a_ring_broken_up_is_no_intervention() -> None:
    text = "Four residents face charges after officials broke up a steroid smuggling ring."
    assert "Protest with intervention" not in _subs(text), _subs(text)
