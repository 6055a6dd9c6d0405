"""A single stray mention of a place in a country the story is not about is no home place."""

from __future__ import annotations

from reading import by_trigger, events_reader

from marsad.assemble.home_support import supported
from marsad.model import Mention, Span

_read = events_reader(published="2018-06-14")


def _place(text: str, start: int, country: str, feature: str = "P.PPL") -> Mention:
    value = {"name": text, "country": country, "level": "place", "feature": feature}
    return Mention("place", Span(start, start + len(text)), text, value, "test")


def _country(text: str, start: int, code: str) -> Mention:
    return Mention("place", Span(start, start + len(text)), text,
                   {"name": text, "country": code, "level": "country"}, "test")


def test_stray_minor_place_against_a_country_named_twice_is_unsupported() -> None:
    home = _place("قرية", 10, "IQ")
    places = [home, _country("باكستان", 40, "PK"), _country("باكستان", 90, "PK")]
    assert not supported(home, places)


def test_place_with_its_country_named_or_a_second_place_there_is_supported() -> None:
    home = _place("قرية", 10, "IQ")
    pk = [_country("باكستان", 40, "PK"), _country("باكستان", 90, "PK")]
    assert supported(home, [home, *pk, _country("العراق", 120, "IQ")])
    assert supported(home, [home, *pk, _place("بلدة", 150, "IQ")])
    assert supported(home, [home, pk[0]])  # no other country named twice


def test_capital_or_governorate_seat_named_once_is_supported() -> None:
    home = _place("أربيل", 10, "IQ", feature="P.PPLA")
    assert supported(home, [home, _country("إيران", 40, "IR"), _country("إيران", 90, "IR")])


def test_act_in_a_story_about_another_country_borrows_no_stray_place() -> None:
    # Kerch is unknown to the gazetteer: an act with no place of its own must not be lent a
    # one-off village of another country while the story names Russia and Ukraine.
    text = ("قالت روسيا إن طالبا قتل زملاءه في كلية بمدينة كيرتش في القرم. "
            "وقالت أوكرانيا إن الحادث يخص روسيا وحدها وإن أوكرانيا تتابعه. "
            "وكان الطالب قد زار بلدة جيرود قبل أشهر.\n"
            "واعتقلت الشرطة مساء اليوم شابين للتحقيق.")
    arrest = by_trigger(_read(text), "اعتقل")
    assert arrest.location is None or arrest.location.country != "SY"
