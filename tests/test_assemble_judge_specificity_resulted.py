"""A blast said to have resulted from a device (الانفجار ناجم عن قنبلة، نجم عن قنبلة) is one
that took place: the words of resulting join the past verbs of occurrence after a noun."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-06-23")


def _specificities(text: str) -> list[str]:
    return [e.specificity for e in read(text)]


def test_a_blast_that_resulted_from_a_bomb_is_an_incident() -> None:
    assert _specificities("وقال مصدر في الشرطة إن الانفجار ناجم عن قنبلة ألقاها مجهولون على "
                          "الحشد.") == ["specific"]


def test_the_past_verb_of_resulting_tells_it_too() -> None:
    assert _specificities("وقال مصدر في الشرطة إن الانفجار نجم عن قنبلة ألقاها مجهولون على "
                          "الحشد.") == ["specific"]


def test_a_blast_of_unknown_cause_with_no_day_stays_a_pattern() -> None:
    assert _specificities("وقال مصدر في الشرطة إن سبب الانفجار غير معروف حتى الآن.") == [
        "recurring"]
