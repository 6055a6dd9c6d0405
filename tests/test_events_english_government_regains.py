"""English territory: a town taken by the government's own forces named as the subject (Yemeni
government forces, the army units, Syrian troops) is Government regains territory; a rebel
group's capture stays Non-state actor overtakes territory. Our own sentences."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _subs(text: str) -> list[str | None]:
    doc = Document("t", text, "en", "t", published="2021-03-10")
    return [e.sub_event_type for e in READER.read(doc).events]


def test_government_forces_capturing_a_port_regain_it() -> None:
    assert "Government regains territory" in _subs(
        "Yemeni government forces captured the port of Mocha on Monday after days of fighting.")


def test_army_units_taking_control_regain_it() -> None:
    assert "Government regains territory" in _subs(
        "The army units took control of the village of Tal Abyad on Tuesday.")


def test_a_free_syrian_army_capture_is_no_government_gain() -> None:
    assert "Government regains territory" not in _subs(
        "The Free Syrian Army captured the village of Tal Abyad on Tuesday.")
