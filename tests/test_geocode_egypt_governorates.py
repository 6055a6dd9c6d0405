"""Egypt's governorates have Arabic names; those that are also common words need محافظة."""

from __future__ import annotations

import re

from marsad.geocode.store import default_gazetteer, embedded
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _places(text: str) -> dict[str, tuple[object, object]]:
    found = RECOGNISER(view(Document("d", text, "ar", "d")), [])
    out = {}
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert isinstance(m.value, dict)
        out[m.text] = (m.value.get("country"), m.value.get("admin1"))
    return out


def test_every_egyptian_governorate_has_an_arabic_name() -> None:
    arabic = re.compile(r"[\u0600-\u06ff]")
    units = [e for e in embedded().entries() if e.level == "admin1" and e.country == "EG"]
    assert len(units) == 27
    assert [e.name for e in units if not any(arabic.search(n) for n in e.names)] == []


def test_a_governorate_named_after_its_unit_word_resolves_to_egypt() -> None:
    got = _places("قتل شرطيان في هجوم مسلح بمحافظة الشرقية، واعتقلت قوات الأمن ثلاثة في "
                  "محافظة البحيرة وآخرين في القليوبية.")
    assert got["محافظة الشرقية"] == ("EG", "Sharqia")
    assert got["محافظة البحيرة"] == ("EG", "Beheira")
    assert got["القليوبية"] == ("EG", "Qalyubia")


def test_common_words_named_like_governorates_are_no_place_alone() -> None:
    got = _places("سقطت قذائف على الأحياء الشرقية والغربية، وغرق قارب في البحيرة، "
                  "وأبحرت السفن في البحر الأحمر.")
    assert all(country != "EG" for country, _ in got.values())
