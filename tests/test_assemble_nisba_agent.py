"""A country adjective right after an act's word names its state's forces as actor 1 (غارة
إسرائيلية، قصف مدفعي تركي، غارات شنتها طائرات روسية), but not after a word of death or of an act
whose word holds what it hit, and not a country's name. Our own sentences."""

from __future__ import annotations

from reading import by_trigger, events_reader

read = events_reader("2019-06-12")


def _actor1(text: str, word: str) -> tuple[str | None, str | None]:
    e = by_trigger(read(text), word)
    return (e.actor1.id, e.actor1.text) if e.actor1 else (None, None)


def test_an_adjective_on_the_strike_names_its_forces() -> None:
    aid, text = _actor1("وقتل ثلاثة فلسطينيين في غارة إسرائيلية على مدينة خان يونس أمس.", "غارة")
    assert aid is not None and aid.startswith("military-forces-of-israel")
    assert text == "إسرائيلية"


def test_past_an_adjective_of_the_act_and_in_the_accusative() -> None:
    aid, _ = _actor1("وقالت مصادر محلية إن قصفا مدفعيا تركيا استهدف قرية قرب عفرين أمس.", "قصف")
    assert aid is not None and aid.startswith("military-forces-of-turkey")


def test_on_the_craft_that_carried_it_out() -> None:
    aid, _ = _actor1("وقتل خمسة مسلحين في غارة شنتها طائرات حربية روسية على ريف إدلب أمس.", "غارة")
    assert aid is not None and aid.startswith("military-forces-of-russia")


def test_a_named_force_of_that_state_is_preferred() -> None:
    aid, text = _actor1("وأعلن الحرس الثوري الإيراني أن القصف الإيراني استهدف مقرا لجماعة معارضة "
                        "في أربيل أمس.", "القصف")
    assert aid is not None and "revolutionary-guard" in aid and text == "الحرس الثوري الإيراني"


def test_not_the_victim_of_a_killing_nor_the_object_of_a_downing() -> None:
    events = read("وقتل جندي إسرائيلي قرب نابلس أمس.")
    assert all(e.actor1 is None or "israel" not in e.actor1.id for e in events)
    aid, _ = _actor1("وأسقطت مروحية عسكرية تركية قرب عفرين أمس.", "مروحية")
    assert aid is None or "turkey" not in aid


def test_a_country_named_after_the_act_is_what_it_hit() -> None:
    # (an adjective agrees with its noun: a definite word after an indefinite act is its object)
    aid, _ = _actor1("وأصيب مدنيان في قصف السعودية بالصواريخ من اليمن أمس.", "قصف")
    assert aid is None or "saudi" not in aid
    aid, _ = _actor1("وقتل مدنيان في القصف التركي على عفرين أمس.", "القصف")
    assert aid is not None and aid.startswith("military-forces-of-turkey")
