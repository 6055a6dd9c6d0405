"""An act told in a "where" clause of an ongoing state ("حيث تدور اشتباكات") goes on, on no day
the main clause gives: it takes no date standing before the clause, and that date still dates
the main clause's act for the account continued after it. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_ar = events_reader(published="2016-10-20")


def test_clashes_going_on_where_the_militants_died_are_undated() -> None:
    events = _ar("قالت مصادر أمنية إن ثمانية مسلحين قتلوا أمس في ريف المدينة حيث تدور "
                 "اشتباكات بين الجيش والمسلحين.")
    clashes = [e for e in events if e.trigger.text == "اشتباكات"]
    assert clashes
    assert clashes[0].date.start is None


def test_the_account_continued_after_keeps_the_day() -> None:
    events = _ar("قالت مصادر أمنية إن ثمانية مسلحين قتلوا أمس في ريف المدينة حيث تدور "
                 "اشتباكات بين الجيش والمسلحين.\nوقال مصدر إن المسلحين لقوا حتفهم عندما قصفت "
                 "مروحيات الجيش سيارتين كانوا يستقلونها.")
    shelled = [e for e in events if e.trigger.text.startswith("قصف")]
    assert shelled
    assert shelled[0].date.start == "2016-10-19"

