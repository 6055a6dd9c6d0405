"""A span of years back ("قبل أربعة أعوام") dates no day: it does not make its sentence's acts specific."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def test_years_ago_in_another_clause_leaves_a_pattern_a_pattern() -> None:
    text = ("يتحدث الأهالي عن هجرة الشبان من المنطقة، بما حدث قبل أربعة أعوام عندما فرض التنظيم "
            "التجنيد على أبنائهم.")
    events = READER.read(Document("t", text, "ar", "t")).events
    spec = {e.trigger.text: e.specificity for e in events}
    assert spec["هجرة"] == "trend"
    assert spec["التجنيد"] == "historical"
