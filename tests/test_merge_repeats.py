"""Repeats of one incident across a report are one event (ACLED's unit: actor pair x location x
day); distinct places or days stay apart. Our own report-style sentences, full pipeline."""

from __future__ import annotations

from reading import events_reader

from marsad.assemble.merge_compat import place_ok
from marsad.model import Place, Span

_events = events_reader(published="2018-07-16")


def test_a_protest_and_its_dispersal_told_in_two_sentences_are_one_event() -> None:
    text = ("تظاهر مئات في مدينة البصرة، الأحد، احتجاجا على نقص الخدمات.\n"
            "وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين أمام مبنى المحافظة في البصرة الأحد.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert "merged" in events[0].notes


def test_protests_in_two_cities_stay_apart() -> None:
    text = ("تظاهر مئات في مدينة البصرة، الأحد، احتجاجا على نقص الخدمات.\n"
            "وفي بغداد، أطلقت الشرطة الغاز المسيل للدموع على متظاهرين أمام مبنى المحافظة الأحد.")
    assert len(_events(text)) == 2


def test_protests_on_two_days_stay_apart() -> None:
    text = ("تظاهر مئات في مدينة البصرة، الأحد، احتجاجا على نقص الخدمات.\n"
            "وأطلقت الشرطة الغاز المسيل للدموع على متظاهرين في البصرة الثلاثاء الماضي.")
    assert sorted(e.date.start or "" for e in _events(text)) == ["2018-07-10", "2018-07-15"]


def test_a_riot_told_again_as_clashes_of_angry_crowds_is_one_riot() -> None:
    text = ("قالت الشرطة إن أعمال شغب اندلعت في مدينة كلكتا أمس بين أنصار حزبين.\n"
            "وتحولت المواجهات بين الحشود الغاضبة إلى حرق متاجر في المدينة.")
    assert [e.event_type for e in _events(text)] == ["Riots"]


def _place(name: str, admin1: str | None, country: str | None, precision: int | None) -> Place:
    return Place(text=name, span=Span(0, len(name)), name=name, admin1=admin1, country=country,
                 geo_precision=precision)


def test_a_country_holds_its_towns_but_not_another_country() -> None:
    iraq = _place("Iraq", None, "IQ", None)
    basra = _place("Basra", "Basra", "IQ", 1)
    aleppo = _place("Aleppo", "Aleppo", "SY", 1)
    assert place_ok(iraq, basra)
    assert not place_ok(iraq, aleppo)
    assert not place_ok(basra, _place("Baghdad", "Baghdad", "IQ", 1))

