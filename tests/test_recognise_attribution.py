"""Attribution: speakers with their reporting cue, speaker types, via, and the sample's gold."""

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
    return default_registry().build(
        ["marsad.toponyms.v1", "marsad.actors.v1", "marsad.attribution.v1"]
    )


def _attributions(text: str, language: str = "ar") -> list[Mention]:
    text_view = view(Document("t", text, language, "t"))  # type: ignore[arg-type]
    found: list[Mention] = []
    for recogniser in _pipeline():
        found.extend(recogniser(text_view, found))
    out = [m for m in found if m.kind == "attribution"]
    for m in out:
        assert text[m.span.start : m.span.end] == m.text
    return out


def _one(text: str, language: str = "ar") -> dict[str, object]:
    (m,) = _attributions(text, language)
    value: dict[str, object] = m.value
    return value


def test_anonymous_sources_with_an_agency_as_via() -> None:
    value = _one("وأفادت مصادر محلية لرويترز بأن الاشتباكات تجددت في ريف حماة.")
    assert value["speaker"] == "local sources"
    assert value["speaker_type"] == "anonymous"
    assert value["via"] == "Reuters"
    assert value["verb"] == "reported"


def test_correspondent_in_a_place_is_the_via() -> None:
    (m,) = _attributions('وذكرت مصادر أمنية لمراسل "الأناضول" في الموصل أن الهجوم وقع ليلا.')
    assert m.value["via"] == "Anadolu Agency correspondent in Mosul"
    assert m.text.startswith("ذكرت مصادر أمنية") and m.text.endswith("الموصل")


def test_speaker_types() -> None:
    assert _one("وقال المرصد السوري لحقوق الإنسان إن القصف استمر.")["speaker_type"] == "NGO"
    assert _one("ذكرت وكالة سانا أن الجيش تقدم.")["speaker"] == "SANA"
    assert _one("وبحسب ناشطين فإن الطيران قصف البلدة.")["speaker_type"] == "activists"
    assert _one("قال شهود عيان إن الانفجار هز المدينة.")["speaker_type"] == "witness"
    assert _one("وأكد مصدر مسؤول أن الطريق أعيد فتحه.")["speaker_type"] == "official"


def test_an_outlet_relaying_a_speaker_is_the_via() -> None:
    value = _one("ونقلت وكالة فرانس برس عن شهود عيان أن المسلحين فروا.")
    assert (value["speaker"], value["speaker_type"], value["via"]) == ("witnesses", "witness", "AFP")


def test_actors_speak_as_officials_or_armed_groups() -> None:
    army = _one("وقال الجيش الإسرائيلي في بيان إنه استهدف موقعا في غزة.")
    assert army["speaker_type"] == "official"
    assert str(army["actor"]).startswith("military-forces-of-israel")
    claim = _one("أعلن تنظيم داعش مسؤوليته عن التفجير.")
    assert (claim["speaker_type"], claim["verb"]) == ("armed-group", "claimed responsibility")


def test_sentence_opening_speaker_takes_a_later_verb() -> None:
    value = _one("السكان المحليون في ريف حلب يتحدثون عن نقص الخبز، مؤكدين أن الأسعار تضاعفت.")
    assert (value["speaker"], value["speaker_type"], value["verb"]) == (
        "local residents", "civilians", "confirmed"
    )


def test_no_reporting_cue_no_attribution() -> None:
    assert _attributions("نزح الأهالي من القرية بعد القصف.") == []
    assert _attributions("نقل الجرحى إلى المستشفى الوطني.") == []


def test_english() -> None:
    value = _one("Security sources told Reuters the convoy was hit near Mosul.", "en")
    assert (value["speaker"], value["via"], value["verb"]) == ("security sources", "Reuters", "told")
    value = _one("According to the Syrian Observatory for Human Rights, 12 were killed.", "en")
    assert value["speaker_type"] == "NGO"


def test_sample_gold_attributions(sample_path: Path, sample_text: str) -> None:
    gold = json.loads(sample_path.with_name(sample_path.stem + ".gold.json").read_text("utf-8"))
    found = _attributions(sample_text)
    for g in gold["attributions"]:
        start = sample_text.index(g["evidence"])
        end = start + len(g["evidence"])
        hits = [m for m in found if m.span.start <= start and end <= m.span.end]
        assert hits, f"no attribution covers {g['evidence']!r}"
        (m,) = hits
        assert m.span.end == end  # the phrase ends where the evidence ends
        assert m.value["speaker"] == g["speaker"]
        assert m.value["speaker_type"] == g["speaker_type"]
        assert m.value.get("via") == g.get("via")


def test_outlet_in_quotes_after_a_bare_lam_is_the_via() -> None:
    value = _one('وقال مصدر عسكري لـ"الوطن" إن التعزيزات وصلت.')
    assert (value["speaker"], value["via"]) == ("a military source", "الوطن")


def test_quoted_speech_is_not_a_speaker() -> None:
    found = _attributions('وتابع المسؤول في حمص مضيفا "المدنيون عالقون في الأقبية".')
    assert [m.value["speaker"] for m in found] == ["an official"]  # not the quoted civilians


def test_negated_reporting_verb_is_marked() -> None:
    value = _one("ولم يؤكد الجيش الإسرائيلي حصيلة القتلى في غزة.")
    assert value["negated"] is True
