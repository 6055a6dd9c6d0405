"""An agreement after a verb of reaching one (اتفق الطرفان على هدنة، توصلوا إلى اتفاق), even in a
quoted statement, is one act (specific), not a trend."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _codings(text: str) -> list[tuple[str | None, str]]:
    events = READER.read(Document("t", text, "ar", "t")).events
    return [(e.sub_event_type, e.specificity) for e in events]


def test_an_agreement_reached_is_specific() -> None:
    for text in ('وأكد بيان الفصائل المسلحة أن "الطرفين اتفقا على هدنة لمدة 48 ساعة في المدينة".',
                 "وتوصلت قوات النظام والفصائل إلى اتفاق تسوية في البلدة."):
        assert _codings(text) == [("Agreement", "specific")], text
