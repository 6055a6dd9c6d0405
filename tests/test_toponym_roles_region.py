"""A country name that names a wider region after it (the Maghreb) is no place mention."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _places(text: str) -> list[str | None]:
    ex = READER.read(Document("t", text, "ar", "t"))
    return [m.value.get("name") for m in ex.mentions
            if m.kind == "place" and isinstance(m.value, dict)]


def test_group_name_holding_the_maghreb_is_no_country() -> None:
    places = _places("أعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته عن الهجوم في مالي.")
    assert "Morocco" not in places
    assert "Mali" in places


def test_arab_maghreb_is_no_country() -> None:
    assert "Morocco" not in _places("دعا وزراء دول المغرب العربي إلى التنسيق الأمني.")


def test_morocco_after_a_preposition_stays_the_country() -> None:
    assert "Morocco" in _places("اعتقلت الشرطة ثلاثة أشخاص في المغرب يوم الاثنين.")
