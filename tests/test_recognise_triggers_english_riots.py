"""English riots: demonstrators blocking roads or throwing objects at the police are a Violent
demonstration (CODING §1, as قطع الطرق and رشق بالحجارة); troops sealing roads are not. Our own
sentences."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _subs(text: str) -> list[str | None]:
    doc = Document("t", text, "en", "t", published="2021-03-10")
    return [e.sub_event_type for e in READER.read(doc).events]


def test_protesters_blocking_roads_riot() -> None:
    assert "Violent demonstration" in _subs(
        "Hundreds of protesters blocked roads in the capital on Tuesday, demanding the "
        "resignation of the governor.")
    assert "Violent demonstration" in _subs(
        "Opposition supporters blocked the main road to the airport on Monday.")


def test_farmers_blocking_highways_to_protest_riot() -> None:
    assert "Violent demonstration" in _subs(
        "Farmers blocked highways across the province on Friday to protest the new tax.")


def test_objects_thrown_at_police_make_a_protest_a_riot() -> None:
    subs = _subs("During a protest in the city centre on Saturday, projectiles were thrown at "
                 "police and several officers were hurt.")
    assert "Violent demonstration" in subs
    assert "Armed clash" not in subs


def test_a_road_blocked_with_no_crowd_or_protest_is_no_riot() -> None:
    assert "Violent demonstration" not in _subs(
        "A landslide blocked the road between the two villages on Sunday.")
    assert "Violent demonstration" not in _subs(
        "Army units blocked roads leading into the town on Wednesday.")


def test_a_demonstrator_told_throwing_in_the_present_riots() -> None:
    # (photo captions tell the act in the present tense)
    assert _subs("A demonstrator throws a stone at police during a protest against the new "
                 "law in Santiago on Monday.") == ["Violent demonstration"]
    assert _subs("The team throws a party for the coach in Madrid.") == []
