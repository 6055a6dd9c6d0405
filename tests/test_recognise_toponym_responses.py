"""A place named as where an attack was that an act answers (ردا على هجوم سروج) only locates:
no event of the article is placed there, and it makes no act a placed, specific incident."""

from __future__ import annotations

from reading import events_reader, place_values

from marsad.recognise.toponym_responses import answers, may_answer
from marsad.text.normalise import normalise

read = events_reader("2015-07-26")


def _answers(text: str, name: str) -> bool:
    norm = normalise(text).text
    return may_answer(norm) and answers(norm, norm.index(normalise(name).text))


def test_the_place_of_the_attack_answered_only_locates() -> None:
    assert _answers("قصفت المدفعية مواقع التنظيم ردا على هجوم سروج الدامي", "سروج")
    assert _answers("شنت الطائرات غارات رداً على الهجوم الانتحاري في بلدة سروج", "بلدة سروج")
    assert _answers("أعدم المسلحون رهينتين انتقاما لتفجير الكرادة", "الكرادة")
    got = place_values("قصفت المدفعية التركية مواقع للتنظيم في الأراضي السورية ردا على هجوم "
                       "سروج الدامي.")
    assert got["سروج"]["locates"] is True


def test_an_attack_at_a_place_and_other_replies_are_scenes() -> None:
    assert not _answers("قتل عشرة في هجوم على بلدة سروج", "بلدة سروج")
    assert not _answers("رد الجيش على هجوم المسلحين في مدينة حلب", "مدينة حلب")
    got = place_values("قتل 32 شخصا في تفجير انتحاري استهدف تجمعا لناشطين في بلدة سروج.")
    assert "locates" not in got["بلدة سروج"]


def test_a_reprisal_is_not_placed_at_the_attack_it_answers() -> None:
    events = read("ضاعف حزب العمال الكردستاني هجماته على قوات الأمن التركية منذ الاثنين "
                  "ردا على هجوم سروج.")
    assert events and all(e.location is None or e.location.name != "Suruç" for e in events)
    assert all(e.specificity != "specific" for e in events)
    events = read("قتل 32 شخصا الاثنين في تفجير انتحاري استهدف ناشطين في بلدة سروج التركية.")
    assert [e.location.admin1 for e in events if e.location] == ["Sanliurfa"]
