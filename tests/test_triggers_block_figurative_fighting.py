"""Fighting words in fixed figurative phrases report no fighting: the rules of engagement
(قواعد الاشتباك), an economic attack or war, an electoral or political battle."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-05-10")


def _battles(text: str) -> list[str]:
    return [e.trigger.text for e in read(text) if e.event_type == "Battles"]


def test_rules_of_engagement_are_no_clash() -> None:
    assert _battles("وقال متحدث عسكري إن الجنود التزموا بقواعد الاشتباك المعمول بها، "
                    "وإن قواعد الاشتباك تمثل جزءا من تعليمات الجيش.") == []


def test_an_economic_attack_is_no_attack() -> None:
    assert _battles("وقال الرئيس إن الهجوم الاقتصادي على بلادنا مثال واضح على المؤامرة.") == []


def test_an_electoral_battle_is_no_battle() -> None:
    assert _battles("وعاد الوزير إلى مواقفه ليبني عليها في معركته الانتخابية المقبلة، "
                    "بعد أن خاض المعركة السياسية ضد خصومه.") == []


def test_a_real_clash_still_counts() -> None:
    assert _battles("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في مدينة تعز أمس.") != []
