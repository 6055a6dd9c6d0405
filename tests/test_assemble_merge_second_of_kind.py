"""A definite act word followed by "second" or "similar" (الغارة الثانية، الانفجار المماثل) is
another act of the kind, not the one told before: it does not refer back. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-03-01")


def test_the_second_raid_is_another_raid() -> None:
    text = ("شنت طائرات حربية غارة على موقع في رفح أمس. وذكر شهود عيان أن الغارة الثانية "
            "استهدفت موقع تدريب قرب مخيم البريج في وسط القطاع.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Air/drone strike"]


def test_the_raid_told_again_still_refers_back() -> None:
    text = ("شنت طائرات حربية غارة على موقع في رفح أمس. وذكر شهود عيان أن الغارة "
            "استهدفت موقع تدريب في المدينة.")
    assert len(_events(text)) == 1
