"""A place name that is part of a person's name is no place: after بن (حمد بن جاسم), or after
an honorific and one or two first names (العقيد تامر الرفاعي، الرئيس الأمريكي جو بايدن). A place
after a title's body (قائد شرطة قندهار), a preposition or a capital stays a place."""

from __future__ import annotations

import pytest

from marsad.geocode.store import default_gazetteer
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _places(text: str) -> list[str]:
    found = RECOGNISER(view(Document("d", text, "ar", "d")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return [m.text for m in found]


@pytest.mark.parametrize(("text", "name"), [
    ("قال الشيخ حمد بن جاسم إن المفاوضات متعثرة.", "جاسم"),
    ("وقال المتحدث العسكري العقيد تامر الرفاعي في بيان إن القوات دمرت أنفاقا.", "الرفاعي"),
    ("وقال نائب الرئيس الأمريكي جو بايدن إن بلاده ستدعم الحكومة.", "ايدن"),
])
def test_a_surname_is_no_place(text: str, name: str) -> None:
    assert not [p for p in _places(text) if name in p]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال قائد شرطة قندهار إن مسلحين هاجموا مركزا أمنيا.", "قندهار"),
    ("قتل ثلاثة في هجوم على حاجز في الرفاعي أمس.", "الرفاعي"),
    ("غادر الرئيس هادي الرياض متوجها إلى عدن.", "الرياض"),
    ("التقى الرئيس هادي بعدن قادة المقاومة.", "عدن"),
    ("قصفت القوات الحكومية بلدة جاسم في ريف درعا.", "جاسم"),
])
def test_a_place_near_a_title_stays_a_place(text: str, name: str) -> None:
    assert [p for p in _places(text) if name in p]


def test_a_place_name_right_after_an_honorific_is_a_name() -> None:
    """الشيخ صلاح الدين is a man, not the Iraqi province; a town named الشيخ X stays a town."""
    found = _places("واعتقلت السلطات الشيخ صلاح الدين وعددا من أنصاره في كركوك.")
    assert "صلاح الدين" not in found and "كركوك" in found
    assert _places("وقتل جنديان في هجوم على حاجز في الشيخ زويد.") == ["الشيخ زويد"]
