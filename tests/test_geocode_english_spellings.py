"""Common English spellings of conflict places (Hodeidah, Sa'ada, Hadramout) name those places."""

from __future__ import annotations

from marsad.geocode.store import default_gazetteer
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _places(text: str) -> list[tuple[str, object, object]]:
    found = RECOGNISER(view(Document("d", text, "en", "d")), [])
    out = []
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert isinstance(m.value, dict)
        out.append((m.text, m.value.get("country"), m.value.get("admin1")))
    return out


def test_hodeidah_is_the_yemeni_port_city_not_egypts_red_sea() -> None:
    got = _places("Five fishermen were killed when a shell hit a boat off the Red Sea city of Hodeidah.")
    assert ("Hodeidah", "YE", "Al Hudaydah") in got
    assert all(country != "EG" for _, country, _ in got)


def test_other_yemeni_spellings_resolve() -> None:
    got = _places("Drones struck Al-Hodeidah and Sa'ada, while clashes spread to Hadramout.")
    assert got == [("Al-Hodeidah", "YE", "Al Hudaydah"), ("Sa'ada", "YE", "Sa'dah"),
                   ("Hadramout", "YE", "Hadramawt")]


def test_tel_abyad_is_the_syrian_border_town() -> None:
    assert _places("Turkish artillery shelled villages near Tel Abyad overnight.") == [
        ("Tel Abyad", "SY", "Raqqa")]
