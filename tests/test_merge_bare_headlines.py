"""A headline-like line (a subheading, another story's title) whose cue has no argument of its
own and no body event of its coding to join is no event: our own short reports."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

READER = Reader.default()


def _subs(text: str) -> list[str | None]:
    events = READER.read(Document("t", text, "ar", "t", published="2019-03-10")).events
    return [e.sub_event_type or e.event_type for e in events]


def test_a_bare_subheading_is_no_event() -> None:
    text = ("قال وزير الدفاع الإسرائيلي إن الجيش سيواصل مراقبة الحدود مع قطاع غزة.\n"
            "هجوم عنيف\n"
            "وأضاف الوزير في مؤتمر صحفي أن حكومته لن تتهاون مع أي تهديد لأمن مواطنيها.")
    assert "Armed clash" not in _subs(text)


def test_a_bare_related_headline_is_no_event() -> None:
    text = ("أعلنت السلطات في العاصمة النيجيرية إعادة فتح المدارس بعد عطلة طويلة.\n"
            "الشرطة تعتقل امرأة انتحلت صفة طبيب\n"
            "وقال مسؤول في وزارة التعليم إن الطلاب سيعودون يوم الأحد.")
    assert "Arrests" not in _subs(text)


def test_a_subheading_with_its_own_place_stays() -> None:
    text = ("قال وزير الدفاع إن الجيش سيواصل عملياته في البلاد.\n"
            "اشتباكات في مدينة درعا\n"
            "وأضاف الوزير في مؤتمر صحفي أن حكومته لن تتهاون مع أي تهديد.")
    assert "Armed clash" in _subs(text)
