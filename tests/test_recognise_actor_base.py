""""القاعدة" as a military base is no al-Qaeda actor, while the group keeps its name
(actor_base). Our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

READER = Reader.default()


def _actor_ids(text: str) -> list[str]:
    out = READER.read(Document("t", text, "ar", "t", published="2019-06-12"))
    return [str(m.value["id"]) for m in out.mentions
            if m.kind == "actor" and isinstance(m.value, dict)]


def test_a_base_named_by_a_relative_clause_of_use_is_no_actor() -> None:
    ids = _actor_ids("وقصفت طائرات حربية القاعدة التي تستخدمها القوات الإيرانية قرب حمص.")
    assert "al-qaeda" not in ids
    assert any(i.startswith("military-forces-of-iran") for i in ids)


def test_storming_the_base_is_no_actor() -> None:
    assert "al-qaeda" not in _actor_ids(
        "وتمكنت قوات الجيش من اقتحام القاعدة بعد معارك عنيفة مع الحوثيين في لحج.")


def test_a_base_named_before_is_what_the_bare_word_points_at() -> None:
    ids = _actor_ids("وسيطرت المقاومة على قاعدة عسكرية في لحج أمس. وشن طيران التحالف غارات "
                     "على القاعدة بعد ساعات.")
    assert "al-qaeda" not in ids


def test_the_group_named_in_the_document_keeps_the_bare_word() -> None:
    ids = _actor_ids("وقتل خمسة من عناصر تنظيم القاعدة في غارة بمحافظة شبوة، وكانت القوات قد "
                     "سيطرت على قاعدة عسكرية قريبة. وقال مسؤول إن القاعدة تسيطر على المنطقة.")
    assert ids.count("al-qaeda") == 2


def test_the_group_after_its_members_is_the_group_even_after_a_base() -> None:
    ids = _actor_ids("واقتحم انتحاري قاعدة عسكرية في أبين أمس، وأعلنت خلية موالية لتنظيم "
                     "#القاعدة مسؤوليتها، فيما قال مسؤول إن عناصر القاعدة فروا.")
    assert "al-qaeda" in ids


def test_the_group_with_no_base_around_is_still_the_group() -> None:
    assert "al-qaeda" in _actor_ids("هاجم مسلحون من القاعدة نقطة عسكرية في أبين أمس.")


def test_the_war_on_the_group_is_the_group_even_after_a_base() -> None:
    ids = _actor_ids("وأصبحت قاعدة جوية في لحج مركزا لقيادة الحرب على القاعدة في اليمن، "
                     "وقال مسؤول إن ذراع القاعدة في سوريا أعدم رجلين.")
    assert ids.count("al-qaeda") == 2
