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


def test_an_english_device_is_read_in_english_whatever_its_characters() -> None:
    # A no-break space inside the trigger made it non-ASCII: it was then read as Arabic and the
    # defused bomb became an IED attack.
    text = ("Police said a roadside\u00a0bomb that was defused near the market on Sunday had been "
            "planted by militants.")
    subs = [e.sub_event_type for e in events_reader(published="2019-05-05", language="en")(text)]
    assert subs == ["Disrupted weapons use"]


def test_a_device_defused_by_a_masculine_verb_is_disrupted_not_an_explosion() -> None:
    # أبطل (not only أبطلت) with its subject between it and مفعول, and bomb experts named without
    # the article: the device was made safe, no explosion took place.
    for text in ("أبطل خبراء متفجرات من الشرطة مفعول عبوة ناسفة وضعت قرب مبنى البلدية في مدينة الموصل أمس.",
                 "وأبطل خبراء الهندسة مفعول عبوة ناسفة تركها مجهولون قرب سوق كركوك صباح اليوم."):
        subs = [e.sub_event_type for e in events_reader(published="2015-07-22")(text)]
        assert subs == ["Disrupted weapons use"], text
