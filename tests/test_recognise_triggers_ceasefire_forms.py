"""An indefinite ceasefire after the preposition ل (وقف لإطلاق نار) is an agreement, not gunfire."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-06-29")


def test_an_indefinite_ceasefire_with_the_preposition_is_an_agreement() -> None:
    for ceasefire in ("وقف لإطلاق نار", "وقف لاطلاق نار"):
        text = (f"أعلن مصدر حكومي اليوم الجمعة التوصل إلى {ceasefire} في محافظة درعا بين قوات "
                "الحكومة والمعارضة المسلحة.")
        events = _events(text)
        assert [e.sub_event_type for e in events] == ["Agreement"], ceasefire
        assert events[0].date is not None and events[0].date.start == "2018-06-29"

