"""الاثنين is Monday or "the two": it is read as Monday when wire copy sets it off (between
commas, before إن/أن, or opening a sentence with و), and not otherwise. Our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

_READER = Reader.default()


def _days(text: str) -> list[tuple[str, object]]:
    doc = Document("t", text, "ar", "t", published="2019-09-25")
    out = []
    for m in _READER.read(doc).mentions:
        if m.kind == "date" and isinstance(m.value, dict):
            assert text[m.span.start : m.span.end] == m.text
            out.append((m.text, m.value.get("start")))
    return out


def test_monday_between_commas() -> None:
    assert ("الاثنين", "2019-09-23") in _days(
        "أفادت مصادر محلية، الاثنين، بمقتل ثلاثة مدنيين في قصف على البلدة.")


def test_monday_before_that() -> None:
    assert ("الإثنين", "2019-09-23") in _days(
        "قال المتحدث باسم الجيش الإثنين إن الطائرات دمرت مخزنا للأسلحة.")


def test_monday_opening_a_sentence_with_and() -> None:
    days = _days("قتل جنديان في الهجوم.\nوالاثنين أعلنت الوزارة أن 40 عائلة نزحت من القرية.")
    assert [start for _, start in days] == ["2019-09-23"]


def test_the_two_is_not_a_day() -> None:
    assert _days("وصل الاثنين إلى المدينة بعد ساعات من الهجوم.") == []
