"""The interview demo's quotations: where each stands in Socialförsäkringsrapport 2020:2, whom
the report says is speaking, and the codes a careful analyst gives it.

Every quotation is one the report itself prints as a block quote (the inventory in the design
note seed-analysis.md §4.1, Q1–Q47 for handläggare and E1–E14 for the enhetschefer of
Bilaga 2). The report never says which quotations come from the same person, so the demo
groups them by what it does say (new, former K2 or K3, experienced, the AFFK team, an office
with a high or low caseload, enhetschefer) and builds one document of excerpts per group; a
group is also a case, with the variables the report states for it.

Codes are written as their numbers in the study codebook (resources/codebooks/samordning-2020.qdc,
in the order of seed-analysis.md §2.4; the actors' value codes are 4.1 there, so the report's
actor groups 4.1–4.6 are 4.2–4.7 here). Line numbers are those of sources/002_*.txt.
"""

from __future__ import annotations

# id: (line ranges, attribution as the report gives it, codes)
QUOTES: dict[str, tuple[list[tuple[int, int]], str, list[str]]] = {
    "Q1": ([(195, 201)], "En nyexaminerad och nyanställd handläggare", ["2.1.2", "2.7.1"]),
    "Q2": ([(1555, 1557)], "En handläggare på ett annat kontor, anställd kortare tid än ett år", ["2.1.2", "2.7.1"]),
    "Q3": ([(1601, 1606), (1608, 1614)], "En handläggare", ["2.2", "2.4.2"]),
    "Q4": ([(1622, 1626)], "En handläggare", ["2.2.1", "2.2.4", "3.2.2"]),
    "Q5": ([(1820, 1828)], "En handläggare på ett kontor med hög ärendemängd", ["2.5.1", "2.5.2", "2.6"]),
    "Q6": ([(1835, 1840)], "En handläggare", ["2.6.1", "1.7"]),
    "Q7": ([(1845, 1847)], "En handläggare", ["2.3", "2.6.2"]),
    "Q8": ([(1869, 1877)], "En handläggare", ["1.5.1", "4.6.4"]),
    "Q9": ([(1898, 1901)], "En handläggare", ["2.10.2", "5.2"]),
    "Q10": ([(1908, 1913)], "En handläggare", ["2.10.2", "2.4.5", "4.6.1"]),
    "Q11": ([(2136, 2145)], "En tidigare K2-handläggare", ["2.7.2", "2.7.4"]),
    "Q12": ([(2150, 2159)], "En mer erfaren handläggare på ett annat kontor", ["2.7.3", "2.7.4"]),
    "Q13": ([(2166, 2174)], "En erfaren handläggare", ["2.8.1"]),
    "Q14": ([(2234, 2242)], "En handläggare som tidigare arbetade som K3-handläggare", ["1.4", "2.6.3"]),
    "Q15": ([(2252, 2257)], "En handläggare", ["2.4.4", "2.13"]),
    "Q16": ([(2266, 2269)], "En handläggare", ["2.9.2", "4.6.4"]),
    "Q17": ([(2282, 2291)], "En tidigare K3-handläggare", ["3.3.1", "2.7.3", "4.6.4"]),
    "Q18": ([(2304, 2307)], "En tidigare K3-handläggare", ["2.8.5"]),
    "Q19": ([(2353, 2357)], "En handläggare", ["2.8.5", "2.8.6"]),
    "Q20": ([(2371, 2378)], "En handläggare", ["2.8.6", "2.13", "2.5.4"]),
    "Q21": ([(2416, 2424)], "En handläggare som går in i det förstärkta samarbetet", ["2.9.3", "2.8.2", "2.5.1"]),
    "Q22": ([(2430, 2436)], "En annan handläggare på samma kontor", ["2.5.1", "2.4.4"]),
    "Q23": ([(2490, 2495)], "En handläggare på samma kontor", ["2.8.2"]),
    "Q24": ([(2534, 2539)], "En handläggare, om sin enhetschef", ["2.10.2", "4.6.1"]),
    "Q25": ([(2543, 2546)], "En handläggare", ["2.10.2", "4.6.1"]),
    "Q26": ([(2558, 2563)], "En handläggare på ett kontor med låg ärendemängd", ["2.10.1", "4.6.4"]),
    "Q27": ([(2569, 2576)], "En handläggare", ["2.10.1", "4.6.4"]),
    "Q28": ([(2582, 2590)], "En nyutbildad handläggare", ["2.7.4", "2.7.5"]),
    "Q29": ([(2602, 2608)], "En ny handläggare som tidigare arbetat på Arbetsförmedlingen", ["2.7.5"]),
    "Q30": ([(2624, 2629)], "En erfaren tidigare K3-handläggare", ["2.10.3", "2.10.4"]),
    "Q31": ([(2682, 2688), (2695, 2696)], "En handläggare på ett kontor som avlastar kontor i närområdet",
            ["2.9.5", "4.6.6"]),
    "Q32": ([(2767, 2769)], "En handläggare", ["3.1.1"]),
    "Q33": ([(2775, 2776)], "En handläggare", ["3.1.1"]),
    "Q34": ([(2783, 2788)], "En handläggare", ["3.2.1", "3.7"]),
    "Q35": ([(2793, 2796)], "En handläggare", ["3.2.3"]),
    "Q36": ([(2801, 2809)], "En handläggare", ["3.2.2"]),
    "Q37": ([(2821, 2826)], "En tidigare K3-handläggare", ["3.3.2", "3.4"]),
    "Q38": ([(2844, 2847)], "En mer erfaren handläggare", ["1.2", "3.6"]),
    "Q39": ([(2852, 2857)], "En mer erfaren handläggare", ["3.6", "1.5.3"]),
    "Q40": ([(2944, 2950)], "En handläggare", ["4.3.1", "4.1.2"]),
    "Q41": ([(2955, 2963)], "En handläggare", ["4.3.2", "4.3.4", "4.1.2"]),
    "Q42": ([(2972, 2975)], "En handläggare på ett kontor med många privata vårdgivare", ["4.3.3"]),
    "Q44": ([(3111, 3122)], "En handläggare", ["4.2.2", "4.1.2", "2.4.8"]),
    "Q45": ([(3151, 3155)], "En handläggare", ["5.1"]),
    "Q46": ([(3167, 3173)], "En handläggare", ["5.2"]),
    "Q47": ([(3180, 3184)], "En handläggare", ["5.3", "3.3.3"]),
    "E1": ([(4101, 4104)], "En enhetschef", ["2.1.3"]),
    "E2": ([(4117, 4119)], "En enhetschef", ["2.2.2"]),
    "E3": ([(4150, 4154)], "En enhetschef", ["2.2.6", "2.4.1"]),
    "E4": ([(4171, 4173)], "En enhetschef", ["2.2"]),
    "E5": ([(4180, 4184)], "En enhetschef", ["4.4.4"]),
    "E6": ([(4199, 4202)], "En enhetschef", ["4.5.1"]),
    "E7": ([(4258, 4263)], "En enhetschef", ["2.4.1"]),
    "E8": ([(4279, 4283)], "En enhetschef", ["2.4.2"]),
    "E9": ([(4293, 4296)], "En enhetschef", ["2.2.3"]),
    "E10": ([(4307, 4312)], "En enhetschef", ["2.4.5"]),
    "E11": ([(4350, 4353)], "En enhetschef", ["2.5.2"]),
    "E12": ([(4375, 4380)], "En enhetschef", ["2.3.3", "2.4.8"]),
    "E13": ([(4461, 4465)], "En enhetschef", ["4.2.3"]),
    "E14": ([(4497, 4500)], "En enhetschef", ["1.5.2"]),
}

