"""A home place named only where background acts are told is lent to no current act."""

from __future__ import annotations

from reading import by_trigger, events_reader

_read = events_reader(published="2018-06-14")


def test_place_of_an_old_attack_only_is_not_lent_to_todays_arrests() -> None:
    text = ("أعلنت وزارة الداخلية اليوم الخميس اعتقال 15 شخصا يشتبه بانتمائهم إلى جماعات متشددة.\n"
            "وكان مسلحون قد قتلوا عشرة جنود في هجوم على مدينة العريش في يناير 2016.\n"
            "وتشدد السلطات إجراءاتها الأمنية منذ ذلك الهجوم.")
    events = _read(text)
    arrest = by_trigger(events, "اعتقال")
    assert arrest.location is None
    old = next(e for e in events if e.specificity == "historical")
    assert old.location is not None  # the old act keeps its own place


def test_place_named_for_a_current_act_too_is_still_lent() -> None:
    text = ("أعلنت وزارة الداخلية اليوم الخميس اعتقال 15 شخصا يشتبه بانتمائهم إلى جماعات متشددة.\n"
            "وكان مسلحون قد قتلوا عشرة جنود في هجوم على مدينة العريش في يناير 2016.\n"
            "وقتل اليوم جندي في انفجار عبوة ناسفة في مدينة العريش.")
    arrest = by_trigger(_read(text), "اعتقال")
    assert arrest.location is not None and arrest.location.admin1 == "North Sinai"
