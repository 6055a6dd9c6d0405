"""A definite re-mention with the same word as an earlier violent act at the same named place
is that act, though the two were coded apart (clashes read once as a riot, once as a battle);
the same word at another village stays a second event. Our own report-style sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2019-05-04")

# Clashes where the army killed a villager: coded a violent demonstration.
_FIRST = ("قتل شاب فلسطيني، السبت، برصاص الجيش الإسرائيلي خلال مواجهات اندلعت في قرية بورين "
          "جنوبي نابلس بعد تصدي الأهالي لمستوطنين.\n")


def test_the_clashes_told_again_in_a_quote_are_the_clashes_told_before() -> None:
    text = _FIRST + ("وقال رئيس المجلس القروي: \"خلال المواجهات وصلت قوات الاحتلال وأطلقت النار "
                     "مما أدى لإصابة شابين\".")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert "2 mentions merged" in events[0].notes


def test_clashes_in_another_village_stay_a_second_event() -> None:
    text = _FIRST + ("وقال رئيس المجلس القروي إن قوات الاحتلال وصلت إلى قرية عصيرة القبلية خلال "
                     "المواجهات وأطلقت النار مما أدى لإصابة شابين.")
    events = _events(text)
    assert len(events) == 2
    assert {e.location.name for e in events if e.location} == {"Būrīn", "‘Aşīrah al Qiblīyah"}
