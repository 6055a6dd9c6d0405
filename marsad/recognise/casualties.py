"""Casualty recogniser: killed and wounded, with counts, duals and vague counts.

"مقتل 3 أشخاص وإصابة 5 آخرين" gives two mentions; "قتيلان" is exactly two; a plural alone
("قتلى") means three or more (vague); "عشرات" 20–99. Counts come from the quantities recogniser
when it found one there, else from digits and the small number table beside this module.
"Killed and wounded" lumped in one figure gives no killed count (it may be all wounded).
English texts are read by casualties_en.py (its own word orders and cues, the same values); the
context tests and the cue and count values live in casualties_context.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter

import regex

from marsad.model import Mention
from marsad.recognise.casualties_context import (
    _LEADS,
    _NAMING_HEADS,
    _OWN_DEATH,
    _PERSONS,
    CasualtyCue,
    Count,
    _and_wounded,
    _kunya,
    _natural,
    _openings,
    _own_death,
    _war_toll,
)
from marsad.recognise.cues import read_rows, token_index, variants
from marsad.text.lexicon import LexiconMatch, PhraseLexicon, longest
from marsad.text.lexicon_scan import NOUN_PREFIXES, with_proclitics
from marsad.text.normalise import normalise_phrase
from marsad.text.view import TextView

NAME = "marsad.casualties.v1"
_VALUE = itemgetter(5)  # LexiconMatch.value
_DIGITS = regex.compile(r"[وف]?([0-9]+(?:[.,][0-9]+)*)")
_SINGULAR_NOUNS = frozenset({"قتيل", "جريح", "شهيد", "ضحيه", "مصاب", "قتيله"})
# Finite killed/wounded verbs that may follow their subject (ثلاثة أشخاص قتلوا).
_AFTER_VERBS = frozenset(
    "قتلوا قتل قتلت قتلا لقوا لقي لقيت استشهدوا استشهد استشهدت قضوا قضي اصيبوا اصيب اصيبت "
    "جرحوا جرح".split()) | frozenset({"لقوا مصرعهم", "لقوا حتفهم", "لقي مصرعه", "لقي حتفه",
                                     "لقيت مصرعها"})
# Intransitive or passive-only death and wound verbs: after a lone indefinite person noun
# ("أن شخصا لقي مصرعه"، "مدنيا استشهد") the noun is its one victim; "جندي قتل" may be a killer.
_SINGLE_VERBS = frozenset({"لقي مصرعه", "لقي حتفه", "لقيت مصرعها", "لقي", "لقيت", "استشهد",
                           "استشهدت", "اصيب", "اصيبت"})
# Heads that also mean something else ("سقوط قذائف": shells falling): a figure only with the
# casualty or person noun after their count (سقوط 5 قتلى، سقوط عدد من المدنيين).
_NOUN_NEEDED = frozenset({"سقوط"})
# Words of preventing before "دون": "للحيلولة دون وقوع إصابات" reports no outcome (normalised;
# the noun with its clitics, the verbs as they stand).
_PREVENTING = with_proclitics((normalise_phrase("حيلولة"),), NOUN_PREFIXES) | frozenset(
    map(normalise_phrase, ("حال", "حالت", "يحول", "تحول")))
# "قتلوا أو اعتقلوا": a figure for killed-or-else is no death toll; its outcome is "lumped"
# (who it counts still tells who the victims were).
_OR = frozenset({"او", "أو"})


@lru_cache(maxsize=1)
def lexicon() -> PhraseLexicon[CasualtyCue]:
    lex: PhraseLexicon[CasualtyCue] = PhraseLexicon()
    for phrases, outcome, kind, lo, hi in read_rows("marsad.recognise", "casualties.tsv"):
        for phrase in phrases.split("|"):
            for v in variants(phrase, endings=kind in ("head", "single", "plural", "nisba")):
                cue = CasualtyCue(
                    None if outcome == "-" else outcome, "single" if kind == "nisba" else kind,
                    None if lo == "-" else int(lo), None if hi == "-" else int(hi), v,
                    kind == "nisba",
                )
                lex.add(v, cue)
    roles = _none_rows()
    for kind in ("lead", "whole"):
        for phrase in roles[kind]:
            v = normalise_phrase(phrase)
            lex.add(v, CasualtyCue("none", "none" if kind == "whole" else "no", 0, 0, v))
    return lex


@lru_cache(maxsize=1)
def _none_rows() -> dict[str, list[str]]:
    """The rows of ``casualties_none.tsv``: role -> phrases."""
    return {role: phrases.split("|")
            for role, phrases in read_rows("marsad.recognise", "casualties_none.tsv")}


@lru_cache(maxsize=1)
def _none_tails() -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The middles (with the empty one) and nouns that may follow a "no one hurt" lead, as
    normalised words, longest first: read after a lead is found, not built into the scan."""
    roles = _none_rows()

    def words(phrases: list[str]) -> list[tuple[str, ...]]:
        return sorted({tuple(normalise_phrase(p).split()) for p in phrases}, key=len, reverse=True)

    return [*words(roles["middle"]), ()], words(roles["noun"])


