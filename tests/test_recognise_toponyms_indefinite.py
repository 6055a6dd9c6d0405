"""A word written with tanween (دوراً، دوماً، حكماً، سورياً) is an indefinite noun, adjective or
adverb, never a place name; and مديرية X (a Yemeni district) is a district cue."""

from __future__ import annotations

from marsad.geocode.store import default_gazetteer
from marsad.model import Document, Mention
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _places(text: str) -> dict[str, Mention]:
    found = RECOGNISER(view(Document("d", text, "ar", "d")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return {m.text: m for m in found}


def test_words_with_tanween_are_no_places() -> None:
    got = _places("لعبت الميليشيا دوراً بارزاً في الهجوم، وأصدرت المحكمة حكماً، وقتل عشرون "
                  "عاملاً سورياً، وهم يسعون دوماً إلى التصعيد.")
    assert not {"دورا", "دوراً", "حكماً", "سورياً", "دوماً"} & set(got)


def test_the_same_names_without_tanween_are_places() -> None:
    got = _places("قصفت الطائرات مدينة دوما في الغوطة الشرقية، وقتل مدنيون في سوريا.")
    assert got["مدينة دوما"].value["admin1"] == "Rif Dimashq"  # type: ignore[index]
    assert got["سوريا"].value["country"] == "SY"  # type: ignore[index]


def test_a_yemeni_district_after_mudiriya_is_a_district() -> None:
    got = _places("اندلعت مواجهات عنيفة في مديرية حيس جنوب محافظة الحديدة.")
    v = got["مديرية حيس"].value
    assert isinstance(v, dict) and v["admin1"] == "Al Hudaydah"
