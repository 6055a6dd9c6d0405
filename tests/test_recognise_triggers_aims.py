"""Aims, plans, warnings and resolve (void rows of triggers.tsv, reach aim or next): the act a
party seeks, plans, brandishes, warns of or resolves on is no act; only the verb's complement
goes, not an act told inside it. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2019-04-02")


def test_the_act_aimed_at_is_no_act() -> None:
    for text in (
        "ويسعى الجيش إلى السيطرة على مدينة الرقة.",
        "وتسعى القوات إلى استعادة بلدة تل أبيض من التنظيم.",
        "ويخطط التنظيم لشن هجمات على مدينة بغداد.",
        "ولوح المتمردون باقتحام مدينة الفاشر.",
        "وحذر الجيش من هجوم وشيك على مدينة مأرب.",
        "وأعلن الجيش عزمه اقتحام مدينة درنة.",
    ):
        assert _events(text) == [], text


def test_an_act_inside_the_complement_stays() -> None:
    for text in (
        "وتسعى الحكومة إلى تهدئة التوتر الذي أدى إلى اشتباكات عنيفة في مدينة المنيا أمس.",
        "وحذر الرئيس من رد قوي على الهجوم الذي استهدف حاجزا للجيش في مدينة العريش أمس.",
    ):
        assert _events(text), text


def test_a_cautious_calm_is_no_warning() -> None:
    text = "ويسود هدوء حذر في مدينة درعا بعد توصل الفصائل إلى هدنة مع الوفد الروسي أمس."
    assert "Agreement" in [e.sub_event_type for e in _events(text)]


def test_preparations_obligations_and_conditions_are_no_acts() -> None:
    for text in (
        "وتواصل القوات استعداداتها لاقتحام مدينة الحديدة.",
        "وتجري القوات تحضيرات لاقتحام مدينة الرقة.",
        "ويلزم القرار الجماعة بالإفراج عن الأسرى والانسحاب من المدن.",
        "وفي حال اقتحام القوات مدينة درعا فإن آلاف المدنيين سينزحون.",
    ):
        assert _events(text) == [], text


def test_a_demand_to_investigate_or_punish_says_the_act_happened() -> None:
    for text, sub in (
        ("وطالبت المنظمة بالتحقيق في مقتل الصحفي في مدينة الموصل أمس.", "Attack"),
        ("وتعهدت الحكومة بمحاسبة المسؤولين عن قصف مدينة دوما أمس.",
         "Shelling/artillery/missile attack"),
        # (the noun with ل and the article: للتحقيق, لل + تحقيق)
        ("ووصل فريق من الخبراء إلى المدينة تمهيدا للتحقيق في قصف مدينة دوما أمس.",
         "Shelling/artillery/missile attack"),
    ):
        events = _events(text)
        assert [(e.sub_event_type, e.specificity) for e in events] == [(sub, "specific")], text


def test_an_intended_operation_is_no_act() -> None:
    # (a support verb and an operation noun between the intention and the act's word)
    text = "وكان المتهم ينوي تنفيذ عملية انتحارية في مدينة طرابلس."
    assert _events(text) == []


def test_an_intention_with_its_subject_between_is_no_act() -> None:
    assert _events("ويعتزم التنظيم شن هجمات على مدينة بغداد خلال الأيام المقبلة.") == []


def test_an_act_after_an_intention_and_a_comma_stays() -> None:
    text = "وأحبطت الشرطة هجوما كان يعتزم تنفيذه، ثم انشق عن التنظيم في محافظة نينوى."
    assert "Change to group/activity" in [e.sub_event_type for e in _events(text)]
