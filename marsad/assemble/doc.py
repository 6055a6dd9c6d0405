"""Where things are in one document: sentences, clauses, paragraphs, tokens, in original offsets.

Mentions carry original spans; the assembler asks which sentence, clause or paragraph a span
sits in and how many tokens apart two spans are. Each answer is worked out once per document:
the boundaries when the index is built, the words before a mention on first request, and
``Located`` numbers one kind's mentions once so a candidate reads only those in its scope.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, compress, repeat
from operator import itemgetter, not_

from marsad.model import Mention
from marsad.text.segment import clitic_variants
from marsad.text.view import TextView

_HEADLINE_MAX_TOKENS = 12
_END_PUNCT = (".", "!", "؟", "?", ":", '"', "'")
_ASIDE_WORDS = 2
_ASIDE_CHARS = 40
_COMMAS = ("،", ",")
_START = itemgetter(0)  # of a Piece
_TEXT = itemgetter(2)
# A word (as str.split cuts them) with a letter or digit in it ([^\W_]: str.isalnum).
_WORD = re.compile(r"\S*[^\W_]\S*")


@lru_cache(maxsize=65536)
def readings_of(word: str) -> frozenset[str]:
    """A word and its clitic readings, as a set."""
    return frozenset([x for _, x in clitic_variants(word)])


_CONJUNCTIONS = ("", "و", "ف")


def clitic_surfaces(words: Iterable[str]) -> frozenset[str]:
    """Every token text with a reading (``readings_of``) among ``words``: each word after each
    proclitic sequence ``clitic_variants`` strips, or with its article's alif elided after a
    lam (للتهمة), kept when its readings say so: a token is in it if and only if its readings
    meet ``words``, so one set test spares a walk over tokens that hold none."""
    words = frozenset(words)
    prefixes = {c + m + a for c in _CONJUNCTIONS for m in ("", "ب", "ل", "ك", "س") for a in ("", "ال")}
    prefixes |= {c + "لل" for c in _CONJUNCTIONS}
    texts = {p + w for p in prefixes for w in words}
    texts |= {c + "ل" + w[1:] for c in _CONJUNCTIONS for w in words if w.startswith("ال")}
    return frozenset(t for t in texts if not readings_of(t).isdisjoint(words))


def _few_words(text: str) -> bool:
    """At most _ASIDE_WORDS words (as str.split cuts them) with a letter or digit in them."""
    pieces = text.split()
    if len(pieces) <= _ASIDE_WORDS:
        return True
    if sum(map(str.isalnum, pieces)) > _ASIDE_WORDS:  # all-alphanumeric pieces are such words
        return False
    return len(_WORD.findall(text)) <= _ASIDE_WORDS


def _clause_heads(view: TextView) -> list[int]:
    """Normalised starts of the clauses, with a short comma-enclosed aside and what follows it
    joined to the clause before: in "تمكن مسلحو داعش، السبت، من استعادة…" the date between
    commas does not cut the actor off from its verb.

    Clause ``j`` is joined when it shares the sentence of clause ``j - 1`` and is an aside or
    follows a joined aside; only asides and the clauses after them need that test. An aside
    that opens its sentence is never joined, so nothing follows a joined aside from it: it is
    not looked for.
    """
    clauses = view.clauses
    starts = list(map(_START, clauses))
    opening = set(map(_START, view.sentences))
    # An aside: at most _ASIDE_CHARS long, ending with a comma, of at most _ASIDE_WORDS words.
    asides = [k for k, p in enumerate(clauses) if len(p[2]) <= _ASIDE_CHARS
              and p[2].rstrip().endswith(_COMMAS) and p[0] not in opening and _few_words(p[2])]
    if not asides:
        return starts
    sents = view.sentences
    sent_starts = [s.start for s in sents]

    def sentence(k: int) -> int:
        start = starts[k]
        i = bisect_right(sent_starts, start) - 1
        return i if i >= 0 and start < sents[i].end else -2

    aside = set(asides)
    joined: set[int] = set()
    for k in asides:
        for j in (k, k + 1):
            if not 1 <= j < len(clauses) or j in joined:
                continue
            if j in aside or (j - 1 in aside and j - 1 in joined):
                here = sentence(j)
                if here >= 0 and here == sentence(j - 1):
                    joined.add(j)
    for k in sorted(joined, reverse=True):
        del starts[k]
    return starts


@dataclass
class DocIndex:
    """Sentence/clause/paragraph/token lookup for original offsets."""

    view: TextView
    sent_starts: list[int] = field(default_factory=list)
    clause_starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    tok_starts: list[int] = field(default_factory=list)
    headlines: set[int] = field(default_factory=set)
    # Judgements about one mention that depend only on where it starts (is_period,
    # statement_day), keyed by (rule, start): asked once per candidate, worked out once.
    facts: dict[tuple[str, int], bool] = field(default_factory=dict)
    _sent_memo: dict[int, int] = field(default_factory=dict)
    _clause_memo: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, view: TextView) -> DocIndex:
        idx = cls(view)
        sents = view.sentences
        heads = _clause_heads(view)
        idx.clause_starts = view.original_starts(heads)
        # A sentence starts with its first clause, which no aside joins to the one before:
        # its original start is already mapped. (Loops over pieces run in C: map, compress.)
        sent_norm = list(map(_START, sents))
        at = list(map(partial(bisect_left, heads), sent_norm))
        if at and at[-1] < len(heads) and list(map(heads.__getitem__, at)) == sent_norm:
            idx.sent_starts = list(map(idx.clause_starts.__getitem__, at))
        else:
            idx.sent_starts = view.original_starts(sent_norm)
        idx.tok_starts = view.token_original_starts
        # Paragraphs: the lines with something on them (a line's start: the lengths before it,
        # each with its newline).
        lines = view.original.split("\n")
        idx.para_starts = list(compress(
            accumulate(map((1).__add__, map(len, lines)), initial=0), map(str.strip, lines)))
        text = view.text
        # Only the sentences (but the last) with no closing punctuation can be headlines.
        closed = map(str.endswith, map(str.rstrip, map(_TEXT, sents)), repeat(_END_PUNCT))
        for i in compress(range(len(sents) - 1), map(not_, closed)):
            s = sents[i]
            # Cheap tests first: a headline is a whole line.
            if (
                (s.start == 0 or text[s.start - 1] == "\n")
                and (s.end >= len(text) or text[s.end : s.end + 1] in ("\n", ""))
                and len(s.text.split()) <= _HEADLINE_MAX_TOKENS
                and len([p for p in text[s.start : s.end].split("\n") if p.strip()]) == 1
            ):
                idx.headlines.add(i)
        return idx

    @staticmethod
    def _at(starts: list[int], pos: int) -> int:
        """``max(0, bisect_right(starts, pos) - 1)``: searching from index 1 gives the same."""
        return bisect_right(starts, pos, 1) - 1

    def sent(self, m: Mention) -> int:
        pos = m.span.start
        hit = self._sent_memo.get(pos)
        if hit is None:
            hit = self._sent_memo[pos] = self._at(self.sent_starts, pos)
        return hit

    def clause(self, m: Mention) -> int:
        pos = m.span.start
        hit = self._clause_memo.get(pos)
        if hit is None:
            hit = self._clause_memo[pos] = self._at(self.clause_starts, pos)
        return hit

    def clause_start(self, k: int) -> int:
        """Original start of clause ``k`` (0 past the last known clause: an empty document)."""
        starts = self.clause_starts
        return starts[k] if k < len(starts) else 0

    def clause_end(self, k: int) -> int:
        """Original end of clause ``k``: where the next clause starts, or the text's end."""
        starts = self.clause_starts
        return starts[k + 1] if k + 1 < len(starts) else len(self.view.original)

    def clause_end_token(self, k: int) -> int:
        """One past the last token of clause ``k``."""
        starts = self.clause_starts
        return self.tok(starts[k + 1]) if k + 1 < len(starts) else len(self.view.tokens.texts)

    def sent_end(self, s: int) -> int:
        """Original end of sentence ``s``: where the next sentence starts, or the text's end."""
        starts = self.sent_starts
        return starts[s + 1] if s + 1 < len(starts) else len(self.view.original)

    def tok(self, pos: int) -> int:
        return bisect_right(self.tok_starts, pos, 1) - 1  # (``_at``, inlined: ~40 calls a document)

    def lead_in(self, pos: int) -> str:
        """The letters of its token before ``pos`` (original text): the proclitics the lexicon
        stripped from a trigger that starts there ("" when it starts its token)."""
        return self.view.original[self.tok_starts[self.tok(pos)] : pos]

    def gap(self, a: Mention, b: Mention) -> int:
        """Tokens between two mentions (0 when adjacent or overlapping)."""
        sa, sb, starts = a.span, b.span, self.tok_starts
        if sa.end <= sb.start:
            first, last = sa.end - 1, sb.start
        elif sb.end <= sa.start:
            first, last = sb.end - 1, sa.start
        else:
            return 0
        # (token indices as in ``_at``; a conditional, not max(): this runs ~17 times a document)
        n = bisect_right(starts, last, 1) - bisect_right(starts, first, 1) - 1
        return n if n > 0 else 0

    def locate(
        self, mentions: Sequence[Mention], clauses: bool = True, paras: bool = False
    ) -> Located:
        """``mentions`` (in text order) numbered by sentence, and by clause and paragraph when
        asked (the numbers not asked for are left empty)."""
        return Located(mentions, self, clauses, paras)

    def before(self, m: Mention, n: int) -> list[int]:
        """Indices of up to ``n`` word tokens before a mention, nearest last."""
        i = bisect_right(self.tok_starts, m.span.start, 1) - 1
        texts = self.view.tokens.texts
        # Punctuation (quotes around a name, brackets) does not count as a word. Read back from
        # the mention, no further than 2n + 3 tokens.
        out: list[int] = []
        lo = max(0, i - 2 * n - 3)
        k = i - 1
        while k >= lo and len(out) < n:
            if texts[k][:1].isalnum():
                out.append(k)
            k -= 1
        out.reverse()
        return out

    def sets_before(self, m: Mention, n: int) -> list[frozenset[str]]:
        """The readings (itself, or without its clitics) of each of the up to ``n`` words
        before a mention, nearest last."""
        texts = self.view.tokens.texts
        return [readings_of(texts[k]) for k in self.before(m, n)]


