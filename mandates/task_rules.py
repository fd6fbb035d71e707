"""What the words of a resolution mean for task coding: category cues and modality verbs.

Each codebook task (the ids of ../shared/codebook/tasks.csv, mirrored in
`coherence.codebook`) has cue patterns written from the codebook's definitions and from
reading mandate resolutions. Patterns run on `normalize(text)`: lower case, one kind of
apostrophe and dash, single spaces. A task also has the PEMA key it corresponds to (None
for this project's own additions) and the modality it takes when the words around the cue
do not say whether the mission monitors, assists or secures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandates.cue_index import CueIndex
from mandates.missions import MISSIONS, OTHER_OPERATIONS
from mandates.model import Modality

M, A, S = Modality.MONITOR, Modality.ASSIST, Modality.SECURE


@dataclass(frozen=True, slots=True)
class TaskCues:
    """The cue patterns of one codebook task."""

    id: str
    pema_key: str | None
    default: Modality
    pattern: re.Pattern[str]
    # the task is not coded when this matches around every cue (e.g. "civilian disarmament")
    exclude: re.Pattern[str] | None = None
    # weak cues count only when `needs` matches within 100 characters of them
    weak: re.Pattern[str] | None = None
    needs: re.Pattern[str] | None = None
    # cues of this task inside a match of these tasks' cues do not count
    inside_of: tuple[str, ...] = ()
    # the mission assists or monitors this task, never "secures" it: "protect civilians,
    # including women and children" secures the civilians, not the children's own task
    never_secured: bool = False
    # the mission secures this task when this matches within 150 characters of the cue
    # ("the security conditions in which humanitarian assistance is provided")
    secured_when: re.Pattern[str] | None = None
    # … nor when this matches in the 130 characters before a cue: the head of a long list the
    # cue ends ("coordination with police services, security and government institutions")
    exclude_far: re.Pattern[str] | None = None
    # a cue inside a match of this does not count, the task's other cues do ("before the
    # elections" dates a task; "assistance to the electoral commission ahead of the elections"
    # is still electoral assistance)
    exclude_covering: re.Pattern[str] | None = None


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# what an institution established is to be
_BUILT = (r"(?:(?:functioning|effective|professional|reliable|accountable|credible|capable|new|"
          r"national|unified|integrated) )")
# what makes a mention of armed forces or police a reform task rather than a partner
_REFORM_CONTEXT = re.compile(
    r"reform|restructur|re-?organi[sz]|train|capacit|professional|vet(?:ting|ted)?\b|build|"
    r"develop|strengthen|mentor|advi[sc]|institution|accountab|\bintegrat|reconstitut|"
    # the institution itself established ("to establish functioning police and prison
    # systems", UNIOGBIS 1876 (2009) 3 (c)), not the mission's own "police presence", "police
    # roadblocks", "army bases"
    r"re-?establish|establish\w* (?:an? |the )?" + _BUILT + r"*(?:police|army|armed forces)"
    r"(?: and [\w-]+(?: [\w-]+)?){0,2} (?:systems?|services?|institutions?|forces?|sectors?)\b|"
    r"establish\w* (?:an? |the )?" + _BUILT + r"+(?:army|armed forces)\b|"
    # not the recruitment of children into the forces, a child-protection matter
    r"recruit(?!ment and use)(?!\w* (?:of )?child)|rebuild|creat|\bformation\b|"
    r"rightsiz|moderni[sz]|transform|oversight|"
    r"skills|doctrine|certif|reconstruct|reinforc|improv|effectiveness|monitor|supervis|"
    r"observ(?!ers?\b)|verif|codes? of conduct|human rights (?:training|standards)")

# the words before those the mission works with, a partner and not its task: "in close
# consultation with civil society", "operational coordination with the police services"
# the nouns of taking part: "the participation of women …", "engagement of civil society"
TAKING_PART = ("participation", "engagement", "involvement", "representation", "inclusion")

_PARTNER = (r"\b(?:including|together|coordination|cooperation|consultation|liaison|"
            r"partnership|collaboration|jointly(?: [\w-]+)?) with (?:the |relevant |local )?")
# … or later in the list of partners: "coordination with police services, security and
# government institutions, and civil society actors" (UNMISS 2677 (2023) 3(a)(v)), "in close
# cooperation with other United Nations agencies, related organizations and non-governmental
# organizations" (MONUC 1291 (2000) 7(g)); a list runs on up to a word that starts a new clause
_PARTNER_LIST = (_PARTNER + r"(?:(?!(?:to|in|for|on|by|through|at|that|which)\b)[\w'’-]+,? )"
                 r"{0,8}(?:(?:and|or) )?(?:with )?(?:the |relevant |local )?")

_MISSION_POLICE = (r"(?<!united nations )(?<!un )(?<!formed )(?<!international )"
                   r"(?<!civilian )(?<!individual )(?<!troops and )(?<!military and )")

# a force that is not a United Nations one, by its acronym or its kind (not "the African
# Union-United Nations Hybrid Operation", nor the mission's "regional offices")
_NOT_UN_FORCE = (r"(?:(?:" + "|".join(a.lower() for a in OTHER_OPERATIONS) + r")\b|"
                 r"(?:regional|sub-?regional|african union|multinational) (?:[\w-]+ ){0,4}?"
                 r"(?:force|brigade|mission|operation)s?\b)(?![-–])")
# after "transition" or "handover": one such force handing over to another, not the mission
# ("the transition from MICOPAX to MISCA", BINUCA 2121 (2013) 20; not "from MISCA to MINUSCA
# and EUFOR"): each force right after its "from" and its first "to"
_NOT_BETWEEN_FORCES = (r"(?!(?: of authority)? from (?:the )?(?:old |outgoing |current |"
                       r"existing |[\w-]+-led )?" + _NOT_UN_FORCE + r"(?:(?! to )[^;]){0,60}? "
                       r"to (?:the |a )?(?:new |incoming |successor |follow-on |[\w-]+-led )?"
                       + _NOT_UN_FORCE + ")")

# an aside that names who transfers: "the transfer, by the Federal Government, of …", "by
# ATMIS" (a time is no one: "by the end of 2025")
_NOT_BY_THEM = (r"(?!by (?!(?:the )?(?:end|middle|beginning|start|close)\b|(?:mid|early|late)\b"
                r"|\d))")
# the Government's own transfer, which the mission supports: "to support the Government to
# transfer its duties to the state governments", "the Federal Government's transfer of its
# duties" (not "to work with the Government to transfer its remaining tasks")
# (the words from the helping verb to what is transferred: the transfer cues inside them are
# left out, not the mission's drawdown beside them)
_THEIR_TRANSFER = re.compile(
    r"\b(?:support|assist|help|enable|encourag|urg|aid|advis)\w* (?:the )?(?:[\w-]+ ){0,3}?"
    r"(?:government|authorities|ministry|ministries)(?: of(?: [\w-]+){1,3}?)?,? (?:to|in) "
    r"(?:[\w-]+ly )?transfer\w*(?:, [^,;]{1,80},)? (?:of )?(?:its|their) (?:[\w-]+ )?"
    r"(?:tasks|responsibilities|duties|functions)\b|"
    r"\b(?:government|authorities|ministry)['’]s transfer of (?:its|their) (?:[\w-]+ )?"
    r"(?:tasks|responsibilities|duties|functions)\b")

# a time limit, not the settlement sought: "provisional institutions … pending a political
# settlement" (UNMIK 1244 (1999) 11 (c)), "until such time as a political settlement is
# reached"; the words of the time phrase are left out, not a settlement sought beside it
_TIME_LIMIT = re.compile(
    r"\b(?:pending|until|before|prior to|in the absence of)(?: such time as)?(?: the "
    r"(?:achievement|conclusion|attainment) of)? (?:an? |the )?(?:[\w-]+ (?:and [\w-]+ )?){0,2}?"
    r"political settlement")

# the "repatriation or return of all Kuwaiti and third-country nationals or their remains" and
# of "Kuwaiti property, including the national archives" (UNAMI since 2107 (2013)): missing
# persons and property of the 1990 war, not people displaced; nor "to prevent the return of
# armed elements to those areas" (MINUSMA 2164 (2014) 13 (a) (i))
_NOT_DISPLACED = (r"(?!(?:\w* (?:(?:or|and) return )?of )?(?:(?:[\w-]+ ){0,5}nationals or their "
                  r"remains|(?:[\w-]+ ){0,2}(?:property|archives|(?:armed )?elements|"
                  r"(?:armed )?forces|troops|fighters|combatants|militias?|"
                  # the State's staff and the mission's own: "the return of district officers",
                  # "repatriate its contingents"
                  r"officials|officers|civil servants|administrators|contingents|"
                  r"peacekeepers|personnel|staff)\b))")

# a United Nations operation by its acronym, as the normalized text prints it ("unavem iii ")
_OWN_OPERATION = r"(?:the )?(?:" + "|".join(
    re.escape(a.lower()) for a in sorted(MISSIONS, key=len, reverse=True)) + r")\b"

# (not "the Government-led political process of constitutional reform", "the political
# dialogue on the constitutional review process": that reform)
_NOT_A_REFORM = (r"(?! of (?:the )?(?:[\w-]+ (?:and )?){0,3}?(?:reform|review|revision|"
                 r"drafting|amendment|[\w-]*making)s?\b"
                 r"| on (?:the )?(?:[\w-]+ (?:and )?){0,3}?(?:reform|review|revision|"
                 r"amendment)s?\b)")

# the peace or political process the mission supports, as led and owned: "an inclusive,
# Libyan-led and Libyan-owned political process"
_LED_PROCESS = (r"(?:(?:inclusive|credible|ongoing|continuing|current|[\w-]+[- ](?:led|owned))"
                r"(?:,? and |, | )){0,4}"
                r"(?:peace|political) (?:process|dialogue|talks)" + _NOT_A_REFORM)
# a numbered part of an agreement: "section 1 and section 6.2", "chapters 2 and 5.1"
_PART = r"(?:sections?|chapters?|articles?|parts?|points?)"
# not after the disarmament or demobilization the words name: "the disarmament and
# demobilization of former combatants"
_DD_OF = "".join(f"(?<!{word} of )(?<!{word} of the )"
                 for word in ("disarmament", "demobilization", "demobilisation"))
# the repatriation "programme for foreign ex-combatants", "of former fighters": words up to
# the combatants (not their families, children, wives or remains, nor refugees beside them)
_FOR_COMBATANTS = (r"(?:and (?:resettlement|reintegration) )?(?:programmes? )?(?:of|for) "
                   r"(?:(?!refugees|displaced|returnees|civilian|abduct|victim|hostage|famil|"
                   r"dependa|depende|child|wive|women|spous|remains|bod)[\w-]+ ){0,3}?(?:ex-)?")
# the steps of former combatants' return named in a row, and whose they are: ", reception,
# resettlement and reintegration of Sierra Leonean ex-combatants"
_STEPS_OF_COMBATANTS = (r"(?:,? (?:and )?(?:repatriation|reception|resettlement|reintegration|"
                        r"rehabilitation|return))+ (?:of|for) (?:(?!refugee|displaced|returnees|"
                        r"civilian|famil|dependa|child)[\w-]+ ){0,3}?(?:ex-|former )?"
                        r"(?:combatants|fighters)\b")
# the mission's people moving about safely, which its own security makes possible
_MOVE_SAFELY = r"(?:move|travel|operate|work|circulate) (?:safely|securely|in safety)\b"

#: what the verb "secure" obtains when it is no security: "secure the full participation of
#: women", "secure an agreement", "secure the necessary funding for the elections" (not the
#: voters' participation secured by protecting the polls)
_FULL = (r"(?:(?:full|equal|effective|meaningful|necessary|required|adequate|sufficient|"
         r"additional),? (?:and )?)*")
_OBTAINED = (r" (?:the |their |its |an? )?(?:[\w-]+(?:'s|s') )?" + _FULL + r"(?:release|agreement|"
             # (not "securing the agreement's ceasefire lines", "the release area")
             r"consensus|consent|commitments?|funding|approval)\b(?!['’]s\b| (?:sites?|lines?|"
             r"areas?|zones?|routes?|points?|premises|corridors?)\b)|"
             r" (?:the |their )?" + _FULL + r"(?:participation|representation|inclusion) of "
             r"(?:[\w-]+ ){0,3}?(?:women|youth|young|girls|minorities|civil society)\b|"
             r" (?:women|youth|girls)(?:'s|s') " + _FULL + r"(?:participation|"
             r"representation|inclusion)\b")

#: a ceasefire the mission brokers: the parties' agreement, consent or commitment to one
#: obtained ("to secure their agreement to a cease-fire", 912 (1994) 8 (a)), which is mediation
#: (`peace_process`) and no ceasefire watched (`ceasefire`)
_CEASEFIRE_BROKERED = (
    r"\b(?:secur(?:e|es|ing)|obtain(?:s|ing)?) (?:their|the|its) (?:agreement|consent|"
    r"commitment)(?: of (?:the |both )?parties)? (?:to|on) (?:an? |the )?(?:immediate |"
    r"lasting |comprehensive |durable |permanent )?(?:cease-?\s?fire|cessation of (?:all )?"
    r"hostilities)\b")

TASK_CUES: tuple[TaskCues, ...] = (
    TaskCues("ceasefire", "Ceasefire", M, _rx(
        r"\bcease-?\s?fires?\b", r"cessation of (?:all )?hostilities", r"\btruce\b",
        # "to monitor a cessation of armed violence in all its forms by all parties" (UNSMIS,
        # 2043 (2012) 6)
        r"cessation of (?:all )?(?:armed )?violence",
        # "the Agreement on the Cessation of the Armed Conflict" (ONUSAL, 729 (1992) 2)
        r"cessation of (?:the )?armed conflict",
        # "to use its best efforts to prevent a recurrence of fighting" (UNFICYP, 186 (1964) 5)
        r"prevent\w* (?:a |the |any )?(?:recurrence|resumption) of (?:the )?"
        r"(?:fighting|hostilities)",
        r"separation of (?:forces|the parties)",
        # "the disengagement and redeployment of the parties' forces" (1291 (2000) 7 (e)), "the
        # pull-back and disengagement of the forces of both sides"; not the United Nations' own
        # ("of MONUSCO troops", "of the Mission's forces"), nor children's, nor "the armed
        # forces from politics"
        r"disengagement(?: and [\w-]+)? of (?!(?:the )?(?:its |united nations |un |mission|"
        r"force's |peacekeeping |uniformed |" + _OWN_OPERATION.removeprefix("(?:the )?") + r"))"
        r"(?:(?!from\b|children\b)[\w'’-]+ ){0,3}?(?:forces|troops)\b"
        r"(?! from (?:the )?(?:politics|political|mining|schools?|hospitals?|economic|"
        r"commercial))",
        r"\barmistice\b", r"military agreement", r"\bblue line\b",
        r"violations? of the (?:moscow )?agreement on a cease", r"line of control",
        r"joint (?:military|monitoring|verification) (?:commission|mechanism|committee)",
    # a ceasefire the mission helps the parties to is mediation, not one it watches: "to act as
    # an intermediary … to secure their agreement to a cease-fire" (912 (1994) 8 (a)); not when
    # the clause goes on to watch it ("… and to monitor its implementation"), nor the lines or
    # zone of one already agreed
    ), exclude_covering=re.compile(
        _CEASEFIRE_BROKERED + r"(?! (?:lines?|zones?|areas?|arrangements))"
        r"(?![^;]{0,160}\b(?:monitor|verif|observ|supervis|investigat|patrol)\w*)")),
    # PEMA's coders code the mission's own political role (good offices, mediation,
    # facilitation), not every mention of the agreement the mission helps to implement
    TaskCues("peace_process", "PeaceProcess", A, _rx(
        # good offices are a means: they count here when they serve the peace or political
        # process, not "good offices to help achieve national reconciliation"
        r"good offices(?!,? advice)[\w ,'-]{0,80}?\b(?:peace|political process|political "
        r"settlement|negotiat|(?<!local )mediat|talks|ceasefire|cease-fire|"
        # "use its good offices … to facilitate the full implementation of agreements signed
        # in Libreville" (BINUCA, 2088 (2013) 6)
        # "outreach and good offices, including to facilitate dialogue between all relevant
        # Afghan political actors" (UNAMA 2626 (2022) 5 (c)), not dialogue in communities
        r"agreements?\b|dialogue (?:between|among|with) (?:all )?(?:the )?(?:relevant )?"
        r"(?:[\w-]+ )?(?:political (?:actors|leaders|parties|forces|stakeholders)|parties\b))",
        # the process named first: "to support the constitutional and political process under
        # way in Haiti, including through good offices" (MINUSTAH 1542 (2004) 7 (ii) (a))
        r"\b(?:political|peace) process\b[\w ,'-]{0,60}?\b(?:through|by means of|with) "
        r"(?:its |the mission's )?good offices\b",
        # the peace agreement itself watched over: "shall monitor the implementation of
        # section 1 and section 6.2 of the Final Agreement" (UNVMC 2673 (2023) 1); not a
        # ceasefire agreement (ceasefire), nor support to it in general words
        # (the verb: not a body's name, "the Commission for … Verification of the
        # Implementation of the Final Agreement", 2366 (2017) 4)
        r"(?<!which )(?<!that )(?<!which shall )(?<!which will )(?<!that shall )(?<!who shall )"
        r"\b(?:monitor(?:s|ing)?|verif(?:y|ies|ying))\b (?:the )?(?:full )?implementation of "
        r"(?:" + _PART + r" [\d.]+(?:,? (?:and )?(?:" + _PART + r" )?[\d.]+)* of )?"
        r"the (?:final (?:peace )?|(?:comprehensive |general )?peace )(?:agreements?|accords?)\b"
        # (not an agreement "in the neighbouring country")
        r"(?![^;]{0,80}\b(?:in|of) (?:the |a )?neighbou?ring\b)",
        # the head of the mission's "good offices and advocacy role at the political level"
        # (BINUH 2476 (2019) 1)
        r"\bspecial representative\b[^;]{0,60}?\bwho (?:will|shall) (?:also )?(?:exercise|play) "
        r"(?:a |the )?good offices(?:,? (?:and )?[\w-]+){0,3},? roles? at the political level",
        # "to provide good offices to the parties"
        r"good offices (?:to|between|among) (?:the )?(?:two )?parties\b",
        # local mediation is local conflict resolution: "supporting and undertaking local
        # mediation efforts" (MONUSCO 2717 (2023) 34 (i) (a)), "facilitate mediation efforts at
        # local level" (36 (c))
        r"(?<!local )(?<!community )\bmediat(?:e|ion|ing|or)\b"
        r"(?! (?:efforts? )?at (?:the )?(?:local|community)[- ]levels?\b)"
        # ("support for the mediation of intercommunal and other local disputes", UNAMID 2429
        # (2018) 11 (iii))
        r"(?! (?:of|in) (?:the )?(?:[\w-]+ (?:and )?){0,3}?(?:inter-?communal|local(?:-level)?|"
        r"community|tribal|inter-?tribal|clan|inter-?clan) (?:[\w-]+ ){0,2}?(?:disputes?|"
        r"conflicts?|tensions|violence|clashes)\b)"
        # ("mediation between local communities", "of disputes between local communities")
        r"(?! (?:of (?:[\w-]+ ){0,2}?(?:disputes?|conflicts?|tensions) )?(?:between|among|within|"
        r"in) (?:the )?(?:[\w-]+ ){0,2}?(?:communities|community|clans|tribes)\b)",
        r"\bintermediary\b",
        # "to play a robust political role in support of the peace process" (BINUB 1791 (2007)
        # 4), "to play a leading mediation role" (not "a political role for women")
        r"\b(?:play\w*|assum\w*) (?:an? |its |the )?(?:[\w-]+ )?(?:political|mediation|mediating|"
        r"mediator) role\b(?! (?:of|for) women)",
        r"\bgo-between\b(?! (?:between|among|for) (?:the )?(?:[\w-]+ (?:and )?){0,3}?"
        r"(?:communities|community|clans|tribes|humanitarian|agencies)\b)",
        _CEASEFIRE_BROKERED,
        # not the mission "as facilitator and co-convener of development policy fora" (UNAMA
        # 2489 (2019) 5 (c)): a forum of donors is no political process
        r"\bfacilitator\b(?! (?:and [\w-]+ )?(?:of|for) (?:the )?(?:international |donor )?"
        r"(?:development|donors?|aid|humanitarian)\b(?! talks| dialogue| negotiations))",
        # bare "facilitation" is also "the facilitation of the delivery of humanitarian
        # assistance" and the local "good offices, confidence-building and facilitation"
        r"\bfacilitation of (?:the )?(?:[\w-]+ )?(?:peace|political|talks|dialogue|negotiations)",
        r"political settlement", r"peace (?:talks|negotiations)",
        # "the Afghan-led and Afghan-owned process of peace and reconciliation" (UNAMA's
        # mandate since 2011), "the peace and national reconciliation process"
        r"\bprocess of peace\b", r"\bpeace and (?:national )?reconciliation process",
        # "towards the development of an inclusive peace process" (MONUSCO 2765 (2024) 36 (ii)
        # (i))
        r"(?:development|launch\w*|establishment) of (?:an? |the )?(?:inclusive )?peace process",
        # "to launch an inclusive and credible negotiation process open to all communities of
        # the North of Mali" (MINUSMA 2164 (2014) 13 (b) (i))
        r"\bnegotiation process\b",
        r"political (?:negotiations|talks)", r"(?:revive|reinvigorate|relaunch|resume) (?:the )?"
        r"(?:stalled )?(?:peace|political) process",
        # "an inclusive, Libyan-led and Libyan-owned political process", "a nationally led and
        # nationally owned political process" (UNSMIL, BINUH); "through the promotion of the
        # continuing political process"
        r"(?:facilitat|support|promot|advanc|back)\w* (?:the |an? )?" + _LED_PROCESS,
        # (not "in support of the peace process", a purpose)
        r"\b(?:promotion|advancement) of (?:the |an? )?" + _LED_PROCESS,

        # … after an aside: "to support, if requested by … the Government of Afghanistan, the
        # Afghan-led and Afghan-owned peace process" (UNAMA 2489 (2019) 5 (a)); a verb, not a
        # list ("promotion, protection and fulfilment of human rights, political dialogue")
        r"\b(?:facilitat(?:e|es|ing)|supports?|supporting|promot(?:e|es|ing)|advanc(?:e|es|ing)|"
        r"backs?|backing), (?:if|when|where|as|upon|within|in|at|through|with|consistent|"
        r"subject|including|together|on)\b[^,;]{0,160}, (?:the |an? )?" + _LED_PROCESS,
        # a heading's noun: "Support to the peace process", "support for the political process"
        r"\b(?:support|assistance) (?:to|for|in) (?:the )?(?:inclusive )?(?:peace|political) "
        r"process",
        # the verb: "assisting in the ongoing political process in Somalia" (897 (1994) 2 (f))
        # ("to assist in the promotion of the political process", 1313 (2000) 3 (e))
        r"\b(?:assist(?:s|ing)?|support(?:s|ing)?) (?:further |also )?(?:in |with )?(?:the )?"
        r"(?:(?:promotion|advancement) of (?:the )?)?(?:ongoing |current )?(?:peace|political) "
        r"process\b" + _NOT_A_REFORM,
        # "Supporting the Implementation of the Revitalized Agreement and Peace Process",
        # "Support to the implementation of the Revitalized Agreement and the peace process"
        r"\b(?:facilitat|support|promot|advanc)\w*(?: (?:to|for))? (?:the )?implementation of "
        r"(?:the )?(?:[\w-]+ ){0,3}?agreement and (?:the )?peace process",
    ), exclude_covering=_TIME_LIMIT),
    TaskCues("disarmament_demobilization", "DisarmDemob", A, _rx(
        r"\bdisarm(?:ament|ing|ed)?\b(?! (?:of )?(?:civilians?|the civilian))", r"\bdemobili[sz]",
        r"\bddrr?r?\b", r"\bcantonment", r"\bcantoned\b",
        r"\b(?:assembly|regrouping|quartering) (?:areas?|zones?|points?|sites?)", r"\bregrouping\b",
        r"dismantling of (?:the )?militias", r"\bencampment\b",
        # "disbanding of private and irregular armed groups"
        r"\bdisband\w* (?:of )?(?:the )?(?:[\w-]+ (?:and )?){0,3}(?:armed groups|militias)",
        # "weapons, ammunition and other military materiel handed over by the former
        # combatants" (1528 (2004) 6(h))
        r"\b(?:weapons|arms|materiel)\b[\w ,-]{0,60}?\b(?:handed over|surrendered|turned in)"
        r"(?= by)",
        # the repatriation of foreign combatants, the codebook's DDRRR: "a voluntary repatriation
        # and resettlement programme for foreign ex-combatants" (UNOCI 1528 (2004) 6 (f))
        r"\brepatriation " + _FOR_COMBATANTS + r"(?:combatants|fighters)\b(?!['’])",
        # "the dismantling of any remaining UNITA military structures"
        r"dismantling of (?:[\w-]+ ){0,3}military structures",
    ), exclude=re.compile(r"civilian disarmament|"
                          r"disarmament of (?:the )?civilian(?:s| population)")),
    TaskCues("reintegration", "Reintegration", A, _rx(
        r"\breintegrat", r"community violence reduction", r"\bcvr\b", r"\breinsertion\b",
        # "an inclusive approach … to reduce community violence" (2476 (2019) 1 (b) (iii))
        r"reduc\w* community violence",
        # (the combatants who hand over their weapons are not the task: "handed over by the
        # former combatants"; nor those disarmed and demobilized: "to monitor the disarmament
        # and demobilization of former combatants", UNOMSIL 1181 (1998) 6 (b))
        r"\bddrr?r?\b", r"(?<!by the )" + _DD_OF + r"former combatants", r"ex-combatants",
        r"\breincorporat",  # a peace agreement's word for it: "reincorporation into civilian life"
        # "… of former combatants and their return to civilian life", "their socio-economic
        # integration" (the codebook's definition)
        r"(?:combatants|fighters)\b[^;]{0,80}?\b(?:return to civilian life|(?:socio-?economic|"
        r"social and economic) (?:re)?integration)",
    # displaced people and refugees who return and reintegrate are the refugee task: "a
    # voluntary, safe, dignified and sustainable return and reintegration of internally
    # displaced persons and refugee populations" (UNAMA 2626 (2022) 5 (a))
    # (and "the voluntary and safe return of refugees and their reintegration in their home
    # communities", 997 (1995) 3 (b))
    ), exclude=re.compile(r"reintegration (?:of|for) (?:the )?(?:[\w-]+ ){0,2}(?:displaced|"
                          r"refugees?|returnees|idps)\b|(?:refugees?|displaced persons|idps|"
                          r"returnees)\b[^;]{0,40}?\band (?:their |the )?reintegration"
                          # (not "… of refugees and the reintegration of former combatants")
                          r"(?! (?:of|for) (?:the )?(?:[\w-]+ ){0,2}?(?:former |ex-)?"
                          r"(?:combatants|fighters)\b)")),
    TaskCues("small_arms_control", "ControlSALW", A, _rx(
        r"small arms", r"light weapons", r"\bsalw\b", r"weapons? and ammunition",
        # "To guard weapons, ammunition and other military materiel handed over by the former
        # combatants and to secure, neutralize or destroy such materiel" (1528 (2004) 6 (h))
        r"\b(?:guard|store|stockpile|destroy)\w*(?: and \w+)? (?:the |such |those |any |all )?"
        r"(?:weapons|arms)\b(?![\w-])(?! of (?:its|the mission|the force)\b)",
        # "to supervise the storage and final disposal of all weapons handed in" (MINURCA 1159
        # (1998) 10 (c))
        r"\b(?:storage|disposal|final disposition|destruction|safekeeping) of "
        r"(?:the |such |those |any |all )?(?:weapons|arms)\b(?![\w-])"
        r"(?! (?:of|belonging to|held by) (?:its|the mission|the force|(?:the )?troop-contributing|"
        r"(?:the )?contingents)\b)",
        r"arms and ammunition", r"arms embargo",
        r"(?:collection|collecting|collect) (?:and \w+ )?(?:of )?(?:th\w+ |illegal )?"
        r"(?:weapons|arms)\b",
        r"weapons? (?:collection|management|registration|caches|control|destruction|storage)",
        # "monitor the management of arms and armed personnel of both sides" (1740)
        r"(?:management|storage|control|registration|collection|destruction) of (?:the )?"
        r"(?:arms|weapons)\b",
        # "collection, storage and destruction of weapons"
        r"\bcollection, (?:storage|registration) and (?:destruction|disposal) of (?:arms|weapons)",
        r"civilian disarmament", r"disarmament of (?:the )?civilian(?:s| population)",
        # "support for securing uncontrolled arms and related materiel" (2486)
        r"\b(?:uncontrolled|unsecured|loose) (?:arms|weapons)\b",
        r"(?:illicit|illegal) (?:arms|weapons)",
        # "movements of arms and combatants across shared borders", "flow of personnel, arms,
        # and related materiel", "trafficking of drugs, arms and other illegal activities",
        # "combating illicit trafficking and diversion of arms and related materiel" (2692 (2023))
        r"(?:trafficking|proliferation|flows?|movements?|diversion)(?: and diversion)? (?:in|of) "
        r"(?:[\w-]+,? (?:and )?){0,2}"
        r"(?:small )?(?:arms|weapons)\b",
        r"weapons? (?:registry|registration|permits?)", r"possession of (?:arms|weapons)",
        r"arms trafficking", r"\bstockpiles?\b",
        # "to confiscate and destroy weapons in the Area", "destruction of confiscated weapons"
        r"confiscat\w*(?: and (?:destroy|dispose of))? (?:of )?(?:any |the |all |illegal )?"
        r"(?:weapons|arms)\b", r"confiscated (?:weapons|arms)\b",
        r"(?:seize|collect|dispose of)(?: or (?:seize|collect))?,?(?: as appropriate,)? "
        r"(?:the |any )?arms", r"heavy (?:military )?(?:equipment|weapons)",
    # the sanctions panel's access to weapons storage facilities: "support Panel investigatory
    # work inside Libya, including by … granting access to weapons storage facilities" (UNSMIL,
    # 2040 (2012) 12 and every Libya sanctions renewal since)
    ), exclude=re.compile(r"\baccess to (?:[\w-]+ ){0,2}weapons? storage")),
    TaskCues("arms_embargo", "ArmsEmbargo", M, _rx(
        r"arms embargo", r"\bembargo\b", r"\bsanctions?\b(?! committees?\b)",
        # the Committee the mission cooperates with is its task ("Requests BINUH to cooperate
        # with the Sanctions Committee …", 2743 (2024) 18); the one it works beside while it
        # helps others is a partner ("working together with the Sanctions Committee …, to help
        # the national authorities …", 15)
        # (but "enhance its coordination with the Sanctions Committee" is the task)
        r"(?<!together with )(?<!together with the )(?<!in collaboration with )"
        r"(?<!in collaboration with the )(?<!in coordination with )"
        # ("to work in cooperation with the Sanctions Committee and to share information" is)
        r"(?<!in coordination with the )\bsanctions committees?\b", r"(?:group|panel) of experts",
        r"measures imposed by paragraphs?", r"measures on arms\b", r"\bcargo(?:es)?\b",
        r"\btravel ban\b", r"\basset freeze\b",
        # another resolution's measures are its sanctions: "monitoring the implementation of
        # the measures in paragraphs 2, 4, 6 and 10 of resolution 1521 (2003)" (1607 (2005) 11
        # (a))
        r"measures (?:imposed |set out |contained )?(?:by|in) paragraphs? \d+(?:(?:, | and |, "
        r"and )\d+)* of (?:its )?resolution\b",
        r"\bpanel(?:'s|’s)?(?= investigat)",
        # "illicit arms flows and other activities that are prohibited under resolution 1160
        # (1998)" (1186 (1998) 1): what a sanctions resolution forbids
        # (arms named before it: not "the recruitment of children prohibited under resolution
        # 1612")
        r"\b(?:arms|weapons|materiel)\b[^;]{0,80}?\b(?:prohibited|forbidden|banned) (?:under|by) "
        # (nor a thematic resolution's: children's, women's, peacekeepers' safety)
        r"(?:its )?resolution (?!(?:1261|1314|1325|1379|1460|1539|1612|1820|1882|1888|1889|1960|"
        r"1998|2106|2122|2143|2225|2242|2427|2467|2518|2601)\b)\d",
    )),
    TaskCues("protection_of_civilians", "CivProtect", S, _rx(
        r"protect(?:ion of|ing|s)? (?:the )?civilians?\b", r"civilians? under (?:imminent )?threat",
        r"protect(?:ion of|ing)? (?:the )?civilian population", r"threat of physical violence",
        r"\bsafe areas?\b", r"\bsafe havens?\b", r"protection of (?:the )?(?:local )?population",
        r"protect(?:ing)? (?:the )?(?:local )?populations?\b", r"security of (?:the )?civilians?",
        r"security of (?:the )?(?:most )?vulnerable (?:populations?|civilians)",
        r"security (?:to|of|for) (?:the )?civilian population",
        r"protection sites", r"protection of civilian", r"violence against civilians",
        r"civilian protection", r"early[- ]warning",
        r"protection (?:to|for) (?:the )?civilian",
        r"(?:threats?|violence|attacks?) (?:against|to|on) "
        r"(?:the )?civilian population", r"protection of (?:[\w-]+,? (?:and )?){1,4}civilians\b",
        r"violence (?:on|against) (?:the )?(?:civilian )?populations?",
        r"(?:risks?|harm) to civilians", r"civilians (?:are |remain )?(?:most |particularly )?at "
        r"(?:\w+ )?risk\b", r"civilian (?:harm|casualties)", r"joint protection teams",
        r"protection (?:strategy|measures|plans?|mechanisms?|teams?)",
        r"attacks? (?:against|on) (?:the )?civilians?", r"\bpoc\b",
        # "respond to imminent threats of violence to civilians in the immediate vicinity"
        r"threats? of (?:physical )?violence (?:against|to) (?:the )?civilians?\b",
        # the item under "Protection of civilians" that names whom it protects most
        r"specific protection (?:for|to) (?:women and children|children and women)",
        # "to monitor the situation of civilians, to coordinate efforts to ensure their
        # protection" (UNAMA since 1868 (2009))
        r"(?:situation|safety) of (?:the )?civilians?\b(?! (?:staff|personnel|component))",
    )),
    TaskCues("human_rights", "HumanRights", M, _rx(
        # not the mission's own staff: "human rights officers and civil affairs officers"
        # whose security it ensures (1270 (1999) 8 (h)), "one of UNMISS's human rights staff"
        # nor the vetting of the State's: "promotion of … security service personnel with
        # reputable human rights records" (MONUSCO 2211 (2015) 34, 2277 (2016) 40; but "to
        # monitor the human rights record of the security forces")
        r"human rights(?! (?:officers|staff|records?)\b)",
        r"(?<!reputable )(?<!sound )(?<!good )(?<!clean )(?<!proven )(?<!strong )"
        r"human rights records?\b", r"international humanitarian law",
        r"fundamental freedoms",
        r"violations and abuses", r"\bihl\b",
        # "facilitating the completion of the investigation into the Gatumba massacre"
        r"investigat\w* (?:into |of )?(?:the |all )?(?:[\w-]+ ){0,2}(?:massacres?|atrocities)",
    ), never_secured=True),
    TaskCues("child_protection", "ChildRights", A, _rx(
        r"\bchild(?:ren|ren's)?\b", r"\bchild protection", r"\bminors\b", r"\bjuveniles?\b",
        r"\bboys\b",
    ), never_secured=True),
    TaskCues("sexual_violence", "SGBViolence", A, _rx(
        r"sexual (?:and gender[- ]based )?violence", r"gender[- ]based (?:and sexual )?violence",
        r"\brape\b", r"sexual abuse(?! (?:by|of) (?:united nations|un|mission|peacekeep))",
        r"women(?:'s)? protection advis[eo]rs?\b", r"\bcrsv\b", r"\bsgbv\b",
        r"monitoring,? analysis,? and reporting arrangements",
        r"violence (?:committed )?against (?:children and )?women(?: and (?:girls|children))?",
        # the services survivors are helped to reach are part of this task: "… to survivors,
        # including medical, … psychosocial, legal, and socioeconomic services" (2729 (2024))
        r"\bsurvivors\b(?P<at>[^;:]{0,220}?\b(?:medical|health|psychosocial|legal|"
        r"socio-?economic)\b[\w ,-]{0,120}?\bservices\b)",
    # (the mission's own "sexual abuse and exploitation" (1436 (2002) 15) is conduct; the
    # "Special Representative … on Sexual Violence in Conflict" an office, not a task)
    ), exclude=re.compile(r"sexual exploitation and abuse|sexual abuse and exploitation|"
                          # (read within 40 characters of the cue: "secretary-general on"
                          # stands for the whole title, 1991 (2011) 16)
                          r"(?:representative|office|secretary-general) (?:on|for) "
                          r"sexual violence"), never_secured=True),
    TaskCues("police_reform", "PoliceReform", A, _rx(
        r"police reform", r"reform of the (?:\w+ )?police", r"security sector reform", r"\bssr\b",
        r"\bpolicing\b", r"security (?:and|&) (?:justice|judicial) (?:institutions|sector)",
        # \b: the mission's own "international police element" is not the national police
        r"\b(?:national|local|haitian|liberian|congolese|timorese|somali|ivorian|sierra leone) "
        # "the Agreement on the Establishment of a National Civil Police" (ONUSAL, 729 (1992))
        r"(?:civil(?:ian)? )?police",
        r"police (?:force|service)s?\b(?! of the (?:mission|operation))",
        r"\blaw enforcement (?:authorities|agencies|institutions|officials|officers|personnel|"
        r"bodies|capacit)",
        r"(?:reform|training|restructuring|vetting|capacity|re-?establishment|development) of "
        r"(?:the )?(?:\w+ )?police", r"security sectors?\b",
        r"(?:operational |technical |logistical )?support (?:to|for|of) (?:the )?(?:\w+ )?"
        r"(?:police|pntl|hnp|pnc|gendarmerie)\b",
        # what the police do, watched: "to investigate and report on incidents regarding the
        # activities of the gendarmerie and police" (872 (1993) 3 (h)), "to continue to monitor
        # the performance of the Croatian police in the Danube region" (1145 (1997) 13)
        r"(?:activities|conduct|performance) of the (?:[\w-]+ ){0,2}(?:gendarmerie and )?police\b",
        # Chad's police for the camps (MINURCAT): "elements of the Chadian Détachement intégré de
        # sécurité" (1923 (2010) 8 (i)), "the Police tchadienne pour la protection humanitaire"
        r"d[ée]tachement int[ée]gr[ée] de s[ée]curit[ée]",
        r"police tchadienne\b",
    # the police the mission coordinates with are a partner: "operational coordination with
    # the police services … in protection-focused activities" (2155 (2014) 4(a)(vi))
    # ("protection plans, jointly elaborated with local authorities and security services",
    # MONUSCO 2717 (2023) 34 (i) (g))
    ), exclude_far=re.compile(_PARTNER_LIST + r"(?:[\w-]+ ){0,2}(?:police|security) "
                              r"(?:force|service)s?\b"),
    weak=_rx(
        _MISSION_POLICE + r"\bpolice\b(?! (?:personnel|components?|officers? of|contributing|"
        r"commissioner|adviser|advisor|units? of|strength|ceiling|observers|monitors|"
        r"and civilian components?|and military)|, (?:military|civilian) and|-contributing|"
        # the mission's own: "so that its civilian and police staff can move safely"
        r"(?<=its civilian and police) staff)",
        r"law enforcement", r"\bgendarmerie\b", r"\bpnc\b", r"\bpntl\b", r"\bhnp\b",
        r"\bcivil(?:ian)? police\b", r"\bcivpol\b",
        r"public (?:order|security|safety)", r"law and order",
        # (not the "international security forces" the mission coordinates with, ISAF for
        # UNAMA: "coherence between the activities of national and international security
        # forces", 1806 (2008) 4 (b))
        r"(?<!international )security (?:institutions|forces|services|agencies)",
        r"security and rule of law institutions",
    ), needs=_REFORM_CONTEXT),
    TaskCues("military_reform", "MilitaryReform", A, _rx(
        r"security sector reform", r"\bssr\b", r"army reform", r"reform of the (?:\w+ )?army",
        r"defen[cs]e (?:sector|reform|policy|policies|strategy)",
        r"military (?:training|reform|justice)", r"ministry of defen[cs]e",
        r"\b(?:training|train|vetting|professionali[sz]\w*|restructuring|formation) (?:of )?"
        r"(?:the )?"
        r"(?:\w+ ){0,2}(?:soldiers|military|army|armed forces|defen[cs]e forces)",
        # "the incorporation of UNITA soldiers into the Angolan Armed Forces"
        r"\b(?:incorporation|integration) of (?:[\w-]+ ){1,4}into (?:the )?(?:[\w-]+ ){0,2}"
        r"(?:armed forces|army|defen[cs]e forces)",
        r"integrated brigades", r"joint integrated units", r"\bjius?\b", r"security sectors?\b",
        r"security (?:and|&) (?:justice|judicial) (?:institutions|sector|development plans?)",
    ), weak=_rx(
        r"\b(?:national|armed) forces|(?<!civil )\bdefen[cs]e forces?\b",
        r"\b(?:national |new |unified |integrated )?army\b", r"\bfardc\b", r"\bf-fdtl\b",
        r"\bfanci\b", r"\bfds\b", r"\bsaf\b",
        r"\bspla\b", r"\bfaca\b",
        r"(?<!international )security (?:and rule of law )?(?:institutions|agencies|forces)",
        r"defen[cs]e and security",
        r"(?<!civil-)(?<!civil -)(?<!foreign )\bmilitary\b(?! (?:observers|personnel|component|"
        r"(?:and security )?situation|"
        r"contingents|liaison|officers|staff|operations|strength|ceiling|observer|units?|"
        r"and police|information|materiel|equipment|assistance|bases|specialists|advantage|"
        r"solution|status quo|(?:coordination )?commission|committee|advis[eo]rs?|"
        # ("the military aspects of the peace process", MONUA 1118 (1997) 10)
        r"aspects\b))",
    ), needs=_REFORM_CONTEXT,
        # forces withdrawn or redeployed ("verify the redeployment of any armed forces from
        # the Abyei Area") are demilitarization, not a reform of them
        # ("disengagement and cantonment of military forces of all the parties", 1509 (2003)
        # 3 (d); "the withdrawal of military or paramilitary units", 836 (1993) 5)
        exclude=re.compile(r"\b(?:redeployment|withdrawal|disengagement|separation|pull(?:ing)? "
                           r"back|cantonment)(?: and (?:cantonment|withdrawal|redeployment))? "
                           r"of (?:the |any |all |their |its )?(?:\w+ ){0,2}"
                           r"(?:armed|defen[cs]e|military)(?: or paramilitary)? (?:forces|units)|"
                           # children "recruited to and participating with armed forces and
                           # armed groups" (UNMIS 1870 (2009) 22) are a child-protection matter
                           r"armed forces (?:and|or) (?:other )?armed groups"),
        # … and so are the other forces listed after the first: "the redeployment of any Sudan
        # Armed Forces, Sudan People's Liberation Army or its successor from the area"
        exclude_far=re.compile(r"\b(?:redeployment|withdrawal) of (?:the |any |all )?"
                               r"(?:[\w'’-]+ ){0,3}(?:armed|defen[cs]e) forces,? (?:and |or )?"
                               r"(?:the )?(?:[\w'’-]+ ){0,4}(?:army|forces)\b"),
        # military matters the mission's own staff advise its head on are no armed forces: "a
        # military liaison group whose tasks shall include: Providing advice to the Special
        # Representative on military matters; … advising the Special Representative on military
        # and related developments" (MINUCI 1479 (2003) 3)
        exclude_covering=re.compile(r"\b(?:special representative|head of (?:the )?mission|"
                                    r"force commander|secretary-general)\b[^;]{0,30}?\bon "
                                    r"(?:[\w-]+ and )?military "
                                    r"(?:and (?:[\w-]+ )?)?(?:matters|questions|affairs|"
                                    r"issues|aspects|developments)\b")),
    TaskCues("demilitarization", "Demil", M, _rx(
        r"demilitari[sz]", r"buffer zones?", r"weapons?[- ]free",
        # "an area free of any armed personnel, assets and weapons other than those of …"
        r"free of (?:any |all )?(?:armed personnel|armed elements|weapons)",
        r"weapons?[- ](?:exclusion|storage|"
        r"control|collection) (?:zones?|areas?|points?|sites?)",
        # not the mission's own ("the orderly and safe drawdown and withdrawal of its personnel")
        # "the withdrawal of all State and non-State security actors … from the territory"
        # (2241 (2015) 4 (e) (v))
        # (not the mission's own: "the withdrawal of UNOSOM II personnel and assets", 954 (1994)
        # 6; "to resume withdrawal of UNAVEM III formed military units", 1087 (1996) 4)
        r"withdrawal of (?!its )(?!" + _OWN_OPERATION + r")(?:all )?(?:the )?(?:[\w-]+ ){0,3}"
        r"(?:forces|troops|units|military|"
        r"heavy weapons|personnel|armed elements)|withdrawal of (?:all )?(?:[\w -]+ ){0,5}"
        r"security actors"
        r"(?! of the (?:mission|operation|force))",
        r"heavy weapons", r"(?:zone|area|line)s? of separation", r"exclusion zones?",
        r"restricted (?:weapons )?(?:zone|area)s?", r"security zones?", r"\bpink zones\b",
        r"\bunpas?\b", r"(?:united nations )?protected areas",
        r"withdraw(?:al)? from (?:the )?(?:zone|area)", r"confrontation lines?",
        # not supplies carried "to and from the front lines" (2687 (2023) 29 (c)) or "support to
        # front line units of the Somali National Army"
        r"(?<!to and from the )\bfront lines?\b(?! units?\b)",
        r"disengagement of (?:the )?(?:\w+ )?(?:forces|troops)", r"separation of (?:the )?forces",
        # "supervise and verify the disengagement and redeployment of the parties' forces" (1291
        # (2000) 7 (e)), "verify the redeployment of Ethiopian troops", "monitor the positions of
        # Ethiopian forces once redeployed" (1320 (2000) 2)
        r"(?:disengagement and )?redeployment of (?:the |any |all )?(?:[\w']+ ){0,2}"
        r"(?:forces|troops)",
        r"(?:forces|troops) (?:once |that are to |are to |to be |shall )?redeploy\w*",
        # "within a weapons secure area established by the parties" (872 (1993) 3 (a))
        r"weapons?[- ]secure (?:zones?|areas?)",
        r"pull(?:ing)? back (?:its|their|the) (?:\w+ )?forces",
        r"reduc\w* (?:[\w ]{0,40})?the strength of (?:its|their) (?:\w+ )?forces",
    )),
    TaskCues("offensive_operations", "OffensOper", S, _rx(
        r"offensive operations", r"neutrali[sz](?:e|ing|ation of) (?:the )?(?:armed groups|"
        r"militias|fdlr|adf|lra|m23)", r"intervention brigade", r"targeted (?:offensive )?"
        r"operations", r"\bfib\b", r"disarm (?:the )?(?:armed groups|militias)",
    )),
    TaskCues("use_of_force", "UseOfForce", S, _rx(
        r"all necessary (?:measures|means|action)(?! to (?:facilitate|support) (?:the )?"
        r"(?:early )?deployment)",
        # "decides that MONUC may take the necessary action, in the areas of deployment of its
        # infantry battalions …, to protect …" (1291 (2000) 8), "Authorizes UNMISET … to take
        # the necessary actions, for the duration of its mandate, to fulfil its mandate" (1410
        # (2002) 6): "may", or the authorization's own words after it; not other action asked
        # for ("to take the necessary action to report", "… to prevent sexual exploitation"),
        # nor another force's ("urges ECOMOG … to take necessary action to provide security for
        # UNOMIL observers", 1001 (1995) 12)
        r"\bmay take (?:the )?necessary actions?\b",
        r"\btake (?:the )?necessary actions?(?=,? (?:in the areas? of (?:its )?deployment|for the "
        r"duration of its mandate|to (?:protect|afford protection to) (?:the )?civilian))",
        # bare "use of force" is nearly always another's (refrain from, deter, excessive,
        # proportionate); the mission is authorised only where it may use it
        r"(?:including|by) (?:the )?use of force",
        # "authorizes UNAMSIL to use force, within its capabilities, …" (the clause the
        # mission is tasked in; not "threats to use force", "the readiness of the parties to
        # use force", "never to use force": another's)
        r"(?<!\bnot )(?<!\bnever )(?<!attempt )(?<!attempts )(?<!attempting )(?<!threat )"
        r"(?<!threats )(?<!parties )(?<!decision )(?<!decisions )\bto use force\b",
        r"acting in self-defen[cs]e", r"\bair power\b",
    # "deter any attempt at the use of force": the force is another's, not authorised
    ), exclude=re.compile(r"(?:attempts? (?:at|to use)|threat(?:s|en\w*)? (?:or|of)|"
                          r"renounc\w*|refrain\w* from|resort\w* to) (?:the )?use of force")),
    TaskCues("justice_reform", "JusticeReform", A, _rx(
        # not "to bring to justice those responsible", "… are brought to justice" (accountability)
        r"(?<!\bto )\bjustice\b(?! (?:those|the perpetrators|all those|perpetrators))",
        r"access to justice", r"\bjudicia",
        # (not the verb: "where the Force Commander judges it safe", "as it judges necessary")
        r"\bjudges?\b(?! (?:it |this |them )?(?:safe|necessary|possible|advisable|useful|fit|"
        r"feasible)\b| (?:it|this|them) appropriate\b)",
        r"(?<!criminal )(?<!special )(?<!international )\bcourts?\b", r"\bprosecut",
        r"\bimpunity\b", r"rule of law", r"\bmagistrat", r"legal (?:system|aid|institutions)",
        r"justice (?:sector|system|institutions|reform)",
    # courts between States settle borders, not a justice system the mission strengthens; an
    # international tribunal's Prosecutor, and prosecution before a special court or of
    # violations of international humanitarian law, are transitional justice
    ), exclude=re.compile(r"international criminal court|court of arbitration|"
                          r"international court of justice|the prosecutor\b|"
                          r"prosecution (?:before|of serious violations)")),
    TaskCues("transitional_justice", "TransJustice", A, _rx(
        r"transitional justice", r"truth(?: and|,) (?:reconciliation|justice)",
        r"(?<!suspected of )(?<!suspected of committing )\bwar crimes\b",
        r"(?<!suspected of )(?<!of )crimes against humanity", r"(?<!suspected of )\bgenocide\b",
        r"international criminal (?:court|tribunal)",
        r"\bicc\b", r"\bictr\b", r"\bicty\b", r"international tribunal",
        r"special criminal court", r"special court for sierra leone", r"special tribunal",
        r"\btruth commission\b", r"special jurisdiction for peace",
        r"serious crimes", r"commission of inquiry",
        # (not the justice sector's "internal management and accountability mechanisms",
        # 2239 (2015) 10 (b) (ii))
        r"(?:bring|brought) to justice", r"accountability for",
        r"(?<!management and )accountability mechanisms?",
        r"hold (?:\w+ ){0,3}accountable", r"\breparations?\b",
        # "judicial and non-judicial processes to address the legacy of large-scale human
        # rights violations" (UNAMA 2489 (2019) 5 (e))
        r"\blegacy of (?:the )?(?:(?:past|large-scale|gross|serious|massive|mass|grave|"
        r"widespread|systematic)(?:,? and |,? | or ))*(?:human rights )?(?:violations|abuses|"
        r"atrocities|crimes)(?! (?:of|against) (?:the )?(?:ceasefire|cease-fire|truce|arms "
        r"embargo|children))",
    # "combatants not suspected of genocide, war crimes, crimes against humanity" are DDR's
    # Côte d'Ivoire's "integrated command centre (ICC)" is no criminal court
    ), exclude=re.compile(r"suspected of (?:committing |having committed )?(?:genocide|war "
                          r"crimes|crimes)|integrated command cent(?:re|er)|icc mixed units|"
                          # violations "that may amount to war crimes" are monitored as
                          # human rights violations, not tried
                          r"amount(?:s|ing)? to (?:war crimes|crimes against humanity|genocide)|"
                          # guarding a tribunal's premises is not trying anyone
                          r"premises of|protection (?:of|for) the (?:international tribunal|"
                          r"prosecutor)|"
                          # civilian oversight of the police and army is security sector reform
                          r"oversight and accountability|"
                          # a partner's title: "the Special Adviser on the Prevention of Genocide"
                          r"advis[eo]rs? on the prevention of genocide")),
    TaskCues("corrections_reform", "CorrectionsReform", A, _rx(
        r"\bprisons?\b", r"\bcorrection(?:s|al)\b", r"\bpenitentiar", r"\bpenal\b",
        r"detention (?:facilities|centres|centers|conditions)",
    )),
    TaskCues("border_control", "BorderControl", A, _rx(
        r"\bborders?\b", r"\bfrontiers?\b", r"cross-border", r"border crossings?",
        r"\bboundary\b", r"border checkpoints",
        # a country's customs, who work its borders: "provide assistance to the competent
        # customs authorities" (1856 (2008) 3 (p), which PEMA codes BorderControl); not the
        # mission's own "seconded customs officers" (1962 (2010) 4)
        r"\bcustoms (?:authorities|officials|administration|services|control|operations|"
        r"posts)\b",
    # the Russian "border forces" are a partner; camps "in close proximity to the border" a place
    ), exclude=re.compile(r"border (?:forces|troops)|proximity to the borders?|demarcat|"
                          r"delimitation|boundary commission")),
    TaskCues("mine_action", "Demining", A, _rx(
        # not the mines of an extractive industry: "the Ministry of Mines and Mineral Resources"
        # (2005 (2011) 9), "gold mines", "strategic mines … controlled … by armed groups" (1896
        # (2009) 10)
        r"(?<!ministry of )(?<!gold )(?<!diamond )(?<!coal )(?<!copper )(?<!strategic )"
        r"\b(?:land)?mines?\b"
        r"(?! action service)(?! and (?:mineral|mining|quarr|geolog|energy))", r"\bminefields?\b",
        r"\bmine[- ](?:clearance|clearing|action|"
        r"awareness|risk)", r"\bde-?mining\b", r"unexploded (?:ordnance|devices)",
        r"explosive (?:remnants|ordnance|hazards?|threats?)", r"improvised explosive",
        r"\bieds?\b", r"\bc-ied\b", r"\bunmas\b", r"mine action service",
    # "to create the security conditions for humanitarian mine action" (as for relief)
    ), secured_when=re.compile(r"\b(?:creat|establish|ensur|provid)\w* (?:the |a )?(?:necessary )?"
                               r"(?:security conditions|secure environment)")),
    TaskCues("natural_resources", "Resources", M, _rx(
        # (not "de-mining activities", 1996 (2011) 3 (c) (vi))
        r"natural resources", r"illegal exploitation", r"(?<!de-)(?<!de- )\bmining\b",
        r"\bminerals?\b",
        r"\btimber\b", r"\blogs\b", r"\bdiamonds?\b", r"\bextraction\b", r"\bgold\b",
        r"illicit (?:trade|trafficking) in (?:natural|minerals)", r"\bcoltan\b",
        # "joint patrols with the Forestry Development Authority" (1647 (2005) 5)
        r"\bforestry (?:development )?(?:authority|sector|reform|law|concessions?|management|"
        r"products|resources)\b", r"\bforest (?:resources|management|concessions?|sector|"
        r"products|law)\b",
    )),
    TaskCues("state_authority", "StateAuthority", A, _rx(
        r"state authority", r"authority of the (?:state|government)",
        r"(?:restor|re-?establish)\w* (?:of )?(?:the )?authority of the",
        r"(?:restor|extend|re-?establish)\w* (?:its|their) authority",
        r"return of (?:its|their|the) (?:effective )?authority",
        r"(?:extension|extend|extending|restoration|restore|restoring|re-?establish\w*|"
        r"consolidat\w*) (?:of )?(?:the )?(?:state|government|governmental|national) "
        r"(?:authority|administration|institutions|control|presence)",
        r"state (?:institutions|administration|capacity|presence)", r"civil administration",
        # "To establish an effective administration" (1272 (1999) 2 (b)), "to provide assistance
        # to core administrative structures" (1410 (2002) 2 (a))
        r"(?:establish|build)\w* (?:an? )?(?:effective |functioning )?administration\b",
        r"(?:core|national|state|government(?:al)?|public|local|existing) administrative "
        r"structures",
        r"civil authority", r"administrative capacit(?:y|ies)",
        # "the re-establishment of the administration of the State throughout the territory"
        r"administration of the (?:state|country)\b",
        r"(?:basic )?civil(?:ian)? administrative functions",
        # the mission's own government of a territory: "running an interim administration" (not
        # "to establish … in order to provide an interim administration", the mission set up for
        # it, UNMIK 1244 (1999) 10, nor "the parties exercising the interim administration")
        r"(?<!that )(?<!which )(?<!who )\b(?:run|perform)\w* (?:an? |the )?(?:functions of (?:an? |"
        r"the )?)?(?:interim|transitional) "
        r"(?:civil(?:ian)? )?administration\b",
        r"(?:restor|re-?establish|extend)\w* (?:of )?(?:basic )?public services",
        r"local (?:governance|administration|government)",
        r"public administration", r"decentrali[sz]",
        # the codebook's stabilization, as a verb: "efforts to stabilise post-conflict zones"
        # (UNSMIL 2486 (2019) 2 (v)); not "stabilize the situation"
        # ("areas emerging from conflict", not "the situation in areas", "the buffer zone", "border
        # areas" or "the region")
        r"\bstabili[sz](?:e|ing) (?:the )?(?:(?:post-conflict|conflict-affected|affected|"
        r"liberated|recovered|newly[\w-]*|key|priority|local) )?(?:areas?|zones?|localities)\b"
        r"(?! of (?:separation|limitation|confidence))",
        # where a State's territory ends: PEMA codes border demarcation here, not as border control
        r"demarcat\w* (?:of )?(?:the )?(?:[\w/-]+ ){0,3}(?:borders?|boundar(?:y|ies))\b",
        r"(?:border|boundary) demarcation",
        # "to assist the Boundary Commission in the … implementation of its Delimitation
        # Decision" (UNMEE 1430 (2002) 1)
        r"\bdelimitation\b",
        r"\bstabili[sz]ation (?:and reconstruction plan|strategy|plan|programme|program|support|"
        r"efforts)", r"\bstarec\b", r"\bi4s\b|\bisssss?\b",
        r"\b(?:governmental|government|national|state) institutions",
        # "the development of effective civil, social and essential services" (UNAMI 1770
        # (2007) 2 (b) (v))
        r"civil,? (?:and )?social(?: and essential)? services", r"redeployment of (?:the )?"
        r"(?:state |civil |ivorian |national )?administration",
        r"legislative and executive authority", r"\bstate[- ]?building",
        r"(?:basic )?service delivery|delivery of (?:basic )?(?:public |social )?services",
    ), weak=_rx(
        r"institution[- ]building", r"institutional (?:capacity|development|strengthening)"
        # (nor "the further training, institutional development and strengthening of the PNTL",
        # UNMIT 1704 (2006) 4 (c))
        r"(?!(?: and [\w-]+)? of (?:the )?(?:[\w-]+ )?(?:police|pntl|hnp|army|armed forces|"
        r"judiciary|prisons?)\b)",
        # not an institution of another task's: "capacity-building support to the National
        # Human Rights Commission" (UNSOM 2461 (2019) 20)
        r"capacity[- ]?building(?: support)?(?! (?:support )?(?:to|of|for) (?:the )?(?:national |"
        r"independent )?(?:human rights|electoral|police|judicia|justice|prison|correction))",
    ), needs=re.compile(r"\b(?:state|government|public|civil|administrat\w*|ministr\w*|"
                        r"local authorit\w*)\b(?! of (?:the )?(?:police|pntl|hnp))"),
        # what a task serves, not the task: "… reconciliation as an essential part of preventing
        # violence and long-term State-building activity" (UNMISS, 2014 on), "… reducing the
        # threat posed by armed groups to state authority" (the Intervention Brigade's aim)
        # nor the institutions the mission works with: "including through coordination with
        # national institutions and regional organizations" (UNAMI 2732 (2024) 6 (c) (iii))
        exclude=re.compile(r"long ?-?term state[- ]?building activit|"
                           r"threat[\w ]{0,40} to (?:the )?state authority"),
        exclude_far=re.compile(_PARTNER_LIST
                               + r"(?:governmental|government|national|state) institutions")),
    TaskCues("democratization", "Democratization", A, _rx(
        # (nor "standards of policing in democratic societies", police "that they are
        # democratic": 1181 (1998) 8 (a), 1545 (2004) 6)
        r"\bdemocra(?:cy|tization|tisation)",
        r"(?<!that they are )democratic(?! republic| policing| societ)",
        r"good governance", r"political space",
        r"\bparliament(?!ary (?:and \w+ )?(?:elections|electoral|polls))",
        r"constitutional order",
        # "support to ministries, the national legislature and local government" (2144 (2014))
        r"\blegislatures?\b",
        # bare "governance" is listed among sectors ("rule of law, justice, governance and SSR
        # programmes") or women's seats in "post-conflict governance institutions"
        r"(?:political|democratic) governance", r"political institutions",
        r"independent (?:institutions|commissions)", r"\bnational assembly",
    # a condition of another task, not one: "mediation …, while taking into account ongoing
    # democratic transformation at the national level"
    ), exclude=re.compile(r"taking into account (?:the )?(?:ongoing |current )?democra")),
    TaskCues("electoral_security", "ElectSec", A, _rx(
        # (not "secure" for obtain, `_OBTAINED`)
        r"secur(?:e(?!" + _OBTAINED + r")|ity(?! sector| council))[\w ,'’-]{0,100}?\b(?:elections?|"
        r"electoral|polls|referend\w*|voting)",
        # "the security of the operations to identify the population and register voters"
        # (UNOCI 1739 (2007) 2 (d)); the registration itself stays voter registration
        r"\bsecurity of (?:the )?operations? (?=(?:to|of|for) (?:the )?(?:identif\w*|regist\w*|"
        r"enrol\w*) (?:of )?(?:the )?(?:population (?:and (?:regist\w*|enrol\w*) (?:of )?"
        r"(?:the )?)?)?voters\b)",
        r"(?:elections?|electoral|polls|referend\w*)[\w ,-]{0,40}\bsecur(?:e\b(?!" + _OBTAINED
        + r")|ity\b)",
        # "support … local elections, including through … logistical and technical assistance
        # and effective security arrangements" (the words in `at` are the cue proper: the
        # election named stays electoral assistance as well); not a peace agreement's
        # "transitional security arrangements"
        r"\b(?:elections?|electoral|polls)\b[\w ,-]{0,150}\b(?<!transitional )"
        r"(?P<at>security arrangements)",
        # not "promotion and protection of human rights and a credible electoral process"
        r"(?:protect\w*\b(?! of human rights)|violence|threats?|intimidation)[\w ,-]{0,60}\b"
        r"(?:elections?|electoral|polls)",
        r"(?:elections?|electoral|polls)[\w ,-]{0,40}\b(?:violence|intimidation)",
        r"election-related (?:security|responsibilities|violence)", r"electoral violence",
        r"(?:safe|peaceful) (?:and \w+ )?environment for (?:the )?(?:holding of )?(?:free )?"
        r"(?:elections|electoral)",
        r"(?:atmosphere|environment|conditions) conducive to (?:the )?(?:holding|conduct) of "
        r"(?:[\w,]+ ){0,3}peaceful elections",
        # the police supported "in particular for the electoral process"; ballots escorted
        r"\b(?:police|pntl|hnp|gendarmerie)\b[\w ,-]{0,50}?\b(?:for|during|in) the (?:\w+ )?"
        r"(?:electoral process|elections?|polls)\b", r"\bescort\w* (?:of )?(?:the )?"
        r"(?:ballots?|electoral materials?)",
    ),
    # violations and violence "in the context of elections" (MONUSCO's human rights
    # monitoring, 1991 (2011) 7, 2211 (2015) 15); not women's participation "in the context
    # of elections and peacebuilding" (2592 (2021) 6 (d))
    # (its weak cue shields the election named in it from electoral assistance)
    weak=_rx(r"\bin the context of (?:the )?(?:\w+ )?(?:elections|electoral|polls)"),
    needs=re.compile(r"\b(?:violations?|abuses|violence|intimidation|threats?|"
                     r"risks? to (?:the )?civilians)\b")),
    TaskCues("electoral_assistance", "ElectAssist", A, _rx(
        r"\belections?\b", r"\belectoral\b", r"\breferend(?:ums?|a)\b", r"\bpolls\b",
        r"\bballots?\b", r"\bvoting\b", r"\belection-related\b", r"\bvoters?\b",
        # the election's logistics beside its security: "logistical and security assistance
        # for the elections" (1892 (2009) 8), whose "security … elections" is electoral
        # security's cue
        r"\blogistic(?:al|s)? (?:and [\w-]+ )?(?:support|assistance) (?:for|to|in|with) "
        r"(?:the )?(?:(?!after|before|ahead|following|during|until|prior)[\w-]+ ){0,2}?"
        r"(?:elections?|electoral|polls)\b",
    # an election that only dates a task ("complete the DDR process before the presidential
    # election of 2015", "in light of the elections") asks nothing of the electoral process;
    # the voter in "voter education" is that task's
    ), exclude_covering=re.compile(r"\bvoter(?:s'|s)? (?:education|registration|lists?|rolls?|"
                                   r"registers?)\b|"
                                   r"\b(?:before|after|ahead of|prior to|in light of|"
                                   # (not the results certified: "certify the results of the
                                   # 2015 presidential elections" is electoral work)
                                   r"in the run-up to|outcome of|(?<!certify the )"
                                   r"(?<!certification of the )(?<!certifying the )results? of)"
                                   r"(?: and (?:after|before|during))? (?:the )?"
                                   r"(?:\d{4} )?(?:\w+ )?(?:and \w+ )?(?:elections?|polls)\b|"
                                   # "through the 2015 presidential elections" (UNOCI 2112
                                   # (2013) 6 (h)): until then (not "through free elections",
                                   # "through the organization of elections")
                                   r"\buntil the (?:\d{4} )?(?:\w+ )?(?:and \w+ )?"
                                   r"(?:elections?|polls)\b|"
                                   r"\bthrough the \d{4} (?:\w+ )?(?:and \w+ )?"
                                   r"(?:elections?|polls)\b"),
        inside_of=("electoral_security",)),
    TaskCues("voter_education", "VoterEducation", A, _rx(
        r"voter(?:s'|s)? (?:education|registration|lists?|rolls?|registers?)",
        r"civic education",
        r"registration of (?:the )?voters",
        # "to register qualified voters", "registering voters"
        r"\bregist(?:er|ers|ering) (?:of )?(?:\w+ )?voters\b",
        r"identification of (?:the )?(?:population|voters)",
        # "technical assistance and logistical support for the revision of the electoral
        # register" (2277 (2016) 35 (ii) (c)): voter registration by its other name (not
        # "the electoral lists of political parties", their candidates)
        r"\belectoral (?:registers?|rolls?)\b",
        r"electoral education", r"identification and registration",
    )),
    TaskCues("political_party_assistance", "PolPartyAssist", A, _rx(
        r"political parties", r"inter-party", r"party dialogue", r"political party",
        r"(?:between|with) the (?:ruling (?:party|coalition|majority) and the )?"
        r"(?:political )?opposition\b",
    )),
    TaskCues("civil_society", "CivilSociety", A, _rx(
        r"civil society", r"non-governmental organi[sz]ations", r"\bngos?\b",
        r"community leaders", r"religious leaders", r"traditional leaders",
        r"community engagement",
    # civil society the mission works with is its partner, not its task: "relevant
    # stakeholders including with civil society", "in close consultation with civil society"
    ), exclude_far=re.compile(_PARTNER_LIST + r"(?:civil society|non-governmental|ngo)")),
    TaskCues("media", "Media", M, _rx(
        r"\bmedia\b", r"\bjournalists?\b", r"freedom of (?:the )?(?:press|expression)",
        # (countering "hate speech" is the mission's public information, as the codebook says)
        # (not the verb: "press for women to take part")
        r"\bpress\b(?! (?:for|ahead|on)\b)", r"incitement to (?:hatred|violence)", r"hate media",
        # the country's broadcaster: "the national radio and television corporation", "the
        # Radio Télévision Ivoirienne" (UNOCI 1739 (2007) 2 (m))
        r"\b(?:national|state|state-owned) radio (?:and television )?(?:broadcaster|"
        r"corporation)s?\b",
        r"\bradio[- ]t\w*l\w*vision\b",
        # not the mission's own "radio broadcasting capability" (1528 (2004) 6 (o)) or its
        # "broadcasting information helpful to implementation" (766 (1992) 6): its public
        # information
        r"\bbroadcast(?:ing|s)?\b(?! capacity| capability| information)",
    )),
    TaskCues("public_information", "PublicInfo", A, _rx(
        r"public information",
        # (not a national broadcaster by its name, whose premises the mission guards: "the Radio
        # Télévision Ivoirienne", UNOCI 1739 (2007) 2 (m))
        r"\bradio\b(?![- ]t\w*l\w*vision\b)",
        r"information campaigns?", r"public outreach",
        # (not outreach beside good offices to the parties: "provide outreach and good offices,
        # including to facilitate dialogue between … political actors", UNAMA 2626 (2022) 5 (c))
        r"\boutreach\b(?!,? and good offices(?:,? including)?(?: to facilitate (?:political )?"
        r"dialogue\b| to the (?:\w+ )?parties\b))",
        r"strategic communications?",
        r"communications? (?:strategy|capacity|campaign)",
        r"awareness of (?:the )?(?:mission|mandate)",
        # "to raise awareness and understanding about its mandate and activities"
        r"awareness (?:and understanding )?(?:about|of) (?:its|the mission's) mandate",
        # (not the "conduct of public affairs" citizens take part in, 2626 (2022) 5 (d))
        r"public relations", r"(?<!conduct of )public affairs", r"\bmis-?information\b",
        r"\bdisinformation\b", r"hate speech",
        r"understanding of (?:the )?(?:work|mandate|role) of",
        r"objective and accurate information",
        r"sensiti[sz](?:e|ation|ing) (?:\w+ly )?(?:the )?(?:\w+ )?(?:population|public|people)",
        r"broadcasting (?:capacity|capability|(?:of )?information)",
        r"information (?:to|for) the (?:\w+ )?(?:people|population)",
    )),
    TaskCues("power_sharing", "PowerSharing", A, _rx(
        r"power[- ]sharing", r"inclusive government",
        r"(?:formation|establishment) of (?:an? |the )?(?:new |inclusive |transitional )?"
        r"government(?! of)",
    )),
    TaskCues("national_reconciliation", "Reconcil", A, _rx(
        # not "local reconciliation efforts" alone (MINURCAT 1861 (2009) 6 (e)), a local task
        r"(?<!government of national )(?<!local )(?<!community )(?<!community-level )"
        r"(?<!intercommunal )(?<!inter-communal )(?<!inter communal )\breconcil",
        r"\bnational dialogue",
        # (not "a high level regional political dialogue between key signatories", 2147 (2014)
        # 16: dialogue between the States of the region)
        r"social cohesion", r"(?<!regional )political dialogue", r"confidence[- ]building",
        # nor the "dialogue with all listed parties" on their action plans to end grave
        # violations against children (MONUSCO 2211 (2015) 13 (f) and later), nor with the
        # electoral commission (1991 (2011) 7)
        # (nor a "development policy dialogue", UNSMIL's "security and economic dialogue",
        # or an office's "dialogue with States", 2341 (2017) 11)
        r"(?<!local )(?<!regional )(?<!regional political )(?<!policy )(?<!economic )"
        r"\bdialogue\b"
        # (nor dialogue "and collaboration … across the region", UNAMA 2626 (2022) 5 (h), or
        # "among neighbouring States")
        r"(?! (?:among|between) (?:the )?(?:neighbou?ring )?(?:states|countries)\b)"
        r"(?! and (?:collaboration|cooperation)\b[^;:,]{0,90}\b(?:across|throughout) the "
        r"(?:wider )?region\b)"
        r"(?! with (?:all )?(?:the )?(?:listed parties|ceni\b|(?:member )?states\b|"
        r"(?:independent )?(?:national )?electoral commission))",
        r"peaceful coexistence", r"inter-?ethnic", r"(?<!zero-)(?<!zero )\btolerance\b",
        r"climate of confidence|atmosphere of confidence",
    )),
    TaskCues("local_reconciliation", "LocalReconcil", A, _rx(
        r"\binter[- ]?communal", r"\bcommunity conflicts?\b", r"\binter-?tribal\b",
        # Somalia's clans: "inter-clan and intra-clan reconciliation" (UNSOM 2461 (2019) 6)
        r"\bint(?:er|ra)[- ]?clan\b(?!(?: and int(?:er|ra)[- ]?clan)? power[- ]sharing)",
        r"\breconcil\w* (?:between|among) (?:the )?clans\b",
        r"local (?:conflicts?|disputes?|mediation|reconciliation|"
        # (community violence reduction is reintegration, as the codebook defines it)
        r"dialogue|peace)", r"community (?:dialogue|reconciliation)",
        r"community[- ]level (?:dialogue|conflicts?|reconciliation|mediation|peace)",
        # (not a "community-based approach" to DDR, "community-based security and
        # stabilisation measures" or "community-based systems for meeting basic human needs")
        r"\btranshumance\b",
        r"community-based (?:reconcil|conflict|dispute|mediation|dialogue|peace)",
        r"\bcommunity mediation",
        r"(?:disputes?|conflicts?|tensions?) (?:between|among) (?:the )?(?:[\w-]+ ){0,3}"
        r"communities",
        r"\bgrassroots\b",
        r"\bmediat\w*(?: efforts?)? at (?:the )?(?:local|community)[- ]levels?\b",
        r"conflict (?:management|resolution|prevention) (?:mechanisms|at the)",
        r"land (?:disputes|tenure|conflicts)",
        # "good offices … at the national and local levels, in order to support dialogue …
        # towards reconciliation and social cohesion"
        r"\blocal levels?\b[\w ,-]{0,200}\b(?:reconcil|dialogue|social cohesion)",
        r"\b(?:reconcil\w*|dialogue|social cohesion)\b[\w ,-]{0,150}\blocal levels?\b",
    )),
    TaskCues("regional_reconciliation", "RegReconcil", A, _rx(
        r"regional (?:political )?(?:cooperation|dialogue|reconciliation|peace|integration|"
        r"stability)",
        r"neighbou?ring (?:states|countries)", r"good-?neighbou?rly",
        # (not their cooperation "and armed groups", which is watched)
        r"(?:cooperation|dialogue|relations) (?:among|between) (?:the )?(?:states|countries|"
        r"governments) of the (?:[\w-]+ ){0,2}?(?:sub-?)?region"
        r"(?!,? (?:and )?(?:the )?(?:armed|rebel|militia))",
        r"relations between (?:the )?(?:two )?(?:states|countries|governments)",
        r"expanded joint verification mechanism",
        r"peace,? security and cooperation framework",
    # the neighbours the mission works beside are partners: "to complement the efforts of
    # neighbouring countries, regional and subregional organizations such as CARICOM" (2743
    # (2024) 3), "in cooperation with the neighbouring States"
    ), exclude_far=re.compile(r"(?:" + _PARTNER_LIST + r"|\befforts of (?:the )?)neighbou?ring")),
    TaskCues("economic_development", "EcDevelop", A, _rx(
        # "international development organizations", "development actors" and "partners" are
        # whom the mission works beside, not development it supports
        r"\becono(?:my|mic)", r"\b(?:long-term|sustainable|socio-economic|economic|rural|"
        r"national) development(?! (?:actors|partners|organi[sz]ations|agencies|community|"
        # a plan's title: "the United Nations Sustainable Development Cooperation Framework"
        # (2512 (2020) 2 (a)), "the … Development Assistance Framework"
        r"(?:cooperation|assistance) framework))",
        r"development (?:assistance(?! framework)|programmes|projects|plans?|strategy|efforts|"
        r"activities|"
        r"needs)",
        # "support … to the development and governance priorities of the Government" (UNAMA
        # 2489 (2019) 5 (c)); not the police's or a ministry's development policy
        r"(?<!capacity )(?<!institutional )\bdevelopment (?:and [\w-]+ )?priorities of (?:the )?"
        r"(?:government|country|people)\b(?!'s? (?:police|army|armed|security|defen|military))",
        r"\b(?:government|country)'s development (?:and [\w-]+ )?priorities"
        r"(?! for (?:the )?(?:[\w-]+ ){0,2}?(?:police|army|armed|security|defen|military))",
        r"\brecovery\b",
        r"\breconstruction\b", r"\brehabilitat", r"\blivelihoods?\b", r"quick[- ]?impact",
        r"\bemployment\b", r"\binfrastructure\b", r"peace dividends?", r"\bpoverty\b",
        r"socio-?economic", r"\bjobs?\b", r"income-generating", r"\bdebt relief\b",
    # ECOWAS is no economy, nor is a "political economy analysis"; a police development plan,
    # a security sector development strategy, the vital infrastructure a force guards, the
    # rehabilitation of child soldiers and of police stations are other tasks
    # (nor "the Central African Economic and Monetary Community", nor the police's "training
    # and development needs": 1778 (2007) 2 (d), 1436 (2002) 9)
    # (nor the "economic and cultural rights" monitored, nor "political, security, social and
    # economic developments" reported on: 2626 (2022) 5 (e), 5 (d))
    ), exclude=re.compile(r"economic community|economic and social council|economic commission|"
                          r"economic and monetary community|training and development needs|"
                          r"economic,? (?:social,? )?and cultural rights|economic developments|"
                          r"illicit econom|political economy|"
                          # the economic side of reintegrating people: "the process of political,
                          # economic and social reincorporation of the FARC-EP" (2366 (2017) 2)
                          r"econom\w*,? and social (?:re-?)?(?:incorporation|integration)|"
                          r"socio-?\s?economic (?:re-?)?(?:incorporation|integration)|"
                          # the "positive infrastructure legacy" of a mission's own green works
                          r"infrastructure legacy|"
                          r"(?:police|security|justice|sector) development "
                          r"(?:plans?|strateg|programme)|"
                          r"(?<!reconstruction of )(?<!rehabilitation of )(?<!repair of )"
                          r"(?:vital|key|critical|essential) infrastructure|"
                          r"rehabilitation (?:and reintegration )?of (?:child|former|ex-)|"
                          # "the reconstruction and reform of the prison sector" (UNAMA 1589
                          # (2005) 9)
                          r"(?:rehabilitation|reconstruction|construction)(?: and (?:re)?"
                          r"(?:construction|form))? of (?:the )?(?:\w+ ){0,2}(?:police|prisons?|"
                          r"correction\w*|detention|courts?|judicial)\b|"
                          # the coalition's military "provincial reconstruction teams" (UNAMA
                          # 1806 (2008) 4 (b))
                          r"provincial reconstruction teams?"),
        # the Government's "stabilization and reconstruction plan" (STAREC) is State authority
        inside_of=("state_authority", "sexual_violence")),
    TaskCues("humanitarian_relief", "HumanRelief", A, _rx(
        # "international humanitarian and human rights law" is law, not relief
        # nor the "N'djamena Agreement on Humanitarian Cease-fire" (1706 (2006) 8) or the
        # mission's own "humanitarian affairs personnel" (1355 (2001) 34)
        r"\bhumanitarian (?!(?:and (?:international )?(?:human rights|refugee) )?law)"
        r"(?!cease-?fire|affairs (?:personnel|officers|staff|sections?|components?|units?))"
        # "humanitarian demining", "the humanitarian mine action sector" are mine action
        r"(?!de-?mining|(?:land)?mines?[- ]?(?:and [\w-]+ )?(?:action|clear\w*|risk)|"
        r"clearance of (?:land)?mines|explosive ordnance|eod\b)",
        # debt relief is economic
        r"(?<!debt )\brelief\b", r"delivery of (?:food|aid|assistance)",
        # the mission's casualty and medical evacuation of its own people is logistics
        # and so is an evacuation plan for its own staff
        # (not the supplies the mission gives a national army: "the provision of food and water,
        # fuel, transport, tents and in theatre medical evacuation", UNSOA 2124 (2013) 14)
        # (nor a country's "food security" beside its development and economic self-sufficiency,
        # BINUH 2692 (2023) 11)
        r"\bfood\b(?!(?: and water)?,? (?:and )?fuel)(?! security)",
        # not the mission's own ("United Nations personnel, facilities, convoys …"), nor drugs
        r"(?<!drug )(?<!personnel, )(?<!facilities, )(?<!installations, )\bconvoys?\b",
        # (nor its troops: "to evacuate UNMIL military personnel deployed to Sierra Leone",
        # 1626 (2005) 7)
        r"(?<!medical )(?<!casualty )(?<!security )\bevacuat(?!\w* contingency)"
        r"(?!\w* (?:of )?(?:the )?(?:[\w-]+ ){0,2}personnel)",
    # "to facilitate the free flow of … humanitarian assistance, inter alia, by contributing to
    # enhance security" (1933 (2010) 16 (f))
    ), secured_when=re.compile(r"security conditions|(?:improv|enhanc)\w* (?:the )?security|"
                               r"secure environment|\bextract\w*|\bevacuat\w*"),
        # the agencies the mission works with are partners, not relief it gives: "to cooperate
        # closely with humanitarian agencies … to gather information on threats to civilians"
        # (UNOCI 2162 (2014) 19 (a)); relief named beside them still counts
        exclude_covering=re.compile(r"\b(?:cooperat|co-operat|coordinat|work|liais)\w* "
                                    r"(?:closely |together )?with (?:the )?(?:relevant )?"
                                    r"(?:[\w-]+ )?humanitarian (?:agencies|actors|organi[sz]ations|"
                                    r"partners|community|workers)\b"
                                    # (relief given with them is still relief: "cooperate with
                                    # humanitarian partners in providing aid")
                                    r"(?![^;,]{0,80}?\b(?:aid|assistance|access|relief|"
                                    r"deliver\w*|supplies|food)\b)")),
    TaskCues("public_health", "PublicHealth", A, _rx(
        r"\bebola\b", r"\bhiv\b", r"\baids\b", r"\bepidemics?\b", r"\bcholera\b",
        r"public health", r"\bcovid", r"\bpandemic", r"\bhealth\b",
        # the mission's own medical unit or evacuation is logistics, not a health task
        r"\bmedical\b(?! (?:units?|support|evacuation|facilities|staff|personnel|teams?|"
        # (nor food and medical supplies escorted to the displaced: relief)
        r"components?|capabilit\w+|capacit\w+|supplies|and (?:engineering|logistic|casualty)))",
    # facilities attacked are a violation against those in them, not a health task: "attacks
    # against schools, education and health care facilities" (1974 (2011) 22)
    ), inside_of=("sexual_violence",),
        exclude=re.compile(r"\battack\w* (?:on|against|upon) (?:[\w-]+,? ){0,4}(?:and )?"
                           r"(?:health|medical)")),
    TaskCues("refugees_idps", "RefugeeIDPs", A, _rx(
        r"\brefugees?\b", r"\bdisplaced\b", r"\bidps?\b", r"\breturnees?\b",
        # not the repatriation and resettlement of foreign combatants in "disarmament,
        # demobilization, repatriation, resettlement and reintegration (DDRRR)"
        r"(?<!demobilization, )(?<!demobilisation, )(?<!reintegration and )(?<!reintegration, )"
        # (nor "a voluntary repatriation and resettlement programme for foreign
        # ex-combatants", UNOCI 1528 (2004) 6 (f))
        r"\brepatriat(?!ion " + _FOR_COMBATANTS + r"(?:combatants|fighters|children associated|"
        r"security actors|armed elements))"
        # "as well as repatriation (DDRR) in the case of foreign fighters" (BINUCA 2134 (2014)
        # 2 (d)): the programme's R
        r"(?!ion ?\(dd|ion (?:and|,|or) resettlement ?\(dd)"
        # (nor "the repatriation, reception, resettlement and reintegration of Sierra Leonean
        # ex-combatants from abroad", UNAMSIL 1562 (2004) 2)
        r"(?!ion" + _STEPS_OF_COMBATANTS + ")" + _NOT_DISPLACED,
        r"(?<!repatriation, )(?<!repatriation and )(?<!repatriation or )\bresettle"
        r"(?!ment ?\(dd)(?!ment" + _STEPS_OF_COMBATANTS + ")",
        r"(?:voluntary|safe|sustainable|dignified) returns?\b",
        # not the "return of its effective authority" to a Government
        r"return (?:of|to their) (?!(?:its|their|the) (?:effective )?authority)" + _NOT_DISPLACED,
        # not combatants' "transit camps" (2409 (2018) 37 (i) (d)), terrorists' "training camps"
        # or "detention camps"
        r"(?<!transit )(?<!training )(?<!detention )(?<!military )(?<!cantonment )\bcamps\b",
        r"\bdisplacement\b",
    # the repatriation and resettlement of combatants in a DDR programme's long name:
    # "disarmament, demobilization, resettlement and reintegration" (1291 (2000) 7 (c)), "the
    # national programmes for disarmament and demobilization and repatriation, reintegration and
    # resettlement" (1565 (2004) 10), "the repatriation, reception, resettlement and
    # reintegration of Sierra Leonean ex-combatants" (1562 (2004) 2)
    ), exclude=re.compile(r"(?:disarmament|demobili[sz]ation)(?:,? (?:and )?(?:repatriation|"
                          r"reintegration|resettlement|rehabilitation|reinsertion))*,? (?:and )?"
                          r"(?:repatriation|resettlement)|(?:repatriation|resettlement)"
                          r"[\w ,]{0,60}\b(?:ex-)?combatants"),
        # the displaced who take part in an election or a dialogue are participants, not a
        # return to support: "the … participation of women, youth, returnees, internally
        # displaced persons and refugees" (UNMISS 2729 (2024) 3 (c) (iv))
        exclude_far=re.compile(
            r"\b(?:" + "|".join(TAKING_PART) + r") of "
            r"(?:(?!(?:to|in|for|by|through|that|which)\b)[\w,'’-]+ ){0,14}?"
            r"(?:refugees?|(?:internally )?displaced|idps?|returnees?)\b")),
    # women named among the vulnerable ("especially women and children") are not a gender task;
    # their participation, representation or rights are
    TaskCues("gender", "Gender", A, _rx(
        # ("genderresponsive": a copy that dropped the hyphen a line break hit, as the UN's
        # text files and pdftotext's default mode do)
        r"\bgender(?:\b(?![- ]based)|(?=(?:responsive|sensitive|transformative)\b))",
        r"\bwomen's (?!protection advis[eo]r)", r"1325",
        r"women(?:,| and) peace and security", r"(?:participation|representation|"
        r"involvement|role|empowerment|rights) of women",
    ), weak=_rx(r"\bwomen\b(?! protection advis[eo]r)", r"\bgirls\b", r"\bfemale\b"),
        # "human rights, with particular attention to women, children and vulnerable groups"
        # is a human rights task that minds women, not the women and peace and security agenda
        needs=re.compile(r"particip|represent|involv|empower|equal|leadership|decision-making|"
                         r"\brole\b|(?<!human )\brights\b|(?<!vulnerable )(?<!armed )\bgroups\b|"
                         r"organi[sz]ations|networks|mainstream|perspective|"
                         r"(?<!protection )advis[eo]rs?|inclusi|engag"), never_secured=True),
    TaskCues("legal_reform", "LegalReform", A, _rx(
        # not "the constitution of the integrated national defence and internal security
        # forces" (1545 (2004) 6): their forming
        # nor "the return to constitutional order" (2103 (2013) 1 (a)), democratization's: a
        # government restored, not a constitution written
        r"\bconstitution(?:al)?\b(?! of (?:the )?(?:[\w-]+ ){0,6}?(?:forces|army|police|units|"
        r"battalions|brigades)\b| order\b| (?:authorities|government|president)\b)",
        r"(?<!presidential and )(?<!presidential, )\blegislat(?!ive"
        r" (?:and (?:presidential|local) )?elections)(?!ures?\b)",
        r"legal (?:framework|reform|advice)",
        # laws the mission helps write or revise, not "grave violations of such laws"
        r"(?:revis|draft|adopt|amend|reform|review|enact|harmoni[sz])\w*(?: of)? (?:the )?"
        r"(?:[\w-]+ ){0,3}laws\b", r"\bnew laws\b", r"electoral (?:law|code)",
        # the UN's own "rules and regulations" a mission follows are not the country's law
        r"\bcodes?\b(?! of (?:\w+ )?conduct)", r"(?<!rules and )(?<!guidelines and )"
        r"(?<!united nations )\bregulations\b",
    )),
    TaskCues("cultural_heritage", "CulturalHeritage", A, _rx(
        r"cultural (?:heritage|and historical|sites|property)", r"historical sites",
        r"\bmausoleums?\b", r"\bmonuments\b",
    )),
    TaskCues("protection_of_un_personnel", None, S, _rx(
        r"(?:safety|security)(?:,| and| of)?(?: safety| security)?(?: and freedom of movement)? of "
        r"(?:the )?(?:united nations|un|its|mission|international|humanitarian and united nations)"
        r"(?: and associated)? (?:personnel|staff)",
        r"protect(?:ion of)? (?:the )?(?:united nations|un|international) personnel",
        # "to provide security for United Nations and other international activities"
        r"(?:provide|ensure) (?:the )?security (?:for|of) (?:the )?(?:united nations|un)\b"
        r"(?: and (?:other )?international)? (?:activities|personnel|staff|operations)",
        r"(?:united nations|un) (?:and associated )?personnel, (?:facilities|installations)",
        r"freedom of movement of (?:its|the mission's|united nations|un)",
        r"force protection", r"its (?:own )?(?:security|safety) and (?:its )?freedom of movement",
        # "urges UNAMID to deter any threats against itself and its mandate" (2429 (2018) 15)
        # (not the State's: "so that the State can deter threats against itself")
        r"(?<!can )(?<!could )(?<!able to )\bdeter\w*(?: and respond to)? (?:any |all )?"
        r"(?:threats?|attacks?) (?:against|to|on) (?:itself|the mission)\b",
        r"security of its (?:personnel|staff|installations)",
        # its soldiers and their sites by other names: "the safety and security of its
        # peacekeepers", "to protect its troops and bases"
        r"(?:safety|security)(?: and (?:safety|security))? of (?:its|the mission's|united "
        r"nations) (?:own )?(?:peacekeepers|troops|contingents|uniformed personnel)",
        r"protect(?:ion of)? (?:its|their) (?:own )?(?:peacekeepers|troops|contingents|bases|"
        r"camps|convoys|positions)\b",
        # "To provide escort for United Nations uniformed and civilian personnel", "to extract
        # United Nations personnel … in danger" (2690 (2023) 6)
        r"(?:escort|extract|evacuat)\w* (?:for |of )?(?:the )?(?:united nations|un) "
        r"(?:[\w-]+ (?:and )?){0,3}?personnel",
        # "to evacuate UNMIL military personnel deployed to Sierra Leone" (1626 (2005) 7)
        # (not its medical evacuation, logistics: "to ensure medical evacuation for its personnel")
        r"(?<!medical )(?<!casualty )(?:escort|extract|evacuat)\w* (?:for |of )?(?:its (?:own )?|"
        + _OWN_OPERATION + r" )(?:[\w-]+ (?:and )?){0,3}?personnel\b"
        r"(?!['’-]| (?:carriers?|vehicles?|famil\w+|dependants)\b)",
        # "to improve the planning and functioning of UNFICYP's safety and security facilities
        # and arrangements" (2646 (2022) 17 (e) and each renewal since)
        r"'s safety and security facilities",
        # a priority-task heading: "(d) Protection of the United Nations:"
        r"protection of (?:the )?united nations(?= ?[:;.]|$)",
        # the mission by its acronym: "the retention of a guard unit … to protect MINUSMA's
        # personnel, facilities and assets" (2690 (2023) 7), "UNAMI personnel"; or as "the
        # Mission": "to protect the Mission's personnel, facilities and assets" (2732 (2024) 3)
        # ("to protect UNITAMS' staff, premises and assets")
        r"(?:protect(?:ion of)?|(?:safety|security) of) (?:" + _OWN_OPERATION
        + r"|the mission\b)(?:'s|')? (?:own )?(?:[\w-]+ ){0,2}?(?:personnel|staff)\b",
        # "to protect the UNOSOM II operation and its staff" (954 (1994) 6)
        r"\bprotect(?:ion of)? (?:" + _OWN_OPERATION + r") (?:operation|mission)\b",
        # "security capacities to allow its civilian and police personnel to move safely"
        # (BINUH 2692 (2023) 14)
        # (the mission's own capacities, not "the Government's security measures")
        r"(?:(?<=\bits )|(?<=\bits own )|(?<=\bsupport and ))"
        r"security (?:capacit\w*|arrangements|measures)\b"
        r"[^;]{0,80}?\bits (?:own )?(?:[\w-]+ (?:and )?){0,3}?(?:personnel|staff) (?:to|can|"
        r"could|may|would) " + _MOVE_SAFELY,
        # "to protect the personnel, facilities and assets of UNMISS"
        # "protection for the staff, premises and equipment of the United Nations" (897 (1994)
        # 2(g)), "the security in Rwanda of personnel and premises of United Nations agencies"
        # (997 (1995) 3(e))
        r"(?:protect(?:ion (?:of|for|to))?|(?:safety|security) (?:in (?:[\w-]+ ){1,4})?of) "
        r"(?:the |its )?(?:personnel|staff)(?:,? (?:and )?[\w-]+){0,3} of (?:" + _OWN_OPERATION
        + r"|the mission\b|(?:the )?united nations(?: (?:and [\w-]+ )?(?:agencies|funds|system|"
        r"entities))?\b)"
        r"(?=[,;.:]| (?:in|and|at|from|during|against|who|which|to|is|are|on|across)\b|$)",
    ), secured_when=re.compile(r"\b" + _MOVE_SAFELY)),
    # youth, peace and security: the mission involves and assists young people; "the protection
    # and well-being of youth, women and children" (1620 (2005) 1(a)(viii)) is not a
    # security task
    TaskCues("youth", None, A, _rx(r"\byouth\b", r"young (?:people|men|women|persons)"),
             never_secured=True),
    TaskCues("transition", None, A, _rx(
        # a country's "political transition" is not the mission's own
        r"(?<!political )(?<!democratic )\btransition\b(?! (?:government|authorities|"
        r"institutions|period))" + _NOT_BETWEEN_FORCES,
        r"\bdraw-?down\b", r"exit strategy", r"\bhand-?over\b" + _NOT_BETWEEN_FORCES,
        r"\bhand(?:ing)? over\b" + _NOT_BETWEEN_FORCES,
        # "… to prepare for UNAMID's eventual exit" (2429 (2018) 3)
        # (not "the African Union mission's eventual exit")
        r"(?:" + _OWN_OPERATION + r"|(?<!union )mission)(?:'s)? (?:eventual |gradual |orderly |"
        r"responsible )?exit\b",
        r"\b(?:eventual |gradual |orderly |responsible )?exit of the mission\b(?! of)",
        # the mission's own sites: "to ensure that MINUSMA team sites and assets are handed
        # over in full compliance with …" (2690 (2023) 8)
        r"(?:sites|assets|premises|bases|camps|facilities)(?: \w+)? (?:are |be |were |being )?"
        r"(?:already )?handed over",
        # the mission's own tasks handed over: "to continue transferring tasks to the United
        # Nations country team" (2053 (2012) 14), "to transfer its security responsibilities"
        # (after an aside: "transferring, as local councils are formed, its administrative
        # responsibilities", 1244 (1999) 11 (d))
        r"transfer(?:ring)?(?:, " + _NOT_BY_THEM + r"[^,;]{1,80},)? (?:of )?"
        r"(?:(?:its |the mission(?:'s)? )(?:[\w-]+ )?)?(?:tasks|responsibilities|duties)\b"
        r"(?! (?:of|from) (?!@@|" + _OWN_OPERATION + r"|the mission\b|the united nations\b))",
        # (the verb, the mission its subject: not "to support the Government in the transfer of
        # its functions to the states")
        r"transfer(?:ring)?(?:, " + _NOT_BY_THEM + r"[^,;]{1,80},)? (?:its |the mission(?:'s)? )"
        r"(?:[\w-]+ )?(?:functions|duties)\b"
        r"(?! (?:of|from) (?!@@|" + _OWN_OPERATION + r"|the mission\b))",
        # … or named as the mission's: "the gradual transfer of the security functions of
        # MINURCA to the national police" (1271 (1999) 4)
        r"transfer(?:ring)? (?:of )?(?:the )?(?:[\w-]+ )?(?:tasks|responsibilities|functions) "
        r"(?:of|from) (?:@@|" + _OWN_OPERATION + r"|the mission\b)",
        r"withdrawal of (?:the )?(?:" + _OWN_OPERATION + r"|mission|force|operation|peacekeep)",
        r"the mission's (?:[\w,-]+ ){0,4}withdrawal\b", r"disengagement plan",
        # its own going: "the orderly withdrawal of its personnel and assets", "repatriate
        # its contingents", "close its field offices"
        r"withdraw(?:al of)? its (?:[\w-]+ (?:and )?){0,3}(?:personnel|contingents|troops|"
        r"forces|units|components|assets|presence)",
        r"repatriat\w* (?:of )?its (?:[\w-]+ ){0,2}(?:contingents|troops|units|personnel)",
        r"clos(?:e|es|ing|ure of) (?:its|the mission's) (?:[\w-]+ ){0,2}(?:offices|bases|"
        r"sites|headquarters|camps)",
        # a reconfiguration of the UN presence, not of its forces to where the risks are ("to
        # reconfigure its military presence to concentrate resources in high-risk areas", UNOCI
        # 2112 (2013) 5; "a reconfigured and effective Force Intervention Brigade", 2556 (2020))
        r"\bliquidation\b", r"\breconfigur\w*\b(?! (?:and effective )?(?:force|brigade)\b)"
        r"(?! (?:its |the |of (?:the |its )?)?(?:[\w']+ )?(?:military|asset|force) (?:presence|"
        r"and asset|deployment))(?! within)",
        r"phased (?:withdrawal|reduction)",
        r"transition(?:ing)?" + _NOT_BETWEEN_FORCES + r" (?:of|from)",
        r"transition(?:al)? planning",
    ), exclude=re.compile(
        # the country's own transition, not the mission's: "the Government of National Unity
        # and Transition", "the transition process" (Burundi's, Afghanistan's), "the transition
        # to full Afghan leadership" (Inteqal), "the transition to renewable energy", East
        # Timor's "transition to independence" (1338 (2001) 4)
        r"national unity and transition|(?<!planning )transition process|inteqal|"
        r"transition (?:to|towards) (?:full )?(?:afghan|democra|renewable|independen)|"
        r"(?:officials|committee in support) of the transition|"
        # nor a national force's change of form: "the transition of the Somali Police Force to a
        # Federal Police service" (UNSOM 2592 (2021) 6 (f))
        r"transition of (?:the )?(?:[\w-]+ ){0,2}(?:police|army|armed forces|defence forces)\b"),
        exclude_covering=_THEIR_TRANSFER),
    TaskCues("environment", None, A, _rx(
        r"\benvironmental\b", r"climate change", r"\becolog", r"environmental footprint",
        r"adverse effects of climate", r"climate[- ]related (?:security )?risks?",
        r"climate(?:,? peace)? and security",
    )),
    TaskCues("conduct_and_discipline", None, A, _rx(
        r"sexual exploitation and abuse", r"zero[- ]tolerance", r"\bmisconduct\b",
        r"conduct and discipline",
    ), exclude=re.compile(
        # the Government's "zero-tolerance policy" for its own army, not the mission's conduct
        r"zero[- ]tolerance policy\W{0,3} with respect to discipline")),
)

BY_ID: dict[str, TaskCues] = {t.id: t for t in TASK_CUES}
TASK_IDS: tuple[str, ...] = tuple(t.id for t in TASK_CUES)
PEMA_KEY: dict[str, str] = {t.id: t.pema_key for t in TASK_CUES if t.pema_key}


# --- modality: what the mission does about the thing the cue names -------------------

MONITOR_VERBS = re.compile(
    r"\b(?:monitor\w*|observ(?!ance\b)\w*|verif\w*|supervis\w*|investigat\w*|inspect\w*|document\w*|"
    r"report(?:ing|s)? (?:on|to)|keep (?:\w+ )?under review|follow(?:ing)?[- ]up|track\w*|"
    r"watch\w*|patrol\w* and report|record\w*|review progress|overse(?:e|es|eeing|en))\b"
)
ASSIST_VERBS = re.compile(
    r"\b(?:assist\w*|support\w*|help\w*|advi[sc]\w*|train\w*|mentor\w*|facilitat\w*|"
    # (not a partner named beside what the mission does itself: "to investigate, in close
    # coordination with the parties, every breach …")
    r"contribut\w*|(?<!\bin )(?<!\bin close )(?<!\bin full )(?:cooperat\w*|co-operat\w*|"
    r"coordinat\w*)|work(?:ing)? (?:closely )?with|"
    r"(?<!\bin )(?<!\bin close )liais\w*|promot\w*|strengthen\w*|build\w*|encourag\w*|"
    r"foster\w*|good offices|"
    # (not "developments", events: "to monitor and report on developments in Rwanda", 912
    # (1994) 8 (c))
    r"technical|logistic\w*|expertise|capacity|develop(?!ments\b)\w*|participat\w*|enhanc\w*|"
    r"accompany\w*|partner\w*|mainstream\w*|take (?:fully )?into account|consult\w*|"
    # "…, while ensuring the protection of fundamental freedoms …, paving the way for the
    # holding of elections" (2211 (2015) 15 (a)): the way prepared, not the elections secured
    r"pav(?:e|es|ed|ing) the way|"
    # an agreement the mission helps the parties to: "efforts aimed at reaching agreement with
    # the parties on the modalities of demilitarization" (959 (1994) 6)
    r"(?:reach(?:es|ed|ing)?|secur(?:e|es|ed|ing)) (?:an? |the )?agreement\b(?!['’]s\b))"
)
SECURE_VERBS = re.compile(
    # (not the mission's own: "to strengthen its communication efforts to … enhance its
    # protection, and raise awareness of its mandate" informs, 2717 (2023) 27)
    # (nor the noun of another task: "promote accountability and the protection of human
    # rights, and judicial and legal reform", UNAMI 2631 (2022) 2 (d); "child protection")
    r"\b(?:(?<!\bits )(?<!\bits own )(?<!\bchild )"
    r"(?:protect(?!ions?\b)\w*|protections?(?! (?:and promotion )?of (?:the )?human rights))|"
    # (not "securing agreement with the parties on the modalities of demilitarization", 959
    # (1994) 6: obtained, as with "secure" below)
    r"securing(?!" + _OBTAINED + r")|"
    # "secure" the adjective is what another verb brings about: "assisting in the
    # establishment of a secure environment for … elections"
    # (nor "a safe, secure and humane prison system", 1996 (2011) 14)
    # (nor "secure" for obtain: "working together to secure agreement on the …", 1410 (2002)
    # 12)
    r"(?<!\ba )(?<!\ban )(?<!\bmore )(?<!\bsafe, )(?<!\bsafe and )secure\b"
    r"(?! (?:and [\w-]+ )?(?:environment|conditions|"
    r"atmosphere)| (?:an? |the |their |its )?(?:agreements?|consensus|consent|release|commitments?|"
    r"funding|approval)\b)|provid\w* (?:\w+ )?security|"
    r"ensur\w* (?:the |an? )?(?:\w+ )?(?:security|safety|protection)|"
    r"(?:ensur|provid|creat|establish|foster)\w* (?:a |an )?(?:[\w-]+ and )?secure|"
    # (not "determine", "deteriorating")
    r"deter(?:s|red|ring|rence|rent)?\b|escort\w*|"
    # (patrols that are the means of watching: "to verify, through observation and patrolling,
    # that troops … do not re-enter the security zone", UNOMIG 937 (1994) 6 (c))
    # (but patrolling in areas where civilians are threatened protects them)
    r"(?<!observation and )(?<!observation, )patrol\w*|patrol\w*(?!,? that\b)|guard\w*|"
    r"maintain\w* (?:a |the )?(?:basic )?(?:secure|security|law and order|public order)|"
    r"(?:all )?necessary (?:measures|means|action)|use of force|neutrali[sz]\w*|"
    # (not "law enforcement", the police's trade: "advice and support for the establishment
    # of effective … law enforcement and criminal justice … systems", 2203 (2015) 3 (b))
    r"conduct\w* (?:\w+ )?operations|(?<!law )(?<!law-)enforc\w*|"
    r"maintain\w* (?:a )?(?:physical )?presence|"
    # the force stands between the sides: "to prevent a recurrence of fighting" (186 (1964) 5)
    r"prevent\w* (?:a |the |any )?(?:recurrence|resumption) of)\b"
)

# Words that qualify a task rather than name one: references to other texts, limits on the
# mission's means, people excluded from a programme. Removed before the cues are matched.
_IN_LINE_WITH = (r"in (?:strict |full |close )?(?:accordance|compliance|conformity|line|keeping) "
                 r"with|consistent with")
ASIDES = re.compile(
    # the law a mission must respect while it acts is not a task: "in compliance with
    # international humanitarian, human rights and refugee law", "abide by …"
    r"\b(?:(?:" + _IN_LINE_WITH + r"|compliance with|abid(?:e|ing) by) "
    # "in compliance with Somalia's obligations under international law, including …" (2592
    # (2021) 6 (k))
    r"(?:(?:(?:its|their|the) )?(?:[\w-]+'s )?(?:\w+ )?obligations under )?"
    # "in accordance with international law, including international humanitarian law and …"
    r"(?:(?:applicable )?international law,? (?:including|in particular|notably) )?"
    r"(?:(?:the )?applicable |relevant )?(?:international )?"
    r"(?:humanitarian|human rights|refugee)(?: law)?(?:(?:,| and|, and) (?:international )?"
    r"(?:humanitarian|human rights|refugee)(?: law)?)*(?<=law)(?: as applicable)?)"
    # the human rights due diligence policy governs the mission's own support to other forces
    # (printed "Human Rights and Due Diligence Policy" too: 2102 (2013) and six more)
    r"|\b(?:the )?(?:united nations )?(?:hrddp|human rights (?:and )?due diligence policy"
    r"(?: on united nations support to non-united nations security forces)?"
    r"(?: \((?:hrddp|s/2013/110)\))?)"
    r"|\b(?:" + _IN_LINE_WITH + r"|pursuant to|as (?:set out|described|outlined|defined|"
    r"referred to|provided(?: for)?|stipulated|mentioned|envisaged|requested|called for|"
    r"laid down|specified|recommended) (?:in|by)|(?:within|according to) (?:its|their|the) "
    r"(?:existing |current |available |respective )?(?:capabilities|capacities|resources|means|"
    r"mandates?|authorities|areas? of (?:deployment|operations?))|without prejudice to|"
    # "with due consideration for the safety and security of UN personnel" is a condition
    r"(?:with)?in the framework of|with due (?:consideration|regard) (?:for|to))"
    # the aside ends at the next punctuation, or where a new task begins: "without prejudice
    # to the primary responsibility of the Government and to ensure the freedom of movement",
    # "in accordance with resolution 810 (1993) to ensure a neutral political environment";
    # or where a second body is named after a citation: "the Committee … established pursuant
    # to paragraph 16 of resolution 2206 (2015) and the Panel of Experts"; or where a second
    # purpose begins: "for the implementation of the PDDRC-S in accordance with order No. 21/038
    # of 5 July 2021 and for the DDR of Congolese and foreign combatants" (2717 (2023) 34 (ii)
    # (h))
    r"(?:(?! and (?:to|for) |(?<=\)) to |(?<=\)) and the )[^,;:])*"
    # what the mission bears in mind or is guided by is often a list: it runs on to the end
    # of the sentence or to the task ("guided by an evaluation of …, to complete phase 2")
    r"|\b(?:bearing in mind|guided by)(?:(?! and to |, to )[^;:])*"
    # where the mission minds what it does, not a task: "to operate mindfully in the vicinity
    # of cultural and historical sites" (2100 (2013) 32), "to be mindful of other relevant
    # peace processes"
    r"|\bmindful(?:ly)?(?: in the vicinity)? of(?:(?! and to |, to )[^;:,])*"
    # the terms of the mission's support: "any support provided by UNSOS to AMISOM, the
    # Somali National Army and … the Somali National Police Force shall be in full compliance
    # with the … Human Rights Due Diligence Policy" (2245 (2015) 3), up to the next task
    r"|\bany support provided\b[^;:]{0,240}?\b(?:shall|should|must|is|be|are)\b(?: be)?"
    r"(?: provided)? in (?:full |strict )?(?:compliance|conformity|accordance) with\b"
    r"(?:(?! and to |, to )[^;:])*"
    # "taking into account the responsibilities of the Government …, including the Sierra
    # Leone Police" minds whose job it is, as "without prejudice to" does
    r"|\btaking (?:full )?(?:into )?account (?:of )?(?:the )?(?:primary )?responsibilit(?:y|ies)"
    r"(?:(?! and to |, to )[^;:])*"
    r"|\b(?:who are |that are )?not (?:be )?(?:suspected|accused|responsible|guilty) of "
    # the longest such list within reach: "genocide, war crimes, crimes against humanity or
    # abuses of human rights" goes whole
    r"[^;:]{0,120}(?:abuses|law|humanity|crimes|violations)(?: of (?:human rights|international "
    r"humanitarian law))?"
)

# no replacement contains a character replaced: replacing one after the other is one mapping
_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
           ("\u2010", "-"), ("\u2011", "-"), ("\u2012", "-"), ("\u2013", "-"),
           ("\u2014", "-"), ("\u00ad", " - "), ("\u00a0", " "), ("`", "'"))


def normalize(text: str) -> str:
    """Lower-case text with one kind of apostrophe and dash and single spaces."""
    for old, new in _QUOTES if not text.isascii() else _QUOTES[-1:]:
        if old in text:
            text = text.replace(old, new)
    # str.split() and `\s` both split on what str.isspace() calls space
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # no space but single " " inside (every other kind of space is unprintable): split
        # and join would give the text back, and they take longer than these tests
        return text.lower()
    return " ".join(text.split()).lower()


# --- where cues can match: one pass over a text finds the openings of every cue ----------

#: `CUE_INDEX` name of a task's weak cues (its strong cues go by the task id)
WEAK_KEY: dict[str, str] = {t.id: f"{t.id}/weak" for t in TASK_CUES}
#: `CUE_INDEX` names of the modality verbs, with the modality each says
VERB_KEYS: tuple[tuple[str, re.Pattern[str], Modality], ...] = (
    ("verbs/monitor", MONITOR_VERBS, M), ("verbs/assist", ASSIST_VERBS, A),
    ("verbs/secure", SECURE_VERBS, S))
#: every task's cue patterns and the modality verbs, for `CueIndex.starts` and
#: `cue_index.search`/`finditer`
CUE_INDEX = CueIndex({**{t.id: t.pattern for t in TASK_CUES},
                      **{WEAK_KEY[t.id]: t.weak for t in TASK_CUES if t.weak is not None},
                      **{key: pattern for key, pattern, _ in VERB_KEYS}})
_TASK_NUMBER = {key: i for i, t in enumerate(TASK_CUES) for key in (t.id, WEAK_KEY[t.id])}


def tasks_at(at: dict[str, list[int] | None]) -> list[TaskCues]:
    """Tasks with a cue that can match where `CUE_INDEX.starts` gave `at`, in TASK_CUES order."""
    return [TASK_CUES[i] for i in sorted({_TASK_NUMBER[k] for k in at if k in _TASK_NUMBER})]
