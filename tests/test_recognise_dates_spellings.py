"""Weekday spellings outlets use besides the standard one: the day still resolves."""

from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.recognise.dates import DateRecogniser
from marsad.text.view import view

PUBLISHED = "2018-03-29T10:00:00+00:00"  # a Thursday


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        ("قالت الشرطة الثلثاء إن قوات الأمن اعتقلت عشرات الأشخاص.", "الثلثاء", "2018-03-27"),
        ("اندلعت اشتباكات عنيفة يوم الثلثاء في ضواحي المدينة.", "يوم الثلثاء", "2018-03-27"),
        ("قصفت المدفعية القرية مساء الثلاثاء.", "مساء الثلاثاء", "2018-03-27"),
    ],
)
def test_tuesday_without_its_alif_is_tuesday(text: str, mention: str, day: str) -> None:
    doc = Document(id="t", text=text, language="ar", name="t", published=PUBLISHED)
    found = DateRecogniser()(view(doc), [])
    assert [m.text for m in found] == [mention]
    value = found[0].value
    assert isinstance(value, dict)
    assert (value["start"], value["end"], value["time_precision"]) == (day, day, 1)
