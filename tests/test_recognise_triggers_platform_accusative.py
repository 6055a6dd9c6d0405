"""The accusative of a platform adjective (قصفا جويا، هجوما جويا، هجوما صاروخيا) names the
platform as its nominative does (قصف جوي، هجوم صاروخي). Own sentences in the style of reports."""

from __future__ import annotations

from reading import events_reader

read = events_reader(published="2018-03-01")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _codings(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in read(text)]


def test_accusative_air_bombardment_is_an_air_strike() -> None:
    assert _codings("نفذ التحالف أمس قصفا جويا على مواقع الحوثيين في صعدة.") == [AIR]


def test_accusative_air_attack_is_an_air_strike() -> None:
    assert _codings("نفذ التحالف أمس هجوما جويا على مواقع الحوثيين في صعدة.") == [AIR]


def test_accusative_missile_attack_is_shelling() -> None:
    assert _codings("شن الحوثيون أمس هجوما صاروخيا على مدينة جازان.") == [SHELLING]


def test_an_attack_with_another_adjective_stays_a_clash() -> None:
    assert _codings("شن مسلحون أمس هجوما عنيفا على حاجز للجيش في الرمادي.") == [
        ("Battles", "Armed clash")]


def test_accusative_chemical_attack_is_a_chemical_weapon() -> None:
    assert _codings("شنت قوات النظام أمس هجوما كيماويا على مدينة دوما في الغوطة الشرقية.") == [
        ("Explosions/Remote violence", "Chemical weapon")]
