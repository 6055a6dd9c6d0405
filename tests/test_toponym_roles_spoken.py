"""A place where a statement was made (a press conference in Ankara) is no event's scene."""

from __future__ import annotations

from reading import READER

from marsad.model import Document
from marsad.recognise.toponym_roles import spoken_at


def _flags(text: str, language: str = "ar") -> dict[str, bool]:
    ex = READER.read(Document("t", text, language, "t"))
    return {m.text: bool(m.value.get("spoken")) for m in ex.mentions
            if m.kind == "place" and isinstance(m.value, dict)}


def test_press_conference_place_is_marked() -> None:
    flags = _flags("وقال وزير الداخلية في مؤتمر صحفي عقده أمس في أنقرة إن الشرطة اعتقلت 200 شخص.")
    assert flags["أنقرة"] is True


def test_scene_after_in_stays_a_scene() -> None:
    flags = _flags("قتل ثلاثة جنود في انفجار عبوة ناسفة في أنقرة أمس.")
    assert flags["أنقرة"] is False


def test_speech_place_places_no_unplaced_event() -> None:
    text = ("اعتقلت الشرطة التركية يوم الجمعة 20 شخصا يشتبه بانتمائهم إلى تنظيم داعش. "
            "وقال رئيس الوزراء في مؤتمر صحافي بثه التلفزيون في أنقرة إن الحملة مستمرة.")
    ex = READER.read(Document("t", text, "ar", "t"))
    assert ex.events
    assert all(e.location is None or e.location.admin1 != "Ankara" for e in ex.events)


def test_english_news_conference_in() -> None:
    text = "The minister told a news conference in "
    assert spoken_at(text + "Ankara", len(text))
    plain = "A bomb exploded in "
    assert not spoken_at(plain + "Ankara", len(plain))
