"""The assembler's per-document index: marker bits of words, mentions located by scope, asides
joined to their clause, furniture found line by line."""

from __future__ import annotations

from marsad.assemble.boilerplate import furniture_spans
from marsad.assemble.doc import DocIndex
from marsad.assemble.markers import AFFILIATION, MIN, NEAR, TARGET, bits_before, word_bits
from marsad.model import Document, Mention, Span
from marsad.text.normalise import normalise_phrase
from marsad.text.view import view


def _index(text: str) -> DocIndex:
    return DocIndex.build(view(Document("t", text, "ar", "t")))


def _mention(text: str, phrase: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention("place", Span(start, start + len(phrase)), phrase, {}, "test")


def test_a_marker_word_with_clitics_has_its_group_bit() -> None:
    # Words come from the normalised view.
    assert word_bits(normalise_phrase("والموالية")) & AFFILIATION
    assert word_bits(normalise_phrase("بالقرب")) & NEAR
    assert not word_bits(normalise_phrase("بلدة")) & (AFFILIATION | NEAR | TARGET)


def test_bits_before_read_the_words_nearest_last_skipping_punctuation() -> None:
    text = "هاجمت القوات، من قبل \"قسد\" مواقع في البلدة."
    idx = _index(text)
    bits = bits_before(idx, _mention(text, "قسد"), 2)
    assert len(bits) == 2 and bits[0] & MIN and not bits[1] & MIN


def test_located_mentions_are_read_by_sentence_and_clause() -> None:
    text = "قصفت الطائرات حلب، ثم إدلب. وسقطت قذائف على حماة."
    idx = _index(text)
    places = idx.locate([_mention(text, w) for w in ("حلب", "إدلب", "حماة")], paras=True)
    assert places.sents == [0, 0, 1]
    assert [m.text for m in places.in_sentence(0)] == ["حلب", "إدلب"]
    assert [m.text for m in places.in_clause(places.clauses[1])] == ["إدلب"]
    assert list(places.around(1, places.clauses[2], places.paras[2])) == [0, 1, 2]


def test_a_short_aside_between_commas_stays_in_its_clause() -> None:
    joined = _index("تمكن مسلحو التنظيم، السبت، من استعادة القرية.")
    apart = _index("تمكن مسلحو التنظيم، بعد معارك عنيفة استمرت ساعات، من استعادة القرية.")
    assert len(joined.clause_starts) == 1
    assert len(apart.clause_starts) == 3


def test_furniture_is_found_on_each_line_holding_a_marker() -> None:
    text = "قصفت الطائرات القرية.\nاقرأ أيضا: غارات على المدينة\nوقتل مدنيان.\nشاهد أيضا: اشتباكات"
    spans = furniture_spans(text)
    assert [text[a:b] for a, b in spans] == ["اقرأ أيضا: غارات على المدينة",
                                             "شاهد أيضا: اشتباكات"]
    latin = "Airstrikes hit the town.\nRead more: clashes in the city"
    assert [latin[a:b] for a, b in furniture_spans(latin)] == ["Read more: clashes in the city"]


def test_clause_start_is_the_original_offset_of_a_clause_and_0_past_the_last() -> None:
    text = "قصفت الطائرات حلب، ثم سقطت قذائف على إدلب. وهدأت الجبهات."
    idx = _index(text)
    second = idx.clause(_mention(text, "ثم"))
    assert idx.clause_start(second) == text.index("ثم")
    assert idx.clause_start(second + 1) == text.index("وهدأت")
    assert idx.clause_start(0) == 0
    assert idx.clause_start(len(idx.clause_starts)) == 0
    assert _index("").clause_start(0) == 0
