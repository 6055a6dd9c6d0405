"""Casualty figures read through the whole pipeline: a bound before a scaled number, a lone
victim before its death verb, slaughter verbs, killed-and-wounded lumps, war-sized tolls."""

from __future__ import annotations

from functools import lru_cache

from marsad.model import Document, Extraction
from marsad.pipeline import Reader


@lru_cache(maxsize=1)
def _reader() -> Reader:
    return Reader.default()


def _read(text: str) -> Extraction:
    return _reader().read(Document("t", text, "ar", "t", published="2018-03-01"))


def _killed(text: str) -> list[int]:
    ex = _read(text)
    out = []
    for m in ex.mentions:
        if m.kind == "casualty" and isinstance(m.value, dict) and m.value["outcome"] == "killed":
            assert text[m.span.start : m.span.end] == m.text
            out.append(int(m.value["min"]))
    return out


def test_bound_before_thousands_reads_the_scale() -> None:
    # "more than 30 thousand", with and without the hamza: 30,001, not 31
    assert _killed("وأسفرت الحرب عن مقتل أكثر من 30 ألف شخص منذ عام 2012.") == [30001]
    assert _killed("وأسفرت الحرب عن مقتل أكثر من 30 الف شخص منذ عام 2012.") == [30001]
    assert _killed("وقتل نحو 5 آلاف مدني في المعارك.") == [5000]


def test_bound_before_number_word() -> None:
    assert _killed("وأدت المواجهات إلى مقتل أكثر من خمسين متظاهرا.") == [51]


def test_plain_bound_unchanged() -> None:
    assert _killed("قتل أكثر من 20 مسلحا في الغارة على الموقع.") == [21]


def test_lone_person_before_death_verb_is_one_victim() -> None:
    assert _killed("وأفاد مصدر أمني أن شخصا لقي مصرعه بانفجار عبوة قرب سوق شعبي.") == [1]
    assert _killed("وقالت مصادر محلية إن مدنيا استشهد في القصف على البلدة.") == [1]


def test_person_before_active_verb_is_no_victim() -> None:
    # "a soldier killed a gunman": the victim is the object, not the subject
    assert _killed("وقال إن جنديا قتل مسلحا خلال الاشتباك.") == [1]
    # "met his death": the pronoun counts one dead, definite subject or not (figures of several
    # sentences are reports of one toll, so a soldier counted before is not added again)
    assert _killed("وأكد أن الجندي لقي مصرعه في الهجوم.") == [1]


def test_slaughter_is_killing() -> None:
    assert _killed("هاجم مسلحون قرية نائية وقاموا بذبح 12 شخصا وخطف خمس نساء.") == [12]


def test_killed_and_wounded_lump_is_no_toll() -> None:
    assert _killed("وأسفرت المعارك عن سقوط أكثر من أربعين قتيلا وجريحا في صفوف المسلحين.") == []
    assert _killed("وأسفر القصف عن 25 قتيلا وجريحا بين المدنيين.") == []
    assert _killed("وأسفر القصف عن 25 قتيلا و40 جريحا بين المدنيين.") == [25]
    assert _killed("وتراوح عدد القتلى بين 22 و33 قتيلا والجرحى بين 40 و50 جريحا.") == [22]


def test_war_toll_in_another_sentence_is_not_the_incident_toll() -> None:
    text = ("شنت الطائرات الحربية غارة على بلدة كفرنبل في ريف إدلب يوم الاثنين. "
            "وأسفر النزاع في البلاد عن مقتل أكثر من 350 ألف شخص منذ عام 2011.")
    strikes = [e for e in _read(text).events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.fatalities is None for e in strikes)



def test_victim_named_by_kunya_is_one() -> None:
    assert _killed("وأعلن الجيش مقتل أبو عمر الشيشاني في غارة جوية قرب الموصل.") == [1]
    assert _killed("وأسفرت الضربة عن مقتل خالد أبو زيد القيادي في الجماعة.") == [1]


def test_place_after_killed_head_is_no_kunya() -> None:
    assert _killed("وقتل جنوب أبو كمال خلال المعارك.") == []


def test_kunya_after_a_verb_may_be_the_killer() -> None:
    assert 1 not in _killed("وقتل أبو حمزة في ذلك الهجوم سبعة أشخاص.")
