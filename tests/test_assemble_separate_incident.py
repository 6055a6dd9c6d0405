"""An act its sentence calls a separate incident (وفي واقعة منفصلة، in a separate attack) is its
own event even when type, place and day match one told before. Own sentences."""

from __future__ import annotations

from reading import events_reader

read = events_reader(published="2018-02-21")


def _arrests(text: str) -> int:
    return sum(e.sub_event_type == "Arrests" for e in read(text))


def test_separate_incident_marker_keeps_a_second_arrest() -> None:
    text = ("أعلن مصدر أمني أن المخابرات اللبنانية اعتقلت، اليوم الأربعاء، رجلا يعتقد أنه مسؤول "
            "مالي في داعش في مدينة طرابلس. وفي واقعة منفصلة، أعلن الأمن العام اللبناني، اليوم "
            "الأربعاء، اعتقال سوري ينتمي لداعش كان يخطط لاستهداف حافلة عسكرية.")
    assert _arrests(text) == 2


def test_without_the_marker_the_same_arrest_told_twice_is_one() -> None:
    text = ("أعلن مصدر أمني أن المخابرات اللبنانية اعتقلت، اليوم الأربعاء، رجلا يعتقد أنه مسؤول "
            "مالي في داعش في مدينة طرابلس. وأوضح المصدر أن اعتقال الرجل جرى اليوم الأربعاء في "
            "طرابلس.")
    assert _arrests(text) == 1


def test_separate_bombing_keeps_its_own_toll() -> None:
    text = ("قتل ثلاثة أشخاص أمس في انفجار سيارة مفخخة في مدينة الموصل. وفي هجوم منفصل، قتل "
            "خمسة أشخاص أمس حين انفجرت قنبلة في سوق بمدينة الموصل.")
    tolls = sorted(e.fatalities.best for e in read(text) if e.fatalities and e.fatalities.best)
    assert tolls == [3, 5]
