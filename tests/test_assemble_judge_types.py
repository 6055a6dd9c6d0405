"""Type confusions between real incidents (CODING §1 "Usual confusions"): who was hit, who
detained whom, whether a device went off. Our own report-style sentences, full pipeline."""

from __future__ import annotations

from marsad.model import Document, Event
from marsad.pipeline import Reader

READER = Reader.default()


def _events(text: str, published: str = "2018-03-01") -> list[Event]:
    return list(READER.read(Document("t", text, "ar", "t", published=published)).events)


def _codings(text: str) -> set[tuple[str, str | None]]:
    return {(e.event_type, e.sub_event_type) for e in _events(text)}


def test_troops_killing_militants_is_a_clash() -> None:
    for text in (
        "قال متحدث عسكري إن جنودا فرنسيين قتلوا نحو 12 متطرفين أمس في مالي خلال عملية قرب الحدود.",
        "قتلت القوات الحكومية 15 إرهابيا أمس في اشتباك قرب مدينة العريش.",
        "قتل الجيش أمس عشرة من المتمردين في ولاية النيل الأزرق.",
    ):
        assert ("Battles", "Armed clash") in _codings(text), text
        assert ("Violence against civilians", "Attack") not in _codings(text), text


def test_killing_civilians_stays_an_attack() -> None:
    text = "قتلت الميليشيات خمسة مدنيين أمس في قرية قرب مدينة درعا."
    assert ("Violence against civilians", "Attack") in _codings(text)
