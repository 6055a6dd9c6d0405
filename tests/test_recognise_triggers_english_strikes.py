"""English: a labour or general strike, a bandh or a walkout is a Peaceful protest (ACLED codes
strikes as demonstrations); an air power's strike stays an air strike. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_strikes_and_walkouts_are_peaceful_protests() -> None:
    for text in (
        "Thousands of dock workers went on strike in Lagos on Monday to demand higher wages.",
        "Opposition parties enforced a general strike in Dhaka on Monday, shutting shops.",
        "Traders observed a bandh in Guwahati on Monday against the new law.",
        "Hundreds of students staged a walkout at the university in Karachi on Monday.",
    ):
        assert _subs(text) == ["Peaceful protest"], (text, _subs(text))


def test_an_air_power_strike_stays_an_air_strike() -> None:
    assert _subs("A US strike killed two militants near Kandahar on Monday.") == [
        "Air/drone strike"]
