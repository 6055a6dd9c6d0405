"""The gazetteer-backed place recogniser: the sample's places, cue patterns, context."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.model import Document, Mention
from marsad.recognise import DEFAULT_PIPELINE, default_registry
from marsad.recognise.toponyms import NAME, ToponymRecogniser
from marsad.text.view import view


@pytest.fixture(scope="module")
def recogniser() -> ToponymRecogniser:
    return ToponymRecogniser()


def places(rec: ToponymRecogniser, text: str, language: str = "ar") -> list[Mention]:
    doc = Document("sha256:test", text, language, "test")  # type: ignore[arg-type]
    found = rec(view(doc), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert m.recogniser == NAME and m.kind == "place"
    return found


def by_text(found: list[Mention], text: str) -> dict[str, Any]:
    hits = [m.value for m in found if m.text == text]
    assert hits, f"no place mention {text!r} in {[m.text for m in found]}"
    value: dict[str, Any] = hits[0]
    return value


def test_default_pipeline_uses_toponyms() -> None:
    assert NAME in DEFAULT_PIPELINE
    assert NAME in default_registry().names()


def test_sample_places_resolve_as_gold_says(recogniser: ToponymRecogniser, sample_text: str) -> None:
    found = places(recogniser, sample_text)
    countryside = by_text(found, "ريف محافظة دير الزور")
    assert countryside["place_id"] == "geonames:170792" and countryside["level"] == "admin1"
    assert countryside["admin1"] == "Deir ez-Zor" and countryside["geo_precision"] in (2, 3)
    for text, key in (
        ("حقل العمر", "marsad:sy-al-omar-oil-field"),
        ("حقل الكونيكو", "marsad:sy-conoco-gas-field"),
        ("الجفرة", "marsad:sy-al-jafra-oil-field"),
        ("التنك", "marsad:sy-al-tanak-oil-field"),
    ):
        v = by_text(found, text)
        assert v["place_id"] == key and v["country"] == "SY" and v["geo_precision"] == 1
        assert v["lat"] is not None
    turkey = by_text(found, "الأراضي التركية")
    assert turkey["country"] == "TR" and turkey["level"] == "country"
    assert turkey["geo_precision"] is None and turkey["lat"] is None
    aleppo = by_text(found, "ريفي حلب")
    hasakah = by_text(found, "الحسكة")
    assert (aleppo["admin1"], aleppo["level"]) == ("Aleppo", "admin1")
    assert (hasakah["admin1"], hasakah["level"]) == ("Al-Hasakah", "admin1")
    raqqa = by_text(found, "مدينة الرقة")
    assert raqqa["place_id"] == "geonames:172955" and raqqa["geo_precision"] == 1
    east = by_text(found, "ريف دير الزور الشرقي")
    assert east["level"] == "admin1" and east["geo_precision"] == 3


def test_candidates_carry_scores(recogniser: ToponymRecogniser) -> None:
    v = by_text(places(recogniser, "قصفت الطائرات مدينة حلب أمس."), "مدينة حلب")
    assert v["place_id"] == "geonames:170063" and v["geo_precision"] == 1
    scores = [c["score"] for c in v["candidates"]]
    assert len(scores) >= 2 and scores == sorted(scores, reverse=True)


def test_jafra_in_libyan_context_is_the_district(recogniser: ToponymRecogniser) -> None:
    text = "أعلنت السلطات الليبية في طرابلس فرض حظر تجول في منطقة الجفرة جنوب بنغازي بعد اشتباكات."
    v = by_text(places(recogniser, text), "منطقة الجفرة")
    assert v["country"] == "LY" and v["level"] == "admin1"


def test_clitics_and_governorate_cue(recogniser: ToponymRecogniser) -> None:
    found = places(recogniser, "وصلت تعزيزات إلى محافظة إدلب ولمدينة حماة قادمة من دمشق.")
    assert by_text(found, "محافظة إدلب")["level"] == "admin1"
    hama = by_text(found, "مدينة حماة")
    assert hama["level"] == "place" and hama["admin1"] == "Hama"


def test_direction_gives_region_precision(recogniser: ToponymRecogniser) -> None:
    v = by_text(places(recogniser, "سقطت قذائف شمال مدينة درعا وفي ريف دمشق."), "شمال مدينة درعا")
    assert v["geo_precision"] == 2 and v["admin1"] == "Daraa"


def test_north_of_the_country_needs_a_clear_country(recogniser: ToponymRecogniser) -> None:
    unclear = places(recogniser, "تتواصل المعارك في شمال البلاد منذ أسابيع.")
    assert not any(m.text == "شمال البلاد" for m in unclear)
    clear = places(recogniser, "قتل جنود في حلب وإدلب، وتتواصل المعارك في شمال البلاد.")
    assert by_text(clear, "شمال البلاد")["country"] == "SY"


def test_common_words_are_not_places(recogniser: ToponymRecogniser) -> None:
    found = places(recogniser, "قالت الحكومة إن التحالف سيعقد اجتماعا يوم الجمعة في المدينة.")
    assert found == []


def test_english_names_need_capitals(recogniser: ToponymRecogniser) -> None:
    found = places(recogniser, "Shelling hit Aleppo and the van was destroyed.", "en")
    assert [m.text for m in found] == ["Aleppo"]


def test_every_cue_word_through_clitics_passes_the_cheap_filter() -> None:
    from itertools import product

    from marsad.recognise.toponym_cues import _cue_of, cue_surfaces, cue_words

    clitics = ["", "و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "وال", "بال", "ولل", "فبال", "وس"]
    stems = [w for w in cue_words() if " " not in w]
    words = {p + w for p, w in product(clitics, stems)}
    words |= {p + w[1:] for p, w in product(clitics, stems)}  # an elided or dropped first letter
    cues = [w for w in words if _cue_of(w) is not None]
    assert len(cues) > len(stems)  # the clitic forms are cue words too
    assert all(w in cue_surfaces() for w in cues)
    assert "مدينتهم" not in cue_surfaces() and _cue_of("مدينتهم") is None


def test_remembered_resolutions_keep_each_articles_context(recogniser: ToponymRecogniser) -> None:
    libya = "أعلنت السلطات الليبية في طرابلس فرض حظر تجول في منطقة الجفرة جنوب بنغازي."
    syria = "قصفت طائرات حربية منطقة الجفرة في ريف دير الزور الشرقي قرب الميادين."
    for _ in range(2):  # the second round reads what the first remembered
        assert by_text(places(recogniser, libya), "منطقة الجفرة")["country"] == "LY"
        assert by_text(places(recogniser, syria), "منطقة الجفرة")["country"] == "SY"


def test_repeated_places_get_values_of_their_own(recogniser: ToponymRecogniser) -> None:
    found = places(recogniser, "قصفت الطائرات مدينة حلب، ثم عادت وقصفت مدينة حلب ليلا.")
    first, second = (m.value for m in found if m.text == "مدينة حلب")
    assert first == second and first is not second
    assert first["candidates"] is not second["candidates"]
    first["candidates"][0]["score"] = -1.0
    assert second["candidates"][0]["score"] != -1.0
