"""English marches and rallies are protests when their sentence gives a motive
(triggers_en.tsv motive rows): chants, slogans, placards, signs held up, a call for something, a
march to mourn or against corruption; a march with none stays no protest. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_a_march_with_a_motive_is_a_protest() -> None:
    for text in (
        "Thousands of people marched in the capital against corruption on Saturday.",
        "Dozens of students chanted slogans and held up signs as they marched around the campus.",
        "Hundreds of residents marched to the court on Monday, calling for justice for the victims.",
    ):
        assert _subs(text) == ["Peaceful protest"], (text, _subs(text))


def test_a_march_with_no_motive_is_no_protest() -> None:
    for text in ("The band marched through the town on Saturday.",
                 "Troops marched into the town on Monday."):
        assert "Peaceful protest" not in _subs(text), (text, _subs(text))
