"""A capital named for its government is marked and never an event's place."""

from reading import READER

from marsad.model import Document


def _read(text: str, language: str = "ar") -> tuple[dict[str, bool], list[str | None]]:
    ex = READER.read(Document(id="t", text=text, language=language, name="t"))
    flags = {m.text: bool(m.value.get("government")) for m in ex.mentions
             if m.kind == "place" and isinstance(m.value, dict)}
    return flags, [e.location.text if e.location else None for e in ex.events]


def test_capital_after_a_speech_verb_is_its_government() -> None:
    flags, _ = _read("ودعت بغداد الجانب التركي إلى وقف التصعيد.")
    assert flags["بغداد"] is True


def test_capital_after_government_noun_places_no_event() -> None:
    flags, places = _read("وقال البيان إن حكومة أنقرة قصفت مواقع المسلحين شمال العراق.")
    assert flags["أنقرة"] is True
    assert "أنقرة" not in places


def test_capital_before_a_decision_verb() -> None:
    flags, _ = _read("وقال مسؤول إن دمشق ترفض أي وجود أجنبي.")
    assert flags["دمشق"] is True


def test_capital_as_a_party() -> None:
    flags, _ = _read("تصاعد التوتر بين أنقرة من جهة والمسلحين الأكراد من جهة أخرى.")
    assert flags["أنقرة"] is True


def test_capital_as_a_scene_stays_a_place() -> None:
    flags, places = _read("انفجرت سيارة مفخخة في بغداد صباح اليوم ما أدى إلى مقتل خمسة أشخاص.")
    assert flags["بغداد"] is False
    assert "بغداد" in places


def test_capital_with_a_preposition_before_a_verb_is_a_scene() -> None:
    flags, _ = _read("وفي أنقرة قالت الشرطة إنها اعتقلت ثلاثة مشتبه بهم.")
    assert flags["أنقرة"] is False


def test_english_capital_before_said() -> None:
    flags, places = _read("Ankara said its jets struck militant positions near Erbil.", "en")
    assert flags["Ankara"] is True
    assert "Ankara" not in places
    flags, _ = _read("A car bomb exploded in Ankara on Monday.", "en")
    assert flags["Ankara"] is False


def test_capital_approached_from_a_side_is_a_place() -> None:
    flags, _ = _read("تقدمت القوات لتطويق العاصمة صنعاء من جهة الجنوب.")
    assert flags["صنعاء"] is False
