"""Specificity from a past verb of occurrence after a noun, its subject (اشتباكات اندلعت،
تعزيزات وصلت): one incident; not when the verb has a subject of its own after it."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-05-10T12:00:00+00:00")


def _spec(text: str) -> dict[str, str]:
    return {e.trigger.text: e.specificity for e in _events(text)}


def test_a_noun_followed_by_its_past_verb_is_one_incident() -> None:
    for text, word in (
        ("وأكد المحافظ أن تعزيزات عسكرية من الجيش وصلت إلى البلدة لضبط الأمن.", "تعزيزات"),
        ("وأفاد مصدر قبلي بأن مواجهات عنيفة اندلعت بين أبناء القبيلة ومسلحين.", "مواجهات"),
    ):
        spec = {k.split()[0]: v for k, v in _spec(text).items()}
        assert spec.get(word) == "specific", (text, spec)


def test_without_the_verb_the_noun_stays_a_pattern() -> None:
    spec = {k.split()[0]: v for k, v in _spec(
        "وأكد المحافظ أن تعزيزات عسكرية من الجيش تتجه إلى البلدة لضبط الأمن.").items()}
    assert spec.get("تعزيزات") != "specific", spec


def test_a_verb_with_its_own_subject_does_not_tell_the_noun() -> None:
    spec = {k.split()[0]: v for k, v in _spec(
        "وأكد المحافظ أن تعزيزات عسكرية من الجيش وصلت القوات إلى البلدة.").items()}
    assert spec.get("تعزيزات") != "specific", spec
