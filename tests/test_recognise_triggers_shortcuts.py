"""The speed shortcuts of the trigger recogniser find exactly what the plain ways find: sentence
and clause by bisect instead of per-token tables, overlapping cue runs decided alone, support
verbs as one set of token forms, the target after a cue by one bisect."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Document
from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import following, lead, longest_cues
from marsad.recognise.triggers_lexicon import _SUPPORT, Cue
from marsad.text.lexicon import LexiconMatch, longest
from marsad.text.view import view

_WORDS = ["قصف", "الجيش", "بلدة", "في", "،", ",", ":", ".", "؟", "\n", "فيما", "وقع", "x"]
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join)


def _cue(strength: str, label: str = "-") -> Cue:
    return Cue("l", "noun", label, None, None, None, "f", strength, None, ())


def _plain_index(starts: list[int], pieces: list[int]) -> list[int]:
    """Per token: the last piece (by start) at or before it, 0 before the first."""
    out = []
    for s in starts:
        k = 0
        for j, p in enumerate(pieces[1:], 1):
            if p <= s:
                k = j
        out.append(k)
    return out


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_scope_by_bisect_matches_per_token_tables(text: str) -> None:
    v = view(Document("t", text, "ar", "t"))
    toks = v.tokens
    if not toks:
        return
    starts = list(toks.starts)
    sents = _plain_index(starts, [p.start for p in v.sentences])
    clauses = _plain_index(starts, [p.start for p in v.clauses])
    scope = Scope.build(toks, v.sentences, v.clauses, list(range(0, len(toks), 3)))
    assert [scope.sentence_of[i] for i in range(len(toks))] == sents
    assert [scope.clause_of[i] for i in range(len(toks))] == clauses
    for s in set(sents):  # (a sentence's tokens, found by bisection)
        assert list(scope.sentence_of.tokens(s)) == [i for i, x in enumerate(sents) if x == s]
    for a in range(len(toks)):
        for b in range(a, len(toks)):
            plain = [i for i in range(a + 1, b + 1) if clauses[i] != clauses[i - 1]]
            assert scope.clause_openings(a, b) == plain


_SPANS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 8), st.sampled_from(["strong", "weak"])),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_SPANS)
def test_longest_cues_is_longest_over_strong_then_weak(spans: list[tuple[int, int, str]]) -> None:
    cues = {"strong": _cue("strong"), "weak": _cue("weak")}
    matches = sorted(
        (LexiconMatch(s, s + n, s, s + n - 1, f"k{i}", cues[strength], "")
         for i, (s, n, strength) in enumerate(spans)),
        key=lambda m: (m.first_token, m.start, m.last_token),
    )
    plain = longest([m for m in matches if m.value.strength == "strong"]
                    + [m for m in matches if m.value.strength == "weak"])
    assert longest_cues(matches) == plain


def _plain_support(word: str) -> bool:
    forms = {word, word[1:] if word[:1] in "وف" else word}
    forms |= {f[: -len(p)] for f in forms for p in ("ها", "هم", "ه") if f.endswith(p)}
    return not _SUPPORT.isdisjoint(forms)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([*sorted(_SUPPORT), "قصف", "ها", "وه", "هم"]),
       st.sampled_from(["", "و", "ف", "ب", "وو"]), st.sampled_from(["", "ها", "هم", "ه", "ت", "هما"]))
def test_support_forms_read_as_the_clitic_stripping_did(verb: str, before: str, after: str) -> None:
    word = before + verb + after
    m = LexiconMatch(0, 1, 1, 1, "k", _cue("weak"), "")
    assert lead([word, "هجوم"], m)[0] == _plain_support(word)


_TARGETS = st.lists(st.tuples(st.integers(0, 25), st.integers(0, 2),
                              st.sampled_from(["armed", "civilian"])), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_TARGETS, st.integers(0, 20), st.integers(0, 3), _TEXTS)
def test_following_is_the_nearest_hit_after_in_the_clause(
    targets: list[tuple[int, int, str]], first: int, width: int, text: str
) -> None:
    v = view(Document("t", text + " ، قصف بلدة . " * 6, "ar", "t"))
    n = len(v.tokens)
    first = min(first, n - 1)
    last = min(first + width, n - 1)
    m = LexiconMatch(0, 1, first, last, "k", _cue("weak"), "")
    hits = sorted(
        (LexiconMatch(0, 1, min(t, n - 1), min(t + w, n - 1), "k", _cue("target", label), "")
         for t, w, label in targets),
        key=lambda h: (h.first_token, h.start, h.last_token),
    )
    scope = Scope.build(v.tokens, v.sentences, v.clauses)
    best: tuple[int, str] | None = None  # the plain way: nearest after, in the clause
    for o in hits:
        if scope.sentence_of[o.first_token] != scope.sentence_of[first]:
            continue
        if (o.first_token <= last and o.last_token >= first) or o.first_token < last:
            continue
        if scope.clause_of[o.first_token] != scope.clause_of[first]:
            continue
        dist = min(abs(o.first_token - last), abs(first - o.last_token))
        if best is None or dist < best[0]:
            best = (dist, o.value.event_type)
    firsts = [h.first_token for h in hits]
    assert following(m, hits, firsts, scope) == (best[1] if best else None)
