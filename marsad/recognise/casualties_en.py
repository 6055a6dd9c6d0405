"""English casualty figures, with the mention values of the Arabic recogniser (casualties.py).

Three word orders: a verb before its count ("killed 12 civilians", "wounding dozens", "the death
toll rose to 40"), a count before its verb ("12 people were killed", "3 dead", "a soldier was
killed"), and a frame whose outcome word follows the count ("left 3 dead", "claimed 12 lives").
A subject count needs a passive verb or one that ends its clause: in "two gunmen killed 5
people" only the 5 were killed. Killed and wounded in one figure ("12 casualties") gives no
count, and a part of a figure ("3 of them", "a quarter of a million") none either; nor does a sentence naming a cause of
death that is no conflict (an accident, an earthquake, poisoning): ACLED codes no such deaths. Counts come from the quantities
recogniser (it reads English numbers, bounds and vague words); the cues are in casualties_en.tsv.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from marsad.model import Mention
from marsad.recognise.casualties import CasualtyRecogniser
from marsad.recognise.casualties_context import Count
from marsad.recognise.cues import CAUSES_EN, read_phrases, read_rows
from marsad.text.lexicon import LexiconMatch, PhraseLexicon, longest
from marsad.text.view import TextView

_WORD = regex.compile(r"\p{L}[\p{L}'’.]*")
_SUBJECT_WORDS = 4  # words a subject may have between its count and its verb
# Prepositions of a phrase between a subject count and its verb ("12 people in Gaza were
# killed"), and the words such a phrase may have
_PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "at", "inside", "across", "on", "of"})
_PHRASE_WORDS = 10
_PHRASE_KINDS = frozenset({"determiner", "article", "link", "single", "plural"})
_TOLL_SKIPS = frozenset({"skip", "aux", "link"})
_COUNT_KINDS = frozenset({"number", "vague", "article"})
_OBJECT_KINDS = _COUNT_KINDS | {"determiner", "single", "plural"}


@dataclass(frozen=True, slots=True)
class Cue:
    outcome: str | None
    kind: str
    min: int | None
    max: int | None


@lru_cache(maxsize=1)
def lexicon() -> PhraseLexicon[Cue]:
    lex: PhraseLexicon[Cue] = PhraseLexicon()
    for phrases, outcome, kind, lo, hi in read_rows("marsad.recognise", "casualties_en.tsv"):
        cue = Cue(None if outcome == "-" else outcome, kind,
                  None if lo == "-" else int(lo), None if hi == "-" else int(hi))
        for phrase in dict.fromkeys(phrases.split("|")):
            lex.add(phrase, cue)
    cause = Cue(None, "cause", None, None)
    for phrase in read_phrases("marsad.recognise", CAUSES_EN):
        lex.add(phrase, cause)
    return lex


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure found: its first and last tokens, outcome and count."""

    first: int
    last: int
    outcome: str
    count: Count


