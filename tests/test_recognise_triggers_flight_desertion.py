"""Fighters deserting a front (الفرار من جبهات القتال) and armed men named as those "who fled"
in an Arabic relative clause are no displacement; civilians who fled still are: our own
sentences in the style of news reports."""

from __future__ import annotations

import pytest
from reading import events_reader

DISPLACEMENT = "marsad:Displacement/Migration"

_events = events_reader(published="2018-06-13")


def _types(text: str) -> list[str]:
    return [e.event_type for e in _events(text, "2018-06-13")]


def test_deserting_a_front_or_the_ranks_is_no_displacement() -> None:
    for text in (
        "أكد مصدر عسكري فرار عشرات الجنود من جبهات القتال في محافظة صعدة.",
        "ولم تتوقف عمليات الهرب من أرض المعركة رغم محاكمة العشرات في الزبداني.",
        "قالت مصادر محلية إن عشرات الشبان فروا من الخدمة العسكرية في ريف حماة.",
    ):
        types = _types(text)
        assert DISPLACEMENT not in types, (text, types)
        assert "Battles" not in types, (text, types)  # the battlefield is where, not a battle


def test_armed_men_who_fled_in_a_relative_clause_are_no_displacement() -> None:
    text = ("أطلق الجيش عملية لتعقب بقايا مسلحي تنظيم داعش، \"الذين فروا إلى تلك المناطق بعد "
            "هزيمتهم\" جنوب كركوك.")
    assert DISPLACEMENT not in _types(text)


def test_civilians_fleeing_stay_displacement() -> None:
    for text in (
        "قدمت المنظمة المساعدات للعائلات التي فرت من القصف على مدينة الرقة أمس.",
        "فر آلاف المدنيين من مدينة تلعفر هربا من المعارك بين الجيش وتنظيم داعش.",
        # fleeing the fighting is displacement; only a front, the ranks or service is desertion
        "فرت مئات الأسر من القتال الدائر في مديرية التحيتا أمس.",
    ):
        assert DISPLACEMENT in _types(text), text


def test_battlefield_and_disengagement_name_no_clash() -> None:
    for text in (
        "وصل آلاف المقاتلين الأجانب إلى أرض المعركة في ريف إدلب خلال العام الماضي.",
        "وقعت سوريا وإسرائيل اتفاق فك الاشتباك في الجولان عام 1974.",
    ):
        types = _types(text)
        assert "Battles" not in types, (text, types)


@pytest.mark.parametrize("text", [
    "لا يزال البحث جاريا بعد فرار سمير العلي من سجن المدينة المركزي الثلاثاء.",
    "أعلنت الشرطة هروب عشرات المعتقلين من مركز الاحتجاز في بنغازي أمس.",
    "وتمكن المتهم من الفرار من قبضة رجال الأمن أثناء نقله إلى المحكمة.",
])
def test_escaping_custody_is_no_displacement(text: str) -> None:
    assert DISPLACEMENT not in _types(text)


def test_fleeing_a_town_near_a_prison_is_still_displacement() -> None:
    # the من names the town fled, not custody; a prison named later in the sentence changes nothing
    text = "فرت مئات العائلات من بلدة الحسينية القريبة من السجن المركزي بعد القصف أمس."
    assert DISPLACEMENT in _types(text)
