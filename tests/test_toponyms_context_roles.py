"""Country names that are common words, dual nouns that are town names, and reference points."""

from reading import READER

from marsad.model import Document


def _places(text: str, language: str = "ar") -> dict[str, dict[str, object]]:
    ex = READER.read(Document(id="t", text=text, language=language, name="t"))
    return {m.text: m.value for m in ex.mentions if m.kind == "place" and isinstance(m.value, dict)}


def _locations(text: str, language: str = "ar") -> list[str | None]:
    ex = READER.read(Document(id="t", text=text, language=language, name="t"))
    return [e.location.text if e.location else None for e in ex.events]


def test_country_on_the_stoplist_after_a_preposition_or_hashtag() -> None:
    found = _places("قتل جنود فرنسيون مسلحين في مالي الأسبوع الماضي.")
    assert found["مالي"]["country"] == "ML"
    assert "مالي" in _places("هجوم جديد في #مالي يوقع قتلى")


def test_country_word_as_an_adjective_is_no_place() -> None:
    assert "مالي" not in _places("أعلن الاتحاد تقديم دعم مالي إضافي للقوة المشتركة.")


def test_nisba_with_article_is_not_the_country_word() -> None:
    assert "تركية" not in _places("اعتقلت السلطات التركية عشرات المشتبه بهم.")


def test_dual_of_village_needs_a_cue() -> None:
    assert "القريتين" not in _places("اندلعت اشتباكات بين أهالي القريتين بالحجارة والعصي.")
    assert _places("سيطر التنظيم على مدينة القريتين بريف حمص.")["مدينة القريتين"]["admin1"] == "Homs"


def test_direction_from_a_reference_point_is_not_the_scene() -> None:
    found = _places("اندلعت اشتباكات عنيفة في مدينة سبها جنوب طرابلس أمس.")
    assert found["جنوب طرابلس"].get("locates") is True
    assert found["مدينة سبها"].get("locates") is None
    assert _locations("اندلعت اشتباكات عنيفة في مدينة سبها جنوب طرابلس أمس.") == ["مدينة سبها"]


def test_direction_after_lies_is_a_reference_point() -> None:
    found = _places("قتل شرطي في البلدة التي تقع شمال شرقي القاهرة برصاص مسلحين.")
    assert found["شمال شرقي القاهرة"].get("locates") is True


def test_direction_as_the_scene_stays() -> None:
    found = _places("قصفت الطائرات مواقع شمال حلب صباح اليوم.")
    assert found["شمال حلب"].get("locates") is None
    assert _locations("قصفت الطائرات مواقع شمال حلب صباح اليوم.") == ["شمال حلب"]


def test_english_direction_of_a_reference_point() -> None:
    found = _places("Clashes broke out in Sirte, south of Misrata, on Monday.", "en")
    assert found["Misrata"].get("locates") is True
    assert found["Sirte"].get("locates") is None
