"""Casualty readings: a noun's own outcome, lumped and non-violent figures, coordinated counts,
duals and single persons, and vague "a number of" (CODING §5: several/many -> 3)."""

from __future__ import annotations

from marsad.model import Document, Mention
from marsad.recognise.casualties import CasualtyRecogniser
from marsad.text.view import view


def _found(text: str) -> list[Mention]:
    found = CasualtyRecogniser()(view(Document("t", text, "ar", "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def _values(text: str) -> list[tuple[str, int | None]]:
    return [(m.value["outcome"], m.value["min"]) for m in _found(text)]


def test_a_wounded_noun_after_a_killed_head_is_wounded() -> None:
    assert _values("أدى الانفجار إلى سقوط جرحى بين المارة.") == [("wounded", 3)]
    assert _values("أسفر القصف عن سقوط جريحين.") == [("wounded", 2)]


def test_falling_shells_are_no_casualties() -> None:
    assert _values("تسبب القصف في سقوط عدد من القذائف على الحي.") == []
    assert _values("سقوط 4 صواريخ قرب المطار.") == []
    assert _values("سقوط 6 قتلى في الغارة.") == [("killed", 6)]
    assert _values("سقوط 11 جنديا في الكمين.") == [("killed", 11)]


def test_killed_or_arrested_is_lumped_not_a_toll() -> None:
    assert _values("وقالت الوزارة إن 60 من المسلحين قتلوا أو اعتقلوا خلال العام.") == [
        ("lumped", 60)]
    assert _values("خلفت المعارك 30 قتيلا أو جريحا.") == [("lumped", 30)]


def test_killed_and_wounded_between_is_no_toll() -> None:
    assert _values("سقوط 9 أشخاص بين قتيل وجريح في الانفجار.") == []


def test_deaths_from_hunger_or_disease_are_no_casualties() -> None:
    assert _values("وثقت المنظمة 40 لاجئا قضوا بسبب نقص الغذاء والدواء.") == []
    assert _values("توفي 3 أطفال جوعا في المخيم.") == []
    assert _values("قتل 3 أطفال في القصف.") == [("killed", 3)]


def test_counted_nouns_joined_before_one_verb_add_up() -> None:
    found = _found("وقالت مصادر إن 9 متشددين وثلاثة مدنيين قتلوا في الاشتباكات.")
    assert [(m.text, m.value["min"]) for m in found] == [("9 متشددين وثلاثة مدنيين قتلوا", 12)]


def test_duals_and_one_of_them() -> None:
    assert _values("وقتل مستوطنان وأصيب ثالث في الهجوم.") == [("killed", 2)]
    assert _values("وقتل عسكريان في تحطم المروحية.") == [("killed", 2)]
    assert _values("استهدفت الغارة سيارة وقتلت عضوين في الجماعة.") == [("killed", 2)]
    assert _values("فأطلقت القوة النار وقتلت أحدهما.") == [("killed", 1)]
    assert _values("أعلن الجيش مقتل أحد عناصر الحركة.") == [("killed", 1)]


def test_a_participle_is_one_person_only_when_indefinite() -> None:
    # "A militant was killed" is a count of one (a singular noun is a number the text states,
    # as the existing single nouns شاب، جندي); with the article it describes or refers back.
    assert _values("وقتل متشدد في تبادل لإطلاق النار.") == [("killed", 1)]
    assert _values("وأعلن الجيش مقتل المتشدد في المداهمة.") == []


def test_a_number_of_reads_as_several() -> None:
    assert _values("أدى القصف إلى مقتل عدد من الأطفال.") == [("killed", 3)]
    assert _values("عملية قتل فيها العديد من المسلحين.") == [("killed", 3)]


def test_nobody_killed_is_no_figure() -> None:
    assert _values("لم يقتل أحد في الانفجار.") == []


def test_a_war_tally_in_a_relative_clause_is_no_incident_figure() -> None:
    assert _values("منذ اندلاع الحرب التي قتل فيها أكثر من 300 شخص.") == []
    assert _values("وشنت الطائرات غارات قتل فيها 27 شخصا.") == [("killed", 27)]


def test_who_after_a_toll_head_does_not_hide_the_stated_count() -> None:
    found = _found("وارتفع عدد القتلى المدنيين إلى 46 قتيلا.")
    assert [m.value["min"] for m in found] == [46]
    assert _values("مقتل شاب 25 عاما في القصف.") == [("killed", 1)]