class Located:
    """One kind's mentions in text order with the sentence, clause and paragraph of each.

    Those numbers never decrease along the text, so the mentions of one sentence (clause,
    paragraph) form one run, found by bisection: a candidate reads only its scope's mentions.
    """

    __slots__ = ("clauses", "items", "paras", "sents")

    def __init__(
        self, mentions: Sequence[Mention], idx: DocIndex, clauses: bool = True, paras: bool = False
    ) -> None:
        self.items = list(mentions)
        if not self.items:
            self.sents, self.clauses, self.paras = [], [], []
            return
        starts = [m.span.start for m in self.items]
        self.sents = _positions(idx.sent_starts, starts)
        self.clauses = _positions(idx.clause_starts, starts) if clauses else []
        self.paras = _positions(idx.para_starts, starts) if paras else []

    def __len__(self) -> int:
        return len(self.items)

    def in_sentence(self, s: int) -> list[Mention]:
        return self.items[bisect_left(self.sents, s) : bisect_right(self.sents, s)]

    def in_clause(self, c: int) -> list[Mention]:
        return self.items[bisect_left(self.clauses, c) : bisect_right(self.clauses, c)]

    def sentence(self, s: int) -> range:
        """Indices of the mentions in sentence ``s``."""
        return range(bisect_left(self.sents, s), bisect_right(self.sents, s))

    def clause(self, c: int) -> range:
        """Indices of the mentions in clause ``c``."""
        return range(bisect_left(self.clauses, c), bisect_right(self.clauses, c))

    def around(self, sent: int, clause: int, para: int) -> range:
        """Indices spanning every mention of the given sentence, clause and paragraph (and any
        in between): a superset for scans that test each mention's scope themselves."""
        lo = min(bisect_left(self.sents, sent), bisect_left(self.clauses, clause),
                 bisect_left(self.paras, para))
        hi = max(bisect_right(self.sents, sent), bisect_right(self.clauses, clause),
                 bisect_right(self.paras, para))
        return range(lo, hi)


def _positions(bounds: list[int], starts: list[int]) -> list[int]:
    """For each start, the index of the piece (by its start in ``bounds``) holding it, 0 when
    before the first: ``max(0, bisect_right(bounds, s) - 1)`` (searching from index 1 gives at
    least 1, and the same as from 0 otherwise)."""
    return [bisect_right(bounds, s, 1) - 1 for s in starts]
