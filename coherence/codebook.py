"""The task codebook: stable task ids, their PEMA keys, and what each task means.

The ids and PEMA keys are the public contract (they match ../shared/codebook/tasks.csv
and the PEMA dataset, so researchers can join our output to theirs); the labels,
definitions and budget cues are this project's own words. The resolution cues live in
`mandates/tasks.py`, next to the parser that uses them; a test keeps the two id lists equal.

Each task also names the Action for Peacekeeping (A4P) commitment area it belongs to, so
the report can group findings the way the Council's own peacekeeping agenda does.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class A4PArea(StrEnum):
    """The eight commitment areas of the Action for Peacekeeping declaration (2018)."""

    POLITICS = "Politics"
    WPS = "Women, peace and security"
    PROTECTION = "Protection"
    SAFETY_SECURITY = "Safety and security"
    PERFORMANCE = "Performance and accountability"
    PEACEBUILDING = "Peacebuilding and sustaining peace"
    PARTNERSHIPS = "Partnerships"
    CONDUCT = "Conduct of peacekeepers and peacekeeping operations"


@dataclass(frozen=True, slots=True)
class TaskCode:
    """One mandate task in the codebook."""

    id: str
    label: str
    pema_key: str | None
    definition: str
    area: A4PArea
    budget_cues: tuple[str, ...]


def _t(id_: str, label: str, pema: str | None, area: A4PArea, definition: str,
       budget_cues: str) -> TaskCode:
    cues = tuple(c.strip() for c in budget_cues.split(";") if c.strip())
    return TaskCode(id_, label, pema, definition, area, cues)


A = A4PArea
TASKS: tuple[TaskCode, ...] = (
    _t("ceasefire", "Ceasefire monitoring", "Ceasefire", A.POLITICS,
       "Watch over, verify and report on a truce, ceasefire or separation of forces.",
       "military observers; military contingents; air operations; ceasefire"),
    _t("peace_process", "Support to the peace process", "PeaceProcess", A.POLITICS,
       "Good offices, mediation and help to carry out a peace agreement or political process.",
       "political affairs; office of the special representative; peace consolidation; "
       "support to national processes"),
    _t("disarmament_demobilization", "Disarmament and demobilization", "DisarmDemob",
       A.PEACEBUILDING,
       "Disarm, assemble or demobilize fighters, foreign armed groups included.",
       "disarmament, demobilization; DDR; community violence reduction"),
    _t("reintegration", "Reintegration of former combatants", "Reintegration",
       A.PEACEBUILDING,
       "Help former fighters return to civilian life; community violence reduction.",
       "reintegration; community violence reduction; community stabilization"),
    _t("small_arms_control", "Small arms and ammunition control", "ControlSALW",
       A.PEACEBUILDING,
       "Collect, secure, destroy or manage small arms, light weapons and ammunition.",
       "small arms; light weapons; weapons and ammunition management"),
    _t("arms_embargo", "Arms embargo and sanctions", "ArmsEmbargo", A.PARTNERSHIPS,
       "Monitor an arms embargo or other sanctions, inspect cargo, assist expert panels.",
       "sanctions"),
    _t("protection_of_civilians", "Protection of civilians", "CivProtect", A.PROTECTION,
       "Shield civilians from threats of physical violence: presence, patrols, early "
       "warning, protection sites.",
       "military contingents; formed police units; air operations; civil affairs; "
       "mine detection"),
    _t("human_rights", "Human rights", "HumanRights", A.PROTECTION,
       "Monitor, investigate, report on and promote human rights and humanitarian law.",
       "human rights"),
    _t("child_protection", "Child protection", "ChildRights", A.PROTECTION,
       "Protect children and report the six grave violations against them.",
       "child protection"),
    _t("sexual_violence", "Conflict-related sexual violence", "SGBViolence", A.PROTECTION,
       "Prevent and respond to sexual violence in conflict; women protection advisers.",
       "women protection; sexual violence"),
    _t("police_reform", "Police reform and support", "PoliceReform", A.PEACEBUILDING,
       "Train, mentor, advise, vet or support the national police.",
       "United Nations police; police; rule of law and security sector reform"),
    _t("military_reform", "Military and defence reform", "MilitaryReform", A.PEACEBUILDING,
       "Help reform, train or professionalize national armed forces; security sector reform.",
       "security sector reform; confidence-building and trust in security institutions"),
    _t("demilitarization", "Demilitarization and buffer zones", "Demil", A.SAFETY_SECURITY,
       "Keep buffer or weapons-free zones and oversee the withdrawal of forces.",
       "military contingents; military observers"),
    _t("offensive_operations", "Offensive operations", "OffensOper", A.SAFETY_SECURITY,
       "Neutralize or disarm armed groups by targeted offensive operations.",
       "military contingents; air operations"),
    _t("use_of_force", "Authorization to use force", "UseOfForce", A.SAFETY_SECURITY,
       "Authority to use all necessary means to carry out the mandate.",
       "military contingents; formed police units"),
    _t("justice_reform", "Justice reform", "JusticeReform", A.PEACEBUILDING,
       "Strengthen courts, prosecutors and the fight against impunity.",
       "rule of law; justice; judicial"),
    _t("transitional_justice", "Transitional justice", "TransJustice", A.PEACEBUILDING,
       "Support truth, accountability and reparation for past atrocities.",
       "rule of law; transitional justice; special criminal court"),
    _t("corrections_reform", "Corrections and prisons", "CorrectionsReform", A.PEACEBUILDING,
       "Support prisons and the corrections service.",
       "corrections; prison"),
    _t("border_control", "Border monitoring", "BorderControl", A.SAFETY_SECURITY,
       "Monitor or secure borders and crossings, or help manage them.",
       "border"),
    _t("mine_action", "Mine action and explosive hazards", "Demining", A.PROTECTION,
       "Clear and survey mines, explosive remnants and improvised devices; risk education.",
       "mine detection and mine clearing; mine action; explosive ordnance"),
    _t("natural_resources", "Natural resources", "Resources", A.PEACEBUILDING,
       "Curb illegal exploitation and trafficking of natural resources; support their "
       "governance.",
       "natural resources"),
    _t("state_authority", "Extension of State authority", "StateAuthority", A.PEACEBUILDING,
       "Restore or extend State authority, local governance and stabilization.",
       "civil affairs; stabilization; community stabilization projects; peace consolidation; "
       "quick-impact projects"),
    _t("democratization", "Democratic institutions", "Democratization", A.POLITICS,
       "Strengthen democratic institutions, governance and political space.",
       "political affairs; support to national processes"),
    _t("electoral_security", "Electoral security", "ElectSec", A.SAFETY_SECURITY,
       "Secure elections or help national forces secure them.",
       "electoral; formed police units"),
    _t("electoral_assistance", "Electoral assistance", "ElectAssist", A.POLITICS,
       "Technical, logistical or advisory support to elections.",
       "electoral assistance; electoral affairs; civilian electoral observers"),
    _t("voter_education", "Voter education", "VoterEducation", A.POLITICS,
       "Civic and voter education; voter registration.",
       "voter education; electoral"),
    _t("political_party_assistance", "Assistance to political parties", "PolPartyAssist",
       A.POLITICS, "Support political parties and dialogue among them.",
       "political affairs"),
    _t("civil_society", "Civil society", "CivilSociety", A.PARTNERSHIPS,
       "Engage, consult and support civil society and community leaders.",
       "civil affairs; community engagement"),
    _t("media", "Independent media", "Media", A.POLITICS,
       "Support a free press and independent media.",
       "media; public information"),
    _t("public_information", "Public information and strategic communication", "PublicInfo",
       A.PERFORMANCE,
       "The mission's own outreach, radio and strategic communication, against "
       "misinformation and hate speech.",
       "public information; strategic communications; radio"),
    _t("power_sharing", "Power sharing", "PowerSharing", A.POLITICS,
       "Support power-sharing arrangements and inclusive transitional governments.",
       "political affairs"),
    _t("national_reconciliation", "National reconciliation", "Reconcil", A.PEACEBUILDING,
       "Support national reconciliation, dialogue and social cohesion.",
       "civil affairs; peace consolidation; reconciliation"),
    _t("local_reconciliation", "Local conflict resolution", "LocalReconcil", A.PEACEBUILDING,
       "Mediate local and intercommunal disputes.",
       "civil affairs; community stabilization"),
    _t("regional_reconciliation", "Regional reconciliation", "RegReconcil", A.PARTNERSHIPS,
       "Support cooperation and reconciliation among the States of the region.",
       "political affairs; liaison"),
    _t("economic_development", "Economic recovery and development", "EcDevelop",
       A.PEACEBUILDING,
       "Socio-economic recovery, livelihoods and quick-impact projects.",
       "quick-impact projects; peace consolidation"),
    _t("humanitarian_relief", "Humanitarian assistance", "HumanRelief", A.PROTECTION,
       "Open and secure access for humanitarian aid and those who deliver it.",
       "military contingents; air operations; ground transportation"),
    _t("public_health", "Public health", "PublicHealth", A.PEACEBUILDING,
       "Help respond to epidemics and health emergencies.",
       "medical"),
    _t("refugees_idps", "Refugees and internally displaced persons", "RefugeeIDPs",
       A.PROTECTION,
       "Protect the displaced and support their safe, voluntary return.",
       "civil affairs; military contingents"),
    _t("gender", "Women, peace and security", "Gender", A.WPS,
       "Mainstream gender and secure women's full, equal and meaningful participation.",
       "gender affairs; women and peace and security; gender"),
    _t("legal_reform", "Legal and constitutional reform", "LegalReform", A.PEACEBUILDING,
       "Help draft laws, constitutions and legal frameworks.",
       "rule of law; political affairs"),
    _t("cultural_heritage", "Cultural heritage", "CulturalHeritage", A.PROTECTION,
       "Protect cultural and historical sites.",
       "cultural heritage"),
    _t("protection_of_un_personnel", "Safety and security of UN personnel", None,
       A.SAFETY_SECURITY,
       "Keep UN personnel, premises and equipment safe and free to move.",
       "military contingents; security; facilities and infrastructure; special equipment"),
    _t("youth", "Youth, peace and security", None, A.WPS,
       "Involve young people under the youth, peace and security agenda.",
       "youth, peace and security; youth"),
    _t("transition", "Transition and drawdown", None, A.PEACEBUILDING,
       "Plan and carry out transition, drawdown, withdrawal or handover.",
       "liquidation; transition; disengagement"),
    _t("environment", "Environment and climate", None, A.PERFORMANCE,
       "Limit the mission's environmental footprint; address climate and ecological risk.",
       "environmental; facilities and infrastructure"),
    _t("conduct_and_discipline", "Conduct and discipline", None, A.CONDUCT,
       "Prevent sexual exploitation and abuse and other misconduct by mission personnel.",
       "conduct and discipline"),
)
del A

#: Words in the name of an office, section or unit, or in a post's functional title, that
#: say the post does the task ("Joint Human Rights Office", "Women Protection Advisor").
#: Matched as whole words, case aside ("women protection" fits Adviser and Advisor). The
#: mission's own administration (legal affairs, health services, supply chain) is
#: deliberately absent: it serves the mission, not a mandated task.
OFFICE_CUES: dict[str, tuple[str, ...]] = {
    "ceasefire": ("ceasefire", "cease-fire"),
    "peace_process": ("political affairs", "mediation"),
    "disarmament_demobilization": ("disarmament", "demobilization", "DDR"),
    "reintegration": ("reintegration", "community violence reduction"),
    "small_arms_control": ("small arms", "weapons and ammunition"),
    "arms_embargo": ("sanctions", "arms embargo"),
    "protection_of_civilians": ("protection of civilians", "civilian protection",
                                "protection, transition", "civil affairs"),
    "human_rights": ("human rights",),
    "child_protection": ("child protection",),
    "sexual_violence": ("women protection", "sexual violence"),
    "police_reform": ("police",),
    "military_reform": ("security sector reform", "security institutions", "defence reform"),
    "justice_reform": ("justice", "judicial", "rule of law"),
    "transitional_justice": ("transitional justice",),
    "corrections_reform": ("corrections", "prison"),
    "border_control": ("border",),
    "mine_action": ("mine action", "explosive ordnance"),
    "natural_resources": ("natural resources",),
    "state_authority": ("civil affairs", "stabilization", "stabilisation"),
    "democratization": ("political affairs", "governance"),
    "electoral_assistance": ("electoral",),
    "civil_society": ("civil affairs", "community engagement", "community liaison"),
    "media": ("radio",),
    # the mission's own radio (Radio Okapi, Radio Miraya) is its public information, as the
    # codebook says; it also serves independent media
    "public_information": ("public information", "strategic communication", "radio"),
    "national_reconciliation": ("reconciliation",),
    "local_reconciliation": ("civil affairs", "community liaison"),
    "humanitarian_relief": ("humanitarian",),
    "refugees_idps": ("protection, transition", "returns", "displaced"),
    "gender": ("gender", "women and peace"),
    "protection_of_un_personnel": ("safety and security", "security and safety",
                                   "security section"),
    "youth": ("youth",),
    "transition": ("transition",),
    "environment": ("environment",),
    "conduct_and_discipline": ("conduct and discipline",),
}

BY_ID: dict[str, TaskCode] = {t.id: t for t in TASKS}
BY_PEMA: dict[str, TaskCode] = {t.pema_key: t for t in TASKS if t.pema_key}


def task(task_id: str) -> TaskCode:
    """The codebook entry for `task_id`; KeyError names the unknown id."""
    try:
        return BY_ID[task_id]
    except KeyError:
        raise KeyError(f"unknown task id {task_id!r}") from None


def label(task_id: str) -> str:
    """Human label of a task id, or the id itself if unknown."""
    entry = BY_ID.get(task_id)
    return entry.label if entry else task_id
