"""Common words that are also place names are places only after a cue: "يفتح الباب أمام"
(opens the door) is no al-Bab, "لعب دوراً" (played a role) no Dura, "من العمر" (of age) no
al-Omar field, "ورقة" (a paper) no Raqqa."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _places(text: str) -> list[str]:
    found = READER.read(Document("t", text, "ar", "t")).mentions
    return [m.text for m in found if m.kind == "place"]


def test_common_words_stand_bare_as_no_place() -> None:
    for text, word in (("وقال إن القرار يفتح الباب أمام مفاوضات جديدة.", "الباب"),
                       ("ولعبت القبائل دورا كبيرا في الوساطة.", "دورا"),
                       ("قتل شاب في العشرين من العمر برصاص مجهولين.", "العمر"),
                       ("وقدم الوفد ورقة عمل إلى المؤتمر.", "ورقة")):
        assert not any(word in p for p in _places(text)), (text, _places(text))


def test_a_cue_still_makes_them_places() -> None:
    assert any("الباب" in p for p in _places("انفجرت سيارة مفخخة في مدينة الباب شرق حلب."))
    assert any("العمر" in p for p in _places("سيطرت قسد على حقل العمر النفطي في دير الزور."))


def test_biden_is_no_turkish_province() -> None:
    # بايدن is ب + ايدن: read bare, the Turkish province Aydın took the event.
    assert _places("وقال بايدن إن الهجوم على القاعدة في ديالى أسفر عن مقتل جنديين.") == ["ديالى"]
