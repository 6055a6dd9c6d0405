"""Killed figures of different victim groups in different sentences add up (ACLED: the sides of
one clash); figures of one group, or of no group said, are one toll retold (the lowest)."""

from marsad.model import Document
from marsad.pipeline import Reader


def _tolls(text: str) -> list[tuple[int, int, int]]:
    ex = Reader.default().read(Document("d", text, "ar", "d"))
    return [(e.fatalities.low, e.fatalities.best, e.fatalities.high)
            for e in ex.events if e.fatalities is not None]


def test_militants_and_soldiers_add_up() -> None:
    text = ("أعلن الجيش مقتل 12 مسلحا في اشتباكات مع قوات الأمن شمال سيناء. "
            "وقال المصدر إن ثلاثة جنود قتلوا في الاشتباكات.")
    assert _tolls(text) == [(15, 15, 15)]


def test_same_group_keeps_lowest() -> None:
    text = ("أفادت المقاومة بمقتل 10 حوثيين في معارك في تعز. "
            "وقالت إن 12 حوثيا قتلوا في المعارك.")
    assert _tolls(text) == [(10, 10, 12)]


def test_unnamed_group_keeps_lowest() -> None:
    text = ("قتل 5 أشخاص في اشتباكات بين الجيش والمسلحين في المدينة. "
            "وقالت مصادر إن سبعة قتلوا في الاشتباكات.")
    assert _tolls(text)[0][1] == 5


def test_vague_side_does_not_add() -> None:
    text = ("قتل مئات المسلحين في المعارك في المدينة خلال الحرب. "
            "وقالت مصادر إن خمسة مدنيين قتلوا في المعارك.")
    assert _tolls(text) == [(5, 5, 999)]  # not 105: the hundreds may be the whole toll
