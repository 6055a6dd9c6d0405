"""Looting by rioters and their scuffles with the police are part of the riot (ACLED codes them
in the Violent demonstration), not events of their own; a battle of armed groups named in the
same sentence stays one. Our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

READER = Reader.default()


def _subs(text: str) -> list[str | None]:
    doc = Document("t", text, "en", "t", published="2021-03-10")
    return [e.sub_event_type for e in READER.read(doc).events]


def test_rioters_who_loot_and_clash_with_police_are_one_riot() -> None:
    assert _subs("Rioters who looted shops in the old market clashed with police in Durban on "
                 "Saturday night.") == ["Violent demonstration"]


def test_a_battle_of_armed_groups_beside_a_riot_stays_a_battle() -> None:
    subs = _subs("Rioters torched cars in the city while Islamic State militants clashed with "
                 "troops outside it on Monday.")
    assert "Violent demonstration" in subs and "Armed clash" in subs
