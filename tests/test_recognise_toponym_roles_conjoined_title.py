"""A place name right after an honorific carrying و (والشيخ صلاح الدين، والعقيد ...) is a person's name."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

_READER = Reader.default()


def _places(text: str) -> list[str]:
    ex = _READER.read(Document("t", text, "ar", "t", published="2016-05-02"))
    return [m.text for m in ex.mentions if m.kind == "place"]


def test_name_after_conjoined_honorific_is_no_place() -> None:
    assert _places("اعتقلت قوات الأمن الشيخ عمر والشيخ صلاح الدين وعددا من الطلاب.") == []


def test_governorate_after_a_preposition_stays_a_place() -> None:
    assert "صلاح الدين" in _places("قصفت الطائرات مواقع في صلاح الدين وكركوك.")
