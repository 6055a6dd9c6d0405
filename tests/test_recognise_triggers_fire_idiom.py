"""The article of a fire idiom (أطلقت الشرطة النار على، فتحوا النار) is the idiom's own: the
phrase names a new act, not one told before, so a riot it is said of is not folded into an
earlier clash."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-04-01")

_CLASH = "وأدت اشتباكات في جنوب المدينة أمس إلى مقتل ثلاثة جنود و11 مسلحا. "


def test_police_firing_on_stone_throwers_is_a_riot_of_its_own() -> None:
    events = read(_CLASH + "وقتل أيضا مدنيان حين أطلقت الشرطة النار على مئات المتظاهرين "
                  "رشقوا قوات الأمن بالحجارة.")
    assert sorted(e.sub_event_type or "" for e in events) == ["Armed clash",
                                                              "Violent demonstration"]


def test_a_definite_attack_word_still_refers_back() -> None:
    events = read(_CLASH + "وقالت الشرطة إن الهجوم نفذه مسلحون من الجماعة.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
