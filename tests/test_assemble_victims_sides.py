"""Casualty nouns are listed once (assemble/victims.tsv): each row names its toll group (for
victims.py) and its side (armed | civilian, for judge_types), so a dual or a nominative form
the group list holds (جنديان، متشددون) tells armed victims too. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.recognise.cues import read_rows

_events = events_reader(published="2018-06-13")


def test_every_row_has_a_group_and_a_side() -> None:
    rows = list(read_rows("marsad.assemble", "victims.tsv"))
    assert rows and all(len(r) == 3 and r[2].strip() in {"armed", "civilian"} for r in rows)
    groups = {r[1].strip(): r[2].strip() for r in rows}
    assert groups["civilians"] == "civilian" and groups["forces"] == groups["militants"] == "armed"


def test_soldiers_or_militants_killed_are_a_clash() -> None:
    for text in ("وقتل جنديان إسرائيليان في عملية دهس قرب مدينة جنين أمس.",
                 "وقالت مصادر أمنية إن أربعة متشددين قتلوا في مواجهة مع قوة أمنية في محافظة أسيوط أمس."):
        assert [e.sub_event_type for e in _events(text)] == ["Armed clash"], text


def test_civilians_killed_in_an_attack_are_an_attack() -> None:
    assert [e.sub_event_type for e in _events("وقتل مدنيون في هجوم على سوق في مدينة الحلة أمس.")] == ["Attack"]
