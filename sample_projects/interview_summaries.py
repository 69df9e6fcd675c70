"""The interview demo's summaries: one per main theme of the study and two for the themes
the report dwells on, each sentence resting on the codings it sums up.

A link is (sentence number, where, code): ``where`` is a quotation id of ``interview_quotes``
or a phrase of a field-note coding in ``interview_scenes``. The texts follow the report's
findings (Socialförsäkringsrapport 2020:2, chapters 5–6) as far as the excerpts carry them.
"""

from __future__ import annotations

SUMMARIES: list[tuple[str, str, list[tuple[int, str, str]]]] = [
    ("1",
     "Handläggarna möter styrningen som skiftande direktiv: målnivåer för antalet avstämningsmöten står "
     "bredvid besked om att rätten till ersättning går först. Enhetscheferna efterlyser en sammanhållande "
     "uppföljning i stället för enskilda mätpunkter.",
     [(1, "Q8", "1.5.1"), (1, "Q6", "1.7"), (2, "E14", "1.5.2")]),
    ("2",
     "Samordningen görs i praktiken som ett projektledarskap, där handläggaren klargör mötets syfte och "
     "driver ärendet framåt. För nyanställda är uppdraget otydligt, medan tidigare K3-handläggare har en "
     "egen bild av vad samordning är. När arbetsbelastningen blir för hög är samordningen det som stryker "
     "på foten först.",
     [(1, "Mika börjar med att berätta om syftet med mötet", "2.2.3"), (1, "leder tillbaka samtalet", "2.2.2"),
      (2, "Q1", "2.1.2"), (2, "Q12", "2.7.3"), (3, "Q6", "2.6.1")]),
    ("2.5",
     "Ärendemängden skiljer sig mellan kontoren, och där den är hög räcker tiden inte till samordning. "
     "Även i teamet för det förstärkta samarbetet, där ärendena skulle vara färre, tar möten och vakanser "
     "tid från annat arbete.",
     [(1, "Q5", "2.5.1"), (1, "Q5", "2.5.2"), (2, "Q22", "2.5.1"), (2, "får man någon typ av", "2.5")]),
    ("3",
     "Handläggarna hanterar sina villkor på olika sätt: några rör sig till brukaren med medkänsla, andra "
     "betonar regelverket och kraven på den försäkrade, och några avgränsar rollen som en "
     "överlevnadsstrategi. Strategierna krockar ibland mellan kollegor, som vid ärendedragningen om långa "
     "sjukfall.",
     [(1, "Q33", "3.1.1"), (1, "Q36", "3.2.2"), (1, "Q35", "3.2.3"), (2, "känner sig stressad", "3.7")]),
    ("4",
     "I intervjuerna beskrivs hälso- och sjukvården ofta som en motaktör som inte pratar samma språk som "
     "Försäkringskassan, men i de observerade mötena är läkaren oftast en tydlig medaktör. Med "
     "Arbetsförmedlingen hamnar handläggarna ibland i klinch om uppdrag och arbetsförmåga, medan den "
     "gemensamma kartläggningen visar ett gemensamt syfte.",
     [(1, "Q40", "4.3.1"), (1, "Läkaren: Jag förstår att det är jobbigt", "4.3.5"), (2, "Q44", "4.2.2"),
      (2, "den gemensamma kartläggningen innebär", "4.2.1")]),
    ("4.3",
     "Vården kritiseras för att ta hänsyn till sociala omständigheter och för att vara svår att nå. I "
     "mötena på vårdcentralen skiljer läkaren och handläggaren ändå på funktionsnedsättning och "
     "arbetsförmåga på samma sätt.",
     [(1, "Q41", "4.3.2"), (1, "Q42", "4.3.3"), (2, "Läkaren och Eli kommer överens", "4.3.5")]),
    ("5",
     "Förtroende byggs i mötet, när handläggaren har tid att förklara och förväntningarna är rimliga. När "
     "tiden inte räcker blir rådet att hålla samtalen korta, vilket handläggarna ser som ett hot mot "
     "förtroendet.",
     [(1, "Q9", "5.2"), (1, "Q45", "5.1"), (2, "Q47", "5.3")]),
    ("6",
     "De observerade ärendena är långa sjukfall med psykiatriska eller smärtrelaterade diagnoser. Utmattning "
     "beskrivs som det svåraste att bedöma.",
     [(1, "Samtliga ärenden utgörs av olika psykiatriska eller smärtrelaterade", "6.1"),
      (1, "sjukskriven sedan 2013 för smärtrelaterad och psykisk ohälsa", "6.4"),
      (2, "Utmattning! Allting är utmattning", "6.2")]),
]

ABOUT = (
    "Om demoprojektet\n\n"
    "Intervjustudie – samordningsuppdraget (demo) är byggt av kvalkod ur Försäkringskassans "
    "Socialförsäkringsrapport 2020:2, ”En studie av hur samordningen görs i praktiken” "
    "(sample_projects/sources/002_0322864ac7075944.txt). Dokumenten är utdrag: citat som rapporten "
    "själv återger ur intervjuer med handläggare och enhetschefer, och rapportens sex scener från "
    "observationerna hösten 2019. Inget dokument är en hel intervju, och rapporten anger inte om två "
    "citat kommer från samma person. Varje utdrag anger raderna i källan. Namnen inom citattecken är "
    "rapportens egna pseudonymer.\n\n"
    "Kodningen är gjord med studiens kodbok på det sätt en analytiker skulle göra det; Bertils "
    "kodningar av hanteringsstrategierna finns för att visa överensstämmelse mellan kodare. Projektet "
    "byggs om med: python sample_projects/build.py"
)
