"""A strike retold by a second source as a bare attack on civilians is the strike, not a second
event; an attack with its own doer stays an event of its own."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-03-25")


def _events(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.sub_event_type, e.fatalities.best if e.fatalities else None) for e in read(text)]


def test_a_bare_attack_after_a_strike_at_its_place_is_the_strike() -> None:
    text = ("شنت طائرة أمريكية غارة جوية على ضواحي مدينة سبها جنوب ليبيا يوم السبت. وبحسب شهود "
            "عيان، استهدف منزل في حي المنشية بالمدينة مما أسفر عن مقتل شخصين.")
    assert _events(text) == [("Air/drone strike", 2)]


def test_an_attack_with_its_own_doer_stays_apart() -> None:
    text = ("قصفت طائرات حربية مدينة سبها صباح السبت. وفي المساء استهدف مسلحون منزلا في المدينة "
            "وقتلوا رجلين.")
    assert len(_events(text)) == 2


def test_a_bare_attack_in_another_province_stays_apart() -> None:
    text = ("شنت طائرة أمريكية غارة جوية على ضواحي مدينة سبها يوم السبت. وفي مدينة مصراتة استهدف "
            "منزل مما أسفر عن مقتل شخصين.")
    assert len(_events(text)) == 2
