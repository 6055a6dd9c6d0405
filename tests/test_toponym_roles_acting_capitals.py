"""A capital that acts (the subject of a verb carrying an object pronoun) or is asked to act
stands for its government: no event is placed there. A capital after a preposition, or the
subject of a verb of witnessing, is still a place."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _governments(text: str) -> dict[str, bool]:
    doc = READER.read(Document("t", text, "ar", "t", published="2018-03-10"))
    return {m.text: bool(m.value.get("government")) for m in doc.mentions
            if m.kind == "place" and isinstance(m.value, dict)}


def test_the_subject_of_a_verb_with_an_object_pronoun_is_a_government() -> None:
    found = _governments("وتتواصل العملية العسكرية التي بدأتها أنقرة قبل شهرين ضد المقاتلين "
                         "الأكراد في عفرين.")
    assert found == {"أنقرة": True, "عفرين": False}
    assert _governments("ونفتها دمشق في بيان رسمي صدر مساء أمس.")["دمشق"] is True


def test_a_capital_asked_to_act_is_a_government() -> None:
    found = _governments("وطالب السكان الأكراد دمشق بالتدخل لحماية مدينة عفرين.")
    assert found["دمشق"] is True
    assert _governments("ودعا الوزير الفرنسي طهران إلى وقف دعم الجماعات المسلحة.")["طهران"] is True


def test_a_capital_after_a_preposition_is_a_place() -> None:
    found = _governments("وطالب المتظاهرون في دمشق بالإفراج عن المعتقلين.")
    assert found["دمشق"] is False


def test_an_event_is_not_placed_in_the_acting_capital() -> None:
    text = ("وقتل ثلاثة مدنيين في غارات شنتها أنقرة على ريف عفرين الشمالي، بحسب المرصد السوري "
            "لحقوق الإنسان.")
    events = READER.read(Document("t", text, "ar", "t", published="2018-03-10")).events
    assert events
    assert all(e.location is None or e.location.name != "Ankara" for e in events)
