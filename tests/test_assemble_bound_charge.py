"""A charge word bound by a preposition with a pronoun ("المشتبه بهم": the suspects) names no act:
an arrest after it in a continued account takes the account's day; "المشتبه به في" still names one."""

from reading import by_trigger, events_reader

from marsad.assemble.event_dates import bound_charge

_read = events_reader(published="2021-03-06")


def test_an_arrest_of_the_suspects_takes_the_accounts_day() -> None:
    events = _read("اشتبكت قوات الأمن صباح الخميس مع مسلحين في مدينة بنزرت. وأضافت الوزارة أن "
                   "القوات تمكنت من محاصرة المشتبه بهم والقبض على 7 عناصر.")
    arrest = by_trigger(events, "القبض")
    assert arrest.date is not None and arrest.date.start == "2021-03-04"


def test_a_suspect_in_a_named_act_still_names_it() -> None:
    assert bound_charge(["المشتبه", "بهم", "والقبض"], 0)
    assert not bound_charge(["المشتبه", "به", "في", "الهجوم"], 0)
    assert not bound_charge(["المشتبه", "به", "الرئيسي", "في", "الهجوم"], 0)
    assert not bound_charge(["المشتبه", "بتنفيذ", "الهجوم"], 0)
