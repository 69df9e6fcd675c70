"""Build resources/codebooks/samordning-2020.qdc, the codebook kvalkod ships as its default.

The codebook is the one implied by the analysis in Försäkringskassan's Socialförsäkringsrapport
2020:2 (sample_projects/sources/002_0322864ac7075944.txt), as worked out in the design notes
(seed-analysis.md §2.4). It is kept here as data, not hand-edited XML, so that names,
descriptions, colours and GUIDs follow one rule each and the shipped file can be rebuilt
byte for byte: ``python scripts/build_default_codebook.py`` writes it,
``python scripts/build_default_codebook.py --check`` fails if the committed file differs.

Rules: names as in §2.4 without the numbering, with "/" replaced (kvalkod separates code-path
levels with "/") and the original kept in the description; each description is the English
gloss, an English definition, and the line references into the report. Each top-level theme
has its own hue family; sub-codes are lighter or darker variants. GUIDs are uuid5 of the path.
"""

from __future__ import annotations

import argparse
import colorsys
import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kvalkod.exporters.qdc import codebook_xml  # noqa: E402
from kvalkod.model import CodeNode  # noqa: E402
from kvalkod.refi_xml import code_guid  # noqa: E402

OUTPUT = ROOT / "resources" / "codebooks" / "samordning-2020.qdc"
SOURCE = "Socialförsäkringsrapport 2020:2"


@dataclass(frozen=True)
class Spec:
    name: str
    gloss: str
    definition: str
    refs: str = ""  # line numbers in the report, e.g. "418–422, 718–725"
    children: tuple["Spec", ...] = ()
    original: str = ""  # the name in §2.4 when it had to change (it contained "/")


def c(name, gloss, definition, refs="", *children, original=""):
    return Spec(name, gloss, definition, refs, tuple(children), original)


