"""Force used on protesters read by the full pipeline: one event, the force as Actor 1."""

from __future__ import annotations

from reading import events_reader

FORCE = "Excessive force against protesters"


_events = events_reader(published="2019-10-05")


def test_fire_and_deaths_at_a_protest_are_one_excessive_force_event() -> None:
    text = ("أطلقت قوات الأمن العراقية الرصاص الحي على المتظاهرين في ساحة التحرير ببغداد يوم "
            "الجمعة، ما أدى إلى مقتل ثلاثة متظاهرين وإصابة العشرات.")
    (e,) = _events(text)
    assert e.sub_event_type == FORCE
    assert e.actor1 is not None and e.actor1.type == 1
    assert e.actor2 is not None and e.actor2.type == 6


def test_killed_protesters_are_actor_2_of_the_force() -> None:
    text = "قتل ثلاثة متظاهرين برصاص الشرطة العراقية خلال احتجاجات في الناصرية يوم الجمعة."
    events = _events(text)
    assert [e.sub_event_type for e in events] == [FORCE]
    e = events[0]
    assert e.actor1 is None or e.actor1.type != 6


def test_protesters_killed_in_clashes_are_one_violent_demonstration() -> None:
    # any violence by the demonstrators makes the day's protest a riot (CODING, Protests)
    text = "قتل عشرات المتظاهرين في اشتباكات اندلعت خلال احتجاجات في البصرة يوم الجمعة."
    assert [e.sub_event_type for e in _events(text)] == ["Violent demonstration"]


def test_english_protesters_killed_by_live_fire() -> None:
    text = ("Two protesters were killed when security forces fired live ammunition at "
            "demonstrators in Baghdad on Friday.")
    assert [e.sub_event_type for e in _events(text, "en")] == [FORCE]


def test_a_protest_making_demands_is_a_specific_event() -> None:
    text = "خرج المئات في مدينة البصرة يوم الجمعة للمطالبة بتوفير الكهرباء في تظاهرة حاشدة."
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert events[0].specificity == "specific"


def test_a_demand_still_makes_other_events_hypothetical() -> None:
    text = "دعا المجلس إلى إنهاء الاشتباكات في المدينة."
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].specificity == "hypothetical"
