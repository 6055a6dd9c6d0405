"""What an attack is on: plural and institutional civilian targets (الصحفيين، المستشفيات،
المنشآت الطبية) make it an Attack; armed forces after على/ضد (هجمات على قوات الأمن) make it a
clash even when a civilian word follows later in the clause."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in READER.read(Document("t", text, "ar", "t")).events]


def test_institutional_civilian_targets() -> None:
    assert _subs("واعتبرت المنظمة أن استهداف المستشفيات يرقى إلى جرائم حرب.") == ["Attack"]
    assert _subs("واتهم المحققون القوات باستهداف منهجي للمنشآت الطبية في المدينة.") == ["Attack"]


def test_forces_named_after_ala_are_the_target() -> None:
    text = ("وضاعف المسلحون هجماتهم على قوات الأمن ردا على هجوم استهدف ناشطين مؤيدين للقضية "
            "الكردية.")
    assert _subs(text)[0] == "Armed clash"
