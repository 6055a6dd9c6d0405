"""English bare base nouns (a base, an observation point, barracks) are Headquarters or base
established only when a verb of setting up governs them, before them or as a passive after them
(triggers_bases_en.py); a base attacked, shelled or fired on is where an attack fell. Our own
sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_a_base_set_up_is_established() -> None:
    for text in (
        "The Turkish army has set up its 11th observation point in Idlib province on Thursday.",
        "Turkish ground forces have set up two military bases near Zakho on Monday.",
        "Three points were set up by the Turkish army in the countryside of Idlib on Sunday.",
    ):
        assert _subs(text) == ["Headquarters or base established"], (text, _subs(text))
    assert [e.specificity for e in _events(
        "Turkish ground forces have set up two military bases near Zakho on Monday.")] == ["specific"]


def test_a_base_attacked_is_no_base_established() -> None:
    for text in (
        "Rebels shelled a Turkish observation post near Saraqeb on Monday.",
        "Gunmen opened fire on an army base near Kidal on Monday.",
        "Militants attacked the barracks in Borno on Sunday, killing five soldiers.",
    ):
        assert "Headquarters or base established" not in _subs(text), (text, _subs(text))
