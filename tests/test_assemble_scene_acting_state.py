"""A country named as the state that acts ("شنت تركيا ضربات"، "قالت روسيا إنها قصفت") is not the
scene when the act's clause names the country where it happened ("في العراق"); named alone, it
still places the act (a country's arrests at home)."""

from __future__ import annotations

from reading import events_reader

_read = events_reader(published="2018-06-14")


def _countries(text: str) -> list[str | None]:
    return [e.location.country if e.location else None for e in _read(text)]


def test_a_state_striking_abroad_places_the_strike_where_it_struck() -> None:
    assert _countries("وشنت تركيا ضربات جوية على معسكرات المسلحين في العراق يوم الجمعة.") == ["IQ"]
    assert _countries("قصفت إسرائيل مواقع عسكرية في سوريا فجر اليوم.") == ["SY"]


def test_a_state_telling_of_its_strike_abroad_is_not_its_scene() -> None:
    assert _countries("قالت روسيا إنها قصفت مواقع للمسلحين في سوريا.") == ["SY"]


def test_a_state_acting_at_home_keeps_its_country() -> None:
    assert _countries("اعتقلت فرنسا ثلاثة أشخاص يشتبه بانتمائهم لتنظيم متطرف.") == ["FR"]


def test_a_country_after_a_preposition_is_no_acting_state() -> None:
    # The first country is where the act was, the second only its target's origin.
    assert _countries("قتل جنديان في هجوم في سوريا على قافلة قادمة من العراق.") == ["SY"]
