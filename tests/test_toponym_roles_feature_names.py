"""A name after the noun of a feature named after it (بحيرة تشاد، خليج عدن، قناة السويس، جبل
القاهرة) is part of the feature's name: no mention of the country or town itself."""

from __future__ import annotations

from reading import READER, events_reader

from marsad.model import Document

_events = events_reader(published="2021-03-10T12:00:00+00:00")


def _places(text: str) -> list[str | None]:
    ex = READER.read(Document("t", text, "ar", "t"))
    return [m.value.get("name") for m in ex.mentions
            if m.kind == "place" and isinstance(m.value, dict)]


def test_a_lake_named_after_a_country_is_not_the_country() -> None:
    for text in (
        "قتل عشرة جنود في هجوم لجماعة بوكو حرام على قاعدة عسكرية في منطقة بحيرة تشاد أمس.",
        "وتنشط الجماعة في الجزر الواقعة ببحيرة تشاد.",
    ):
        assert "Chad" not in _places(text), text
    events = _events("قتل عشرة جنود في هجوم لبوكو حرام على قاعدة عسكرية قرب بحيرة تشاد أمس.")
    assert events and all(e.location is None or e.location.country != "TD" for e in events)


def test_a_gulf_canal_or_mountain_named_after_a_town_is_not_the_town() -> None:
    for text, town in (
        ("هاجم قراصنة سفينة تجارية في خليج عدن أمس.", "Aden"),
        ("واستعادت القوات جبل القاهرة الاستراتيجي في محافظة الجوف.", "Cairo"),
        ("وعبرت السفن الحربية قناة السويس أمس.", "Suez"),
    ):
        assert town not in _places(text), (text, _places(text))


def test_the_country_or_town_itself_stays() -> None:
    for text, place in (
        ("قتل عشرة جنود في هجوم على قاعدة عسكرية في تشاد أمس.", "Chad"),
        ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة عدن أمس.", "Aden"),
        ("وعبرت السفن الحربية السويس أمس.", "Suez"),
    ):
        assert place in _places(text), (text, _places(text))


def test_a_definite_noun_or_a_conjunction_before_a_name_is_a_list() -> None:
    assert "Kafr ash Shaykh" in _places("وشنت الشرطة حملة في محافظات الإسكندرية والبحيرة وكفر الشيخ.")
    assert "Egypt" in _places("ويسعى التنظيم إلى تصدير الأحداث إلى منطقة الخليج ومصر.")
