"""Casualty recogniser: killed and wounded, with counts, duals and vague counts.

"مقتل 3 أشخاص وإصابة 5 آخرين" gives two mentions; "قتيلان" is exactly two; a plural alone
("قتلى") means three or more (vague); "عشرات" 20–99. Counts come from the quantities recogniser
when it found one there, else from digits and the small number table beside this module.
"Killed and wounded" lumped in one figure gives no killed count (it may be all wounded).
English texts are read by casualties_en.py (its own word orders and cues, the same values).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from marsad.model import Mention
from marsad.recognise.cues import read_rows, token_index, variants
from marsad.text.lexicon import LexiconMatch, PhraseLexicon, longest
from marsad.text.view import TextView

NAME = "marsad.casualties.v1"
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
# "قتلوا أو اعتقلوا": a figure for killed-or-else is no death toll; its outcome is "lumped"
# (who it counts still tells who the victims were).
_OR = frozenset({"او", "أو"})


@dataclass(frozen=True, slots=True)
class CasualtyCue:
    outcome: str | None
    kind: str
    min: int | None
    max: int | None
    key: str
    indefinite: bool = False  # a nisba: a person only without the article (قتل فلسطيني)


@dataclass(frozen=True, slots=True)
class Count:
    """A count found at some tokens: its range and the last token it covers."""

    min: int | None
    max: int | None
    last: int
    vague: bool = False
    approximate: bool = False
    outcome: str | None = None  # a casualty noun's own outcome (سقوط جرحى: wounded)


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
    return lex


class CasualtyRecogniser:
    """Finds killed/wounded figures; value ``{"outcome", "min", "max", "vague"?}``; outcome
    ``lumped`` is a figure of killed-or-else (قتلوا أو اعتقلوا), no toll."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("casualty",)

    def __init__(self) -> None:
        self.lexicon = lexicon()

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        if view.language == "en":
            from marsad.recognise.casualties_en import english

            return english(self, view, found)
        toks = view.tokens
        if not toks:
            return []
        matches = self.lexicon.matches(toks)
        if not any(m.value.kind == "head" or (m.value.outcome and m.value.kind in ("noun", "dual"))
                   for m in matches):
            return []  # every mention needs a killed/wounded head, count noun or dual
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
            if m is not None and m.value.kind == "head":
                if _war_toll(i, at, texts):
                    nxt = m.last_token + 1
                    continue
                count = self._count(m.last_token + 1, at, quantities, texts)
                if count is None and m.value.key in _NAMING_HEADS and (
                        (kunya := _kunya(m.last_token + 1, at, texts)) is not None):
                    count = Count(1, 1, kunya)  # "مقتل أبو محمد"، "مقتل موسى أبو داود": one
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


_LEADS = frozenset({"skip", "more", "about"})
# What a count may open with, after leads: a number word, a vague quantity, a dual, a lead.
_COUNT_OPENERS = _LEADS | {"number", "vague", "dual"}
_PERSONS = frozenset({"noun", "single", "plural"})


def _openings(
    at: dict[int, LexiconMatch[CasualtyCue]], quantities: dict[int, Count], texts: Sequence[str]
) -> list[int]:
    """The tokens where a mention may start, ascending: cues and quantities, bare digits only
    right before a person noun (3 قتلى، 5 من المدنيين: what a count alone needs to become a
    mention), skip and bound words only before a possible count. Per cue, not per token."""
    out = set(quantities)
    for i, m in at.items():
        kind = m.value.kind
        if kind in _LEADS:
            k = m.last_token + 1
            if k in quantities or (k in at and at[k].value.kind in _COUNT_OPENERS) or (
                    k < len(texts) and _digits_first(texts[k])):
                out.add(i)
            continue
        out.add(i)
        if kind in _PERSONS:
            out.update(d for d in (i - 1, i - 2) if d >= 0 and _digits_first(texts[d]))
    return sorted(out)


_RELATIVES = frozenset({"التي", "الذي", "اللذين", "التى"})


def _war_toll(head: int, at: dict[int, LexiconMatch[CasualtyCue]], texts: Sequence[str]) -> bool:
    """A toll said of a war ("الحرب التي قتل فيها…"، "الصراع الذي أودى بحياة…") is the war's
    tally, no incident's figure (CODING §5; the brief's "toll of a general war")."""
    if head < 2 or texts[head - 1] not in _RELATIVES:
        return False
    return any((m := at.get(k)) is not None and m.value.kind == "war" and m.last_token == head - 2
               for k in (head - 2, head - 3))


def _natural(last: int, at: dict[int, LexiconMatch[CasualtyCue]]) -> bool:
    """A non-violent cause right after a figure ("قضوا جوعا"، "توفوا بسبب نقص الدواء"): deaths
    of hunger, disease, cold or drowning are no casualties of a conflict event (CODING §5)."""
    return any((m := at.get(k)) is not None and m.value.kind == "natural"
               for k in (last + 1, last + 2))


def _and_wounded(
    noun: LexiconMatch[CasualtyCue] | None, last: int, at: dict[int, LexiconMatch[CasualtyCue]]
) -> int | None:
    """The last token of a wounded noun joined by و to the killed noun ending a figure
    ("30 قتيلا وجريحا"): the figure counts both, so it is no death toll."""
    if noun is None or noun.value.kind != "noun" or noun.value.outcome != "killed":
        return None
    other = at.get(last + 1)
    if other is None or other.value.kind not in ("noun", "dual") or (
            other.value.outcome != "wounded" or not other.proclitic.startswith("و")
            or "ال" in other.proclitic):  # "33 قتيلا والجرحى 40": a figure of its own
        return None
    return other.last_token


# Killing nouns whose genitive is the victim (a verb's next word may be its subject, the killer:
# "قتل أبو يعقوب 13 شخصا").
_NAMING_HEADS = frozenset({"مقتل", "مصرع", "استشهاد"})
# A kunya or nasab word: a named person ("أبو محمد"، "موسى أبو داود"، "علي بن أحمد").
_KUNYA = frozenset({"ابو", "ابي", "ابا", "بن"})
# Words that may stand between a killed head and a place or time, never a first name.
_NOT_NAMES = frozenset({"في", "علي", "من", "عن", "الي", "قرب", "بين", "خلال", "منذ", "اثر", "بعد",
                        "قبل", "عند", "داخل", "خارج", "جنوب", "شمال", "شرق", "غرب", "وسط"})


def _kunya(k: int, at: dict[int, LexiconMatch[CasualtyCue]], texts: Sequence[str]) -> int | None:
    """A killed head's victim named by a kunya or nasab, right after it or after one first
    name ("مقتل أبو محمد العدناني"، "مقتل موسى أبو داود"): the kunya's next token (the name)."""
    for j in (k, k + 1):
        if j + 1 >= len(texts) or texts[j] not in _KUNYA:
            continue
        if j == k + 1 and (texts[k] in _NOT_NAMES or k in at or _digits_first(texts[k])
                           or texts[k].startswith("ال")):
            return None
        return j + 1
    return None


def _digits_first(text: str) -> bool:
    """``_DIGITS`` matches the start of a (non-empty) token: an ASCII digit, maybe after و/ف."""
    c = text[0]
    return "0" <= c <= "9" or (c in "وف" and "0" <= text[1:2] <= "9")
