"""What a party can or cannot do is no act (a void row of triggers.tsv, reach complement or
subject): the act that is the ability's complement goes, an act its complement governs stays
(غير قادرة على إخفاء مقتل: the killing is a fact). Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2019-04-02")


def test_the_complement_of_an_ability_is_no_act() -> None:
    for text in (
        "وقال المسؤول إن الجيش بإمكانه السيطرة على مدينة الحديدة خلال أيام.",
        "وأكد الخبراء أن الجماعة لا تزال قادرة على اقتحام مواقع الجيش في محافظة الأنبار.",
        "وقالت المصادر إن الحركة قادرة على شن هجمات في مدينة كابول.",
        "ويرى مراقبون أن بإمكان قوات النظام السيطرة على بلدة جسر الشغور في ريف إدلب.",
        "وبدت الشرطة عاجزة عن اعتقال المهربين في مدينة سبها.",
    ):
        assert _events(text) == [], text


def test_an_act_the_complement_governs_stays() -> None:
    text = "وبدت الحكومة غير قادرة على إخفاء مقتل عشرة جنود في هجوم على حاجز في مدينة العريش أمس."
    assert _events(text), text


def test_an_act_managed_stays() -> None:
    text = "وتمكنت القوات من اقتحام بلدة الشيخ مسكين في ريف درعا أمس."
    assert [e.sub_event_type for e in _events(text)] == ["Armed clash"]
