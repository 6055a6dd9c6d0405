"""Casualty counts: digits, duals, plurals, vague words, killed-and-wounded pairs."""

from __future__ import annotations

from marsad.model import Document, Mention
from marsad.recognise.casualties import CasualtyRecogniser
from marsad.text.view import view


def _found(text: str) -> list[Mention]:
    found = CasualtyRecogniser()(view(Document("t", text, "ar", "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def _values(text: str) -> list[tuple[str, int | None, int | None, bool]]:
    return [
        (m.value["outcome"], m.value["min"], m.value["max"], bool(m.value.get("vague")))
        for m in _found(text)
    ]


def test_killed_and_wounded_with_digits() -> None:
    assert _values("قتل 4 أشخاص وأصيب 7 آخرون في الانفجار.") == [
        ("killed", 4, 4, False), ("wounded", 7, 7, False)
    ]


def test_arabic_indic_digits() -> None:
    assert _values("مقتل ١٢ عنصرا من الشرطة.") == [("killed", 12, 12, False)]


def test_dual_is_exactly_two() -> None:
    assert _values("سقط قتيلان في القصف.") == [("killed", 2, 2, False)]
    assert _values("مقتل جنديين وإصابة شخص.") == [("killed", 2, 2, False), ("wounded", 1, 1, False)]


def test_plural_alone_is_three_or_more() -> None:
    assert _values("أسفرت الغارة عن سقوط قتلى.") == [("killed", 3, None, True)]


def test_vague_quantifiers() -> None:
    assert _values("مقتل عشرات المدنيين وإصابة مئات.") == [
        ("killed", 20, 99, True), ("wounded", 100, 999, True)
    ]


def test_number_words_and_bounds() -> None:
    assert _values("مقتل خمسة مسلحين.") == [("killed", 5, 5, False)]
    assert _values("مقتل أكثر من 30 مقاتلا.") == [("killed", 31, None, False)]


def test_count_before_noun() -> None:
    assert _values("خلف الهجوم 9 قتلى و15 جريحا.") == [
        ("killed", 9, 9, False), ("wounded", 15, 15, False)
    ]


def test_lumped_killed_and_wounded_gives_no_killed_figure() -> None:
    assert [v for v in _values("مقتل وإصابة 10 أشخاص.") if v[0] == "killed"] == []


def test_no_casualty_words_no_mentions() -> None:
    assert _found("افتتح المعرض الدولي للكتاب أبوابه أمام الزوار.") == []


def test_number_noun_verb_order_is_read() -> None:
    from marsad.model import Document
    from marsad.recognise.casualties import CasualtyRecogniser
    from marsad.text.view import view

    def read(text: str) -> list[tuple[str, object, object]]:
        found = CasualtyRecogniser()(view(Document("t", text, "ar", "t")), [])
        return [(m.text, m.value["outcome"], m.value["min"]) for m in found]

    assert read("قالت الشرطة إن ثلاثة أشخاص قتلوا في انفجار سيارة مفخخة.") == [
        ("ثلاثة أشخاص قتلوا", "killed", 3)]
    assert read("أفاد المرصد بأن 12 مدنيا لقوا مصرعهم في الغارة.") == [
        ("12 مدنيا لقوا مصرعهم", "killed", 12)]
    assert read("وقال إن أربعة جنود أصيبوا بجروح.") == [("أربعة جنود أصيبوا", "wounded", 4)]
