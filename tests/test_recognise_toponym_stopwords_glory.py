"""المجد (glory) names units (لواء المجد، سرية المجد) far more often than the West Bank village:
bare, it is no place; after its cue (قرية المجد) it is the village."""

from __future__ import annotations

from reading import place_values


def test_a_unit_named_glory_is_no_place() -> None:
    assert place_values("قتل ثلاثة من عناصر سرية المجد في الاشتباكات.") == {}


def test_the_village_after_its_cue_is_read() -> None:
    values = place_values("اقتحمت قوات الاحتلال قرية المجد جنوب الخليل.")
    assert values["قرية المجد"]["admin1"] == "West Bank"