def _none_end(m: LexiconMatch[CasualtyCue], texts: Sequence[str]) -> int | None:
    """The last token of a "no one was hurt" phrase opening at ``m`` (a whole phrase, or a lead
    then a middle or none then a noun: دون + وقوع + إصابات), None when no noun follows; a lead
    after a word of preventing (للحيلولة دون وقوع إصابات) reports nothing."""
    i = m.first_token
    if i and texts[i - 1] in _PREVENTING:
        return None
    if m.value.kind == "none":
        return m.last_token
    middles, nouns = _none_tails()
    j = m.last_token + 1
    for middle in middles:
        k = j + len(middle)
        if tuple(texts[j:k]) != middle:
            continue
        for noun in nouns:
            if tuple(texts[k : k + len(noun)]) == noun:
                return k + len(noun) - 1
    return None


class CasualtyRecogniser:
    """Finds killed/wounded figures; value ``{"outcome", "min", "max", "vague"?}``; outcome
    ``lumped`` is a figure of killed-or-else (قتلوا أو اعتقلوا), no toll; ``none`` says no one
    was hurt (دون وقوع إصابات: 0)."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("casualty",)

    def __init__(self) -> None:
        self.lexicon = lexicon()
        # The cues a mention needs one of (a killed/wounded head, count noun or dual), by
        # identity: a document is tested in C, without a look at each cue's fields.
        self._needed = frozenset(
            id(e.value) for _, entries in self.lexicon.surfaces() for e in entries
            if e.value.kind == "head"
            or (e.value.outcome and e.value.kind in ("noun", "dual")))

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        if view.language == "en":
            from marsad.recognise.casualties_en import english

            return english(self, view, found)
        toks = view.tokens
        if not toks:
            return []
        matches = self.lexicon.matches(toks)
        if not any(map(self._needed.__contains__, map(id, map(_VALUE, matches)))):
            # every other mention needs a killed/wounded head, count noun or dual
            return [self._mention(view, m.start, toks.ends[end], "none", Count(0, 0, end))
                    for m in longest(m for m in matches if m.value.outcome == "none")
                    if (end := _none_end(m, toks.texts)) is not None]
        at = {m.first_token: m for m in longest(matches) if not (
            m.value.indefinite and ("ال" in m.proclitic or "لل" in m.proclitic))}
        quantities = self._quantities(view, found)
        texts = toks.texts
        out: list[Mention] = []
        # Only tokens where a mention can start, in order; a mention or a count read moves
        # ``nxt`` past its tokens.
        nxt = 0
        for i in _openings(at, quantities, texts):
            if i < nxt:
                continue
            nxt = i + 1
            m = at.get(i)
            if m is not None and m.value.kind == "combined":
                nxt = self._skip_count(m.last_token + 1, at, quantities, texts)
                continue
            if m is not None and m.value.outcome == "none":
                if (end := _none_end(m, texts)) is not None:
                    out.append(self._mention(view, m.start, toks.ends[end], "none",
                                             Count(0, 0, end)))
                    nxt = end + 1
                continue
            if m is not None and m.value.kind == "head":
                if _war_toll(i, at, texts):
                    nxt = m.last_token + 1
                    continue
                count = self._count(m.last_token + 1, at, quantities, texts)
                if count is None and m.value.key in _NAMING_HEADS and (
                        (kunya := _kunya(m.last_token + 1, at, texts)) is not None):
                    count = Count(1, 1, kunya)  # "مقتل أبو محمد"، "مقتل موسى أبو داود": one
                if count is None:
                    count = _own_death(m, texts)
                if count is not None and (person := at.get(count.last)) is not None and (
                        person.value.kind in ("single", "plural")) and (
                        (lead := at.get(count.last + 1)) is not None
                        and lead.value.kind in _LEADS) and (
                        (stated := self._count(count.last + 1, at, quantities, texts, False))
                        is not None):
                    count = stated  # "عدد القتلى الفلسطينيين إلى 168": the noun only says who
                if count is not None:
                    outcome, last = count.outcome or m.value.outcome, count.last
                    noun = at.get(last + 1)
                    if noun is not None and noun.value.kind in ("noun", "plural", "single"):
                        outcome = noun.value.outcome or outcome
                        last = noun.last_token
                    # "مقتل ضابط وثلاثة جنود": counted persons joined by و after the head add up
                    person = noun if noun is not None and noun.value.kind in _PERSONS else at.get(
                        count.last)
                    if person is not None and person.value.kind in _PERSONS:
                        summed, other = self._coordinated(count, person, at, quantities, texts)
                        if other is not person and other is not None:
                            count, last = summed, other.last_token
                    if last + 1 < len(texts) and texts[last + 1] in _OWN_DEATH:
                        last += 1  # "لقي جندي مصرعه": the pronoun's death is the same one
                    if (lumped := at.get(last + 1)) is not None and lumped.value.kind == "combined":
                        nxt = lumped.last_token + 1  # "سقوط 9 أشخاص بين قتيل وجريح"
                        continue
                    if (both := _and_wounded(noun, last, at)) is not None:
                        nxt = both + 1  # "سقوط 30 قتيلا وجريحا": killed and wounded, no toll
                        continue
                    if m.value.key in _NOUN_NEEDED and last == count.last and not (
                            (counted := at.get(count.last)) is not None
                            and counted.value.kind in _PERSONS | {"dual"}):
                        nxt = last + 1
                        continue
                    if not _natural(last, at):
                        out.append(self._mention(view, m.start, toks.ends[last], outcome, count))
                    nxt = last + 1
                    continue
                nxt = m.last_token + 1
                continue
            count = self._count(i, at, quantities, texts, heads_only=False)
            if count is None and m is not None and m.value.kind == "single" and (
                    "ال" not in m.proclitic) and (
                    (lone := self._after_verb(m, at, texts)) is not None) and (
                    lone.value.key in _SINGLE_VERBS):
                count = Count(1, 1, m.last_token)  # "أن شخصا لقي مصرعه": one victim
            if count is not None:
                j = count.last + 1
                if j < len(texts) and texts[j] == "من":
                    j += 1
                noun = at.get(j)
                count, noun = self._coordinated(count, noun, at, quantities, texts)
                verb = self._after_verb(noun, at, texts)
                if verb is None and m is not None and m.value.kind == "single" and (
                        count.last == m.last_token):
                    verb, noun = self._after_verb(m, at, texts), m  # the lone noun's verb
                if verb is not None and noun is not None:
                    # "ثلاثة أشخاص قتلوا": number, person noun, then the killed/wounded verb.
                    nxt = verb.last_token + 1
                    if _natural(verb.last_token, at):
                        continue
                    or_else = nxt < len(texts) and texts[nxt] in _OR
                    start = m.start if m is not None else toks.starts[i] + (texts[i][0] in "وف")
                    out.append(self._mention(view, start, toks.ends[verb.last_token],
                                             "lumped" if or_else else verb.value.outcome, count))
                    continue
                if noun is not None and noun.value.kind == "noun" and noun.value.outcome:
                    if noun.last_token + 1 < len(texts) and texts[noun.last_token + 1] in _OR:
                        # "20 قتيلا أو جريحا": neither figure is a toll
                        out.append(self._mention(view, toks.starts[i], toks.ends[noun.last_token],
                                                 "lumped", count))
                        nxt = noun.last_token + 3
                        continue
                    if (both := _and_wounded(noun, noun.last_token, at)) is not None:
                        nxt = both + 1  # "20 قتيلا وجريحا": one figure of killed and wounded
                        continue
                    start = m.start if m is not None else toks.starts[i] + (texts[i][0] in "وف")
                    out.append(
                        self._mention(view, start, toks.ends[noun.last_token],
                                      noun.value.outcome, count)
                    )
                    nxt = noun.last_token + 1
                    continue
            if m is not None and m.value.kind in ("noun", "dual") and m.value.outcome:
                if m.value.kind == "dual":
                    count = Count(2, 2, m.last_token)
                elif m.value.key in _SINGULAR_NOUNS:
                    count = Count(1, 1, m.last_token)
                else:
                    count = Count(3, None, m.last_token, vague=True)
                out.append(self._mention(view, m.start, m.end, m.value.outcome, count))
                nxt = m.last_token + 1
        return out

    @staticmethod
    def _after_verb(
        noun: LexiconMatch[CasualtyCue] | None,
        at: dict[int, LexiconMatch[CasualtyCue]],
        texts: Sequence[str],
    ) -> LexiconMatch[CasualtyCue] | None:
        """The killed/wounded verb right after a person noun (أشخاص قتلوا، مدنيين لقوا مصرعهم)."""
        if noun is None or noun.value.kind not in ("single", "plural"):
            return None
        k = noun.last_token + 1
        if k < len(texts) and texts[k] == "قد":
            k += 1
        verb = at.get(k)
        if verb is not None and verb.value.kind == "head" and verb.value.key in _AFTER_VERBS:
            return verb
        return None

    def _coordinated(
        self,
        count: Count,
        noun: LexiconMatch[CasualtyCue] | None,
        at: dict[int, LexiconMatch[CasualtyCue]],
        quantities: dict[int, Count],
        texts: Sequence[str],
    ) -> tuple[Count, LexiconMatch[CasualtyCue] | None]:
        """"12 مسلحا وخمسة مدنيين قتلوا": counted person nouns joined by و before one verb add
        up (the sum of one sentence's figures, CODING §5); the count and the last noun."""
        while noun is not None and noun.value.kind in ("single", "plural"):
            k = noun.last_token + 1
            if k >= len(texts) or not texts[k].startswith("و") or len(texts[k]) < 2:
                break
            nxt = self._count(k, at, quantities, texts, heads_only=False)
            if nxt is None or count.min is None or nxt.min is None:
                break
            j = nxt.last + 1
            if j < len(texts) and texts[j] == "من":
                j += 1
            other = at.get(j)
            if other is None or other.value.kind not in ("single", "plural"):
                break
            hi = None if count.max is None or nxt.max is None else count.max + nxt.max
            count = Count(count.min + nxt.min, hi, other.last_token, count.vague or nxt.vague,
                          count.approximate or nxt.approximate)
            noun = other
        return count, noun

    def _mention(
        self, view: TextView, start: int, end: int, outcome: str | None, count: Count
    ) -> Mention:
        span = view.span(start, end)
        value: dict[str, object] = {"outcome": outcome or "killed", "min": count.min,
                                    "max": count.max}
        if count.vague:
            value["vague"] = True
        if count.approximate:
            value["approximate"] = True
        return Mention("casualty", span, span.of(view.original), value, self.name)

    def _quantities(self, view: TextView, found: Sequence[Mention]) -> dict[int, Count]:
        """Counts found by the quantities recogniser, keyed by their first token."""
        out: dict[int, Count] = {}
        quantities = [q for q in found if q.kind == "quantity" and isinstance(q.value, dict)]
        if not quantities:
            return out
        starts = view.token_original_starts
        for q in quantities:
            value = q.value
            if value.get("measure", "count") != "count" or value.get("unit"):
                continue
            first = token_index(starts, q.span.start)
            last = token_index(starts, q.span.end - 1)
            lo, hi = value.get("min"), value.get("max")
            out[first] = Count(
                int(lo) if lo is not None else None, int(hi) if hi is not None else None, last,
                bool(value.get("vague")), bool(value.get("approximate")),
            )
        return out

    def _count(
        self,
        i: int,
        at: dict[int, LexiconMatch[CasualtyCue]],
        quantities: dict[int, Count],
        texts: Sequence[str],
        heads_only: bool = True,
    ) -> Count | None:
        """The count starting at token ``i`` (after skip words and bounds, if any)."""
        if (lead := at.get(i)) is not None and lead.value.kind in _LEADS and i in quantities:
            # The quantity read with its bound ("أكثر من 40 ألف" = 40,001+): a scale word after
            # the digits belongs to it, so the digits alone would be read 41.
            return quantities[i]
        more = about = False
        for _ in range(4):
            m = at.get(i)
            if m is None or m.value.kind not in ("skip", "more", "about"):
                break
            more |= m.value.kind == "more"
            about |= m.value.kind == "about"
            i = m.last_token + 1
        if i >= len(texts):
            return None
        count = quantities.get(i)
        if count is None and (number := _DIGITS.fullmatch(texts[i])):
            n = int(number.group(1).replace(",", "").split(".")[0])
            count = Count(n, n, i)
        m = at.get(i)
        if count is None and m is not None:
            kinds = ("number", "vague", "dual") + (("single", "plural", "noun") if heads_only else ())
            if m.value.kind in kinds and (m.value.kind != "dual" or m.value.outcome is None
                                          or heads_only):
                if m.value.kind == "noun":
                    if m.value.key in _SINGULAR_NOUNS:
                        count = Count(1, 1, m.last_token, outcome=m.value.outcome)
                    else:
                        count = Count(3, None, m.last_token, vague=True, outcome=m.value.outcome)
                else:
                    vague = m.value.kind in ("vague", "plural")
                    count = Count(m.value.min, m.value.max, m.last_token, vague=vague,
                                  outcome=m.value.outcome)
        if count is None:
            return None
        if more and count.min is not None:
            return Count(count.min + 1, None, count.last, count.vague, count.approximate)
        if about:
            return Count(count.min, count.max, count.last, count.vague, True)
        return count

    def _skip_count(
        self,
        i: int,
        at: dict[int, LexiconMatch[CasualtyCue]],
        quantities: dict[int, Count],
        texts: Sequence[str],
    ) -> int:
        count = self._count(i, at, quantities, texts)
        return i if count is None else count.last + 1
