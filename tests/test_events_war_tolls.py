"""A death toll of thousands sums up a war or campaign: it is never one incident's toll."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-03-10")


def test_a_wars_toll_is_not_the_ambushs() -> None:
    events = read("وقتل ثلاثة جنود في كمين نصبه مسلحون في ولاية بورنو، في نزاع أسفر عن 20 ألف "
                  "قتيل منذ عام 2009.")
    ambush = [e for e in events if e.trigger.text == "كمين"]
    assert ambush
    assert ambush[0].fatalities is not None and ambush[0].fatalities.best == 3


def test_a_small_toll_still_goes_to_its_incident() -> None:
    events = read("قتل 12 مدنيا في غارة جوية على سوق بلدة سراقب بريف إدلب الجمعة.")
    assert [e.fatalities.best if e.fatalities else None for e in events] == [12]