ON_SITE = "intervju på plats, hösten 2019"
SKYPE = "Skype-intervju, augusti–september 2019"

# (document name, case, quotations, how the interviews were held); the document's text opens
# with "Intervjuutdrag – NAME"
GROUPS: list[tuple[str, str, list[str], str]] = [
    ("Nyanställda handläggare", "Nyanställda handläggare", ["Q1", "Q2", "Q28", "Q29"], ON_SITE),
    ("Tidigare K2-handläggare", "Tidigare K2-handläggare", ["Q11"], ON_SITE),
    ("Tidigare K3-handläggare", "Tidigare K3-handläggare",
     ["Q14", "Q17", "Q18", "Q30", "Q37"], ON_SITE),
    ("Erfarna handläggare", "Erfarna handläggare", ["Q12", "Q13", "Q38", "Q39"], ON_SITE),
    ("AFFK-teamet", "AFFK-teamet", ["Q21", "Q22", "Q23"], ON_SITE),
    ("Kontor med hög ärendemängd", "Handläggare, hög ärendemängd", ["Q5"], ON_SITE),
    ("Kontor med låg ärendemängd", "Handläggare, låg ärendemängd", ["Q26"], ON_SITE),
    ("Handläggare om uppdraget och styrningen", "Handläggare (ej närmare angivna)",
     ["Q3", "Q4", "Q6", "Q7", "Q8", "Q9", "Q10", "Q24", "Q25"], ON_SITE),
    ("Handläggare om arbetet på kontoret", "Handläggare (ej närmare angivna)",
     ["Q15", "Q16", "Q19", "Q20", "Q27", "Q31"], ON_SITE),
    ("Handläggare om hanteringsstrategier", "Handläggare (ej närmare angivna)",
     ["Q32", "Q33", "Q34", "Q35", "Q36"], ON_SITE),
    ("Handläggare om andra aktörer och förtroende", "Handläggare (ej närmare angivna)",
     ["Q40", "Q41", "Q42", "Q44", "Q45", "Q46", "Q47"], ON_SITE),
    ("Enhetschefer", "Enhetschefer", [f"E{n}" for n in range(1, 15)], SKYPE),
]

