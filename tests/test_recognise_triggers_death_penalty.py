"""The death penalty named as a punishment (يعاقب عليه بالإعدام، عقوبة الإعدام) is a legal
term, no killing; an execution carried out stays an Attack."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-04-09")


def _subtypes(text: str) -> list[str | None]:
    return [e.sub_event_type for e in read(text)]


def test_a_crime_punishable_by_death_is_no_event() -> None:
    text = "ويواجه الموقوف تهمة القتل العمد التي يعاقب عليها القانون بالإعدام في الولاية."
    assert "Attack" not in _subtypes(text)


def test_a_demanded_death_penalty_is_no_event() -> None:
    assert _subtypes("وطالبت النيابة بتطبيق عقوبة الإعدام على المدانين الخمسة.") == []


def test_an_execution_carried_out_stays() -> None:
    text = "وقام مسلحو التنظيم بإعدام عشرين مدنيا في قرية الشعيطات يوم الجمعة."
    assert _subtypes(text) == ["Attack"]