# fmt: off
CODEBOOK = (
    c("Principernas politik – styrning", "Politics of principles; governance",
      "How coordination is defined and steered by law, by the government and by Försäkringskassan's "
      "internal documents and follow-up.",
      "418–422, 718–725",
      c("Lagstiftning och tolkningsutrymme", "Legislation and interpretive latitude",
        "The Social Insurance Code (SFB) defines coordination only in general terms, so different "
        "interpretations are possible; the vagueness reflects political compromise.",
        "30–44, 206–212, 3222–3242, 3266–3278",
        c("Otydligt definierat uppdrag", "Unclearly defined mandate",
          "Criticism of, and experience of, it being unclear what the coordination mandate includes.",
          "205–226 (SOU 2015:21: 214–216)"),
        c("Ny lagstiftning – koordineringsinsatser", "New legislation; care coordination",
          "New legislation on coordination within health care (rehabiliteringskoordinatorer, "
          "SFS 2019:1297) and how it affects Försäkringskassan's coordination.",
          "1019–1053", original="Ny lagstiftning / koordineringsinsatser")),
      c("Pendelrörelse i styrningen", "Pendulum swing in steering",
        "Alternation over time between an emphasis on sick-leave rates and legal quality and an "
        "emphasis on trust and coordination.",
        "731–736, 771–787, 1113–1128, 3237–3242",
        c("Regeringsuppdrag och regleringsbrev", "Government assignments and appropriation directions",
          "External steering by the government that feeds the pendulum, e.g. targets to increase the "
          "number of meetings.",
          "789–795, 797–881, 993–1017"),
        c("Förtroende som styrmål", "Public trust as a steering goal",
          "Public trust in the sickness insurance and in Försäkringskassan stated as a goal of steering.",
          "780–783, 800–803, 1312–1318"),
        c("Extern kritik", "External criticism",
          "Criticism from Svenskt Näringsliv, SKL/SKR and Arbetsförmedlingen that Försäkringskassan "
          "holds too few meetings.",
          "261–276")),
      c("Vägledningens beskrivning av samordningsuppdraget", "How the guidance describes the mandate",
        "How Försäkringskassan's guidance for sickness benefit and rehabilitation describes the "
        "coordination mandate, and how the description changes between versions.",
        "1130–1385",
        c("Initiativ- och samordningsansvar", "Initiative and coordination responsibility",
          "The broad, proactive framing of 2004: Försäkringskassan takes the initiative and "
          "coordinates \"över hela ohälsoprocessen\".",
          "1197–1237, 3283–3286"),
        c("Tillsynsansvar", "Supervisory responsibility",
          "The narrower, reactive framing foregrounded from 2015: Försäkringskassan sees to it that "
          "the other actors do their part.",
          "79–91, 738–742, 1339–1344, 3297–3315"),
        c("Samordning vs samverkan", "Coordination (individual level) vs collaboration (structural level)",
          "The distinction between coordinating measures for one insured person and structural "
          "collaboration between organisations.",
          "668–673, 742–744, 1258–1270, 1294–1318"),
        c("Icke-skrivningar", "Non-writings",
          "Change made by removing text from the guidance rather than by writing new text.",
          "1320–1333"),
        c("Arbetsgivaransvar förtydligas", "Employer responsibility clarified",
          "The guidance makes the employer's responsibility for rehabilitation more explicit.",
          "1276–1292")),
      c("Processrevideringar och kundflöden", "Process revisions and customer flows",
        "Revisions of the sickness-benefit process: the customer flows K1, K2 and K3, the removal of "
        "the initial needs assessment (IBB) and the revision of April 2019.",
        "746–769, 1140–1146, 1387–1439"),
      c("Mål- och resultatstyrning – kvantitativ uppföljning",
        "Management by objectives and results; quantitative follow-up",
        "Steering through targets and measurement, and the quantitative follow-up of coordination.",
        "93–111, 446–461, 1012–1017, 3325–3398",
        c("Målnivåer", "Target levels",
          "Local numerical targets for avstämningsmöten, e.g. two per week per handläggare.",
          "998–1001, 1526–1531, 1869–1877, 4471–4508"),
        c("”Pinnjakt”", "\"Tick-chasing\"",
          "Counting meetings for their own sake rather than for what they achieve.",
          "1858–1862, 1879–1882, 3365, 4488, 4552"),
        c("”Rätt möten i rätt ärenden”", "The right meetings in the right cases",
          "The ideal set against counting: meetings should be held in the cases that need them.",
          "282, 1531, 1853–1862, 4504–4506"),
        c("Samordningstårta", "\"Coordination cake\"",
          "A gamified target chart on an office wall, one field coloured in for each meeting held.",
          "1884–1892"),
        c("Målkonflikt", "Goal conflict",
          "Meeting targets combined with production demands, leaving the handläggare to \"resolve\" "
          "the conflict.",
          "151–158, 3393–3398"),
        original="Mål- och resultatstyrning / kvantitativ uppföljning"),
      c("Interna uppföljningar", "Internal follow-ups",
        "Försäkringskassan's own quality analyses, internal audits and Väksten as follow-up of "
        "coordination.",
        "1055–1111, 3348–3371, 4435–4438 (fotnot 43)"),
      c("Motstridiga styrsignaler – informell styrning",
        "Conflicting signals; informal steering by first-line managers",
        "Steering signals that contradict each other, and informal steering by first-line managers, "
        "e.g. oral instructions to prioritise entitlement decisions.",
        "116–126, 1468–1470, 1830–1852, 1903–1918, 3400–3416",
        original="Motstridiga styrsignaler / informell styrning"),
      original="PRINCIPERNAS POLITIK / STYRNING"),

    c("Praktikens politik – görandet av samordning", "Politics of practice; \"doing\" coordination",
      "How coordination is actually understood, done and prioritised by handläggare and managers in "
      "everyday work.",
      "418–422, 1440–1454",
      c("Förståelse av uppdraget", "Understanding of the mandate",
        "How handläggare and managers understand what the coordination mandate is.",
        "",
        c("Tydligt för erfarna", "Clear to experienced staff",
          "Experienced handläggare find the coordination mandate clear.",
          "65–70, 1457–1463, 1572–1583, 3247–3253"),
        c("Otydligt för nya eller oerfarna", "Unclear to new or inexperienced staff",
          "New or inexperienced handläggare find the coordination mandate unclear.",
          "70–73, 191–201, 1545–1561, 3260–3264"),
        c("Övergripande termer – svårt att förmedla",
          "Described in general terms; hard to explain to outsiders",
          "The mandate is described in general terms and is hard to explain to people outside the "
          "operational work, \"de på huvudkontoret\" included.",
          "1575–1580, 4088–4132", original="Övergripande termer / svårt att förmedla")),
      c("Projektledarroll", "Project-manager role",
        "Coordination made concrete as the handläggare leading the case and holding it together.",
        "56–62, 1512–1515, 1590–1593, 1703–1707, 3244–3264, 4133–4138",
        c("”Spindeln i nätet”", "Spider in the web",
          "The handläggare as the hub connecting all the actors in the case.",
          "62, 1616–1626, 3258"),
        c("Driva ärendet framåt", "Driving the case forward",
          "Keeping the case moving towards return to work.",
          "62, 83–84, 1513–1514, 1707, 4111, 4164–4169"),
        c("Klargöra syfte och ansvar i mötet", "Clarifying purpose and roles in meetings",
          "Making the purpose of a meeting and each party's responsibility explicit.",
          "1637–1641, 1693–1701, 4288–4296"),
        c("Ställa krav på aktörerna", "Making demands on actors",
          "Requiring the other actors to do their part; a counter-framing of the spider role.",
          "1622–1629"),
        c("Helikopterperspektiv", "Helicopter perspective",
          "Keeping an overview of the whole case and all the actors in it.",
          "4136–4137"),
        c("Tidig kartläggning", "Early mapping of needs",
          "Mapping the insured person's situation and needs early in the sick-leave spell.",
          "4140–4162"),
        c("Initiativroll vs tillsynsroll (aktiv vs reaktiv)", "Initiative vs supervisory role",
          "Whether the handläggare takes the initiative in coordination (active) or supervises and "
          "responds to others (reactive).",
          "79–91, 160–162, 3305–3323, 3453–3456")),
      c("Sammanflätade uppdrag: rätten till ersättning och samordning",
        "Entanglement of the entitlement assessment and coordination",
        "The assessment of the right to benefit and the coordination mandate are intertwined in the "
        "same cases and the same meetings.",
        "113–116, 1465–1470, 1709–1719, 2020–2022, 2059–2063, 3088–3093, 3440–3444",
        c("Rehabiliteringskedjan som påtryckning (”pusha”)", "Using day-180 rules to push return to work",
          "Using the time limits of the rehabilitation chain, such as the assessment at day 180, to "
          "push the insured towards return to work.",
          "1721–1724, 1969–1973, 1994–1996"),
        c("Arbetsträning som prövning inför sjukersättning", "Work training as evidence for disability benefit",
          "Work training used to test work capacity ahead of a claim for sickness compensation.",
          "3071–3093"),
        c("Försäkringsfokus (”rätten till”)", "Insurance/entitlement focus",
          "A focus on the right to benefit; seen by some managers as support for coordination and by "
          "handläggare as crowding it out.",
          "2221–2229, 4386–4406")),
      c("Verktyg", "Tools",
        "The meeting forms, methods and channels used to coordinate.",
        "1519–1524, 4245–4312",
        c("Telefonutredning", "Telephone investigation",
          "Investigating and coordinating the case by telephone.",
          "1519–1524, 4150–4154, 4252–4271"),
        c("Avstämningsmöte", "Multi-party reconciliation meeting",
          "A meeting of the insured, Försäkringskassan and at least one other party to assess work "
          "capacity and plan rehabilitation.",
          "94–101, 1608–1614, 3326–3340, 3663–3702, 4273–4300"),
        c("Gemensam kartläggning", "Joint mapping with Arbetsförmedlingen",
          "A mapping done together with Arbetsförmedlingen of the insured person's needs and of "
          "possible measures.",
          "657–663 (fotnot 10), 3704–3747"),
        c("Förstärkta samarbetet (AFFK)", "Enhanced FK–AF cooperation",
          "The enhanced cooperation between Försäkringskassan and Arbetsförmedlingen (AFFK).",
          "981–991, 1651, 2248–2257, 2396–2436, 3718–3727 (fotnot 40)"),
        c("SASSAM", "Structured sick-leave investigation method",
          "The SASSAM method for a structured investigation of work capacity and rehabilitation needs.",
          "1908–1913, 3749–3766, 3790–3792, 4307–4312"),
        c("FMR-konsultation", "Insurance-medical adviser consultation",
          "Consulting an insurance-medical adviser (försäkringsmedicinsk rådgivare, FMR) about a case.",
          "518, 1959–1961, 2922"),
        c("Ärendedragning och teammöte", "Case review; team meeting",
          "Presenting and discussing cases with colleagues at case reviews and team meetings.",
          "518, 1724–1727, 2444", original="Ärendedragning/teammöte"),
        c("Omställningsmöte", "Transition meeting",
          "A meeting with Arbetsförmedlingen when sickness benefit is refused or ends and the insured "
          "is referred on to find other work.",
          "991, 3113–3114, 4376–4377"),
        c("Telefon- och Skypemöten", "Phone or video meetings",
          "Meetings held by telephone or video (Skype) instead of in person.",
          "4265–4271", original="Telefon-/Skypemöten")),
      c("Arbetsbelastning", "Workload",
        "Actual and perceived workload that keeps handläggare from working on the whole mandate.",
        "51, 1766–1770, 1787–1852, 2073–2080, 2477–2482, 2636–2639",
        c("Ärendemängd", "Caseload size",
          "The number of cases per handläggare: 70–90, 120–130, 130–140, \"100 till 160\", 60.",
          "1797–1815, 1826, 2418, 2435–2436"),
        c("Tiden räcker inte", "Not enough time",
          "There is not enough time to do coordination properly.",
          "116, 1537–1541, 1788–1790, 1820–1828, 4343–4367"),
        c("”Lånad tid”", "Borrowed time",
          "The sense that a manageable workload is temporary and will get worse.",
          "1801–1805"),
        c("Icke-aktiva korgar – inaktiv handläggning", "Inactive case baskets",
          "Cases kept in \"non-active\" baskets, where the handling is inactive although the case may "
          "need coordination.",
          "2383–2394, 3514–3522", original="Icke-aktiva korgar / inaktiv handläggning"),
        c("Restid och upptagningsområde", "Travel time and catchment area",
          "Travel time and a large catchment area as a limit on meetings.",
          "2675–2676, 2700–2713", original="Restid/upptagningsområde")),
      c("Prioritering mellan arbetsuppgifter", "Prioritising between tasks",
        "How handläggare and managers choose between coordination and other tasks.",
        "1787–1852, 2214–2229",
        c("Samordningen stryker på foten", "Coordination is the first thing dropped",
          "Coordination is what gives way when time is short.",
          "1835–1840"),
        c("Direktiv att prioritera rätten till", "Directives to prioritise entitlement decisions",
          "Instructions from managers to give priority to decisions on the right to benefit.",
          "118–122, 1849–1852, 3403–3406"),
        c("Produktionsfokus tränger ut samordning", "Production focus crowds out coordination",
          "Demands for production (decisions, throughput) leave little room for coordination.",
          "1476–1478, 2214–2229, 3377–3384")),
      c("Erfarenhet", "Experience",
        "The handläggare's experience and how it shapes the understanding and doing of coordination.",
        "1543–1583, 2198–2200, 2244–2250, 2610–2615",
        c("Nyanställd – kort erfarenhet", "Newly hired; short experience",
          "Handläggare who are newly hired or have little experience.",
          "191–192, 1550–1560, 1950–1952, 1990–1992", original="Nyanställd / kort erfarenhet"),
        c("Tidigare K2-handläggare", "Former K2 (no coordination) staff",
          "Handläggare who used to work in the K2 flow, without coordination.",
          "2129–2145, 2641–2642, 2813–2816, 2837–2838"),
        c("Tidigare K3- och samordningshandläggare", "Former K3 coordination staff",
          "Handläggare who used to work in the K3 flow, with coordination.",
          "1568–1570, 2193–2197, 2231–2242, 2277–2307, 2617–2629",
          original="Tidigare K3-/samordningshandläggare"),
        c("Utbildning och introduktion (”glapp”)", "Training gap",
          "Training and induction for the role, and the gap between them and what the work requires.",
          "2136–2159, 2578–2595", original="Utbildning/introduktion (”glapp”)"),
        c("Handledning", "Mentoring",
          "Mentoring and guidance from more experienced colleagues.",
          "2587–2590, 2597–2608")),
      c("Yrkesrollen", "Professional role",
        "How the handläggare's professional role is described and how it is changing.",
        "",
        c("Allt mer komplex och bred roll", "Increasingly complex, broad role",
          "The role comes to cover more kinds of cases and tasks and grows more demanding.",
          "145, 163–165, 2161–2174, 2189–2191, 2506–2507", original="Allt mer komplex/bred roll"),
        c("Professionalisering och specialisering", "Professionalisation and specialisation",
          "Calls for, and moves towards, a more professional and specialised role.",
          "143–176, 2410–2414, 2486–2495, 3434–3500"),
        c("Personliga egenskaper", "Personal qualities",
          "Qualities said to make a good coordinator: alert, frågvis, tydlig, strukturerad, trygg, "
          "nyfiken, \"fingertoppskänsla\", \"ett hantverk\".",
          "166–168, 1515–1517, 3488–3490, 4219–4243"),
        c("Yrkesbenämning", "Job title change",
          "The change of title from personlig handläggare to försäkringsutredare.",
          "231–234 (fotnot 1), 2328–2337"),
        c("Ofrivilliga eller oönskade arbetsuppgifter; motivation", "Unwanted tasks; motivation",
          "Tasks handläggare did not choose or do not want, and what that does to their motivation.",
          "2276–2307", original="Ofrivilliga/oönskade arbetsuppgifter; motivation"),
        c("Fördelar med nytt arbetssätt", "Benefits of the new way of working",
          "Benefits seen in the new way of working: variety, less psychological strain, cases no "
          "longer stuck in K2.",
          "2339–2394")),
      c("Organisering på kontoret", "Office organisation",
        "How the local office organises its teams, flows and the allocation of cases.",
        "",
        c("”Kundflödena avskaffades”", "Local reading that the flows were abolished",
          "The local reading of the process revisions as abolishing the customer flows, so that every "
          "handläggare handles every kind of case.",
          "2107–2127, 3563–3575"),
        c("Ärendefördelning som ”auktion” – arbetsklimat", "Case allocation as \"auction\"; working climate",
          "The daily allocation of cases felt as an auction in which handläggare excuse themselves to "
          "colleagues, straining the working climate.",
          "2259–2274", original="Ärendefördelning som ”auktion” / arbetsklimat"),
        c("Specialiserat team – ”tillbakarullning” – ”motvalls”", "Dedicated AFFK team; rollback",
          "An office going against the current by setting up a dedicated team for the enhanced "
          "cooperation, rolling back the model of all handläggare handling all cases.",
          "2201–2205, 2396–2442",
          original="Specialiserat team / ”tillbakarullning” / ”motvalls”"),
        c("Personalomsättning och sårbarhet", "Staff turnover and vulnerability",
          "Staff turnover and the vulnerability it creates for the office and for coordination.",
          "176–186, 581–582, 605–607, 2293–2326, 4355–4359"),
        c("(Det andra) kontoret – avlastning – överlämning",
          "The \"other\" office; relief cases; hand-overs",
          "Cases taken over from or handed over to another office, relief work, and the other office "
          "as a party to the work.",
          "2647–2722", original="(Det andra) kontoret / avlastning / överlämning")),
      c("Stöd", "Support",
        "The support handläggare get, or lack, in doing coordination.",
        "",
        c("Kollegor och team", "Colleagues and team",
          "Support from colleagues and the team.",
          "2512, 2558–2576, 2640–2641"),
        c("Chefers stöd, förståelse och mandat", "Managers' support, understanding and mandate",
          "Support, understanding and mandate from managers, including managers as \"förmedlare\" "
          "and their resignation.",
          "1533–1537, 1894–1918, 2530–2556, 4327–4426"),
        c("Kompetensutveckling och försäkringsmedicin", "Competence development; insurance medicine",
          "Competence development, including knowledge of insurance medicine.",
          "2617–2629, 3477–3486", original="Kompetensutveckling/försäkringsmedicin"),
        c("Likvärdighet och osäkerhet i bedömning", "Consistency of decisions; uncertainty in assessment",
          "Whether assessments are consistent between handläggare, and the uncertainty in making them.",
          "2005–2009, 2631–2634", original="Likvärdighet/osäkerhet i bedömning"),
        c("Dialog som stöd", "Dialogue as support",
          "Dialogue with the manager (Väksten), specialists and försäkringssamordnare as support.",
          "4408–4426")),
      c("Handlingsutrymme och bedömningsutrymme", "Discretion",
        "The latitude handläggare have to act and to judge within the rules.",
        "395–399, 424–444, 3225–3232, 3449–3452", original="Handlingsutrymme/bedömningsutrymme"),
      c("Icke-handlingar", "Non-actions",
        "What is not done, such as meetings not held, as part of how policy is made in practice.",
        "430–432, 2655–2659"),
      c("Reaktivitet vs tidiga och aktiva insatser", "Reactivity vs early, active measures",
        "Whether coordination starts late, in response to events, or early and actively.",
        "1063–1066, 2249–2257, 3502–3530"),
      c("Oavsedda konsekvenser av förändringar", "Unintended consequences of changes",
        "Effects of organisational and process changes that nobody intended.",
        "3556–3605"),
      original="PRAKTIKENS POLITIK / GÖRANDET AV SAMORDNING"),

    c("Hanteringsstrategier", "Coping strategies (Tummers et al. 2015)",
      "Conscious or unconscious ways in which handläggare handle the demands on them and their own "
      "work situation.",
      "401–404, 476–495, 1486–1490, 2726–2865, 3197–3199, 3400–3416",
      c("Rörelse till brukaren", "Moving towards clients",
        "Adapting to the insured person's needs; applying rules flexibly in their favour.",
        "479–483, 2742–2754 (tydligaste exemplet 2744–2754)",
        c("Inkännande och rak – medkänsla", "Empathic yet straight",
          "Combining empathy for the insured with clarity about the rules and what is expected.",
          "2763–2776", original="Inkännande och rak / medkänsla")),
      c("Rörelse mot brukaren", "Moving against clients",
        "Less flexible, rule-following, confrontational handling of the insured. (Swedish \"mot\" "
        "here means \"against\", not \"towards\".)",
        "483–487, 2778–2809",
        c("Regelföljande och rättssäkerhet", "Rule-following; legal certainty",
          "Following the rules strictly for the sake of legal certainty, accepting the role of "
          "\"the bad guy\".",
          "2778–2788", original="Regelföljande/rättssäkerhet"),
        c("Ställa krav på den försäkrade", "Making demands on the insured",
          "Requiring the insured person to take steps and meet obligations.",
          "1628–1629, 2797–2809"),
        c("Avgränsa yrkesrollen – överlevnadsstrategi", "Bounding the role as a survival strategy",
          "Drawing firm limits around what the role includes, in order to cope.",
          "2790–2796", original="Avgränsa yrkesrollen / överlevnadsstrategi")),
      c("Rörelse bort från brukaren", "Moving away from clients",
        "Avoiding meaningful interaction with the insured or being less available to them.",
        "487–492, 2811–2835",
        c("Undvika möten", "Avoiding meetings",
          "Not holding, or putting off, meetings with the insured and other actors.",
          "2285–2289, 2813–2816, 2837–2838"),
        c("Renodla uppdraget", "Streamlining the mandate",
          "Narrowing the work to its core, e.g. \"göra dig obehövlig\", \"dela ut läxorna\".",
          "2817–2830"),
        c("Begränsad tillgänglighet", "Limited availability",
          "Limiting contact, e.g. \"hålla dem kort\" or avoiding the telephone.",
          "490–492, 3175–3184")),
      c("Prioriteringsstrategi", "Prioritisation strategy",
        "Choosing which cases get coordination and which do not.",
        "2828–2835"),
      c("Förhållningssätt till chefers informella styrning", "Stance towards managers' informal steering",
        "How handläggare respond to managers' informal steering, e.g. whether they comply with "
        "directives about meetings.",
        "124–129, 2859–2863, 3409–3416"),
      c("Egen övertygelse om mötens värde", "Own conviction about the value of meetings",
        "Holding meetings because one believes in them, whatever the targets say.",
        "2840–2857"),
      c("Krockande strategier mellan kollegor", "Clashing strategies among colleagues",
        "Colleagues' different coping strategies coming into conflict.",
        "2756–2760"),
      original="HANTERINGSSTRATEGIER"),

    c("Aktörer och med- och motaktörskap", "Actors; co-actors and counter-actors",
      "The other actors in coordination, and whether handläggare see them as co-actors or "
      "counter-actors.",
      "1492–1499, 2867–3138, 3199–3206",
      c("Värdekoder: med- och motaktörskap", "Value codes: co-actorship and counter-actorship",
        "Cross-cutting value codes, applied together with an actor code, for how the relationship "
        "with that actor works.",
        "2867–2880, 2935–2937, 3003–3013",
        c("Medaktör", "Co-actor",
          "The actor works with Försäkringskassan towards a shared goal.",
          "1492–1499, 3003–3013"),
        c("Motaktör", "Counter-actor",
          "The actor works against, or obstructs, Försäkringskassan's coordination.",
          "1492–1499, 2935–2937"),
        c("Samförstånd", "Consensus",
          "The parties agree on the situation and on the way forward.",
          "2867–2876"),
        c("”Skav”", "Friction",
          "Tension between parties short of open conflict; in the report mostly between the "
          "institutional actors and the insured.",
          "2876–2880"),
        c("Konflikt", "Conflict",
          "Open disagreement or conflict between the parties.",
          "2867–2873"),
        original="Värdekoder: med-/motaktörskap"),
      c("Arbetsförmedlingen", "The Public Employment Service",
        "Arbetsförmedlingen as an actor in coordination.",
        "270–274, 1040, 3015–3024, 3095–3130, 4452–4469",
        c("Medaktör via gemensamt syfte", "Co-actor through shared goal",
          "Arbetsförmedlingen works as a co-actor when the parties share a goal, notably within the "
          "enhanced cooperation.",
          "1496–1499, 3015–3024, 3067–3069"),
        c("Motaktör: klinch om uppdrag och arbetsförmåga", "Counter-actor: clash over mandates",
          "Clashes with Arbetsförmedlingen over whose mandate applies and over how work capacity "
          "is judged.",
          "2458–2463, 3108–3130", original="Motaktör: klinch om uppdrag/arbetsförmåga"),
        c("Omorganisation och resursbrist", "Reorganisation; lack of resources",
          "Arbetsförmedlingen's reorganisation and lack of resources, and what they do to "
          "coordination.",
          "1684–1686, 3095–3106, 3188–3195, 3607–3621, 4457–4469",
          original="Omorganisation/resursbrist")),
      c("Hälso- och sjukvården", "Health care",
        "Health care as an actor: doctors, primary care centres, occupational health services, "
        "rehabilitation coordinators.",
        "2928–3001",
        c("”Pratar inte samma språk”", "Don't speak the same language",
          "Health care and Försäkringskassan talk past each other; health care lacks knowledge of "
          "the insurance.",
          "2928–2950"),
        c("Sociala omständigheter – gränslandet socialt–medicinskt",
          "Social circumstances; social–medical borderland",
          "Cases where social circumstances and medical conditions are hard to tell apart.",
          "1935–1939, 1997–2003, 2952–2963",
          original="Sociala omständigheter / gränslandet socialt–medicinskt"),
        c("Tillgänglighet och kontinuitet", "Reaching doctors; continuity; private providers",
          "Difficulty reaching doctors, lack of continuity, and private care providers.",
          "2965–2975, 2984–2990", original="Tillgänglighet/kontinuitet"),
        c("Vården ”för mesig” – passiviserar", "Health care too soft; passivising",
          "The view that health care is too lenient and makes the insured passive.",
          "1746–1751, 2960–2963, 2977–2982", original="Vården ”för mesig”/passiviserar"),
        c("Läkaren som medaktör", "Doctor as co-actor",
          "The doctor works with Försäkringskassan towards return to work.",
          "2928–2932, 3026–3069"),
        c("Läkaren som regelväktare", "Doctor as rule-keeper; the \"reversed situation\"",
          "The doctor, not the handläggare, guards the rules, e.g. by questioning a decision to grant "
          "benefit.",
          "2043–2063"),
        c("Rehabiliteringskoordinator", "Rehabilitation coordinator",
          "The health care's rehabilitation coordinator as an actor in coordination.",
          "1020–1040, 3039–3044, 4446–4450")),
      c("Arbetsgivare", "Employers",
        "Employers as actors in coordination and rehabilitation.",
        "3132–3138, 4180–4194",
        c("Fungerar överlag väl – bra och dåliga", "Mostly works; good and bad employers",
          "Cooperation with employers mostly works, though there are good and bad employers.",
          "3132–3134", original="Fungerar överlag väl / bra och dåliga"),
        c("Motaktör vid ointresse för återgång", "Counter-actor when uninterested in return",
          "The employer acts as a counter-actor when it has no interest in the employee's return.",
          "3135–3136"),
        c("Deltar ej i möten", "Declines meetings",
          "The employer does not take part in meetings.",
          "3035–3036, 3136–3138"),
        c("Förväntar sig att FK kallar; Arbetsmiljöverket",
          "Expects FK to convene; Work Environment Authority",
          "Employers wait for Försäkringskassan to call meetings; the Work Environment Authority "
          "as a last resort when an employer neglects rehabilitation.",
          "4180–4194")),
      c("Försäkrade", "The insured",
        "The insured persons as actors in their own case.",
        "",
        c("Motivation och engagemang", "Motivation and engagement",
          "The insured person's motivation for and engagement in rehabilitation.",
          "4196–4202", original="Motivation/engagemang"),
        c("Oro", "Worry",
          "The insured person's worry, e.g. about the benefit or about contact with "
          "Arbetsförmedlingen.",
          "1674–1691"),
        c("Delaktighet i mötet", "Participation",
          "The insured person's participation in the meeting and its outcome.",
          "1703–1705, 3040–3057"),
        c("Skav mellan institutionella aktörer och försäkrade",
          "Friction between institutions and the insured",
          "Tension between the institutional actors on one side and the insured on the other.",
          "2876–2880, 2924–2926")),
      c("Interna aktörer", "Internal actors",
        "Actors within Försäkringskassan: managers, insurance-medical advisers, specialists, "
        "colleagues, the head office, and the (other) office as an absent actor.",
        "1501–1541 (Bilaga 2), 1579, 2655–2659, 2715–2716",
        c("Enhetschefer (första linjens chefer)", "Unit managers (first-line managers)",
          "The local unit managers, between national steering and the office where coordination is "
          "done.",
          "1501–1541 (Bilaga 2)"),
        c("FMR", "Insurance-medical advisers",
          "Försäkringsmedicinska rådgivare as actors in the case.",
          "518, 1959–1961"),
        c("Specialister", "Specialists",
          "Specialists with experience as handläggare.",
          "357–358, 4418–4421"),
        c("Kollegor", "Colleagues",
          "Fellow handläggare as actors in the case and in the office.",
          "2512, 2558–2576"),
        c("”De på huvudkontoret”", "\"Those at head office\"",
          "The head office as seen from the local offices.",
          "1579"),
        c("(Det andra) kontoret", "The (other) office",
          "Another office as an absent actor in the work of the observed office.",
          "2655–2659, 2715–2716")),
      c("Övriga", "Others",
        "Other actors: the municipality, coordination associations (samordningsförbund), the trade "
        "union and the Work Environment Authority.",
        "1268–1270, 3674, 3745, 4192",
        c("Kommun", "Municipality",
          "The municipality, e.g. as employer or through social services and income support.",
          "662, 3727"),
        c("Samordningsförbund", "Coordination association",
          "Financial coordination associations (Finsam) and the local measures they fund.",
          "1268–1270, 3745"),
        c("Facket", "Trade union",
          "The trade union as a party to a meeting.",
          "3674"),
        c("Arbetsmiljöverket", "Work Environment Authority",
          "The Swedish Work Environment Authority, called on when an employer neglects rehabilitation.",
          "4192")),
      original="AKTÖRER OCH MED-/MOTAKTÖRSKAP"),

    c("Förväntningar och förtroende", "Expectations and trust",
      "Expectations of Försäkringskassan and trust in it, in meetings and in society.",
      "3140–3195",
      c("”Rätt” förväntningar", "\"Right\" expectations",
        "That the insured and other actors should have \"right\", reasonable expectations of what "
        "Försäkringskassan's mandate is.",
        "946–951, 965, 3141–3155, 3206–3209"),
      c("Förtroende i mötet och i samhället", "Trust in meetings and in society",
        "Trust gained or lost in the meeting and in public debate, e.g. through the Director-General's "
        "replies to debate articles.",
        "1898–1901, 3157–3173"),
      c("Förtroende och arbetsbelastning", "Trust vs workload",
        "A workload that makes handläggare \"hålla dem kort\", at the expense of trust.",
        "3175–3184"),
      c("Förtroende och AF:s omorganisation", "Trust and AF's reorganisation",
        "Delays caused by Arbetsförmedlingen's reorganisation that put trust in both agencies at risk.",
        "3188–3195"),
      original="FÖRVÄNTNINGAR OCH FÖRTROENDE"),

    c("Ärendekarakteristika", "Case characteristics (descriptive)",
      "Descriptive codes for the kind of case: diagnosis, length of the spell, employment and "
      "customer flow.",
      "",
      c("Psykiatrisk diagnos", "Psychiatric diagnosis",
        "Cases with a psychiatric diagnosis, described as the hardest cases.",
        "1925–1939, 2081–2084, 3529–3530, 3596–3602"),
      c("Utmattning", "Exhaustion",
        "Cases of exhaustion.",
        "1977–1988, 2029"),
      c("Smärtrelaterad diagnos", "Pain-related diagnosis",
        "Cases with a pain-related diagnosis.",
        "1655, 1733–1734, 2384, 3034"),
      c("Långt sjukfall", "Long sick-leave spell",
        "Cases with a long sick-leave spell.",
        "1729–1764, 2383–2394, 3514–3521"),
      c("Arbetslös försäkrad", "Unemployed insured",
        "The insured is unemployed and so is assessed against normal work from day 1.",
        "4210–4217"),
      c("Kundflöde K1, K2 och K3", "Customer flow",
        "The customer flow the case belongs or belonged to: K1 short or less complex cases, K2 longer "
        "cases without need of support, K3 longer cases needing support and coordination.",
        "1140–1146, 1563–1570", original="Kundflöde K1/K2/K3"),
      original="ÄRENDEKARAKTERISTIKA"),
)
# fmt: on

