"""Control words: a takeover told with its subject between verb and على (سيطر مسلحو التنظيم
على…) is one, and the government's forces named as that subject take it back; control sought,
attempted or said of a place named before (a relative clause) is no change of territory."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in READER.read(Document("t", text, "ar", "t")).events]


def test_a_takeover_with_its_subject_after_the_verb() -> None:
    assert _subs("وسيطر مسلحو التنظيم على البلدة بعد معارك.") == ["Non-state actor overtakes territory"]
    assert _subs("وسيطرت القوات الحكومية على البلدة بعد معارك عنيفة.") == [
        "Government regains territory"]


def test_control_sought_or_in_a_relative_clause_is_no_takeover() -> None:
    for text in ("وشنت القوات هجوما واسعا للسيطرة على البلدة أمس.",
                 "وتواصل القوات عملياتها العسكرية لاستعادة السيطرة على مناطق المعارضة.",
                 "واستعاد الجيش مناطق عدة سيطر عليها التنظيم في الشمال.",
                 "وقال مدير مكتب الصحة في المحافظة التي سيطرت عليها الجماعة إن 40 قتيلا سقطوا."):
        subs = _subs(text)
        assert "Non-state actor overtakes territory" not in subs, text
