"""Counted persons joined by و after a killing word add up ("مقتل ضابط وثلاثة جنود": four),
as they already did before a killing verb ("12 مسلحا وخمسة مدنيين قتلوا")."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2015-07-24")


def _killed(text: str) -> int | None:
    events = _events(text)
    assert len(events) == 1, text
    f = events[0].fatalities
    return None if f is None else f.best


def test_persons_joined_by_and_after_the_killing_word_add_up() -> None:
    assert _killed("قتل ضابط وثلاثة جنود أمس الخميس بعبوة زرعت على طريق تسلكه قافلتهم جنوب العريش.") == 4
    assert _killed("أسفر القصف عن مقتل 3 جنود و2 مدنيين في مدينة العريش أمس.") == 5


def test_a_wounded_figure_after_and_is_not_added_to_the_killed() -> None:
    assert _killed("قتل ثلاثة جنود وأصيب خمسة في انفجار قنبلة قرب العريش أمس.") == 3