# One hue family per top-level theme, spread round the colour wheel so themes never blend:
# (centre hue, half-width of the band its sub-codes may use), in degrees.
THEME_HUES = ((220, 16), (120, 26), (28, 14), (285, 18), (340, 12), (178, 10))
LEAF_HUE_RADIUS = 6  # leaves stay within a few degrees of their parent's hue
SATURATIONS = (0.40, 0.55, 0.70, 0.85)
MIN_CONTRAST_WITH_BLACK = 4.5  # WCAG AA: black text stays readable on every highlight


def _hsl(hue: float, saturation: float, lightness: float) -> str:
    red, green, blue = colorsys.hls_to_rgb((hue % 360) / 360, lightness, saturation)
    return "#{:02x}{:02x}{:02x}".format(*(round(v * 255) for v in (red, green, blue)))


def _linear(hex_colour: str) -> list[float]:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]


def contrast_with_black(hex_colour: str) -> float:
    red, green, blue = _linear(hex_colour)
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05) / 0.05


@lru_cache(maxsize=None)
def _lab(hex_colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65), so "how different two colours look" is a plain distance."""
    r, g, b = _linear(hex_colour)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def colour_difference(a: str, b: str) -> float:
    """CIE76 delta E: about 2.3 is just noticeable side by side."""
    return math.dist(_lab(a), _lab(b))


def _candidates(
    hue: float, radius: int, lightness: tuple[float, float], saturations=SATURATIONS
) -> list[tuple[float, str]]:
    """Colours near ``hue`` (within ``radius`` degrees) and in the ``lightness`` range."""
    hues = [hue + offset for offset in range(-radius, radius + 1, 2)]
    steps = round((lightness[1] - lightness[0]) / 0.02)
    lights = [lightness[0] + 0.02 * i for i in range(steps + 1)]
    out = []
    for h in hues:
        for light in lights:
            for sat in saturations:
                colour = _hsl(h, sat, light)
                if contrast_with_black(colour) >= MIN_CONTRAST_WITH_BLACK:
                    out.append((h, colour))
    return out


def _colours() -> dict[tuple[int, ...], str]:
    """Colour by position in the tree, chosen greedily to look as different as possible.

    Theme: a mid tone of its family hue. Sub-code: a hue from its slot in the family band.
    Leaf: a lighter shade near its parent's hue. Among the candidates each code takes the one
    farthest (in delta E) from every colour already given out, so siblings and neighbouring
    families stay apart. Deterministic: same data, same colours.
    """
    colours: dict[tuple[int, ...], str] = {}
    hues: dict[tuple[int, ...], float] = {}

    def pick(position: tuple[int, ...], candidates: list[tuple[float, str]]) -> None:
        taken = [_lab(t) for t in colours.values()]
        hue, colour = max(
            (c for c in candidates if c[1] not in colours.values()),
            key=lambda c: min((math.dist(_lab(c[1]), t) for t in taken), default=0.0),
        )
        colours[position], hues[position] = colour, hue

    for t, theme in enumerate(CODEBOOK):
        base, width = THEME_HUES[t]
        pick((t,), _candidates(base, 0, (0.56, 0.66), saturations=(0.55,)))
        count = len(theme.children)
        for s, sub in enumerate(theme.children):
            slot = base + (0.0 if count < 2 else (width - LEAF_HUE_RADIUS) * (2 * s / (count - 1) - 1))
            pick((t, s), _candidates(slot, 2, (0.60, 0.74)))
            for f, _leaf in enumerate(sub.children):
                pick((t, s, f), _candidates(hues[(t, s)], LEAF_HUE_RADIUS, (0.70, 0.90)))
    return colours


def _description(spec: Spec) -> str:
    lines = [spec.gloss, spec.definition]
    if spec.original:
        lines.append(f"Ursprungligt namn: {spec.original}")
    if spec.refs:
        lines.append(f"Källa: {SOURCE}, rad {spec.refs}.")
    else:
        lines.append(f"Källa: {SOURCE} (radhänvisningarna står vid underkoderna).")
    return "\n".join(lines)


def codebook_nodes() -> list[CodeNode]:
    """The codebook as ``CodeNode`` trees, with colours and path-derived GUIDs filled in."""
    colours = _colours()

    def node(spec: Spec, position: tuple[int, ...], parent_path: str) -> CodeNode:
        path = f"{parent_path}/{spec.name}" if parent_path else spec.name
        return CodeNode(
            name=spec.name,
            guid=code_guid(path),
            color=colours[position],
            description=_description(spec),
            codable=True,
            children=tuple(node(ch, position + (i,), path) for i, ch in enumerate(spec.children)),
        )

    return [node(spec, (i,), "") for i, spec in enumerate(CODEBOOK)]


def build() -> bytes:
    return codebook_xml(codebook_nodes(), origin="kvalkod")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file differs")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        if OUTPUT.read_bytes() != data:
            print(f"{OUTPUT} is out of date; run scripts/build_default_codebook.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_bytes(data)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
