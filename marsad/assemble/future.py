"""Acts told in the future tense (CODING: سوف/سـ): a trigger verb bearing the future prefix
(ستقصف، سيهاجمون، وسنضرب) or a noun after a future support verb of its clause (ستشن غارات،
سينفذ هجوما، سيقوم بتفجير، سيتم نشر: a few words away, no preposition between) has not happened
yet: the candidate is hypothetical. So is an act noun a future verb takes with على or إلى
(سيركز على السيطرة، ستعمل القوات على استعادة، سيلجأ إلى قصف).

The prefix is read only where the lexicon stripped it: the trigger recogniser matched the verb
after a proclitic ending in س, and the support verbs are listed whole, so a word whose stem
starts with س (سيطر، سقط، سلم، سحب، سيارة) is never read as a future. English: an act after
"will", "plotting to launch", "threatened to carry out" (``_intended_en``).
"""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.text.normalise import normalise_phrase

# The future proclitic, maybe after a conjunction.
_FUTURE_PREFIXES = frozenset({"س", "وس", "فس"})
# The letters of the present (imperfect) tense: ي ت ن أ (ا once normalised).
_PRESENT = ("ي", "ت", "ن", "أ", "ا")
# Present stems of the support verbs (شن، نفذ، قام، تم، استهدف، أطلق، خاض، بدأ، واصل): with س they
# announce the act their noun tells.
_SUPPORT_STEMS = ("شن", "شنون", "نفذ", "نفذون", "قوم", "قومون", "تم", "ستهدف", "ستهدفون",
                  "طلق", "طلقون", "خوض", "خوضون", "بدا", "بداون", "واصل", "واصلون", "جري")
_SUPPORT = frozenset(
    normalise_phrase(c + "س" + p + stem)
    for c in ("", "و", "ف") for p in _PRESENT for stem in _SUPPORT_STEMS
)
_SUPPORT_REACH = 4
# Words that put the noun in another phrase than the support verb's object (ستشن هجوما بسبب
# الهجوم الكيماوي، سيبدأ التحقيق في الهجوم): the verb does not govern it.
_APART = frozenset(normalise_phrase(w) for w in (
    "في على عن من إلى الى ضد بسبب بشأن حول رد ردا نتيجة خلال منذ بعد عقب إثر اثر جراء".split()))

# The prepositions a future verb takes its act noun with (سيركز على السيطرة، سيعمد إلى قصف).
_TAKES = frozenset(normalise_phrase(w) for w in "على إلى".split())
# Words that start as a future verb does (س + ي ت ن) but are nouns (مرور سنوات على الحرب).
# Stems of four letters or more are tested as prefixes (سيطرة، سيارات، سياسية); shorter ones
# would also catch verbs (سينفذ، سنواصل، سيدعم، سيفرض), so those nouns are listed whole.
_NOT_FUTURE = tuple(normalise_phrase(w) for w in "سيطر سيار سياس سياد سيول سنين ستار ستين".split())
_NOT_FUTURE_WORDS = frozenset(normalise_phrase(w) for w in (
    "سنوات سيناء سينما سيدات سيوف سيدنا سيدتي").split())
_VERB_REACH = 3  # سيعمل الجيش على استعادة: its subject between the verb and the preposition


def _future_verb(word: str) -> bool:
    """A present verb with the future prefix (سيركز، وستعمل، سنعمد): س, a present letter, three
    letters or more; not a noun that starts so (``_NOT_FUTURE``)."""
    w = word[1:] if word[:1] in "وف" else word
    return (len(w) >= 5 and w[0] == "س" and w[1] in "يتن" and not w.startswith(_NOT_FUTURE)
            and w not in _NOT_FUTURE_WORDS)


def _takes_act(idx: DocIndex, c: Candidate, k: int) -> bool:
    """The noun at token ``k`` follows على or إلى, and a future verb stands a few words before
    it in its clause with only words between (ستعمل القوات على استعادة): the verb governs it."""
    texts = idx.view.tokens.texts
    if k < 2 or texts[k - 1] not in _TAKES:
        return False
    first = max(idx.tok(idx.clause_start(c.clause)), k - 1 - _VERB_REACH)
    for j in range(k - 2, first - 1, -1):
        if _future_verb(texts[j]):
            return True
        if not texts[j].isalnum() or texts[j] in _APART:
            return False
    return False


# English: a modal or a verb of intent before the act, with only words of launching between
# them (will attack, plotting to launch attacks, threatened to carry out more attacks).
_INTENT_EN = frozenset("will would shall plotting plotted plot plots planning plans plan "
                       "threatened threatening threatens threaten vowed vowing vows vow intend "
                       "intends intending preparing prepares".split())
_BETWEEN_EN = frozenset("to launch carry out conduct stage mount commit more further new fresh "
                        "an a the another be".split())
_INTENT_REACH = 6


def _intended_en(c: Candidate, idx: DocIndex, k: int) -> bool:
    """An English intent word (``_INTENT_EN``) before token ``k`` in its clause, only words of
    launching (``_BETWEEN_EN``) between."""
    texts = idx.view.tokens.texts
    first = max(idx.tok(idx.clause_start(c.clause)), k - _INTENT_REACH)
    for j in range(k - 1, first - 1, -1):
        if texts[j] in _INTENT_EN:
            return True
        if texts[j] not in _BETWEEN_EN:
            return False
    return False


def future_act(c: Candidate, idx: DocIndex) -> bool:
    """The candidate's trigger is a future verb, or a future support verb governs its noun;
    in English, a modal or a verb of intent governs it (``_intended_en``)."""
    if c.trigger.text.isascii():
        return _intended_en(c, idx, idx.tok(c.trigger.span.start))
    k = idx.tok(c.trigger.span.start)
    if idx.lead_in(c.trigger.span.start) in _FUTURE_PREFIXES and c.trigger.text.startswith(_PRESENT):
        return True  # (a proclitic the lexicon stripped: the future's س)
    if _takes_act(idx, c, k):
        return True  # (after على or إلى the act is a noun whatever its row's form)
    if c.form not in ("noun", "plural"):
        return False
    texts = idx.view.tokens.texts
    if _SUPPORT.isdisjoint(texts[max(0, k - _SUPPORT_REACH) : k]):
        return False  # (the usual case, told by one set test before the clause is looked up)
    first = max(idx.tok(idx.clause_start(c.clause)), k - _SUPPORT_REACH)
    for j in range(k - 1, first - 1, -1):
        if texts[j].removeprefix("و") in _APART:
            return False
        if texts[j] in _SUPPORT:
            return True
    return False
