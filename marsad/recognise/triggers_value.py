"""A kept trigger's value: its cue row's coding (``triggers_lexicon.template``), then what its
neighbours decide: force against protesters, rioting, a mob, a crowd's clash, a device cleared or
intercepted, the platform of a strike or of shelling, the weapon of an attack, its target.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import (
    Match,
    air_subject,
    cleared,
    following,
    instrument,
    intercepted,
    lead,
    named_platform,
    nearest,
    own_qualifiers,
    seized_arms,
)
from marsad.recognise.triggers_found_en import found_passive
from marsad.recognise.triggers_keep import GENERIC_ATTACK
from marsad.recognise.triggers_lexicon import AIR, SHELLING, shape, template
from marsad.recognise.triggers_melee import crowd_melee
from marsad.recognise.triggers_protest import (
    EXCESSIVE_FORCE,
    MOB,
    PROTESTERS,
    RIOT,
    armed_party,
    at_protest,
    crowd_party,
    fired_on,
    mob_scene,
    protester_victims,
    rioting,
    shot_protester,
)

# Interception verbs in the past that their shape does not tell (normalised: تصدت reads as a
# present): the missile they govern was one act.
_PAST_STOPS = frozenset("اعترض اعترضت اعترضوا تصدي تصدت تصدوا اسقط اسقطت اسقطوا".split())


def trigger_value(
    m: Match, text: str, texts: Sequence[str], scope: Scope, by_role: dict[str, list[Match]],
    target_firsts: list[int], protests: list[Match], victims: list[Match],
) -> dict[str, object]:
    """The trigger's coding: the cue row's, then what its neighbours decide."""
    cue = m.value
    value = template(cue, text[m.start : m.end], m.proclitic, *lead(texts, m)).copy()
    if cue.family == "protest" and by_role["force"] and fired_on(
            m, by_role["force"], by_role["motive"], scope, texts):
        value.update(EXCESSIVE_FORCE)  # "أطلقت الشرطة النار على المتظاهرين"
        return value
    if (cue.sub_event_type == "Protest with intervention" and by_role["force"] and m.key.isascii()
            and _live_fire(m, by_role["force"], scope)):
        value.update(EXCESSIVE_FORCE)  # ("fired live ammunition and tear gas to disperse them")
        return value
    if cue.sub_event_type == "Peaceful protest" and rioting(
            m, by_role["strong"] + by_role["weak"], scope, texts, text):
        value.update(RIOT)  # "المحتجون اشتبكوا مع الشرطة"
        return value
    if (cue.sub_event_type == "Violent demonstration" and cue.family == "riot"
            and mob_scene(m, by_role["strong"], protests, scope)):
        value.update(MOB)  # "an angry mob vandalised temples"
        return value
    if not cue.contextual:
        return value
    family, decide = cue.family, cue.decide
    if decide == "party":  # (decided when the candidates were chosen: triggers_flight)
        return value
    party = None
    if family == "clash" and by_role["crowd"]:
        party = crowd_party(m, by_role["crowd"], scope, texts, mutual=decide is None)
    if party is None and protests and family == "clash" and decide is None and at_protest(
            m, by_role["melee"], protests, by_role["motive"], scope):
        party = PROTESTERS
    if party is None and family == "clash" and decide is None and by_role["melee"] and crowd_melee(
            m, by_role["melee"], scope, texts):
        value.update(RIOT)  # "قتل شاب برصاص الجيش خلال مواجهات"
        return value
    if party is not None:
        police = party == PROTESTERS or armed_party(
            m, by_role["target"] + by_role["context"], scope, texts)
        value.update(RIOT if police else MOB)
    elif decide == "target" and victims and (
            protester_victims(m, victims, by_role["motive"], scope, texts)
            or shot_protester(m, by_role["target"], by_role["motive"], scope, texts)):
        value.update(EXCESSIVE_FORCE)  # "قتل متظاهر برصاص قوات الأمن"
        return value
    device = family == "ied" or (family == "shell" and decide is None)
    # "rifles were seized": the weapons were, as a device cleared, no place
    seized = family == "territory" and bool(by_role["arms"]) and seized_arms(
        m, by_role["arms"], scope)
    stopper = (intercepted(m, by_role["intercept"], scope)
               if device and family == "shell" and by_role["intercept"] else None)
    # ("20 grenades were found": English, a device before a passive clearance verb)
    found = bool(by_role["clear"]) and (device or family == "grenade") and m.key.isascii() and (
        found_passive(m, by_role["clear"], texts, scope))
    if seized or found or (device and (stopper is not None or (
            by_role["clear"] and cleared(m, by_role["clear"], scope)))):
        value.update(event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                     plover="COERCE", plover_mode="seize", family="disrupt")
        word = text[stopper.start : stopper.end] if stopper is not None else ""
        if stopper is not None and (word in _PAST_STOPS or shape(
                stopper.value, word, stopper.proclitic)[0] == "verb"):
            value["form"] = "verb"  # اعترضت … صاروخا: one act, told with a past verb
    if decide is None or seized:
        return value
    qualifiers = by_role["qualifier"]
    if decide == "strike":
        # ضربة/ضربات: an air strike unless a ground weapon is named (ضربات مدفعية).
        ground = nearest(m, qualifiers, scope) == "ground"
        value["sub_event_type"] = SHELLING if ground else AIR
        value["family"] = "shell" if ground else "air"
    elif decide == "platform":
        # The weapon it is made with decides first (قصف … بدفعة من صواريخ), else the nearest
        # platform word (a channel named "المسيرة" is no drone).
        platform = instrument(m, qualifiers, scope, texts) or nearest(
            m, own_qualifiers(m, qualifiers, by_role, scope, texts), scope)
        value["sub_event_type"] = AIR if platform == "air" else SHELLING
        value["family"] = "air" if platform == "air" else "shell"
        if platform is None:
            value["decided"] = "default"
    elif decide == "target" and (weapon_used := instrument(m, qualifiers, scope, texts) or (
            named_platform(m, qualifiers, scope, texts) if cue.lemma in GENERIC_ATTACK
            else None) or (air_subject(m, qualifiers, scope, texts) if cue.lemma in GENERIC_ATTACK and shape(
                cue, text[m.start : m.end], m.proclitic)[0] == "verb" else None)):
        # "استهدفوا الرياض بصواريخ باليستية": the weapon names the attack; so do an adjective
        # ("هجمات جوية") and an air force as its wielder ("قامت القوات الجوية باستهداف"،
        # "استهدف طيران التحالف").
        value.update(event_type="Explosions/Remote violence", plover_mode="heavy-weapons",
                     sub_event_type=AIR if weapon_used == "air" else SHELLING,
                     family="air" if weapon_used == "air" else "shell")
    else:
        value["decide"] = decide
        target = following(m, by_role["target"], target_firsts, scope)
        if target:
            value["target"] = target
    return value


def _live_fire(m: Match, force: Sequence[Match], scope: Scope) -> bool:
    """English: live ammunition named in the clause of a dispersal (lethal force, CODING §1:
    Excessive force against protesters, not a mere intervention)."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    return any(f.key.startswith("live ") and clause_of[f.first_token] == clause for f in force)
