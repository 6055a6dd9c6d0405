"""The quantity recogniser: ranges, bounds, money, durations, percentages, exact spans."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from shared_data import SAMPLE

from marsad.model import Document, Mention, Quantity
from marsad.recognise.dates import DateRecogniser
from marsad.recognise.quantities import QuantityRecogniser
from marsad.text.view import view


def _quantities(text: str, language: str = "ar") -> list[Mention]:
    doc = Document(id="t", text=text, language="ar" if language == "ar" else "en", name="t")
    v = view(doc)
    dates = DateRecogniser()(v, [])
    found = QuantityRecogniser()(v, dates)
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def _values(text: str) -> list[tuple[str, dict[str, Any]]]:
    return [(m.text, m.value) for m in _quantities(text)]


def test_quantities_range_of_money_per_person() -> None:
    text = "ويدفع الراغبون بالعبور مبلغا يتراوح بين ٣٠٠ و٥٠٠ دولار أمريكي للفرد الواحد."
    assert _values(text) == [
        ("بين ٣٠٠ و٥٠٠ دولار أمريكي للفرد الواحد",
         {"min": 300, "max": 500, "unit": "USD", "per": "person", "measure": "money"}),
    ]


def test_a_quantity_value_is_the_public_quantity_type() -> None:
    text = "نزح قرابة 300 عائلة خلال يومين، وطلب المهربون 1500 دولار عن كل شخص."
    for _, value in _values(text):
        assert Quantity(**value).as_value() == value  # every key is a Quantity field
    assert Quantity(300, 300, approximate=True).as_value() == {
        "min": 300, "max": 300, "approximate": True, "measure": "count"}


def test_quantities_bounds_and_approximations() -> None:
    text = "قتل أكثر من 20 عنصرا وأصيب ما لا يقل عن خمسة عشر مدنيا ونزح نحو 300 عائلة."
    assert _values(text) == [
        ("أكثر من 20", {"min": 21, "max": None, "measure": "count"}),
        ("ما لا يقل عن خمسة عشر", {"min": 15, "max": None, "measure": "count"}),
        ("نحو 300", {"min": 300, "max": 300, "approximate": True, "measure": "count"}),
    ]


def test_quantities_currencies_and_scales() -> None:
    text = "قدرت الخسائر بـ 1.5 مليون دولار، وفرضت غرامة 3 آلاف ليرة سورية و200 ألف دينار عراقي."
    values = [m.value for m in _quantities(text)]
    assert [(v["min"], v.get("unit"), v["measure"]) for v in values] == [
        (1_500_000, "USD", "money"), (3000, "SYP", "money"), (200_000, "IQD", "money"),
    ]


def test_quantities_durations_including_duals_and_vague() -> None:
    text = "استمر الحصار أربع سنوات، وتوقفت المعارك يومين، ثم عادت بعد عدة أشهر."
    assert [(m.text, m.value["min"], m.value["max"], m.value.get("unit")) for m in _quantities(text)] == [
        ("أربع سنوات", 4, 4, "year"), ("يومين", 2, 2, "day"), ("عدة أشهر", 3, 9, "month"),
    ]


def test_quantities_percentages_and_digit_ranges() -> None:
    text = "ارتفعت الأسعار 30% وتراجع الإنتاج 15 في المئة، وقتل 10-15 مسلحا."
    assert _values(text) == [
        ("30%", {"min": 30, "max": 30, "unit": "%", "measure": "percent"}),
        ("15 في المئة", {"min": 15, "max": 15, "unit": "%", "measure": "percent"}),
        ("10-15", {"min": 10, "max": 15, "measure": "count"}),
    ]


def test_quantities_skip_dates_years_labels_and_clock_times() -> None:
    text = (
        "في 12 آذار 2018 وفي عام 2015، ووفق القرار 2254، وعند الساعة 10:30 "
        "أسقطت طائرة F-16 قرب الطريق M5."
    )
    assert _quantities(text) == []


def test_quantities_english() -> None:
    text = "Smugglers charge $1,500 per person; at least 25 were killed and dozens wounded."
    assert _values(text) == [
        ("$1,500 per person",
         {"min": 1500, "max": 1500, "unit": "USD", "per": "person", "measure": "money"}),
        ("at least 25", {"min": 25, "max": None, "measure": "count"}),
        ("dozens", {"min": 20, "max": 99, "vague": True, "measure": "count"}),
    ]


def test_quantities_on_the_sample_article() -> None:
    assert SAMPLE.is_file(), f"the sample article is expected at {SAMPLE}"
    original = SAMPLE.read_text(encoding="utf-8")
    found = _quantities(original)
    by_text = [(m.text, m.value) for m in found]
    money = [v for t, v in by_text if v["measure"] == "money"]
    assert money == [{"min": 1500, "max": 2000, "unit": "USD", "per": "person", "measure": "money"}]
    money_text = next(t for t, v in by_text if v["measure"] == "money")
    assert "١٥٠٠ و٢٠٠٠ دولار أميركي للشخص الواحد" in money_text
    tens = {"min": 20, "max": 99, "vague": True, "measure": "count"}
    assert ("عشرات", tens) in by_text and ("العشرات", tens) in by_text
    assert original.count("عشرات المسلحين") == 1
    assert ("المئات", {"min": 100, "max": 999, "vague": True, "measure": "count"}) in by_text
    assert ("أربع أعوام", {"min": 4, "max": 4, "unit": "year", "measure": "duration"}) in by_text
    for m in found:
        assert original[m.span.start : m.span.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("٠١٢٣0123456789 ,.-/:%$وخمسةعشرونألفآلافمئةبينأكثرمندولاريومين\n")) | st.characters(), max_size=80))
def test_quantities_never_raise_and_spans_verify(text: str) -> None:
    _quantities(text)


def test_quantities_lengths_weights_and_list_numbers() -> None:
    text = "عثر على قنبلة تزن 500 كيلوغرام على بعد 30 كلم من المطار:\n2- تفكيك العبوة"
    assert [(m.text, m.value["measure"], m.value.get("unit")) for m in _quantities(text)] == [
        ("500 كيلوغرام", "weight", "kg"), ("30 كلم", "length", "km"),
    ]
