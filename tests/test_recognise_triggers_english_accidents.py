"""A bare blast word next to a fire, a boiler or a gas cylinder is an accident, no bomb (the
disaster causes of ``triggers_en.tsv``); a device named as such still is one. Our own sentences."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _subs(text: str) -> list[str | None]:
    doc = Document("t", text, "en", "t", published="2021-03-10")
    return [e.sub_event_type for e in READER.read(doc).events]


def test_a_boiler_explosion_is_no_event() -> None:
    assert _subs("Two workers were injured when a boiler exploded at a textile mill on Monday, "
                 "police said.") == []


def test_gas_cylinders_exploding_in_a_fire_are_no_event() -> None:
    assert _subs("Several gas cylinders exploded during a fire at a warehouse on Friday, and "
                 "firefighters evacuated the nearby houses.") == []


def test_a_bomb_that_started_a_fire_is_still_a_bomb() -> None:
    assert "Remote explosive/landmine/IED" in _subs(
        "A roadside bomb exploded near an army patrol on Sunday and a fire broke out in a "
        "nearby shop.")


def test_a_blast_at_a_checkpoint_is_still_an_explosion() -> None:
    assert "Remote explosive/landmine/IED" in _subs(
        "An explosion hit an army checkpoint near the border on Sunday, killing two soldiers.")


def test_cyber_attacks_and_missile_tests_are_no_attack() -> None:
    assert _subs("A cyber attack on the ministry's servers on Monday disrupted services for "
                 "hours, officials said.") == []
    assert _subs("The council condemned the ballistic missile tests carried out by the regime "
                 "on Monday.") == []
