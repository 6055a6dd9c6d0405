"""English: an armed side driven out of ground with its name between the verb and "out of" is
ground taken (triggers_ousted_en.py), coded by the taker's side; people driven from their homes,
a crowd chased from a square or staff leaving a region are not. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_troops_driving_militants_out_of_ground_regain_it() -> None:
    for text in (
        "Government forces drove the militants out of the town of Kidal on Monday.",
        "Somali troops pushed al-Shabab fighters out of three villages near Afgoye on Monday.",
    ):
        assert _subs(text) == ["Government regains territory"], (text, _subs(text))


def test_rebels_driving_troops_out_take_ground() -> None:
    assert _subs("Rebels drove government troops out of the town of Kidal on Monday.") == [
        "Non-state actor overtakes territory"]


def test_militants_pushed_back_from_their_positions_lose_ground() -> None:
    assert _subs("The militants were pushed back from their positions near Aleppo by the army "
                 "on Monday.") == ["Government regains territory"]


def test_no_armed_side_driven_out_is_no_territory() -> None:
    assert "Government regains territory" not in _subs(
        "The drought has driven thousands of families out of the region near Kidal.")
    assert _subs("A rumour has driven aid staffers out of the district of Mulanje.") == []
    assert _subs("The vote was pushed back from March to June.") == []
