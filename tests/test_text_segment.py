"""Sentences, clauses, tokens and clitic readings."""

from __future__ import annotations

from marsad.text.segment import clauses, clitic_variants, sentences, tokens


def test_sentences_split_on_arabic_and_latin_marks_and_lines() -> None:
    text = "قصف على البلدة. هل انتهى؟ نعم؛ انتهى\nسطر جديد! end"
    assert [s.text for s in sentences(text)] == [
        "قصف على البلدة.", "هل انتهى؟", "نعم؛", "انتهى", "سطر جديد!", "end",
    ]


def test_sentences_do_not_split_decimal_numbers() -> None:
    assert len(sentences("ارتفع بنسبة 3.5 بالمئة")) == 1


def test_clauses_split_on_arabic_comma() -> None:
    text = "قتل ثلاثة، وأصيب اثنان، وفر الباقون."
    sent = sentences(text)[0]
    assert [c.text for c in clauses(text, sent)] == ["قتل ثلاثة،", "وأصيب اثنان،", "وفر الباقون."]


def test_tokens_keep_offsets_and_split_punctuation() -> None:
    text = 'قوات "قسد" في 2018'
    toks = tokens(text)
    assert [t.text for t in toks] == ["قوات", '"', "قسد", '"', "في", "2018"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_clitic_variants_strip_conjunction_preposition_article() -> None:
    stems = dict((s, o) for o, s in clitic_variants("وبالقوات"))
    assert stems["القوات"] == 2 and stems["قوات"] == 4


def test_clitic_variants_restore_article_after_lam() -> None:
    stems = [s for _, s in clitic_variants("للمدنيين")]
    assert "المدنيين" in stems


def test_clitic_variants_leave_short_stems_and_latin_alone() -> None:
    assert clitic_variants("ولد")[0] == (0, "ولد")
    assert all(len(s) >= 2 for _, s in clitic_variants("ولد"))
    assert clitic_variants("Reuters") == ((0, "Reuters"),)


def test_tokens_columns_have_equal_length_and_iterate_as_pieces() -> None:
    for text in ["قوات سوريا", " قوات سوريا. ", "", "،", "a b"]:
        toks = tokens(text)
        assert len(toks.texts) == len(toks.starts) == len(toks.ends)
        assert [(p.start, p.end, p.text) for p in toks] == [
            (toks[i].start, toks[i].end, toks[i].text) for i in range(len(toks))
        ]
        assert all(text[p.start : p.end] == p.text for p in toks)


def test_sentences_end_at_marks_before_space_or_quote_and_at_line_breaks() -> None:
    from marsad.text.segment import sentences

    text = 'قال المصدر: "قتل 3." ثم انسحبوا؟! الخبر 1.5 مليون\n\nسطر آخر;نهاية'
    assert [p.text for p in sentences(text)] == [
        'قال المصدر: "قتل 3.', '" ثم انسحبوا؟!', "الخبر 1.5 مليون", "سطر آخر;نهاية",
    ]
