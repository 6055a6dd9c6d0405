"""Control of a situation is no change of territory: "سيطرة الشرطة على الوضع" names no ground."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-05-12")


def test_control_of_the_situation_is_no_territory() -> None:
    for text in ("وأكد وزير الداخلية سيطرة الشرطة على الوضع بشكل كامل بعد الهجوم في دمشق.",
                 "وقال المتحدث إن الجيش سيطر على الموقف بعد ساعات في مدينة درعا."):
        subs = {e.sub_event_type for e in _events(text)}
        assert not subs & {"Government regains territory", "Non-state actor overtakes territory"}, text


def test_control_of_a_town_stays_territory() -> None:
    subs = [e.sub_event_type for e in _events("سيطر الجيش على بلدة خان شيخون بعد اشتباكات عنيفة.")]
    assert "Government regains territory" in subs
