"""Devices named as cleared in a relative clause after them are Disrupted weapons use."""

from __future__ import annotations

from reading import events_reader

_events = events_reader()


def test_devices_that_were_removed_are_no_attack() -> None:
    text = ("وتنوعت الألغام والمتفجرات التي تم انتزاعها بين الألغام المضادة للأفراد والعبوات الناسفة "
            "في مديرية برط العنان.")
    events = _events(text)
    assert events and {e.sub_event_type for e in events} == {"Disrupted weapons use"}


def test_a_blast_during_defusal_stays_an_explosion() -> None:
    events = _events("انفجرت عبوة ناسفة أثناء محاولة تفكيكها في مديرية برط العنان.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
