"""An arrest or abduction of an exact number of people (القبض على 13 عنصرا) is one operation:
specific, even with no day or precise place; counts of "cases" and years are no such count."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2015-07-25")


def test_an_exact_count_of_people_arrested_is_one_operation() -> None:
    for text in ("وذكرت الوزارة في بيانها أن الشرطة طوقت الحي وتمكنت من القبض على 13 عنصرا.",
                 "وشنت الشرطة حملة في المدينة أسفرت عن القبض على 21 شخصا يشتبه في انتمائهم لخلية مسلحة."):
        events = [e for e in _events(text) if e.sub_event_type == "Arrests"]
        assert [e.specificity for e in events] == ["specific"], text


def test_a_practice_with_no_count_stays_a_pattern() -> None:
    events = _events("وتقوم الميليشيات باعتقال المدنيين في المدينة.")
    assert [e.specificity for e in events if e.sub_event_type == "Arrests"] != ["specific"]
