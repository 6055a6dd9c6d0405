"""A killing or arrest a protest is held against (احتجاجا على مقتل، تنديدا باعتقال) is its motive:
no force used on that protest, and an event of its own. Own sentences in the style of reports."""

from __future__ import annotations

from reading import events_reader

from marsad.assemble.doc import DocIndex
from marsad.assemble.grievance import is_grievance
from marsad.model import Document, Span
from marsad.text.view import view

read = events_reader(published="2018-04-07")


def _codings(text: str) -> set[tuple[str, str | None]]:
    return {(e.event_type, e.sub_event_type) for e in read(text)}


def _index(text: str) -> DocIndex:
    return DocIndex.build(view(Document("t", text, "en" if text.isascii() else "ar", "t")))


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word))


def test_protest_against_a_killing_is_peaceful_and_the_killing_its_own_event() -> None:
    text = "تظاهر المئات في البصرة أمس تنديدا بمقتل ناشط برصاص مسلحين مجهولين."
    codings = _codings(text)
    assert ("Protests", "Peaceful protest") in codings
    assert ("Protests", "Excessive force against protesters") not in codings
    assert ("Violence against civilians", "Attack") in codings


def test_strike_in_protest_at_killings_is_no_force_on_the_strike() -> None:
    text = ("عم الإضراب الشامل مدن الضفة الغربية اليوم السبت احتجاجا على مقتل 12 فلسطينيا "
            "برصاص الجيش الإسرائيلي.")
    strike = [e for e in read(text) if e.trigger.text == "إضراب"]
    assert strike and strike[0].sub_event_type == "Peaceful protest"
    assert strike[0].fatalities is None or strike[0].fatalities.best in (None, 0)


def test_protest_against_an_arrest_is_no_intervention() -> None:
    text = "تظاهر العشرات أمام المحكمة أمس تنديدا باعتقال الناشط في الخرطوم."
    codings = _codings(text)
    assert ("Protests", "Peaceful protest") in codings
    assert ("Protests", "Protest with intervention") not in codings


def test_killing_at_the_protest_is_still_force_on_it() -> None:
    text = "قتلت الشرطة متظاهرين اثنين أمس خلال احتجاجات في البصرة."
    assert ("Protests", "Excessive force against protesters") in _codings(text)


def test_motive_word_must_govern_the_act() -> None:
    text = "خرج الآلاف احتجاجا على الفساد وأطلقت الشرطة النار عليهم فقتلت ثلاثة."
    assert not is_grievance(_span(text, "أطلقت"), _index(text))
    text = "وقفة احتجاجية تنديدا بمقتل الصحفي"
    assert is_grievance(_span(text, "مقتل"), _index(text))
    text = "تنديدا بما جرى خلال قتل المتظاهرين"
    assert not is_grievance(_span(text, "قتل"), _index(text))
    text = "Hundreds rallied in the capital denouncing the killing of a journalist."
    assert is_grievance(_span(text, "killing"), _index(text))


def test_a_bare_word_for_what_is_denounced_is_no_event_of_its_own() -> None:
    codings = _codings("تظاهر الآلاف في إسطنبول أمس تنديدا بأعمال العنف.")
    assert codings == {("Protests", "Peaceful protest")}
