""""No one was hurt": a phrase saying an act caused no casualties codes fatalities 0 (CODING §5),
with its own evidence; silence codes nothing, and a figure says more than the phrase."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Document, Event, Mention
from marsad.recognise.casualties import CasualtyRecogniser
from marsad.text.view import view

_read = events_reader("2018-05-02")
_read_en = events_reader("2018-05-02", language="en")


def _found(text: str, language: str = "ar") -> list[Mention]:
    found = CasualtyRecogniser()(view(Document("t", text, language, "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def _zero(events: list[Event]) -> list[tuple[int, str] | None]:
    return [None if e.fatalities is None else (e.fatalities.best, e.fatalities.text)
            for e in events]


def test_arabic_phrases_read_as_no_one_hurt() -> None:
    for text, phrase in [
        ("سقطت قذيفتا هاون على حي سكني دون وقوع إصابات.", "دون وقوع إصابات"),
        ("قصفت المدفعية موقعا للمسلحين ولم تسفر عن أي خسائر بشرية.",
         "لم تسفر عن أي خسائر بشرية"),
        ("انفجرت عبوة قرب الجسر ولم يصب أحد بأذى.", "لم يصب أحد بأذى"),
        ("سقط صاروخ في أرض خالية من دون أن يسفر عن سقوط قتلى.", "دون أن يسفر عن سقوط قتلى"),
        ("غارات على أطراف البلدة ولا إصابات", "لا إصابات"),
    ]:
        found = _found(text)
        assert [(m.value["outcome"], m.value["min"], m.value["max"]) for m in found] == [
            ("none", 0, 0)], text
        assert phrase in found[0].text


def test_a_bare_casualty_noun_after_a_negation_is_no_toll() -> None:
    # Before: "قتلى" alone read three or more killed.
    assert [m.value["outcome"] for m in _found("قالت الشرطة إنه لم يسقط قتلى في الهجوم.")] == [
        "none"]


def test_preventing_casualties_reports_nothing() -> None:
    assert _found("أغلقت الشرطة الطريق للحيلولة دون وقوع إصابات بين المارة.") == []
    # (the noun with a conjunction before it: وللحيلولة)
    assert _found("استعملت الشرطة الغاز لتفريق المحتجين وللحيلولة دون وقوع إصابات بين المارة.") == []


def test_an_act_with_no_one_hurt_has_fatalities_zero() -> None:
    events = _read("سقطت ثلاث قذائف هاون على حي سكني في مدينة نجران أمس دون وقوع إصابات.")
    assert _zero(events) == [(0, "دون وقوع إصابات")]


def test_no_one_hurt_in_its_own_sentence_goes_to_the_act_before() -> None:
    events = _read_en("Militants attacked a police checkpoint in Arish on Monday. "
                      "There were no casualties.")
    assert _zero(events) == [(0, "no casualties")]


def test_a_figure_says_more_than_no_one_hurt() -> None:
    events = _read("قتل جندي في هجوم على حاجز للجيش في العريش، ولم تقع إصابات بين المدنيين.")
    assert _zero(events) == [(1, "قتل جندي")]


def test_silence_codes_no_fatalities() -> None:
    assert _zero(_read("سقطت ثلاث قذائف هاون على حي سكني في مدينة نجران أمس.")) == [None]


def test_english_phrases_read_as_no_one_hurt() -> None:
    for text in ["Two rockets landed in an open field near Sderot and no one was hurt.",
                 "A bomb exploded outside the station, causing no injuries."]:
        assert [m.value["outcome"] for m in _found(text, "en")] == ["none"], text
    events = _read_en("Two rockets fired from Gaza landed near Sderot on Tuesday; nobody was "
                      "injured, the army said.")
    assert _zero(events) == [(0, "nobody was injured")]