# The variables of each case, only where the report states them (seed-analysis.md §4.2); an
# office reads after "på", as the report's lead-ins have it ("En handläggare på …").
CASES: dict[str, dict[str, str]] = {
    "Nyanställda handläggare": {"roll": "handläggare", "erfarenhet": "kort (under ett år)",
                                "tidigare flöde": "inget (nyanställd)"},
    "Tidigare K2-handläggare": {"roll": "handläggare", "tidigare flöde": "K2"},
    "Tidigare K3-handläggare": {"roll": "handläggare", "erfarenhet": "lång",
                                "tidigare flöde": "K3 (samordningshandläggare)"},
    "Erfarna handläggare": {"roll": "handläggare", "erfarenhet": "lång"},
    "AFFK-teamet": {"roll": "handläggare", "kontor": "kontoret som ”går motvalls” (AFFK-team)"},
    "Handläggare, hög ärendemängd": {"roll": "handläggare",
                                     "kontor": "ett kontor med hög ärendemängd (120–140 ärenden)"},
    "Handläggare, låg ärendemängd": {"roll": "handläggare",
                                     "kontor": "ett kontor med låg ärendemängd (70–90 ärenden)"},
    "Handläggare (ej närmare angivna)": {"roll": "handläggare"},
    "Enhetschefer": {"roll": "enhetschef", "kontor": "ett kontor i övriga landet"},
}

# A second analyst codes the coping-strategy quotations on her own, for the agreement panel:
# (quotation, code, how many of its sentences from the start, None for all of it).
SECOND_CODER = "Bertil"
SECOND_CODINGS: list[tuple[str, str, int | None]] = [
    ("Q32", "3.1.1", None),
    ("Q33", "3.1.1", None),
    ("Q34", "3.2.1", None),
    ("Q35", "3.3.2", None),  # Anna: avgränsa yrkesrollen (3.2.3)
    ("Q36", "3.2.2", 1),
    ("Q37", "3.3.2", None),
    ("Q47", "3.3.3", None),
]
