"""The side whose members are counted among the dead or wounded (مقتل أربعة من عناصر X) is the
side hit, not the one that struck; an agent after من قبل or an act after في هجوم is not. Our own
sentences."""

from __future__ import annotations

from reading import by_trigger, events_reader

from marsad.assemble.fallen import fallen
from marsad.model import Mention, Span

read = events_reader("2019-06-12")


def _ids(text: str, word: str) -> tuple[str | None, str | None]:
    e = by_trigger(read(text), word)
    return (e.actor1.id if e.actor1 else None, e.actor2.id if e.actor2 else None)


def test_leaders_of_a_side_killed_in_strikes_make_it_actor2() -> None:
    a1, a2 = _ids("وذكرت مصادر محلية مقتل ثلاثة قادة ميدانيين من جماعة الحوثي في غارات نفذتها "
                  "مقاتلات التحالف العربي على مديرية حرض.", "غارات")
    assert a2 is not None and a2.startswith("houthi")
    assert a1 is None or not a1.startswith("houthi")


def test_members_counted_dead_are_not_the_striker() -> None:
    a1, a2 = _ids("وأعلن مسؤول محلي مقتل خمسة من أنصار داعش بغارة جوية غرب الموصل أمس.", "غارة")
    assert a1 is None and a2 is not None and a2.startswith("islamic-state")


def _named(text: str, name: str) -> bool:
    start = text.index(name)
    return fallen(Mention("actor", Span(start, start + len(name)), name, {}, "test"), text)


def test_the_words_before_the_actor_decide() -> None:
    assert _named("قتل ثلاثة من عناصر الجيش قرب الحدود", "الجيش")
    assert _named("وأسفر القصف عن إصابة جنديين من القوات التركية", "القوات التركية")
    assert not _named("قتل أربعة أشخاص في هجوم من تنظيم داعش", "تنظيم داعش")
    assert not _named("قتل مدنيان في غارة نفذت من قبل طائرات النظام", "طائرات النظام")
    assert not _named("وصلت تعزيزات من الجيش إلى المدينة", "الجيش")
