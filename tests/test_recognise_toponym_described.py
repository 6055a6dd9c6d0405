"""A common word that is also a place name, reached only by a modifier (قرب، محيط), is the noun
its own definite adjective describes: "قرب القصر الرئاسي" is the presidential palace, not Qasr."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

_READER = Reader.default()


def _places(text: str) -> list[str]:
    doc = _READER.read(Document("t", text, "ar", "t", published="2018-06-14"))
    return [m.text for m in doc.mentions if m.kind == "place"]


def test_palace_with_its_adjective_is_no_place() -> None:
    assert _places("وقع انفجار قرب القصر الرئاسي في مقديشو.") == ["مقديشو"]
    assert _places("دوى انفجار في محيط القصر الجمهوري.") == []


def test_the_name_after_a_modifier_alone_or_with_a_cue_stays() -> None:
    assert _places("سقطت قذائف قرب القصر.") == ["قرب القصر"]
    assert any("القصر" in p for p in _places("قتل مدنيان في قصف على بلدة القصر."))
