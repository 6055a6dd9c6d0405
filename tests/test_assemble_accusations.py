"""The sides of an act someone is accused of: the accused did it (actor 1); the accuser only
reports it, and is the side hit when the act's word carries its pronoun. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

read = events_reader("2019-06-12")


def _event(text: str, word: str) -> Event:
    events = [e for e in read(text) if word in e.trigger.text]
    assert events, (text, [e.trigger.text for e in read(text)])
    return events[0]


def _id(a: object) -> str:
    return getattr(a, "id", "") or ""


def test_the_accused_after_the_accuser_did_the_act() -> None:
    e = _event("واتهم تحالف دعم الشرعية ميليشيات الحوثي بقصف الأحياء السكنية في مدينة تعز أمس.",
               "قصف")
    assert _id(e.actor1).startswith("houthi")


def test_the_accuser_is_not_the_actor_of_what_it_reports() -> None:
    e = _event("واتهم النظام السوري إسرائيل بقصف مطار التيفور العسكري قرب حمص أمس.", "قصف")
    assert not _id(e.actor1).startswith("military-forces-of-syria")


def test_an_accuser_named_before_the_verb_leaves_the_accused_first() -> None:
    e = _event("وكانت الولايات المتحدة قد اتهمت النظام السوري بقصف بلدة خان شيخون بغاز السارين "
               "أمس.", "قصف")
    assert _id(e.actor1).startswith("military-forces-of-syria")


def test_an_accuser_hit_by_the_act_is_its_target() -> None:
    e = _event("واتهمت وحدات حماية الشعب الكردية الجيش التركي أمس باستهدافها أربع مرات في ريف "
               "حلب الشمالي.", "استهداف")
    assert _id(e.actor1).startswith("military-forces-of-turkey")
    assert "ypg" in _id(e.actor2) or "people" in _id(e.actor2).lower()


def test_an_act_word_holding_its_ba_is_found_as_accused() -> None:
    from marsad.assemble.accusations import accusation_of
    from marsad.model import Mention, Span

    text = "واتهمت الحكومة الجماعة المسلحة أمس بقصف مواقعها قرب المدينة."
    for word in ("بقصف مواقعها", "قصف مواقعها"):
        start = text.index(word)
        t = Mention("trigger", Span(start, start + len(word)), word, {}, "t")
        assert accusation_of(t, text) is not None, word