class _Reader:
    """The cues and counts of one text, and the three word orders read from a token."""

    def __init__(self, texts: Sequence[str], at: dict[int, LexiconMatch[Cue]],
                 quantities: dict[int, Count], capitals: Sequence[bool]) -> None:
        self.texts = texts
        self.at = at
        self.quantities = quantities
        self.capitals = capitals  # per token: written with a capital (a name: Houthis, Kurds)

    def kind(self, i: int) -> str | None:
        m = self.at.get(i)
        return None if m is None else m.value.kind

    def count(self, i: int) -> Count | None:
        """The count starting at token ``i``: a quantity, a number or vague word, or "a"/"an"
        before a person noun (one) or before a quantity ("a dozen")."""
        if i >= len(self.texts):
            return None
        m = self.at.get(i)
        if m is not None and m.value.kind == "fraction":
            return self.fraction(m)  # (before a quantity: "two-thirds of 300")
        if (q := self.quantities.get(i)) is not None:
            return q
        if m is None or m.value.kind not in _COUNT_KINDS:
            return None
        cue = m.value
        if cue.kind == "article":
            if (q := self.quantities.get(m.last_token + 1)) is not None:
                return q
            _, persons = self.subject(m.last_token + 1)
            return Count(1, 1, m.last_token) if "single" in persons else None
        return Count(cue.min, cue.max, m.last_token, vague=cue.kind == "vague")

    def fraction(self, m: LexiconMatch[Cue]) -> Count | None:
        """"a quarter of a million", "half a million": that part of the count after it (the
        cue's min/max: numerator/denominator); none for a part of no ratio ("a fraction of")."""
        part = self.count(m.last_token + 1)
        num, den = m.value.min, m.value.max
        if part is None or num is None or den is None or part.min is None or part.vague:
            return None
        high = None if part.max is None else part.max * num // den
        return Count(part.min * num // den, high, part.last, approximate=part.approximate)

    def subject(self, j: int) -> tuple[int, set[str]]:
        """The last token of the words from ``j`` that may name who was hit (person nouns and
        other words, not cues, numbers or function words), and the person-noun kinds among them."""
        last, persons, words = j - 1, set[str](), 0
        while j < len(self.texts) and words < _SUBJECT_WORDS:
            m = self.at.get(j)
            if m is not None:
                if m.value.kind not in ("single", "plural"):
                    break
                persons.add(m.value.kind)
                last = j = m.last_token
            elif self.texts[j] == "-" and last == j - 1:
                pass  # pro-government, passer-by
            elif j in self.quantities or not _WORD.fullmatch(self.texts[j]):
                break
            else:
                last = j
            words += 1
            j += 1
        if last >= 0 and self.texts[last] == "-":
            last -= 1
        return last, persons

    def persons_after(self, j: int) -> int:
        """The last token of a subject at ``j`` that names people, else ``j - 1``."""
        last, persons = self.subject(j)
        return last if persons else j - 1

    def verb_first(self, m: LexiconMatch[Cue]) -> _Figure | None:
        """"killed 12 civilians", "wounding dozens"; not "killed 2 proposals": words after the
        count must name people (a person noun, or a name: "killed 5 Houthis")."""
        count = self.count(m.last_token + 1)
        if count is None or m.value.outcome is None:
            return None
        last, persons = self.subject(count.last + 1)
        if last > count.last and not persons and not self.capitals[last]:
            return None
        return _Figure(m.first_token, last, m.value.outcome, count)

    def toll(self, m: LexiconMatch[Cue]) -> _Figure | None:
        """"the death toll rose to 40", "a toll of 12"."""
        k = m.last_token + 1
        for _ in range(5):
            if self.kind(k) not in _TOLL_SKIPS:
                break
            k = self.at[k].last_token + 1
        count = self.count(k)
        if count is None or m.value.outcome is None:
            return None
        return _Figure(m.first_token, count.last, m.value.outcome, count)

    def frame(self, m: LexiconMatch[Cue]) -> _Figure | None:
        """"left 3 people dead", "claimed 12 lives": the outcome word after the count."""
        count = self.count(m.last_token + 1)
        if count is None:
            return None
        word = self.at.get(self.persons_after(count.last + 1) + 1)
        if word is None or word.value.kind not in ("verb", "after", "lives"):
            return None
        outcome = word.value.outcome
        return None if outcome is None else _Figure(m.first_token, word.last_token, outcome, count)

    def count_first(self, i: int) -> tuple[_Figure | None, int]:
        """"12 people were killed", "3 dead", "a soldier died": the figure, and the token after
        what was read (a lumped or partial figure is passed over)."""
        count = self.count(i)
        if count is None:
            return None, i + 1
        k = count.last + 1
        if self.kind(k) == "subset":
            return None, self.at[k].last_token + 1
        if self.kind(k) == "link" and self.texts[k] == "of":
            k += 1  # dozens of people
        last, persons = self.subject(k)
        if self.kind(i) == "article" and count.last == i and "single" not in persons:
            return None, i + 1
        k = last + 1
        if persons and k < len(self.texts) and self.texts[k] in _PLACE_PREPOSITIONS:
            k = self.past_phrase(k)  # "12 people in Gaza were killed"
        relative = self.kind(k) == "relative"
        k += relative
        aux = 0
        while aux < 4 and self.kind(k) == "aux":
            k = self.at[k].last_token + 1
            aux += 1
        m = self.at.get(k)
        if m is None:
            return None, i + 1
        if m.value.kind == "combined":
            return None, m.last_token + 1
        if m.value.kind not in ("verb", "after") or m.value.outcome is None or (
                relative and not aux) or (not aux and m.value.kind == "verb"
                                          and self.active(m.last_token + 1)):
            return None, i + 1
        return _Figure(i, m.last_token, m.value.outcome, count), m.last_token + 1

    def past_phrase(self, k: int) -> int:
        """The token after a short prepositional phrase at ``k`` ("in Gaza", "from the same
        family") when an auxiliary follows it, else ``k``: the phrase tells who, not what."""
        j = k + 1
        while j < len(self.texts) and j - k <= _PHRASE_WORDS:
            kind = self.kind(j)
            if kind == "aux":
                return j
            if kind in _PHRASE_KINDS or self.texts[j] in _PLACE_PREPOSITIONS:
                pass  # ("of the same family in the village of Kafr Nabl")
            elif kind is not None or j in self.quantities or not (
                    _WORD.fullmatch(self.texts[j]) or self.texts[j] == "-"):
                return k
            j += 1
        return k

    def active(self, k: int) -> bool:
        """A verb followed by its object (a count, a person, "the"): it is active, and what
        came before it is who acted ("two gunmen killed the guard")."""
        return k in self.quantities or self.kind(k) in _OBJECT_KINDS

    def coordinated(self, figure: _Figure) -> _Figure | None:
        """"killed 3 soldiers and 2 civilians": a second count with its person noun."""
        k = figure.last + 1
        if k < len(self.texts) and self.texts[k] == ",":
            k += 1
        if k >= len(self.texts) or self.texts[k] != "and":
            return None
        count = self.count(k + 1)
        if count is None:
            return None
        last, persons = self.subject(count.last + 1)
        nxt = self.kind(last + 1)
        if not persons or nxt in ("verb", "after", "aux", "relative", "combined"):
            return None
        return _Figure(k + 1, last, figure.outcome, count)


def english(rec: CasualtyRecogniser, view: TextView, found: Sequence[Mention]) -> list[Mention]:
    """The killed and wounded figures of an English text (the casualty recogniser's values)."""
    toks = view.tokens
    if not toks:
        return []
    matches = lexicon().matches(toks, strip_clitics=False)
    if not any(m.value.outcome for m in matches):
        return []
    at = {m.first_token: m for m in longest(matches)}
    original = view.original
    capitals = [original[s].isupper() for s in view.token_original_starts]
    reader = _Reader(toks.texts, at, rec._quantities(view, found), capitals)
    figures: list[_Figure] = []
    nxt = 0
    for i in sorted(set(at) | set(reader.quantities)):
        if i < nxt:
            continue
        nxt = i + 1
        m = at.get(i)
        kind = None if m is None else m.value.kind
        figure: _Figure | None = None
        if m is not None and kind == "none":  # "no one was hurt": 0
            figures.append(_Figure(i, m.last_token, "none", Count(0, 0, m.last_token)))
            nxt = m.last_token + 1
            continue
        if m is not None and kind == "combined":
            count = reader.count(m.last_token + 1)  # "killed or wounded 12"
            nxt = (m.last_token if count is None else count.last) + 1
            continue
        if m is not None and kind in ("verb", "head"):
            figure = reader.verb_first(m)
        elif m is not None and kind == "toll":
            figure = reader.toll(m)
        elif m is not None and kind == "frame":
            figure = reader.frame(m)
        if figure is None:
            figure, nxt = reader.count_first(i)
        if figure is None and m is not None and kind == "fraction" and (
                part := reader.count(m.last_token + 1)):
            nxt = max(nxt, part.last + 1)  # "a fraction of 1,000": no count, nor the 1,000
        while figure is not None:
            figures.append(figure)
            nxt = max(nxt, figure.last + 1)
            figure = reader.coordinated(figure)
    if figures and (causes := [m.start for m in at.values() if m.value.kind == "cause"]):
        sentence_starts = [s.start for s in view.sentences]
        caused = {bisect_right(sentence_starts, c) for c in causes}
        figures = [f for f in figures
                   if bisect_right(sentence_starts, toks.starts[f.first]) not in caused]
    return [rec._mention(view, toks.starts[f.first], toks.ends[f.last], f.outcome, f.count)
            for f in figures]
