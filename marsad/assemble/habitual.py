"""Present-tense acts that tell what someone is or does, not that an incident took place.

A present-tense verb reports an incident in a headline ("طائرات التحالف تقصف قاعدة العند"),
with a day or a period ("تقصف القوات الحكومية منذ أيام مواقع التنظيم") or with a pattern word
("يقصف النظام بانتظام مناطق المعارضة": pattern reporting, kept as ``recurring``). With none of
these it is no incident (CODING §2: statements, accusations, aims are not coded) where:

- it describes a party by what it does, in a relative clause ("التحالف الذي يقصف التنظيم في
  العراق وسوريا"، "ممن يقصف المدنيين"، "الذين يفجرون أنفسهم");
- it is an aim or a condition: the subjunctive after أن/إن، لن، كي، حتى or the clitic لـ
  ("يسعى إلى أن يستهدف"، "ليقصف"، "إن يقصفوا");
- it is what a speaker says a party does, with no place of its own in the sentence and no
  "now" (الآن، حاليا) ("قال الوزير إن الحركة والتنظيم يستهدفان المدنيين"، "اتهم الحوثيين بأنهم
  يختطفون الناشطين");
- تظاهر before أن/بأن is "pretend" ("يتظاهرون بأنهم عرافون"), no demonstration.

Likewise a takeover masdar with the clitic لـ of purpose is an aim or a state, no takeover
("انطلقت عملية عسكرية لتحرير مدينة الحديدة"، "المناطق الخاضعة لسيطرتهم"): the incidents of the
operation are told by their own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import SENTENCE_PLACE_RANK, Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.markers import RELATIVE_WRITTEN, REPORTING_TOKENS, THAT_WORDS
from marsad.recognise.triggers_lexicon import feminine_present
from marsad.text.lexicon_scan import with_proclitics
from marsad.text.normalise import normalise_phrase


def _norm(words: str) -> frozenset[str]:
    return frozenset(normalise_phrase(w) for w in words.split())


# Relative pronouns (with a conjunction), and من/ما "who(ever)/what": the verb after one
# describes its antecedent.
_RELATIVE = with_proclitics(_norm(" ".join(RELATIVE_WRITTEN))) | _norm("من ممن لمن فمن ومن ما مما")
# Particles that put a present verb in the subjunctive or the jussive of a condition: an aim,
# a purpose or an if (أن and إن are one token once normalised), or a future denial (لن).
_SUBJUNCTIVE = _norm("أن بأن وأن لأن إن وإن لن ولن كي لكي حتى لئلا كيلا")
# Words that may stand between such a particle and its verb (أن لا يستهدف).
_BETWEEN = _norm("لا")
# The clitic لـ of purpose, maybe after a conjunction, as the text before a stripped trigger.
_PURPOSE = frozenset({"ل", "ول", "فل", "لي"})
# Pretending: تظاهر (any form) before أن / بأن with or without a pronoun (the Arabic "that" words).
_PRETEND_NEXT = THAT_WORDS - {"that"}
# Object pronouns a verb may bear (تستهدفها، يستهدفه): "" for none.
_OBJECT_PRONOUNS = ("", "ه", "ها", "هم", "هما")
# Adverbs of the present moment (with their conjunctions).
_NOW = with_proclitics(_norm("الآن حاليا اللحظة"))
# The family of takeover cues (تحرير، استعادة، السيطرة على), and verbs of result after which
# لـ is "to" (أدت المعارك للسيطرة على البلدة: the battles led to the takeover).
_TERRITORY = "territory"
_RESULT = _norm("أدى أدت أدّت أفضى أفضت أسفر أسفرت ادى")
_FORMS = frozenset({"present", "noun"})
_PRESENT_LETTERS = frozenset("يت")
_PATTERN = frozenset({"recurring", "trend"})


def without_habits(cands: Sequence[Candidate], dates: Located, idx: DocIndex) -> list[Candidate]:
    """``cands`` but the present-tense acts that characterise a party or tell an aim or a
    speaker's charge (see the module docstring). Reads candidates whose cues are attached."""
    return [c for c in cands if not _habit(c, dates, idx)]


def _habit(c: Candidate, dates: Located, idx: DocIndex) -> bool:
    """The candidate is a present-tense act, or a takeover after لـ, that tells no incident."""
    if c.family == _TERRITORY:
        return _purpose(c, idx)
    if c.headline or not _present_verb(c):
        return False
    if any(isinstance(m.value, dict) and m.value.get("specificity") in _PATTERN for m in c.cues):
        return False  # pattern reporting ("يقصف بانتظام"): recurring, an event
    texts = idx.view.tokens.texts
    k = idx.tok(c.trigger.span.start)
    if c.sub_event_type == "Peaceful protest" and k + 1 < len(texts) and texts[k + 1] in _PRETEND_NEXT:
        return True
    if dates.items and dates.in_clause(c.clause):
        return False  # a day or a period anchors it
    if idx.lead_in(c.trigger.span.start) in _PURPOSE:
        return True
    before = [texts[j] for j in idx.before(c.trigger, 2)]
    if before and before[-1] in _BETWEEN:
        before.pop()
    if before and (before[-1] in _RELATIVE or before[-1] in _SUBJUNCTIVE):
        return True
    return c.location_rank > SENTENCE_PLACE_RANK and _reported(c, k, idx) and not _now(c, idx)


def _purpose(c: Candidate, idx: DocIndex) -> bool:
    """A takeover masdar bearing the clitic لـ, not after a verb of result (أدت لـ): the aim of
    an operation or an attempt ("عملية النصر الذهبي لتحرير مدينة الحديدة"، "محاولة للحوثيين
    لاستعادة مناطق") or the state of being held ("المناطق الخاضعة لسيطرتهم"), no takeover."""
    if idx.lead_in(c.trigger.span.start) not in _PURPOSE:
        return False
    before = idx.before(c.trigger, 1)
    return not before or idx.view.tokens.texts[before[0]] not in _RESULT


def _present_verb(c: Candidate) -> bool:
    """The trigger is a present-tense verb by its shape: يفعل، يفعلون، or تفعل of a listed past
    verb (not a تفعيل masdar such as تحرير, which a verb row may list; a noun row may list
    تختطف، يهاجم)."""
    if c.form not in _FORMS or c.trigger.text[:1] not in _PRESENT_LETTERS:
        return False  # (most triggers: one set test, no normalising)
    word = normalise_phrase(c.trigger.text.split(maxsplit=1)[0])
    if len(word) > 3 and word[0] == "ي":
        return True  # (no trigger noun starts with ي: يهاجم in a noun row is the verb)
    return any(feminine_present(word[: len(word) - len(p)]) for p in _OBJECT_PRONOUNS
               if word.endswith(p))


def _now(c: Candidate, idx: DocIndex) -> bool:
    """An adverb of the present moment in the trigger's clause (الآن، حاليا): an act going on
    as the source speaks, an incident ("قال مصدر إن الطائرات تقصف الآن أطراف المدينة")."""
    texts = idx.view.tokens.texts
    first = idx.tok(idx.clause_start(c.clause))
    return not _NOW.isdisjoint(texts[first : idx.clause_end_token(c.clause)])


def _reported(c: Candidate, k: int, idx: DocIndex) -> bool:
    """A reporting verb (قال، أكد، اتهم…) before the trigger in its sentence."""
    texts = idx.view.tokens.texts
    first = idx.tok(idx.sent_starts[c.sent])
    return not REPORTING_TOKENS.isdisjoint(texts[first:k])
