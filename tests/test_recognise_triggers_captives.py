"""Captives named by whose kin or case they are (أهالي المختطفين، ملف المعتقلين) report no
abduction or arrest, and their families' protest is no force against protesters: our own
sentences in the style of news reports."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-06-13")


def _subtypes(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text, "2018-06-13")]


def test_families_of_captives_protesting_is_a_peaceful_protest() -> None:
    for text in (
        "تظاهر أهالي الجنود المختطفين لدى تنظيم داعش في ساحة الشهداء وسط بيروت أمس.",
        "نظمت أمهات المعتقلين وقفة احتجاجية أمام مقر الأمم المتحدة في صنعاء اليوم.",
        "اعتصم ذوي العسكريين اللبنانيين المخطوفين في ساحة رياض الصلح ببيروت.",
    ):
        subtypes = _subtypes(text)
        assert subtypes == ["Peaceful protest"], (text, subtypes)


def test_a_captives_file_or_fate_is_no_new_abduction() -> None:
    for text in (
        "بحث الوزير مع المبعوث الأممي ملف المختطفين لدى جماعة الحوثي في عدن.",
        "طالبت عائلات المعتقلين بالكشف عن مصير أبنائها منذ سنوات.",
    ):
        subtypes = _subtypes(text)
        assert "Abduction/forced disappearance" not in subtypes, (text, subtypes)
        assert "Arrests" not in subtypes, (text, subtypes)


def test_abductions_and_arrests_told_by_their_verb_stay() -> None:
    text = "وقالت رابطة أمهات المختطفين إن الحوثيين اختطفوا عشرين شخصا في صنعاء أمس."
    assert "Abduction/forced disappearance" in _subtypes(text)
    text = "اعتقلت قوات الأمن عشرين شخصا في بغداد أمس، وأفرجت عن المعتقلين لاحقا."
    assert "Arrests" in _subtypes(text)
    # a participle with no kin or case word before it is still read as before
    text = "أفادت مصادر محلية بأن مسلحين مجهولين اختطفوا ثلاثة مواطنين في مدينة تعز."
    assert "Abduction/forced disappearance" in _subtypes(text)


def test_captives_a_release_would_free_are_no_abduction() -> None:
    # (the release is a condition: no act; the captives it names were taken long before)
    text = ("وقال المتحدث باسم الأهالي إنهم يقبلون أي حل مع مسلحي جبهة النصرة في القلمون حتى لو "
            "أفرج عن المخطوفين واحدا تلو الآخر.")
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in _events(text)]
