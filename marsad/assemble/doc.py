"""Where things are in one document: sentences, clauses, paragraphs, tokens, in original offsets.

Mentions carry original spans; the assembler asks which sentence, clause or paragraph a span
sits in and how many tokens apart two spans are.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from marsad.model import Mention
from marsad.text.segment import clitic_variants
from marsad.text.view import TextView

_HEADLINE_MAX_TOKENS = 12
_END_PUNCT = (".", "!", "؟", "?", ":", '"', "'")


_ASIDE_WORDS = 2


def _joined_asides(view: TextView) -> list[tuple[int, int]]:
    """Clauses, with a short comma-enclosed aside and what follows it joined to the clause
    before: in "تمكن مسلحو داعش، السبت، من استعادة…" the date between commas does not cut the
    actor off from its verb."""
    out: list[tuple[int, int]] = []
    join_next = False
    previous_sentence = -1
    sents = view.sentences
    sent_starts = [x.start for x in sents]
    for c in view.clauses:
        i = bisect_right(sent_starts, c.start) - 1
        sentence = i if i >= 0 and c.start < sents[i].end else -2
        same_sentence = sentence >= 0 and sentence == previous_sentence
        text = c.text
        # Cheap tests first: an aside is short and ends with a comma.
        aside = len(text) <= _ASIDE_CHARS and text.rstrip().endswith(("،", ",")) and sum(
            1 for w in text.split() if any(ch.isalnum() for ch in w)) <= _ASIDE_WORDS
        if out and same_sentence and (aside or join_next):
            out[-1] = (out[-1][0], c.end)
            join_next = aside
            continue
        out.append((c.start, c.end))
        join_next = False
        previous_sentence = sentence
    return out


_ASIDE_CHARS = 40


@dataclass
class DocIndex:
    """Sentence/clause/paragraph/token lookup for original offsets."""

    view: TextView
    sent_starts: list[int] = field(default_factory=list)
    clause_starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    tok_starts: list[int] = field(default_factory=list)
    headlines: set[int] = field(default_factory=set)
    _sent_memo: dict[int, int] = field(default_factory=dict)
    _clause_memo: dict[int, int] = field(default_factory=dict)
    _variants: dict[int, str] = field(default_factory=dict)

    @classmethod
    def build(cls, view: TextView) -> DocIndex:
        def starts(pieces: list[tuple[int, int]]) -> list[int]:
            return view.original_starts([s for s, _ in pieces])

        idx = cls(view)
        idx.sent_starts = starts([(s.start, s.end) for s in view.sentences])
        idx.clause_starts = starts(_joined_asides(view))
        idx.tok_starts = view.token_original_starts
        text = view.original
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                idx.para_starts.append(pos)
            pos += len(line) + 1
        for i, s in enumerate(view.sentences):
            para_lines = [p for p in view.text[s.start : s.end].split("\n") if p.strip()]
            whole_line = (s.start == 0 or view.text[s.start - 1] == "\n") and (
                s.end >= len(view.text) or view.text[s.end : s.end + 1] in ("\n", "")
            )
            n_tokens = len(s.text.split())
            if (
                whole_line
                and len(para_lines) == 1
                and n_tokens <= _HEADLINE_MAX_TOKENS
                and not s.text.rstrip().endswith(_END_PUNCT)
                and i + 1 < len(view.sentences)
            ):
                idx.headlines.add(i)
        return idx

    @staticmethod
    def _at(starts: list[int], pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

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

    def para(self, m: Mention) -> int:
        return self._at(self.para_starts, m.span.start)

    def tok(self, pos: int) -> int:
        return self._at(self.tok_starts, pos)

    def gap(self, a: Mention, b: Mention) -> int:
        """Tokens between two mentions (0 when adjacent or overlapping)."""
        if a.span.end <= b.span.start:
            return max(0, self.tok(b.span.start) - self.tok(a.span.end - 1) - 1)
        if b.span.end <= a.span.start:
            return max(0, self.tok(a.span.start) - self.tok(b.span.end - 1) - 1)
        return 0

    def words_before(self, m: Mention, n: int) -> list[str]:
        """Up to ``n`` normalised tokens before a mention, nearest last, with clitic readings."""
        i = self.tok(m.span.start)
        texts = self.view.tokens.texts
        # Punctuation (quotes around a name, brackets) does not count as a word.
        picked = [k for k in range(max(0, i - 2 * n - 3), i) if texts[k][:1].isalnum()][-n:]
        out = []
        for k in picked:
            v = self._variants.get(k)
            if v is None:
                v = self._variants[k] = " ".join(x for _, x in clitic_variants(texts[k]))
            out.append(v)
        return out
