"""English interceptions (CODING §1): a missile or rocket intercepted, and an uncrewed drone shot
down, are Disrupted weapons use; a missile fired and a crewed helicopter shot down are shelling.
Our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

READER = Reader.default()
DISRUPTED = "Disrupted weapons use"
SHELLING = "Shelling/artillery/missile attack"


def _subs(text: str) -> list[str | None]:
    doc = Document("t", text, "en", "t", published="2021-03-10")
    return [e.sub_event_type for e in READER.read(doc).events]


def test_intercepted_missiles_are_disrupted() -> None:
    assert _subs("Air defences intercepted three ballistic missiles launched towards Najran "
                 "on Sunday.") == [DISRUPTED]
    assert _subs("The army intercepted a rocket fired at Sderot on Tuesday.") == [DISRUPTED]


def test_a_drone_shot_down_is_disrupted() -> None:
    assert _subs("The coalition shot down a drone launched towards Khamis Mushait on Monday.") \
        == [DISRUPTED]


def test_missiles_fired_and_a_helicopter_downed_are_shelling() -> None:
    assert _subs("The rebels fired three ballistic missiles at Najran on Sunday.") == [SHELLING]
    assert _subs("Insurgents shot down an army helicopter over Helmand on Monday.") == [SHELLING]
