"""An act named with أي ("any") is none in particular: denied, not seen, or answered if it comes
(a void row of triggers.tsv, reach complement). Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2019-04-02")


def test_any_attack_is_no_act() -> None:
    for text in (
        "ونفت الحكومة السورية شن أي هجمات على بلدة دوما في الغوطة الشرقية.",
        "وقال الجيش إنه سيرد بقوة على أي هجوم على قواته في محافظة إدلب.",
        "ولم تسجل أي اشتباكات في مدينة درعا خلال ساعات الليل.",
        "وأكد المتحدث أنه لم يطلق أي صاروخ باتجاه مدينة جازان هذا الأسبوع.",
    ):
        assert _events(text) == [], text


def test_an_act_told_beside_it_stays() -> None:
    text = "وقصفت المدفعية بلدة اللطامنة في ريف حماة أمس، وقال الجيش إنه سيرد على أي هجوم."
    assert [e.sub_event_type for e in _events(text)] == ["Shelling/artillery/missile attack"]


def test_the_verb_of_an_any_noun_is_no_act() -> None:
    # (أي هجوم يستهدف: "any attack that targets", its verb as none in particular as its noun)
    for text in (
        "وحذر الجيش من أن أي هجوم يستهدف قواته في مدينة الرمادي سيقابل برد حاسم.",
        "وأكد المتحدث أن الحركة سترد على أية غارة تستهدف مواقعها في قطاع غزة.",
    ):
        assert _events(text) == [], text
