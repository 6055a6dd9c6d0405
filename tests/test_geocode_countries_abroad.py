"""Countries news names in passing have their Arabic names: an act there is placed in its
country, not in a place named elsewhere in the text."""

from __future__ import annotations

import pytest
from reading import READER

from marsad.model import Document


@pytest.mark.parametrize(("text", "country"), [
    ("اعتقلت الشرطة في كوسوفو ستة أشخاص يشتبه بانتمائهم إلى تنظيم داعش. وقال مسؤول في أنقرة "
     "إن التعاون الأمني مستمر.", "XK"),
    ("قتل أربعة أشخاص في هجوم مسلح على سوق في ميانمار يوم الجمعة.", "MM"),
    ("أعلنت السلطات في إندونيسيا اعتقال ثلاثة مشتبه بهم بعد تفجير استهدف كنيسة.", "ID"),
])
def test_an_act_abroad_is_placed_in_its_country(text: str, country: str) -> None:
    events = READER.read(Document("t", text, "ar", "t", published="2018-03-10")).events
    assert events
    assert all(e.location is not None and e.location.country == country for e in events)
