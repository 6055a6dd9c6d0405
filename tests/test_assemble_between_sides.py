"""The sides of a fight named after بين are both its sides, in the order named; grouped with
"من جهة" (X and its ally on one side, Y on the other) the other side is the one after it. Our
own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

read = events_reader("2019-06-12")


def _clash(text: str) -> Event:
    events = [e for e in read(text) if e.sub_event_type == "Armed clash"]
    assert events, text
    return events[0]


def _id(a: object) -> str:
    return getattr(a, "id", "") or ""


def test_both_sides_after_between_are_read() -> None:
    e = _clash("واندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين في جبهة يعيس بمحافظة الضالع أمس.")
    assert _id(e.actor1).startswith("military-forces-of-yemen")
    assert _id(e.actor2).startswith("houthi")


def test_allies_on_one_side_are_not_the_other_side() -> None:
    e = _clash("ودارت معارك بين قوات النظام وحزب الله من جهة وفصائل المعارضة من جهة أخرى في "
               "الزبداني أمس.")
    assert _id(e.actor1).startswith("military-forces-of-syria")
    assert "hezbollah" not in _id(e.actor2)
    assert e.actor2 is not None


def test_a_clash_with_its_sides_is_not_folded_into_air_strikes() -> None:
    events = read("وشنت مقاتلات التحالف غارات على مواقع الحوثيين في مديرية الدريهمي أمس. وتشهد "
                  "المديرية مواجهات عنيفة منذ أسبوع بين القوات المشتركة والحوثيين.")
    subs = [e.sub_event_type for e in events]
    assert "Air/drone strike" in subs and "Armed clash" in subs
