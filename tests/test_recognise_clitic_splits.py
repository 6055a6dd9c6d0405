"""Readers that test a token against a word list through its proclitics try every split that
leaves a known word (lexicon_scan.with_proclitics), so a word that starts with a clitic letter
is not lost to a wrong split (وبوابة is و + بوابة, not وب + وابة) and two proclitics are read
as well as one (وللمخطوفين، وبمحاولة، ولمحور). Our own sentences."""

from __future__ import annotations

from reading import READER, events_reader

from marsad.model import Document
from marsad.recognise.toponym_roles import surname
from marsad.text.view import view

_events = events_reader(published="2018-06-13")


def _actor_ids(text: str) -> list[str]:
    out = READER.read(Document("t", text, "ar", "t", published="2019-06-12"))
    return [str(m.value["id"]) for m in out.mentions if m.kind == "actor" and isinstance(m.value, dict)]


def test_the_gate_of_the_base_after_a_conjunction_names_a_base() -> None:
    assert "al-qaeda" not in _actor_ids("وقصف المسلحون مدخل المعسكر وبوابة القاعدة بقذائف الهاون.")
    assert "al-qaeda" in _actor_ids("وقال مسؤول إن عناصر القاعدة هاجموا المعسكر بقذائف الهاون.")


def test_captives_after_a_conjunction_and_lam_are_described_not_taken() -> None:
    found = [e.sub_event_type for e in _events("وخرجت مسيرة لذوي العسكريين وللمخطوفين في ساحة رياض الصلح ببيروت.")]
    assert "Abduction/forced disappearance" not in found


def test_an_attempt_after_a_conjunction_and_ba_is_an_escape() -> None:
    text = "وفي المدينة، اعتقلت الشرطة ثلاثة أشخاص بتهمة السرقة وبمحاولة الفرار."
    assert [e.trigger.text for e in _events(text)] == ["اعتقلت"]


def test_a_body_after_a_conjunction_and_lam_is_no_first_name() -> None:
    for phrase, is_surname in (("العقيد تامر الرفاعي", True), ("العقيد تامر ولمحور صعدة", False)):
        toks = view(Document("t", phrase, "ar", "t")).tokens
        assert surname(toks, len(toks) - 1, "") is is_surname, phrase
