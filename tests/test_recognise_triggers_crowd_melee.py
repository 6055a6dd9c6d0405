"""Confrontations that civilians or youths were hurt in, facing the army or police, with no armed
group named, are a crowd's violent demonstration; clashes between two named armed sides that
civilians were caught in, or with gunmen named, stay battles."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-03-10")


def _types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in read(text)]


def test_youth_shot_by_the_army_during_confrontations_is_a_riot() -> None:
    assert _types("قتل شاب، السبت، برصاص الجيش خلال مواجهات اندلعت عند مدخل القرية.") == [
        "Violent demonstration"]


def test_palestinians_wounded_in_confrontations_with_the_army_is_a_riot() -> None:
    assert _types("أصيب 25 فلسطينيا أمس في مواجهات مع الجيش الإسرائيلي قرب السياج.") == [
        "Violent demonstration"]


def test_civilians_caught_in_clashes_between_two_forces_stay_a_battle() -> None:
    assert _types("قتل تسعة مدنيين أمس خلال الاشتباكات بين الجيش وقوات مجلس شورى الثوار في "
                  "المدينة.") == ["Armed clash"]


def test_confrontations_with_gunmen_named_stay_a_battle() -> None:
    assert _types("قتل شاب أمس خلال مواجهات بين قوات الأمن ومسلحين في المدينة.") == [
        "Armed clash"]


def test_confrontations_with_security_men_are_a_riot() -> None:
    # (عناصر الأمن: the forces' men, no armed group)
    assert _types("أصيب خمسة شبان أمس خلال مواجهات مع عناصر الأمن قرب مدخل المخيم.") == [
        "Violent demonstration"]


def test_confrontations_with_an_armed_group_stay_a_battle() -> None:
    # (جماعة مسلحة: the word after the group's noun names it armed)
    assert _types("أصيب خمسة شبان أمس خلال مواجهات مع جماعة مسلحة قرب حاجز الشرطة."
                  ) == ["Armed clash"]


def test_the_forces_named_with_lam_and_the_article_are_read() -> None:
    # (للشرطة: ل + the article, its alif elided)
    assert _types("أصيب ثلاثة شبان بجروح أمس خلال مواجهات مع دورية للشرطة قرب مدخل القرية.") == [
        "Violent demonstration"]
