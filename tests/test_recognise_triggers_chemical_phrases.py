"""A chemical attack told in the accusative or with its gas after بـ is a Chemical weapon
event, not a generic attack read as an armed clash; a stockpile named is no event."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-04-09")


def _subtypes(text: str) -> list[str | None]:
    return [e.sub_event_type for e in read(text)]


def test_an_accusative_chemical_attack() -> None:
    text = "وقال ناشطون إن قوات النظام شنت هجوما كيماويا على بلدة كفرزيتا يوم السبت."
    assert _subtypes(text) == ["Chemical weapon"]


def test_an_attack_with_gas() -> None:
    text = "وأفاد المرصد بأن الطائرات شنت هجوما بالغاز على حي جوبر يوم الأحد."
    assert _subtypes(text) == ["Chemical weapon"]


def test_a_nerve_agent_attack() -> None:
    text = "وقالت الشرطة إن الهجوم بغاز الأعصاب في مدينة سالزبري أصاب ثلاثة أشخاص يوم الأحد."
    assert _subtypes(text) == ["Chemical weapon"]


def test_a_stockpile_is_no_event() -> None:
    assert _subtypes("وأكدت الحكومة أنها سلمت مخزونها من الأسلحة الكيماوية.") == []
