"""A pair of capitals stands for their governments: "بين واشنطن وأنقرة" (relations or talks
between states) and the second of a pair after a verb of a government ("توصلت موسكو وأنقرة
إلى اتفاق"). A pair after a preposition, or a capital paired with a town, is still a place."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _governments(text: str) -> dict[str, bool]:
    doc = READER.read(Document("t", text, "ar", "t", published="2019-05-02"))
    return {m.text: bool(m.value.get("government")) for m in doc.mentions
            if m.kind == "place" and isinstance(m.value, dict)}


def test_capitals_between_which_relations_run_are_governments() -> None:
    found = _governments("وتدهورت العلاقات بين واشنطن وأنقرة بسبب دعم المقاتلين الأكراد.")
    assert found["أنقرة"] is True
    found = _governments("وتجري مفاوضات بين طهران والرياض برعاية عراقية.")
    assert found == {"طهران": True, "الرياض": True}


def test_the_second_capital_after_a_verb_of_governments_is_one() -> None:
    found = _governments("واتفقت موسكو وأنقرة على تسيير دوريات مشتركة في ريف حلب.")
    assert found["أنقرة"] is True
    assert found["ريف حلب"] is False


def test_a_pair_after_a_preposition_or_with_a_town_is_a_place() -> None:
    assert _governments("وانفجرت سيارتان مفخختان في دمشق وبغداد.") == {
        "دمشق": False, "بغداد": False}
    assert _governments("وقتل ثلاثة في قصف على الطريق بين دمشق وحمص.")["دمشق"] is False


def test_no_event_is_placed_in_a_capital_of_a_pair() -> None:
    text = ("وتصاعد التوتر بين واشنطن وأنقرة بعد هجوم على قاعدة عسكرية في منبج قتل فيه "
            "جنديان أمس.")
    events = READER.read(Document("t", text, "ar", "t", published="2019-05-02")).events
    assert events
    assert all(e.location is not None and e.location.name == "Manbij" for e in events)
