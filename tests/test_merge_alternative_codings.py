"""A pattern mention judged only by a period or by default that tells an incident again under
an alternative coding of the same act (a blast's bomber or planted bomb, a riot's mob, a
takeover's fighting at the same place) joins it; other acts at the same place stay apart."""

from __future__ import annotations

from reading import events_reader

_events = events_reader("2017-05-29")


def _codings(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_bomber_or_planted_bomb_is_the_blast_told_before() -> None:
    assert _codings(
        "لقي تسعة أشخاص حتفهم في انفجار هز سوقا شعبية في مدينة بلدوين الثلاثاء. ولم يتبين حتى "
        "مساء الثلاثاء إن كان الانفجار من فعل انتحاري أو عبوة مزروعة.") == [
        "Remote explosive/landmine/IED"]


def test_riot_spreading_into_clashes_is_one_riot() -> None:
    assert _codings(
        "ذكرت الشرطة أن موكبا دينيا في ولاية البنغال الغربية انقلب إلى أعمال شغب طائفية السبت "
        "قتل فيها أربعة أشخاص. واستمرت الاضطرابات حتى مساء الأحد مع اشتباكات بين مسلمين "
        "وهندوس.") == ["Violent demonstration"]


def test_fighting_at_the_town_taken_is_the_takeover() -> None:
    assert _codings(
        "سيطرت قوات الجيش على مدينة تدمر اليوم بعد انسحاب مسلحي التنظيم منها. وجاء ذلك بعد "
        "معارك عنيفة في مدينة تدمر.") == ["Government regains territory"]


def test_fighting_at_another_town_stays_apart() -> None:
    assert sorted(c or "" for c in _codings(
        "سيطرت قوات الجيش على مدينة تدمر اليوم بعد انسحاب مسلحي التنظيم منها. وجاء ذلك بعد "
        "معارك عنيفة في مدينة القريتين.")) == ["Armed clash", "Government regains territory"]


def test_pattern_with_its_own_cue_stays_apart() -> None:
    assert sorted(c or "" for c in _codings(
        "انفجرت عبوة ناسفة في سوق مدينة بعقوبة صباح اليوم. وتشهد بعقوبة هجمات انتحارية متكررة.")
    ) == ["Remote explosive/landmine/IED", "Suicide bomb"]


def test_strike_and_shelling_at_one_town_stay_apart() -> None:
    assert sorted(c or "" for c in _codings(
        "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب اليوم. وتتعرض بلدة كفرنبل لقصف مدفعي.")) == [
        "Air/drone strike", "Shelling/artillery/missile attack"]
