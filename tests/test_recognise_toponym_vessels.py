"""A name right after a vessel's noun (بارجة، فرقاطة، سفينة …, maybe in quotes) names the ship, not
the town it is named after; the town itself is still read elsewhere."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

_READER = Reader.default()


def _places(text: str) -> list[str]:
    doc = _READER.read(Document("t", text, "ar", "t", published="2018-06-14"))
    return [str(m.value.get("name")) for m in doc.mentions
            if m.kind == "place" and isinstance(m.value, dict)]


def test_warship_named_after_a_city_is_no_place() -> None:
    assert "Dammam" not in _places("قال الحوثيون إن قواتهم استهدفت بارجة 'الدمام' قبالة السواحل الغربية.")
    assert "Dammam" not in _places("أعلن التحالف تعرض الفرقاطة الدمام لهجوم قبالة الحديدة.")
    assert "Al Ḩudaydah" in _places("أعلن التحالف تعرض الفرقاطة الدمام لهجوم قبالة الحديدة.")


def test_the_city_itself_is_still_a_place() -> None:
    assert "Dammam" in _places("قتل ثلاثة في انفجار في الدمام.")
    assert "Dammam" in _places("أبحرت السفينة من ميناء جدة إلى الدمام.")
