"""A date after "in response to" (ردا على، انتقاما ل) belongs to the act answered: it neither
dates nor anchors the trigger before it."""

from __future__ import annotations

from reading import events_reader

PUBLISHED = "2018-10-01T10:00:00+00:00"


_events = events_reader(published=PUBLISHED)


def test_the_answered_acts_day_is_not_the_answers() -> None:
    text = ("وشن الحرس الثوري ضربة صاروخية على مقر المسلحين في شرق الفرات ردا على الهجوم الذي "
            "ارتكبوه في المدينة الأسبوع الماضي.")
    strikes = [e for e in _events(text) if e.trigger.text.startswith("ضربة")]
    assert strikes and strikes[0].date.start is None


def test_a_pattern_answering_a_dated_act_stays_a_pattern() -> None:
    text = ("وقصفت الطائرات التركية مواقع للتنظيم في سوريا عدة مرات ردا على الهجوم الدامي في "
            "20 أيلول.")
    spec = {e.trigger.text: e.specificity for e in _events(text)}
    assert spec.get("قصفت") == "recurring", spec
