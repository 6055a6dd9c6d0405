"""An arrest merges into a protest only when protesters are arrested at it; an arrest made for,
after or over a protest stays Arrests, and a protest word inside a name is no protest. Our own
report-style sentences, full pipeline."""

from __future__ import annotations

import pytest
from reading import READER

from marsad.assemble.doc import DocIndex
from marsad.assemble.protest_cause import protest_for_cause, protest_in_name
from marsad.model import Document, Span
from marsad.text.view import view


def _subtypes(text: str, lang: str = "ar") -> list[str | None]:
    doc = Document("t", text, lang, "t", published="2019-03-12")
    return [e.sub_event_type for e in READER.read(doc).events]


def _idx(text: str) -> DocIndex:
    return DocIndex.build(view(Document("t", text, "en" if text.isascii() else "ar", "t")))


def _spans(text: str, arrest: str, protest: str) -> tuple[Span, Span]:
    a, p = text.index(arrest), text.index(protest)
    return Span(a, a + len(arrest)), Span(p, p + len(protest))


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة أمس عشرات المتظاهرين خلال احتجاجات في وسط أم درمان.",
    "فرقت قوات الأمن اعتصاما أمام مقر الحكومة في عدن واعتقلت عددا من المعتصمين أمس.",
    "Police arrested dozens of protesters during a rally in central Algiers on Friday.",
])
def test_protesters_arrested_at_the_protest_are_a_protest_with_intervention(text: str) -> None:
    lang = "en" if text.isascii() else "ar"
    assert _subtypes(text, lang) == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة أمس عشرة ناشطين بتهمة تنظيم احتجاجات في مدينة عطبرة.",
    "اعتقلت قوات الأمن أمس خمسة طلاب على خلفية الاحتجاجات التي شهدتها جامعة الخرطوم.",
    "واعتقلت السلطات أمس ثلاثة صحفيين في أعقاب المظاهرات التي خرجت في مدينة وهران.",
    "أوقفت الشرطة أمس سبعة شبان للمشاركة في اعتصام أمام مقر البلدية في صفاقس.",
    "Police arrested ten activists on Monday over protests in Khartoum.",
    "Security forces detained five students on Monday for organising protests in Tunis.",
])
def test_an_arrest_for_or_after_a_protest_stays_arrests(text: str) -> None:
    lang = "en" if text.isascii() else "ar"
    subtypes = _subtypes(text, lang)
    assert "Arrests" in subtypes
    assert "Protest with intervention" not in subtypes


def test_a_protest_word_in_an_organisation_name_is_no_protest() -> None:
    text = "اعتقلت السلطات أمس الشيخ عمر رئيس جماعة الاعتصام في مدينة بورتسودان."
    assert _subtypes(text) == ["Arrests"]
    arrest, protest = _spans(text, "اعتقلت", "الاعتصام")
    assert protest_in_name(protest, _idx(text))
    assert not protest_for_cause(protest, arrest, _idx(text))


def test_over_before_a_number_is_not_a_cause() -> None:
    text = "Police arrested over 100 protesters in Khartoum."
    arrest, protest = _spans(text, "arrested", "protesters")
    assert not protest_for_cause(protest, arrest, _idx(text))
    assert _subtypes(text, "en") == ["Protest with intervention"]


def test_a_cause_word_in_an_earlier_clause_does_not_reach_the_protest() -> None:
    text = "اعتقلت الشرطة إثر ذلك، عشرات المحتجين في ساحة التحرير."
    arrest, protest = _spans(text, "اعتقلت", "المحتجين")
    assert not protest_for_cause(protest, arrest, _idx(text))


def test_an_arrest_during_his_part_in_a_demonstration_is_at_it() -> None:
    text = "واعتقل الناشط أمس أثناء مشاركته في مظاهرة أمام البرلمان في عمّان."
    arrest, protest = _spans(text, "اعتقل", "مظاهرة")
    assert not protest_for_cause(protest, arrest, _idx(text))
    assert _subtypes(text) == ["Protest with intervention"]
