"""The interview demo's field notes: the six scenes of Socialförsäkringsrapport 2020:2.

Each scene becomes a field note (the observation, as the report tells it) and a scene of the
project built from it, with the report's own analysis paragraph as the scene's analysis
(seed-analysis.md §3.1). The codings are an analyst's reading of the observation: each entry
of ``codings`` names a phrase and the codes of the sentence it stands in; ``whole`` codes the
whole observation (the kind of meeting). Code numbers as in ``interview_quotes``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldNote:
    title: str
    lines: tuple[int, int]
    analysis: tuple[int, int]
    setting: str
    participants: str
    themes: list[str]  # the themes the report attaches to the scene
    whole: list[str]
    codings: list[tuple[str, list[str]]]
    variables: dict[str, str] = field(default_factory=dict)
    status: str = "utkast"


SCENES: list[FieldNote] = [
    FieldNote(
        "Gemensam kartläggning på Arbetsförmedlingen", (1644, 1691), (1693, 1707),
        "Arbetsförmedlingen: väntrummet, sedan ett litet mötesrum",
        "”Aida”, försäkrad; ”Mika”, handläggare på Försäkringskassan (hen); handläggare på "
        "Arbetsförmedlingen (han); observatör",
        ["2.2", "2.2.3", "2.3", "4.5.3", "2.4.4", "4.2.3"],
        ["2.4.3"],
        [
            ("väldigt nervös", ["4.5.2"]),
            ("Mika börjar med att berätta om syftet med mötet", ["2.2.3", "2.4.4"]),
            ("sjukskriven sedan 2015 för ett antal olika smärtrelaterade diagnoser", ["6.3", "6.4"]),
            ("Läkaren, flikar Mika in", ["4.3.5", "4.1.1"]),
            ("Aida berättar, med stöd av Mika", ["4.5.3"]),
            ("ber Aida att ringa och prata med dem", ["4.2.1", "4.1.1"]),
            ("Mika bryter in och berättar mer om det förstärkta samarbetet", ["2.2.2", "2.2.3"]),
            ("orolig för att det kommer att ha negativa konsekvenser", ["4.5.2"]),
            ("Mika svarar att om hen får ett läkarintyg", ["2.3"]),
            ("Hon har hört att Arbetsförmedlingen inte svarar", ["4.2.3", "4.5.2"]),
            ("det är ett tufft läge", ["4.2.3"]),
            ("Tror du att de kommer att vilja ha mig", ["4.5.2", "4.5.3"]),
        ],
        {"mötestyp": "gemensam kartläggning", "deltagare": "försäkrad, FK, AF",
         "diagnosgrupp": "smärtrelaterad"},
        "klar",
    ),
    FieldNote(
        "Ärendedragning, långa sjukfall", (1731, 1756), (1758, 1770),
        "Ett stort konferensrum på Försäkringskassan; en heldag avsatt för långa ärenden",
        "Sju handläggare (namnges inte); observatör",
        ["2.5", "3.7", "6.4", "2.2.2"],
        ["2.4.7"],
        [
            ("har sju handläggare avsatt en heldag", ["2.2.2", "6.4"]),
            ("De turas om, går varvet runt", ["2.10.1"]),
            ("Samtliga ärenden utgörs av olika psykiatriska eller smärtrelaterade", ["6.1", "6.3"]),
            ("känner sig stressad", ["2.5", "3.7"]),
            ("det är därför vi satt av hela dagen", ["3.7", "3.6"]),
            ("sjukskriven i en psykiatrisk diagnos sedan 2004", ["6.1", "6.4"]),
            ("låter hen hållas", ["4.3.4", "4.1.2"]),
            ("Vi betalar ut pengar för att sjukvården inte gör sitt jobb", ["4.3.4", "4.1.2", "2.5.2"]),
            ("Rent krasst, funktionsnedsättningarna", ["3.2.1", "2.3"]),
            ("Du får nog börja förbereda hen på avslag", ["3.2.1", "2.3"]),
        ],
        {"mötestyp": "ärendedragning", "deltagare": "FK", "diagnosgrupp": "psykiatrisk, smärtrelaterad"},
        "klar",
    ),
    FieldNote(
        "Kim, handläggningstillfälle", (1946, 1988), (1990, 2022),
        "Kims arbetsplats på Försäkringskassans kontor under ordinarie handläggning",
        "”Kim”, handläggare sedan sju månader (hen); en kollega; en försäkrad i telefon; observatör",
        ["2.7.1", "2.8.1", "2.3.1", "4.3.2", "2.10.4", "2.3"],
        ["2.4.1"],
        [
            ("Jag var så självsäker tidigare", ["2.8.1"]),
            ("har arbetat på Försäkringskassan i sju månader", ["2.7.1"]),
            ("bara har två ärenden med aktiv samordning", ["2.7.1"]),
            ("En kollega tittar in", ["2.9.2", "4.6.4"]),
            ("inväntar en Försäkringsmedicinsk", ["2.4.6", "4.6.2"]),
            ("hen kan inte sova", ["4.3.2", "6.1"]),
            ("Därefter informerar hen om rehabiliteringskedjan", ["2.3.1"]),
            ("eftersom hen nu vet att hens tillstånd", ["2.3.1"]),
            ("Utmattning! Allting är utmattning", ["6.2"]),
            ("Jag kommer att börja ha avstämningsmöten i alla utmattningsärenden", ["2.3", "2.4.2"]),
            ("Jag har haft ärenden från (det andra) kontoret", ["2.9.5", "4.6.6"]),
            ("Jag kunde inte se varför", ["2.10.4"]),
            ("det underlättade familjärt", ["4.3.2"]),
            ("Så det beror på vem som handlägger", ["2.10.4"]),
            ("Det kommer in två nya ärenden", ["2.5"]),
        ],
        {"mötestyp": "handläggningstillfälle", "deltagare": "FK, försäkrad (telefon)",
         "diagnosgrupp": "psykiatrisk, utmattning"},
    ),
    FieldNote(
        "Teammöte, förstärkta samarbetet", (2446, 2475), (2477, 2484),
        "Morgonmöte i teamet som arbetar i det förstärkta samarbetet, på kontoret som ”går motvalls”",
        "”Dana”, ”Camille”, ”Lo” och andra handläggare i teamet; observatör",
        ["2.5", "2.9.4", "2.10.1", "4.2.2"],
        ["2.4.7", "2.4.4"],
        [
            ("diskuterar en kollegas korg", ["2.9.4"]),
            ("får man någon typ av", ["2.5", "2.9.4"]),
            ("man kan behöva skippa möten om ingen kan", ["2.6.1", "3.3.1", "4.6.1"]),
            ("de fördelar ärenden mellan sig", ["2.10.1"]),
            ("måste ”bevisa” att de har arbetsförmåga", ["4.2.2", "4.1.2"]),
            ("Arbetsförmedlingens handläggare tycker att det kommer folk dit", ["4.2.2", "4.1.2"]),
            ("Lo lyfter därför frågan om vilken myndighet", ["4.2.2", "1.1.1"]),
            ("det måste finnas en grundstruktur", ["3.7", "2.5.2"]),
            ("Camille håller inte med", ["3.7", "2.10.1"]),
            ("Dana återkommer dock", ["3.7"]),
            ("Dana avrundar med att säga", ["2.5.2"]),
        ],
        {"mötestyp": "teammöte", "deltagare": "FK (AFFK-teamet)"},
        "klar",
    ),
    FieldNote(
        "Avstämningsmöte på vårdcentralen", (2884, 2926), (2928, 2932),
        "Promenaden till vårdcentralen, väntrummet och mottagningsrummet",
        "”Eli”, handläggare på Försäkringskassan; ”Yvonne”, försäkrad; Yvonnes dotter; läkaren (han); "
        "observatör",
        ["4.3.5", "4.5.4", "2.4.2"],
        ["2.4.2"],
        [
            ("varit sjukskriven drygt två år", ["6.4"]),
            ("Syftet med avstämningsmötet är därför", ["2.2.3"]),
            ("Eli inleder med att förklara syftet", ["2.2.3"]),
            ("Läkaren förklarar att han bara träffat Yvonne en gång", ["4.3.3"]),
            ("kommunen har ”prövat” henne", ["4.4", "4.7.1"]),
            ("Läkaren: Jag förstår att det är jobbigt", ["4.3.5", "4.1.1"]),
            ("Yvonne: Min kropp har sagt ifrån", ["4.5.4", "4.1.4"]),
            ("en psykisk belastning i sig", ["4.5.2"]),
            ("kan det finnas en poäng med att pröva arbetsförmågan", ["2.3.2", "2.4.4"]),
            ("Läkaren och Eli kommer överens", ["4.3.5", "4.1.3"]),
            ("tar stöd av en försäkringsmedicinsk rådgivare", ["2.4.6", "4.6.2"]),
            ("Yvonne ifrågasätter varför hon själv inte får träffa FMR", ["4.5.4", "4.1.4"]),
        ],
        {"mötestyp": "avstämningsmöte", "deltagare": "försäkrad, anhörig, FK, läkare"},
        "granskad",
    ),
    FieldNote(
        "Utdrag ur ett avstämningsmöte på vårdcentralen", (3033, 3065), (3067, 3069),
        "Vårdcentralen; en gemensam kartläggning",
        "”Carina”, försäkrad; ”Mischa”, handläggare på Försäkringskassan; läkare; rehabiliteringskoordinator; "
        "handläggare på Arbetsförmedlingen (hen); arbetsgivaren (kommunen) avböjde",
        ["4.2.1", "4.3.5", "2.3.2", "2.4.3"],
        ["2.4.3"],
        [
            ("sjukskriven sedan 2013 för smärtrelaterad och psykisk ohälsa", ["6.3", "6.1", "6.4"]),
            ("har avböjt medverkan i mötet", ["4.4.3", "4.4.2"]),
            ("deltar läkare, rehabiliteringskoordinator och handläggare", ["4.3.7", "4.2"]),
            ("Mischa, inleder med att förklara bakgrunden", ["2.2.3", "4.5.3"]),
            ("Läkaren och rehabiliteringskoordinatorn fyller i", ["4.3.5", "4.3.7", "4.1.1"]),
            ("den gemensamma kartläggningen innebär", ["2.4.3", "4.2.1", "4.1.1"]),
            ("Hen förtydligar att Carina inte kommer", ["4.2.1"]),
            ("arbetsförmågeutredning som läkaren menar", ["4.3.5"]),
            ("villigt inställd", ["4.5.1", "4.5.3"]),
            ("leder tillbaka samtalet", ["2.2.2"]),
            ("syftet just här är snarare att pröva arbetsförmågan", ["2.3.2", "4.1.3"]),
            ("en ny tid för gemensamt möte bokas", ["2.2.2"]),
        ],
        {"mötestyp": "gemensam kartläggning", "deltagare": "försäkrad, FK, AF, läkare, rehabiliteringskoordinator",
         "diagnosgrupp": "smärtrelaterad, psykisk ohälsa"},
    ),
]
