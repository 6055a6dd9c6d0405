"""Killed and wounded counted together (قتلى وجرحى، بين قتيل وجريح) give no casualty figure, but
they are the conflict context a weak act word of their sentence needs; they report no killing
of their own: our own sentences in the style of news reports."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2019-03-10")


def test_a_blast_with_a_lumped_toll_is_an_event() -> None:
    for text in (
        "قالت مصادر محلية، إن انفجارا وقع قرب سوق وسط مدينة سبها أدى إلى سقوط عدد من القتلى والجرحى.",
        "وقع انفجار قرب مبنى البلدية أسفر عن سقوط العشرات بين قتيل وجريح.",
    ):
        subs = [e.sub_event_type for e in _events(text)]
        assert subs == ["Remote explosive/landmine/IED"], (text, subs)


def test_a_lumped_toll_alone_is_no_event() -> None:
    for text in (
        "التقت الوزيرة عائلات القتلى والجرحى في مقر المحافظة.",
        "أعلنت وزارة الداخلية سقوط قتلى وجرحى في انهيار مبنى سكني من طابقين.",
    ):
        assert _events(text) == [], text
