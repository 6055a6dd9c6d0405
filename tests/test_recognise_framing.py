"""Framing: loaded terms joined with the actors they qualify, neutral uses left out, sample gold."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from marsad.model import Document, Mention
from marsad.recognise import default_registry
from marsad.recognise.registry import Recogniser
from marsad.text.view import view


@lru_cache(maxsize=1)
def _pipeline() -> list[Recogniser]:
    return default_registry().build(["marsad.toponyms.v1", "marsad.actors.v1", "marsad.framing.v1"])


def _framing(text: str, language: str = "ar") -> list[Mention]:
    text_view = view(Document("t", text, language, "t"))  # type: ignore[arg-type]
    found: list[Mention] = []
    for recogniser in _pipeline():
        found.extend(recogniser(text_view, found))
    out = [m for m in found if m.kind == "framing"]
    for m in out:
        assert text[m.span.start : m.span.end] == m.text
    return out


def test_epithets_join_the_actor_they_qualify() -> None:
    (m,) = _framing("قصفت ميليشيات الحوثي الانقلابية أحياء سكنية في تعز.")
    assert m.text == "ميليشيات الحوثي الانقلابية"
    assert m.value["target"] == "houthi-movement-ansar-allah"
    assert {"militia-label", "putschist-label"} <= set(m.value["signals"])


def test_terrorist_label_and_the_ban_formula_in_brackets() -> None:
    (m,) = _framing('واستهدف تنظيم "داعش" الإرهابي (المحظور في روسيا) حاجزا للجيش.')
    assert m.text == 'تنظيم "داعش" الإرهابي (المحظور في روسيا)'
    assert m.value["signals"][:2] == ["terrorist-label", "russian-ban-formula"]
    assert m.value["target"].startswith("islamic-state")


def test_organisation_word_is_loaded_only_where_it_is_not_the_usual_name() -> None:
    assert _framing("هاجم تنظيم داعش نقطة عسكرية.") == []
    (m,) = _framing("هاجم تنظيم قسد نقطة عسكرية.")
    assert (m.value["cue"], m.value["target"]) == ("تنظيم", "qsd-syrian-democratic-forces")


def test_martyrdom_but_not_inside_a_proper_name() -> None:
    (m,) = _framing("أعلنت وزارة الصحة استشهاد ثلاثة مواطنين في غارة.")
    assert m.value["signals"] == ["martyrdom"]
    assert _framing("تبنت كتائب الشهيد عز الدين القسام العملية.") == []


def test_proxy_tail_names_the_backer_not_the_target() -> None:
    (m,) = _framing("انتشرت الميليشيات الموالية للحرس الثوري قرب البوكمال.")
    assert m.text == "الميليشيات الموالية للحرس الثوري"
    assert "proxy-label" in m.value["signals"]
    assert "target" not in m.value
    assert str(m.value["backer"]).startswith("military-forces-of-iran")


def test_occupation_verb_needs_an_actor_after_it() -> None:
    (m,) = _framing("حقول النفط التي تحتلها القوات الأمريكية شرق الفرات.")
    assert m.value["signals"] == ["occupation"]
    assert _framing("تحتل المدينة المرتبة الأولى في الإنتاج.") == []


def test_neutral_phrases_are_blocked() -> None:
    assert _framing("نجحت عملية تحرير الرهائن.") == []
    assert _framing("عقد مؤتمر حول مكافحة الإرهاب في بغداد.") == []


def test_english_cues() -> None:
    (m,) = _framing("The Houthi militia shelled the port.", "en")
    assert m.value["target"] == "houthi-movement-ansar-allah"


def test_sample_gold_framing_cues(sample_path: Path, sample_text: str) -> None:
    gold = json.loads(sample_path.with_name(sample_path.stem + ".gold.json").read_text("utf-8"))
    found = {(m.span.start, m.span.end): m for m in _framing(sample_text)}
    for g in gold["framing"]:
        start = sample_text.index(g["cue"])
        m = found.get((start, start + len(g["cue"])))
        assert m is not None, f"framing cue {g['cue']!r} not found with its exact span"
        assert m.value["signals"] and m.value["reading"]


def test_a_conjunction_starts_a_new_phrase() -> None:
    found = _framing("هاجم الحوثيون وميليشيات صالح مواقع في مأرب.")
    assert [m.text for m in found] == ["ميليشيات"]
    assert "target" not in found[0].value


def test_resistance_is_a_name_in_yemen_and_a_label_elsewhere() -> None:
    assert _framing("سيطرت المقاومة الشعبية على تبة في تعز اليمنية.") == []
    (m,) = _framing("أطلقت المقاومة صواريخ من غزة.")
    assert m.value["signals"] == ["resistance-label"]


def test_a_term_does_not_swallow_a_neighbouring_actor() -> None:
    (m,) = _framing("أطلق التحالف العربي عملية لتحرير الحديدة.")
    assert m.text == "تحرير"
    assert "target" not in m.value


def test_a_quoted_label_is_marked_as_distanced() -> None:
    (m,) = _framing('قتلت قوات الأمن ستة أشخاص من خلية "إرهابية" في القاهرة.')
    assert m.text == '"إرهابية"'
    assert m.value["signals"] == ["terrorist-label", "quoted-label"]
