"""Control consolidated, ensured or kept (بعد ضمان سيطرتها على المدينة، تعزز سيطرتها على) is no
change of territory; control taken still is one."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2015-08-02")


def _territory(text: str) -> list[str]:
    return [e.trigger.text for e in read(text) if "territory" in (e.sub_event_type or "")]


def test_control_ensured_before_an_advance_is_no_takeover() -> None:
    assert _territory("وبعد ضمان سيطرتها على المدينة إثر معارك عنيفة، واصلت القوات الحكومية "
                      "أمس تقدمها شمالا.") == []


def test_forces_consolidating_their_control_is_no_takeover() -> None:
    assert _territory("قالت مصادر عسكرية إن القوات الحكومية تعزز سيطرتها على المدينة بعد "
                      "معارك عنيفة مع المسلحين أمس.") == []


def test_control_taken_is_still_a_takeover() -> None:
    assert _territory("قالت مصادر عسكرية إن القوات الحكومية سيطرت أمس على المدينة بعد معارك "
                      "عنيفة مع المسلحين.") != []
