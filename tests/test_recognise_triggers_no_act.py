"""Words that name no act of the report: places of detention, the terms of an agreement already
signed, a law's powers and bans, the charges an arrest is for, and armed groups escaping: our
own sentences in the style of news reports."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-06-13")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type or e.event_type for e in _events(text)]


def test_a_detention_centre_is_a_place_not_an_arrest() -> None:
    subs = _subs("نقلت السلطات عشرات المهاجرين من مراكز احتجاز في مدينة الزاوية بسبب الاشتباكات.")
    assert "Arrests" not in subs
    assert "Armed clash" in subs
    assert "Arrests" in _subs("أعلنت الشرطة احتجاز خمسة مهربين في مدينة الزاوية.")  # the act stays


def test_detention_conditions_are_no_arrest() -> None:
    assert "Arrests" not in _subs("انتقدت منظمة حقوقية ظروف الاحتجاز في سجون مدينة مصراتة.")


def test_breaching_the_terms_of_an_agreement_is_no_new_agreement() -> None:
    text = ("قال المتحدث باسم الجيش إن المتمردين هاجموا ثلاثة مواقع عسكرية في ولاية جونقلي، "
            "في مخالفة صريحة لبنود اتفاق وقف الأعمال العدائية.")
    subs = _subs(text)
    assert "Agreement" not in subs
    assert "Armed clash" in subs


def test_an_agreement_signed_stays_an_agreement() -> None:
    text = "وقعت الحكومة وقوات المعارضة اتفاق وقف إطلاق النار في جوبا أمس الأحد."
    assert "Agreement" in _subs(text)


def test_powers_a_state_of_emergency_grants_are_no_protest() -> None:
    text = ("وتتيح حالة الطوارئ للسلطات منع الإضرابات والاجتماعات العامة في كامل أنحاء البلاد "
            "بعد الهجوم على فندق في مدينة سوسة.")
    assert "Peaceful protest" not in _subs(text)
    assert "Peaceful protest" not in _subs("قررت الحكومة حظر المظاهرات في العاصمة لمدة شهر.")


def test_a_strike_held_is_a_protest() -> None:
    text = "نفذ عمال الموانئ إضرابا عن العمل أمس في مدينة صفاقس احتجاجا على تأخر الأجور."
    assert "Peaceful protest" in _subs(text)


def test_membership_an_arrest_is_for_voids_the_acts_it_lists() -> None:
    text = ("أوقفت قوى الأمن الداخلي شابا في مدينة طرابلس لانتمائه إلى تنظيم داعش وتجنيد "
            "الشبان ونقل الأموال إلى سوريا.")
    subs = _subs(text)
    assert "Arrests" in subs
    assert "marsad:Recruitment" not in subs


def test_a_terrorist_group_escaping_is_no_displacement() -> None:
    text = ("قتل تسعة جنود في كمين نصبته مجموعة مسلحة في ولاية باتنة. وأضاف المصدر أن "
            "«الجماعة الإرهابية» تمكنت من الفرار نحو الجبال، وتواصل قوات الجيش ملاحقتها.")
    types = [e.event_type for e in _events(text)]
    assert "marsad:Displacement/Migration" not in types
    assert "Battles" in types
