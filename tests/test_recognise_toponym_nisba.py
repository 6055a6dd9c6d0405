"""A country name written as its nisba after an indefinite noun ("مواقع سورية"، "مقاتلات تركية")
is the adjective, no place; after a noun of place, a preposition or with a clitic it is the
country."""

from __future__ import annotations

from reading import events_reader, place_values

_read = events_reader(published="2018-06-14")


def test_whose_positions_or_jets_is_no_place() -> None:
    for text in ("قصفت طائرات إسرائيلية مواقع سورية قرب الحدود.",
                 "نفذت مقاتلات تركية غارات جوية ليلة أمس.",
                 "وقالت مصادر سورية إن القصف استمر ساعات."):
        assert "سورية" not in place_values(text) and "تركية" not in place_values(text)


def test_the_country_after_a_noun_of_place_a_preposition_or_a_clitic_stays() -> None:
    assert place_values("قتل ثلاثة في قصف على مدينة سورية حدودية.")["مدينة سورية"]["country"] == "SY"
    assert place_values("عاد آلاف اللاجئين إلى سورية الشهر الماضي.")["سورية"]["country"] == "SY"
    assert place_values("وقتل جندي تركي بسورية أمس.")["سورية"]["country"] == "SY"


def test_turkish_jets_striking_in_syria_place_the_strike_in_syria() -> None:
    events = _read("وشنت مقاتلات تركية غارات جوية على مواقع المسلحين في سوريا.")
    assert [e.location.country if e.location else None for e in events] == ["SY"]
