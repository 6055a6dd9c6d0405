"""Demonstrators setting fire (أضرم المتظاهرون النار، النار في إطارات) riot: Violent demonstration."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-06-03")


def test_demonstrators_setting_fire_with_the_subject_between_riot() -> None:
    for text in ("وفي الديوانية أضرم المتظاهرون أمس النار في إطارات قديمة وسط الشارع الرئيسي.",
                 "أضرم محتجون غاضبون النار في مبنى البلدية في مدينة البصرة أمس.",
                 "تظاهر المئات في ساحة التحرير ببغداد أمس وأشعلوا النار في إطارات السيارات."):
        assert [e.sub_event_type for e in _events(text)] == ["Violent demonstration"], text


def test_armed_men_setting_fire_with_no_protest_are_no_riot() -> None:
    events = _events("أضرم مسلحون النار في منازل القرية بعد اقتحامها في ريف حماة أمس.")
    assert "Violent demonstration" not in {e.sub_event_type for e in events}
