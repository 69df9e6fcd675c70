<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="55"/>
        <source>The two coders have not both coded any document.</source>
        <translation>De två kodarna har inte båda kodat något dokument.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="56"/>
        <source>Neither coder applied the code in the compared documents.</source>
        <translation>Ingen av kodarna har använt koden i de jämförda dokumenten.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="57"/>
        <source>Both coders coded every character with it: kappa and alpha need variation.</source>
        <translation>Båda kodarna kodade varje tecken med den: kappa och alfa kräver variation.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="58"/>
        <source>Per code, segments have no units neither coder coded: only percent agreement.</source>
        <translation>Per kod finns inga segment som ingen av kodarna kodat: bara procentuell överensstämmelse.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="59"/>
        <source>Kappa for segments takes chance as 1/k over k codes: it needs two codes or more.</source>
        <translation>Kappa för segment räknar slumpen som 1/k över k koder: det krävs minst två koder.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="73"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="73"/>
        <source>Agreement</source>
        <translation>Överensstämmelse</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="73"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="74"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="74"/>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="74"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="85"/>
        <source>All codes (pooled)</source>
        <translation>Alla koder (sammanslaget)</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="96"/>
        <source>both {both}, only {a} {only_a}, only {b} {only_b}</source>
        <translation>båda {both}, bara {a} {only_a}, bara {b} {only_b}</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="100"/>
        <source>neither {n}</source>
        <translation>ingen {n}</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="48"/>
        <source>Characters</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="49"/>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="50"/>
        <source>What counts as one unit of agreement</source>
        <translation>Vad som räknas som en enhet</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="56"/>
        <source>Segments: how much of their combined extent two segments must share to agree (0: any overlap)</source>
        <translation>Segment: hur stor del av sin sammanlagda utsträckning två segment måste dela för att stämma överens (0: minsta överlapp)</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="58"/>
        <source>Compare one code and its sub-codes, or every code</source>
        <translation>Jämför en kod och dess underkoder, eller alla koder</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="59"/>
        <source>Count documents only one coder coded</source>
        <translation>Räkna med dokument som bara en kodare har kodat</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="61"/>
        <source>Left out by default: a document one coder has not coded yet is unfinished work, not disagreement</source>
        <translation>Utelämnas som standard: ett dokument som en kodare inte har kodat ännu är ofärdigt arbete, inte oenighet</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="62"/>
        <source>Compute</source>
        <translation>Beräkna</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="67"/>
        <source>The codings have changed since: compute again for current figures.</source>
        <translation>Kodningarna har ändrats sedan dess: beräkna igen för aktuella siffror.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="81"/>
        <source>Show in coded segments</source>
        <translation>Visa i Kodade segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="82"/>
        <source>List these disagreements in the coded-segments panel</source>
        <translation>Lista skillnaderna i panelen Kodade segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="85"/>
        <source>Coder A:</source>
        <translation>Kodare A:</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="85"/>
        <source>Coder B:</source>
        <translation>Kodare B:</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="86"/>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="86"/>
        <source>Minimum overlap:</source>
        <translation>Minsta överlapp:</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="87"/>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="141"/>
        <source>Agreement needs the codings of two coders.</source>
        <translation>Överensstämmelse kräver två kodares kodningar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="162"/>
        <source>Disagreements of {a} and {b} on {code}</source>
        <translation>Skillnader mellan {a} och {b} för {code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="163"/>
        <source>Disagreements of {a} and {b}</source>
        <translation>Skillnader mellan {a} och {b}</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="169"/>
        <source>Unit: characters. Every character of the compared documents is a unit, coded with the code or not by each coder; kappa is Cohen&apos;s, alpha Krippendorff&apos;s.</source>
        <translation>Enhet: tecken. Varje tecken i de jämförda dokumenten är en enhet, kodad med koden eller inte av var och en av kodarna; kappa är Cohens, alfa Krippendorffs.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="171"/>
        <source>Unit: segments. Every segment either coder coded is a unit; it agrees when the other coder has a segment of the same code sharing at least {p} % of their combined extent (0 %: any overlap). Per code only percent agreement is defined; the pooled kappa is Brennan &amp; Prediger&apos;s (chance 1/k over k codes).</source>
        <translation>Enhet: segment. Varje segment som någon av kodarna har kodat är en enhet; det stämmer överens när den andra kodaren har ett segment med samma kod som delar minst {p} % av deras sammanlagda utsträckning (0 %: minsta överlapp). Per kod är bara procentuell överensstämmelse definierad; den sammanslagna kappan är Brennan &amp; Predigers (slumpen 1/k över k koder).</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="173"/>
        <source>The top row pools the codes either coder applied (their tables added up).</source>
        <translation>Översta raden slår samman de koder som någon av kodarna har använt (deras tabeller adderade).</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="175"/>
        <source>1 document compared.</source>
        <translation>1 dokument jämfört.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="175"/>
        <source>{n} documents compared.</source>
        <translation>{n} dokument jämförda.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="177"/>
        <source>Left out, coded by one coder only: {documents}.</source>
        <translation>Utelämnade, kodade av bara en kodare: {documents}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="198"/>
        <source>All codes</source>
        <translation>Alla koder</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="204"/>
        <source>Compute to see where the two coders disagree.</source>
        <translation>Beräkna för att se var kodarna skiljer sig åt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="206"/>
        <source>{n} passages coded with {code} by one coder only</source>
        <translation>{n} passager kodade med {code} av bara en kodare</translation>
    </message>
    <message>
        <location filename="../../ui/views/agreement_view.py" line="208"/>
        <source>{n} passages coded by one coder only</source>
        <translation>{n} passager kodade av bara en kodare</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="40"/>
        <source>Automatic backup failed: {error}</source>
        <translation>Den automatiska säkerhetskopian misslyckades: {error}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="35"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="38"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="39"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="45"/>
        <source>Copies of the whole project, kept in {folder}</source>
        <translation>Kopior av hela projektet, sparade i {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="58"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="58"/>
        <source>by hand</source>
        <translation>gjord för hand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="58"/>
        <source>before a merge</source>
        <translation>före en sammanslagning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="59"/>
        <source>before a repair</source>
        <translation>före en reparation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="59"/>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="76"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="77"/>
        <source>Go back to the project as it was at {when}? The project as it is now is kept as a backup first, so this too can be undone.</source>
        <translation>Gå tillbaka till projektet som det var {when}? Projektet som det är nu sparas först som säkerhetskopia, så även detta kan ångras.</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="41"/>
        <location filename="../../ui/dialogs/cases_dialog.py" line="46"/>
        <source>Cases</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="45"/>
        <source>Case and its documents</source>
        <translation>Fall och dess dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="49"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="51"/>
        <source>New case…</source>
        <translation>Nytt fall…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="53"/>
        <source>Add selected documents to case</source>
        <translation>Lägg till markerade dokument i fallet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="54"/>
        <source>Select a case on the left and documents on the right</source>
        <translation>Markera ett fall till vänster och dokument till höger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="62"/>
        <source>Cases:</source>
        <translation>Fall:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="63"/>
        <source>Documents:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="118"/>
        <source>Case {name} created with {n} document(s)</source>
        <translation>Fallet {name} skapades med {n} dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="124"/>
        <source>Select the documents to add first</source>
        <translation>Markera först de dokument som ska läggas till</translation>
    </message>
</context>
<context>
    <name>CodeAllDialog</name>
    <message>
        <location filename="../../ui/views/search_panel.py" line="64"/>
        <source>Code all hits</source>
        <translation>Koda alla träffar</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="77"/>
        <source>Code the {n} hits (each once) as:</source>
        <translation>Koda de {n} träffarna (var och en en gång) som:</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="78"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="79"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="93"/>
        <source>The match only</source>
        <translation>Bara träffen</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="93"/>
        <source>Its sentence</source>
        <translation>Hela meningen</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="94"/>
        <source>Its paragraph</source>
        <translation>Hela stycket</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="94"/>
        <source>Its speaker turn</source>
        <translation>Hela talarturen</translation>
    </message>
</context>
<context>
    <name>CodeMappingModel</name>
    <message>
        <location filename="../../ui/models/code_mapping_model.py" line="82"/>
        <source>Code in the other project</source>
        <translation>Kod i det andra projektet</translation>
    </message>
    <message>
        <location filename="../../ui/models/code_mapping_model.py" line="82"/>
        <source>Goes into</source>
        <translation>Hamnar i</translation>
    </message>
    <message>
        <location filename="../../ui/models/code_mapping_model.py" line="83"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/models/code_mapping_model.py" line="101"/>
        <source>Add as new code</source>
        <translation>Lägg till som ny kod</translation>
    </message>
    <message>
        <location filename="../../ui/models/code_mapping_model.py" line="105"/>
        <source>Suggested: the same name, ignoring case and accents</source>
        <translation>Förslag: samma namn, oavsett skiftläge och accenter</translation>
    </message>
    <message>
        <location filename="../../ui/models/code_mapping_model.py" line="106"/>
        <source>Choose an existing code, or add this one as a new code</source>
        <translation>Välj en befintlig kod, eller lägg till den här som ny kod</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../ui/models/code_tree_model.py" line="126"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/models/code_tree_model.py" line="126"/>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <location filename="../../ui/models/code_tree_model.py" line="246"/>
        <source>Coded {n} characters as {code}</source>
        <translation>Kodade {n} tecken som {code}</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="74"/>
        <source>Filter codes</source>
        <translation>Filtrera koder</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="78"/>
        <source>Description of the selected code</source>
        <translation>Beskrivning av den markerade koden</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="88"/>
        <location filename="../../ui/views/code_tree_view.py" line="207"/>
        <source>New code</source>
        <translation>Ny kod</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="89"/>
        <location filename="../../ui/views/code_tree_view.py" line="216"/>
        <source>New sub-code</source>
        <translation>Ny underkod</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="90"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="94"/>
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="95"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="96"/>
        <source>Code selection with this code</source>
        <translation>Koda markeringen med den här koden</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="181"/>
        <source>kvalkod</source>
        <translation>kvalkod</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="190"/>
        <source>Code colour</source>
        <translation>Kodfärg</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="196"/>
        <source>Move “{source}” under “{target}”</source>
        <translation>Flytta ”{source}” under ”{target}”</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="198"/>
        <source>Merge “{source}” into “{target}”</source>
        <translation>Slå ihop ”{source}” med ”{target}”</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="200"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="207"/>
        <source>Name (use / for sub-codes):</source>
        <translation>Namn (använd / för underkoder):</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="216"/>
        <source>Name of the sub-code under “{code}”:</source>
        <translation>Namn på underkoden under ”{code}”:</translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="228"/>
        <source>Delete “{code}” with {subs} and {codings}? Undo brings it back.</source>
        <translation>Ta bort ”{code}” med {subs} och {codings}? Ångra återställer borttagningen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/code_tree_view.py" line="229"/>
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>%n underkod</numerusform>
            <numerusform>%n underkoder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/code_tree_view.py" line="230"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n kodning</numerusform>
            <numerusform>%n kodningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/code_tree_view.py" line="259"/>
        <source>“{code}” is a folder and cannot be applied.</source>
        <translation>”{code}” är en mapp och kan inte användas för kodning.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/code_tree_view.py" line="305"/>
        <source>Merge “{source}” into “{target}”? Its %n coding(s) move to {target}.</source>
        <translation>
            <numerusform>Slå ihop ”{source}” med ”{target}”? Dess %n kodning flyttas till {target}.</numerusform>
            <numerusform>Slå ihop ”{source}” med ”{target}”? Dess %n kodningar flyttas till {target}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderListModel</name>
    <message>
        <location filename="../../ui/models/coder_list_model.py" line="59"/>
        <source>Coder</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <location filename="../../ui/models/coder_list_model.py" line="59"/>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <location filename="../../ui/models/coder_list_model.py" line="86"/>
        <source>Untick to hide {coder}&apos;s codings; double-click to change the colour</source>
        <translation>Avmarkera för att dölja kodningarna av {coder}; dubbelklicka för att byta färg</translation>
    </message>
</context>
<context>
    <name>CodersPanel</name>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="45"/>
        <source>Coders</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="50"/>
        <source>Colour stripes by coder</source>
        <translation>Färga kodningsstaplarna efter kodare</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="51"/>
        <source>Paint each coding stripe in its coder&apos;s colour instead of its code&apos;s</source>
        <translation>Måla varje kodningsstapel i kodarens färg i stället för kodens</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="53"/>
        <source>Change colour…</source>
        <translation>Byt färg…</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="55"/>
        <source>Agreement…</source>
        <translation>Överensstämmelse…</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="56"/>
        <source>Inter-coder agreement between two coders</source>
        <translation>Överensstämmelse mellan två kodare</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="93"/>
        <source>Colour of {coder}</source>
        <translation>Färg för {coder}</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="100"/>
        <source>Nobody has coded yet.</source>
        <translation>Ingen har kodat ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="101"/>
        <source>Untick a coder to hide their codings.</source>
        <translation>Avmarkera en kodare för att dölja hens kodningar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/coders_panel.py" line="102"/>
        <source>One coder so far: agreement needs a second coder&apos;s codings.</source>
        <translation>Hittills bara en kodare: överensstämmelse kräver en andra kodares kodningar.</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="268"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="278"/>
        <source>Variables shown as columns:</source>
        <translation>Variabler som visas som kolumner:</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="278"/>
        <source>The documents have no variables yet.</source>
        <translation>Dokumenten har inga variabler än.</translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <location filename="../../ui/models/comment_list_model.py" line="66"/>
        <source>Resolved by {name}, {date}</source>
        <translation>Löst av {name}, {date}</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../ui/views/comments_panel.py" line="44"/>
        <source>What the comments below are on</source>
        <translation>Vad kommentarerna nedan gäller</translation>
    </message>
    <message>
        <location filename="../../ui/views/comments_panel.py" line="47"/>
        <source>Show resolved comments</source>
        <translation>Visa lösta kommentarer</translation>
    </message>
    <message>
        <location filename="../../ui/views/comments_panel.py" line="56"/>
        <source>Write a comment for the analyst</source>
        <translation>Skriv en kommentar till analytikern</translation>
    </message>
    <message>
        <location filename="../../ui/views/comments_panel.py" line="58"/>
        <source>Comment</source>
        <translation>Kommentera</translation>
    </message>
    <message>
        <location filename="../../ui/views/comments_panel.py" line="59"/>
        <location filename="../../ui/views/comments_panel.py" line="153"/>
        <source>Resolve</source>
        <translation>Markera som löst</translation>
    </message>
    <message>
        <location filename="../../ui/views/comments_panel.py" line="66"/>
        <source>Comments on:</source>
        <translation>Kommentarer om:</translation>
    </message>
    <message>
        <location filename="../../ui/views/comments_panel.py" line="141"/>
        <source>({n} open)</source>
        <translation>({n} öppna)</translation>
    </message>
    <message>
        <location filename="../../ui/views/comments_panel.py" line="152"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="165"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="165"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="165"/>
        <source>Coded only by</source>
        <translation>Kodat bara av</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="166"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/models/agreement_model.py" line="166"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="34"/>
        <source>Interviews</source>
        <translation>Intervjuer</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="35"/>
        <source>Field notes</source>
        <translation>Fältanteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="36"/>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="37"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="38"/>
        <source>Surveys</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="46"/>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="47"/>
        <source>Field note</source>
        <translation>Fältanteckning</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="48"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="49"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="50"/>
        <source>Survey</source>
        <translation>Enkät</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="208"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="210"/>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="213"/>
        <source>Number of coded passages in the document</source>
        <translation>Antal kodade avsnitt i dokumentet</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="235"/>
        <source>{n} documents</source>
        <translation>{n} dokument</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_list_model.py" line="249"/>
        <source>{name}
Imported from {source} on {date}</source>
        <translation>{name}
Importerat från {source} den {date}</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../ui/views/document_view.py" line="37"/>
        <location filename="../../ui/views/document_view.py" line="82"/>
        <source>Find in document</source>
        <translation>Sök i dokumentet</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="83"/>
        <source>Find next</source>
        <translation>Sök nästa</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="84"/>
        <source>Code in vivo</source>
        <translation>Koda in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="85"/>
        <source>Fit coding to selection</source>
        <translation>Anpassa kodningen till markeringen</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="86"/>
        <source>Extend coding end</source>
        <translation>Förläng kodningen i slutet</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="87"/>
        <source>Shrink coding end</source>
        <translation>Förkorta kodningen i slutet</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="88"/>
        <source>Extend coding start</source>
        <translation>Förläng kodningen i början</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="89"/>
        <source>Shrink coding start</source>
        <translation>Förkorta kodningen i början</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="105"/>
        <source>{n} characters</source>
        <translation>{n} tecken</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="143"/>
        <source>Coded, but not shown: the codings of {coders} are hidden</source>
        <translation>Kodat, men visas inte: kodningarna av {coders} är dolda</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="186"/>
        <source>Selected coding {code} ({start}–{end}); Ctrl+R fits it to a new selection</source>
        <translation>Markerad kodning {code} ({start}–{end}); Ctrl+R anpassar den till en ny markering</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="198"/>
        <source>Select text in the document first</source>
        <translation>Markera text i dokumentet först</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="204"/>
        <source>In vivo</source>
        <translation>In vivo</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="214"/>
        <source>Click a coding stripe, select the new extent, then Ctrl+R</source>
        <translation>Klicka på en kodningsrand, markera det nya omfånget och tryck sedan Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="247"/>
        <source>Code with</source>
        <translation>Koda med</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="255"/>
        <source>Remove “{code}” here</source>
        <translation>Ta bort ”{code}” här</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="257"/>
        <source>Memo on “{code}”…</source>
        <translation>Memo om ”{code}”…</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="258"/>
        <source>Select “{code}” to resize</source>
        <translation>Markera ”{code}” för att ändra omfånget</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="279"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="279"/>
        <source>Memo on this coded passage:</source>
        <translation>Memo om det här kodade avsnittet:</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="296"/>
        <source>{n} found</source>
        <translation>träffar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_view.py" line="296"/>
        <source>not found</source>
        <translation>hittades inte</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="56"/>
        <source>Filter documents</source>
        <translation>Filtrera dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="60"/>
        <source>Columns…</source>
        <translation>Kolumner…</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="61"/>
        <source>Choose which variables show as columns</source>
        <translation>Välj vilka variabler som visas som kolumner</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="76"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="78"/>
        <location filename="../../ui/views/document_list_view.py" line="161"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="125"/>
        <source>Renamed {old} to {new}</source>
        <translation>Bytte namn på {old} till {new}</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="138"/>
        <source>Deleted {n} document(s); Undo brings them back</source>
        <translation>Tog bort {n} dokument; Ångra återställer borttagningen</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="149"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="152"/>
        <source>Set kind</source>
        <translation>Ange typ</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="170"/>
        <source>Rename document</source>
        <translation>Byt namn på dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="170"/>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="176"/>
        <source>Delete the document {name} and its codings?</source>
        <translation>Ta bort dokumentet {name} och dess kodningar?</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="178"/>
        <source>Delete {n} documents and their codings?</source>
        <translation>Ta bort {n} dokument och deras kodningar?</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="180"/>
        <source>Delete documents</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/document_list_view.py" line="180"/>
        <source>Undo brings it back.</source>
        <translation>Ångra återställer borttagningen.</translation>
    </message>
</context>
<context>
    <name>FrameworkMatrixView</name>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="59"/>
        <source>Cases</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="60"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="61"/>
        <source>What the rows of the matrix are</source>
        <translation>Vad matrisens rader är</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="63"/>
        <source>The theme whose sub-codes are the columns</source>
        <translation>Temat vars underkoder är kolumnerna</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="75"/>
        <source>Framework matrix</source>
        <translation>Ramverksmatris</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="83"/>
        <source>Edit summary…</source>
        <translation>Redigera sammanfattning…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="88"/>
        <source>Show segments</source>
        <translation>Visa segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="89"/>
        <source>Show the segments coded with this cell&apos;s code</source>
        <translation>Visa segmenten som kodats med cellens kod</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="91"/>
        <source>Clear summary</source>
        <translation>Töm sammanfattningen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="93"/>
        <source>Export to Excel…</source>
        <translation>Exportera till Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="94"/>
        <source>Save the matrix as an Excel workbook: counts and summaries</source>
        <translation>Spara matrisen som Excel-arbetsbok: antal och sammanfattningar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="98"/>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="100"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="129"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="130"/>
        <source>Summary of {code} for {row}:</source>
        <translation>Sammanfattning av {code} för {row}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="155"/>
        <source>Could not write {path}: {error}</source>
        <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="156"/>
        <source>Exported the matrix to {path}</source>
        <translation>Matrisen exporterades till {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="180"/>
        <source>All codes in use</source>
        <translation>Alla koder som används</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="202"/>
        <source>No cases yet: create them with File ▸ Cases…, or show documents as rows.</source>
        <translation>Inga fall ännu: skapa dem med Arkiv ▸ Fall…, eller visa dokument som rader.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="203"/>
        <source>No documents yet.</source>
        <translation>Inga dokument ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="205"/>
        <source>This theme has no codable sub-codes.</source>
        <translation>Temat har inga kodbara underkoder.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="206"/>
        <source>No codes are in use yet: code some segments first.</source>
        <translation>Inga koder används ännu: koda några segment först.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="208"/>
        <source>Grey: the number of coded segments. Double-click a cell to write its summary.</source>
        <translation>Grått: antalet kodade segment. Dubbelklicka på en cell för att skriva dess sammanfattning.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="237"/>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix_view.py" line="238"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FrameworkModel</name>
    <message>
        <location filename="../../ui/models/framework_model.py" line="132"/>
        <source>{code} in {row}: {n} coded segments</source>
        <translation>{code} i {row}: {n} kodade segment</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="65"/>
        <source>Import documents</source>
        <translation>Importera dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="74"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="90"/>
        <source>Files to import</source>
        <translation>Filer att importera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="91"/>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="93"/>
        <source>Add folder…</source>
        <translation>Lägg till mapp…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="95"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="111"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="115"/>
        <source>Variables given to every imported document, e.g. role = manager</source>
        <translation>Variabler som ges till varje importerat dokument, t.ex. roll = chef</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="116"/>
        <source>Add variable</source>
        <translation>Lägg till variabel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="122"/>
        <source>Clean up PDF/OCR text</source>
        <translation>Rensa PDF-/OCR-text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="125"/>
        <source>Removes page headers and footers, rejoins broken lines and hyphenated words, and moves footnotes aside. Every change is listed in the import report; the raw text is kept.</source>
        <translation>Tar bort sidhuvuden och sidfötter, fogar ihop brutna rader och avstavade ord och flyttar undan fotnoter. Varje ändring redovisas i importrapporten; råtexten sparas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="129"/>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="130"/>
        <source>Variables:</source>
        <translation>Variabler:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="133"/>
        <source>Files:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="143"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="157"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="157"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="212"/>
        <source>Documents ({patterns})</source>
        <translation>Dokument ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="212"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="215"/>
        <source>Add files</source>
        <translation>Lägg till filer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="219"/>
        <source>Add folder</source>
        <translation>Lägg till mapp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="251"/>
        <source>Stopping after the current file…</source>
        <translation>Avbryter efter den aktuella filen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="269"/>
        <source>Reading file {n} of {total}: {name}</source>
        <translation>Läser fil {n} av {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="274"/>
        <source>not imported: the import was cancelled</source>
        <translation>inte importerad: importen avbröts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="280"/>
        <source>Imported {ok} of {total} files.</source>
        <translation>Importerade {ok} av {total} filer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="293"/>
        <source>Imported: {summary}</source>
        <translation>Importerad: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="293"/>
        <source>Not imported: {error}</source>
        <translation>Inte importerad: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="302"/>
        <source>{format}, {n} characters</source>
        <translation>{format}, {n} tecken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="307"/>
        <source>clean-up: {changes}</source>
        <translation>rensning: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="308"/>
        <source>clean-up changed nothing</source>
        <translation>rensningen ändrade ingenting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="310"/>
        <source>clean-up turned off</source>
        <translation>rensning avstängd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="312"/>
        <source>no clean-up needed</source>
        <translation>ingen rensning behövdes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="314"/>
        <source>{n} speaker turns</source>
        <translation>{n} talarturer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="316"/>
        <source>{n} warnings (see the import report)</source>
        <translation>{n} varningar (se importrapporten)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="321"/>
        <source>spacing</source>
        <translation>mellanrum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="321"/>
        <source>page headers/footers</source>
        <translation>sidhuvuden/sidfötter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="322"/>
        <source>page numbers</source>
        <translation>sidnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="322"/>
        <source>hyphenated words joined</source>
        <translation>avstavade ord sammanfogade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="323"/>
        <source>hyphens kept</source>
        <translation>bindestreck bevarade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="323"/>
        <source>footnotes moved aside</source>
        <translation>fotnoter flyttade undan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="324"/>
        <source>lines joined</source>
        <translation>rader sammanfogade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="324"/>
        <source>Markdown marks</source>
        <translation>Markdown-tecken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="325"/>
        <source>odd characters</source>
        <translation>udda tecken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="325"/>
        <source>OCR fixes</source>
        <translation>OCR-rättelser</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="325"/>
        <source>tables</source>
        <translation>tabeller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="326"/>
        <source>figure captions</source>
        <translation>figurtexter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="326"/>
        <source>headings</source>
        <translation>rubriker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="357"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>LossReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/loss_report_dialog.py" line="35"/>
        <source>REFI-QDA import</source>
        <translation>REFI-QDA-import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/loss_report_dialog.py" line="40"/>
        <source>Imported {source} into {project}: {documents} documents, {codes} codes, {codings} codings, {memos} memos, {cases} cases, {variables} variables, {sets} sets, {users} coders.</source>
        <translation>Importerade {source} till {project}: {documents} dokument, {codes} koder, {codings} kodningar, {memos} memon, {cases} fall, {variables} variabler, {sets} grupper, {users} kodare.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/loss_report_dialog.py" line="46"/>
        <source>Nothing was lost.</source>
        <translation>Inget gick förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/loss_report_dialog.py" line="47"/>
        <source>{count} kinds of elements could not be carried over; they are listed first below.</source>
        <translation>{count} slags element kunde inte föras över; de står först i listan nedan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/loss_report_dialog.py" line="60"/>
        <source>Copy report</source>
        <translation>Kopiera rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/loss_report_dialog.py" line="63"/>
        <source>Open the new project</source>
        <translation>Öppna det nya projektet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/loss_report_dialog.py" line="78"/>
        <source>lost: {what} in {where}: {why}</source>
        <translation>förlorat: {what} i {where}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/loss_report_dialog.py" line="79"/>
        <source>note: {text}</source>
        <translation>obs: {text}</translation>
    </message>
</context>
<context>
    <name>LossReportModel</name>
    <message>
        <location filename="../../ui/models/loss_report_model.py" line="41"/>
        <source>Lost</source>
        <translation>Förlorat</translation>
    </message>
    <message>
        <location filename="../../ui/models/loss_report_model.py" line="41"/>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <location filename="../../ui/models/loss_report_model.py" line="41"/>
        <source>Positions</source>
        <translation>Positioner</translation>
    </message>
    <message>
        <location filename="../../ui/models/loss_report_model.py" line="64"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../ui/models/loss_report_model.py" line="64"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/models/loss_report_model.py" line="64"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../ui/models/loss_report_model.py" line="64"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>{title} (read-only)</source>
        <translation>{title} (skrivskyddat)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Coded segments</source>
        <translation>Kodade segment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Memos</source>
        <translation>Memon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Scenes</source>
        <translation>Scener</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Framework matrix</source>
        <translation>Ramverksmatris</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Report outline</source>
        <translation>Rapportdisposition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Theme matrix</source>
        <translation>Temamatris</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Inter-coder agreement</source>
        <translation>Överensstämmelse mellan kodare</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Team</source>
        <translation>Kodarteam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Queries</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importera dokument…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Variables…</source>
        <translation>&amp;Variabler…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Cases…</source>
        <translation>&amp;Fall…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Merge projects…</source>
        <translation>&amp;Slå ihop projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Code</source>
        <translation>&amp;Koda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;Quick code</source>
        <translation>&amp;Snabbkoda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analys</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Coding &amp;queries</source>
        <translation>Kod&amp;frågor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Theme matrix</source>
        <translation>&amp;Temamatris</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Framework matrix</source>
        <translation>&amp;Ramverksmatris</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Network</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Team</source>
        <translation>Kodar&amp;team</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Inter-coder &amp;agreement…</source>
        <translation>Överensstämmelse mellan &amp;kodare…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Report &amp;outline</source>
        <translation>Rapport&amp;disposition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Code with {code}</source>
        <translation>Koda med {code}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>The language changes when kvalkod starts again.</source>
        <translation>Språket byts när kvalkod startas om.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Undone: {action}</source>
        <translation>Ångrade: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Nothing to undo</source>
        <translation>Inget att ångra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Redone: {action}</source>
        <translation>Gjorde om: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Nothing to redo</source>
        <translation>Inget att göra om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Undo {action}</source>
        <translation>Ångra {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Redo {action}</source>
        <translation>Gör om {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>{project} · coder {coder} · {documents} documents · {codes} codes · {codings} codings</source>
        <translation>{project} · kodare {coder} · {documents} dokument · {codes} koder · {codings} kodningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <location filename="../../ui/dialogs/outline_matrix_dialog.py" line="16"/>
        <source>Add a matrix</source>
        <translation>Lägg till en matris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outline_matrix_dialog.py" line="25"/>
        <source>Cases</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outline_matrix_dialog.py" line="26"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outline_matrix_dialog.py" line="30"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outline_matrix_dialog.py" line="31"/>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outline_matrix_dialog.py" line="32"/>
        <source>Caption:</source>
        <translation>Tabellrubrik:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outline_matrix_dialog.py" line="54"/>
        <source>{theme}: coded segments per case</source>
        <translation>{theme}: kodade avsnitt per fall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outline_matrix_dialog.py" line="56"/>
        <source>{theme}: coded segments per document</source>
        <translation>{theme}: kodade avsnitt per dokument</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="59"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="60"/>
        <source>Current document</source>
        <translation>Aktuellt dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="61"/>
        <source>Selected code</source>
        <translation>Markerad kod</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="65"/>
        <source>Write the memo here; it is saved as you pause.</source>
        <translation>Skriv memot här; det sparas när du gör en paus.</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="66"/>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="67"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="153"/>
        <source>Memo deleted (Undo brings it back)</source>
        <translation>Memot togs bort (Ångra återställer det)</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="190"/>
        <source>{author}, {date}: {line}</source>
        <translation>{author}, {date}: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="192"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="205"/>
        <source>No document open</source>
        <translation>Inget dokument öppet</translation>
    </message>
    <message>
        <location filename="../../ui/views/memo_panel.py" line="205"/>
        <source>No code selected</source>
        <translation>Ingen kod markerad</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="76"/>
        <source>Merge projects</source>
        <translation>Slå ihop projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="83"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="96"/>
        <source>Projects to merge into this one</source>
        <translation>Projekt att slå ihop med detta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="98"/>
        <source>Add projects…</source>
        <translation>Lägg till projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="100"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="119"/>
        <source>Codes without a match</source>
        <translation>Koder utan motsvarighet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="123"/>
        <source>Codes without a match in this project are added as new codes unless you choose one of this project&apos;s codes for them.</source>
        <translation>Koder utan motsvarighet i det här projektet läggs till som nya koder om du inte väljer en av projektets koder åt dem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="128"/>
        <source>Merge these projects into the open one:</source>
        <translation>Slå ihop de här projekten med det öppna:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="142"/>
        <location filename="../../ui/dialogs/merge_dialog.py" line="146"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="142"/>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="142"/>
        <source>Duplicates skipped</source>
        <translation>Dubbletter överhoppade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="146"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="146"/>
        <source>In this project</source>
        <translation>I det här projektet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="147"/>
        <source>In the other project</source>
        <translation>I det andra projektet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="147"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="199"/>
        <source>Merged {n} project(s); {k} conflict(s) in the report</source>
        <translation>{n} projekt ihopslagna; {k} konflikt(er) i rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="205"/>
        <source>Projects to merge</source>
        <translation>Projekt att slå ihop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="232"/>
        <source>{project}: {same} of {documents} documents and {codes} of {all_codes} codes are already in this project; {new} documents are new and {unmatched} codes have no match; {codings} codings.</source>
        <translation>{project}: {same} av {documents} dokument och {codes} av {all_codes} koder finns redan i projektet; {new} dokument är nya och {unmatched} koder saknar motsvarighet; {codings} kodningar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="248"/>
        <source>Merged {sources} into this project. Undo takes the whole merge back.
A copy of the project as it was before: {backup}</source>
        <translation>{sources} har slagits ihop med projektet. Ångra tar tillbaka hela sammanslagningen.
En kopia av projektet som det var innan: {backup}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="255"/>
        <source>{n} conflict(s): where both projects differ, this project&apos;s version was kept.</source>
        <translation>{n} konflikt(er): där projekten skiljer sig åt behölls det här projektets version.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Coders</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Memos</source>
        <translation>Memon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Cases</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Documents in cases</source>
        <translation>Dokument i fall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Variable values</source>
        <translation>Variabelvärden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Scenes</source>
        <translation>Scener</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Scene passages</source>
        <translation>Scenernas textavsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Scene codes</source>
        <translation>Scenernas koder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Summaries</source>
        <translation>Sammanfattningar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Summary links</source>
        <translation>Sammanfattningarnas länkar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="272"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="272"/>
        <source>Condensed meanings</source>
        <translation>Kondenserade meningar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="273"/>
        <source>Report outline items</source>
        <translation>Delar av rapportdispositionen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="273"/>
        <source>Quotes in the outline</source>
        <translation>Citat i rapportdispositionen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="274"/>
        <source>Pseudonyms</source>
        <translation>Pseudonymer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="274"/>
        <source>Saved queries</source>
        <translation>Sparade frågor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="274"/>
        <source>Sets</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="275"/>
        <source>Set members</source>
        <translation>Gruppmedlemmar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="275"/>
        <source>Project settings</source>
        <translation>Projektinställningar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="281"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="281"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="281"/>
        <source>Coding</source>
        <translation>Kodning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="282"/>
        <source>Coding memo</source>
        <translation>Kodningsmemo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="282"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="282"/>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="283"/>
        <source>Variable value</source>
        <translation>Variabelvärde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="283"/>
        <source>Scene</source>
        <translation>Scen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="283"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="284"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="284"/>
        <source>Condensed meaning</source>
        <translation>Kondenserad mening</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="284"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="285"/>
        <source>Saved query</source>
        <translation>Sparad fråga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="285"/>
        <source>Set</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="285"/>
        <source>Report outline</source>
        <translation>Rapportdisposition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="286"/>
        <source>Project setting</source>
        <translation>Projektinställning</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../ui/views/network_view.py" line="109"/>
        <source>Co-occurrence: overlapping codings</source>
        <translation>Samförekomst: överlappande kodningar</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="110"/>
        <source>Co-occurrence: same paragraph</source>
        <translation>Samförekomst: samma stycke</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="111"/>
        <source>Actors: co- and counter-actors</source>
        <translation>Aktörer: med- och motaktörer</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="112"/>
        <source>Which network to draw</source>
        <translation>Vilket nätverk som ritas</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="114"/>
        <source>Which codes are nodes</source>
        <translation>Vilka koder som är noder</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="116"/>
        <source>Spring</source>
        <translation>Fjäder</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="117"/>
        <source>Circular</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="118"/>
        <source>How the nodes are placed</source>
        <translation>Hur noderna placeras</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="121"/>
        <source>Leave out links lighter than this</source>
        <translation>Utelämna länkar som väger mindre än så</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="129"/>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="131"/>
        <source>GraphML…</source>
        <translation>GraphML…</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="132"/>
        <source>Export the network as GraphML (Gephi, Cytoscape)</source>
        <translation>Exportera nätverket som GraphML (Gephi, Cytoscape)</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="134"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="135"/>
        <source>Export the drawing as a PNG picture</source>
        <translation>Exportera bilden som PNG</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="137"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="138"/>
        <source>Export the drawing as an SVG picture</source>
        <translation>Exportera bilden som SVG</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="144"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="146"/>
        <source>Min. weight:</source>
        <translation>Minsta vikt:</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="177"/>
        <source>{a} with {b}</source>
        <translation>{a} med {b}</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="262"/>
        <source>No links yet: code passages with two codes (or an actor and a value code) first.</source>
        <translation>Inga länkar ännu: koda först passager med två koder (eller en aktör och en värdekod).</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="263"/>
        <source>{nodes} nodes, {links} links. Click a node or a link to see its segments; drag nodes to untangle.</source>
        <translation>{nodes} noder, {links} länkar. Klicka på en nod eller länk för att se dess segment; dra noderna för att reda ut bilden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="266"/>
        <source>Showing the {shown} strongest of {total} links: raise the minimum weight or choose a theme.</source>
        <translation>Visar de {shown} starkaste av {total} länkar: höj minsta vikten eller välj ett tema.</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="274"/>
        <source>All codes</source>
        <translation>Alla koder</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="275"/>
        <source>Top-level themes</source>
        <translation>Huvudteman</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="335"/>
        <source>Export network</source>
        <translation>Exportera nätverk</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="335"/>
        <source>GraphML files (*.graphml)</source>
        <translation>GraphML-filer (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="338"/>
        <location filename="../../ui/views/network_view.py" line="345"/>
        <location filename="../../ui/views/network_view.py" line="352"/>
        <source>Exported the network to {path}</source>
        <translation>Exporterade nätverket till {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="342"/>
        <location filename="../../ui/views/network_view.py" line="349"/>
        <source>Export picture</source>
        <translation>Exportera bild</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="342"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/views/network_view.py" line="349"/>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="193"/>
        <source>New case</source>
        <translation>Nytt fall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="195"/>
        <source>e.g. the person or office</source>
        <translation>t.ex. personen eller kontoret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="206"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cases_dialog.py" line="207"/>
        <source>Documents:</source>
        <translation>Dokument:</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="73"/>
        <source>How a quote is introduced; {roll}, {kontor} and other variables of the quoted document are filled in</source>
        <translation>Hur ett citat inleds; {roll}, {kontor} och andra variabler i det citerade dokumentet fylls i</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="77"/>
        <source>Quote lead-in template:</source>
        <translation>Mall för citatinledning:</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="113"/>
        <location filename="../../ui/views/outline_editor.py" line="169"/>
        <source>Draft from codebook</source>
        <translation>Utkast från kodboken</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="114"/>
        <source>Store an outline drafted from the codebook, to edit from there</source>
        <translation>Spara en disposition utkastad från kodboken och redigera vidare därifrån</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="120"/>
        <source>Quote from the selected segments</source>
        <translation>Citat av de markerade avsnitten</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="121"/>
        <source>Scene…</source>
        <translation>Scen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="122"/>
        <source>Summary…</source>
        <translation>Sammanfattning…</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="123"/>
        <source>Matrix…</source>
        <translation>Matris…</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="125"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="128"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="129"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="130"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="132"/>
        <source>Export to Word…</source>
        <translation>Exportera till Word…</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="133"/>
        <source>Export to Markdown…</source>
        <translation>Exportera till Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="135"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="170"/>
        <source>Replace the report outline with a new draft from the codebook? Undo brings the current outline back.</source>
        <translation>Ersätta rapportens disposition med ett nytt utkast från kodboken? Ångra tar tillbaka den nuvarande dispositionen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="175"/>
        <source>Drafted an outline of {n} items</source>
        <translation>Utkast till disposition med {n} delar</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="188"/>
        <source>Select coded segments first</source>
        <translation>Markera kodade avsnitt först</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="227"/>
        <source>Removed: {kind} (Undo brings it back)</source>
        <translation>Borttaget: {kind} (Ångra tar tillbaka det)</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="251"/>
        <location filename="../../ui/views/outline_editor.py" line="260"/>
        <source>Could not write {path}: {error}</source>
        <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="274"/>
        <source>There is nothing of that kind in the project yet</source>
        <translation>Det finns inget sådant i projektet än</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="295"/>
        <source>Add to the outline</source>
        <translation>Lägg till i dispositionen</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="309"/>
        <source>Add a scene</source>
        <translation>Lägg till en scen</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="309"/>
        <source>Scene:</source>
        <translation>Scen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="316"/>
        <source>Add a summary</source>
        <translation>Lägg till en sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="316"/>
        <source>Summary of:</source>
        <translation>Sammanfattning av:</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="338"/>
        <location filename="../../ui/views/outline_editor.py" line="345"/>
        <source>Export to Word</source>
        <translation>Exportera till Word</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="339"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="343"/>
        <location filename="../../ui/views/outline_editor.py" line="353"/>
        <source>Exported the report to {path}</source>
        <translation>Rapportutkastet exporterades till {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="349"/>
        <source>Export to Markdown</source>
        <translation>Exportera till Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_editor.py" line="350"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-filer (*.md)</translation>
    </message>
</context>
<context>
    <name>OutlineItemEditor</name>
    <message>
        <location filename="../../ui/views/outline_item_editor.py" line="74"/>
        <source>This item shows a part of the analysis; edit the coded segments, scene or summary itself.</source>
        <translation>Den här delen visar en del av analysen; redigera de kodade avsnitten, scenen eller sammanfattningen där de skrivs.</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_item_editor.py" line="85"/>
        <source>In the report:</source>
        <translation>I rapporten:</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_item_editor.py" line="120"/>
        <source>{kind}: the text cannot be empty, so it was not saved</source>
        <translation>{kind}: texten får inte vara tom och sparades därför inte</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_item_editor.py" line="135"/>
        <source>No item selected</source>
        <translation>Ingen del vald</translation>
    </message>
    <message>
        <location filename="../../ui/views/outline_item_editor.py" line="145"/>
        <source>The table&apos;s caption</source>
        <translation>Tabellens rubrik</translation>
    </message>
</context>
<context>
    <name>OutlineKinds</name>
    <message>
        <location filename="../../ui/models/outline_model.py" line="53"/>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="54"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="55"/>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="56"/>
        <source>Paragraph</source>
        <translation>Stycke</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="57"/>
        <source>Bullet list</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="58"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="59"/>
        <source>Scene</source>
        <translation>Scen</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="60"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="61"/>
        <source>Matrix</source>
        <translation>Matris</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="62"/>
        <source>Appendix</source>
        <translation>Bilaga</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ui/models/outline_model.py" line="250"/>
        <source>(no coded segment)</source>
        <translation>(inget kodat avsnitt)</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="255"/>
        <source>+ {n} more</source>
        <translation>+ {n} till</translation>
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="263"/>
        <source>(closing)</source>
        <translation>(avslutande)</translation>
    </message>
</context>
<context>
    <name>PassageContextView</name>
    <message>
        <location filename="../../ui/views/passage_context.py" line="44"/>
        <source>Choose a passage to read it in its document</source>
        <translation>Välj en passage för att läsa den i sitt dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_context.py" line="53"/>
        <source>{document}, characters {start}–{end}</source>
        <translation>{document}, tecken {start}–{end}</translation>
    </message>
</context>
<context>
    <name>QdpxActions</name>
    <message>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="66"/>
        <source>Export REFI-QDA project (.qdpx)…</source>
        <translation>Exportera REFI-QDA-projekt (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="68"/>
        <source>Import REFI-QDA project (.qdpx)…</source>
        <translation>Importera REFI-QDA-projekt (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="79"/>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="106"/>
        <source>Export REFI-QDA project</source>
        <translation>Exportera REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="97"/>
        <source>Wrote {path}: {documents} documents, {codings} codings</source>
        <translation>Skrev {path}: {documents} dokument, {codings} kodningar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="107"/>
        <source>The project has a list of pseudonyms. Replace the real names with their pseudonyms in the exported file?

Choose No to export the real texts, for your own work in another tool.</source>
        <translation>Projektet har en lista med pseudonymer. Ska de riktiga namnen ersättas med sina pseudonymer i den exporterade filen?

Välj Nej för att exportera de riktiga texterna, för ditt eget arbete i ett annat verktyg.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="121"/>
        <source>Import REFI-QDA project</source>
        <translation>Importera REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="126"/>
        <source>New project for the import</source>
        <translation>Nytt projekt för importen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qdpx_actions.py" line="133"/>
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <location filename="../../ui/views/query_panel.py" line="54"/>
        <source>e.g. &quot;Rörelse till brukaren&quot; AND NOT Aktörer</source>
        <translation>t.ex. &quot;Rörelse till brukaren&quot; AND NOT Aktörer</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="56"/>
        <location filename="../../ui/views/query_panel.py" line="354"/>
        <source>Run</source>
        <translation>Kör</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="60"/>
        <source>Insert a code…</source>
        <translation>Infoga en kod…</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="63"/>
        <source>Insert a code path into the query (quoted where needed)</source>
        <translation>Infoga en kods sökväg i frågan (inom citattecken där det behövs)</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="65"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="69"/>
        <source>Only the codings of one coder</source>
        <translation>Bara en kodares kodningar</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="71"/>
        <source>Only documents with a value of a variable (their own or their case&apos;s)</source>
        <translation>Bara dokument med ett visst värde på en variabel (dokumentets eget eller fallets)</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="73"/>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="86"/>
        <source>Saved queries</source>
        <translation>Sparade frågor</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="87"/>
        <source>Delete query</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="91"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="106"/>
        <source>Saved queries (double-click runs):</source>
        <translation>Sparade frågor (dubbelklicka för att köra):</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="160"/>
        <source>Query: {query}</source>
        <translation>Fråga: {query}</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="186"/>
        <source>Saved the query {name}</source>
        <translation>Sparade frågan {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="220"/>
        <source>The saved query also filters by {filters}; double-click it to run it with them.</source>
        <translation>Den sparade frågan filtrerar också på {filters}; dubbelklicka på den för att köra den med dem.</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="229"/>
        <source>The text coded with both</source>
        <translation>Texten som är kodad med båda</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="230"/>
        <source>The segments of either</source>
        <translation>Segmenten från endera sidan</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="231"/>
        <source>Segments of the left side that overlap none of the right side</source>
        <translation>Segment på vänster sida som inte överlappar något på höger sida</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="232"/>
        <source>Segments of the left side that overlap one of the right side</source>
        <translation>Segment på vänster sida som överlappar något på höger sida</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="233"/>
        <source>Segments of the left side lying inside one of the right side</source>
        <translation>Segment på vänster sida som ligger helt inom ett på höger sida</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="234"/>
        <source>Segments of the left side at most 200 characters from one of the right side</source>
        <translation>Segment på vänster sida högst 200 tecken från ett på höger sida</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="235"/>
        <source>Segments of the left side sharing a paragraph with one of the right side</source>
        <translation>Segment på vänster sida i samma stycke som ett på höger sida</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="236"/>
        <source>Segments of the left side sharing a speaker turn with one of the right side</source>
        <translation>Segment på vänster sida i samma talartur som ett på höger sida</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="237"/>
        <source>The code without its sub-codes (put it before the code)</source>
        <translation>Koden utan dess underkoder (skriv det före koden)</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="246"/>
        <source>The query found {n} segments</source>
        <translation>Frågan hittade {n} segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="279"/>
        <source>All coders</source>
        <translation>Alla kodare</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="287"/>
        <source>Any variable</source>
        <translation>Valfri variabel</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="292"/>
        <source>All values</source>
        <translation>Alla värden</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="323"/>
        <location filename="../../ui/views/query_panel.py" line="329"/>
        <source>Save query</source>
        <translation>Spara fråga</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="323"/>
        <source>Name of the query:</source>
        <translation>Frågans namn:</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="330"/>
        <source>A query named {name} is saved already. Replace it?</source>
        <translation>En fråga med namnet {name} finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <location filename="../../ui/views/query_panel.py" line="365"/>
        <source>Deleted the query {name} (Undo brings it back)</source>
        <translation>Frågan {name} togs bort (Ångra återställer den)</translation>
    </message>
</context>
<context>
    <name>QuickCodeBox</name>
    <message>
        <location filename="../../ui/views/quick_code_box.py" line="29"/>
        <source>Quick code: type a code, Enter</source>
        <translation>Snabbkoda: skriv en kod, Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/quick_code_box.py" line="49"/>
        <source>Select text in the document first</source>
        <translation>Markera text i dokumentet först</translation>
    </message>
    <message>
        <location filename="../../ui/views/quick_code_box.py" line="58"/>
        <source>{n} codes match “{text}”: choose one from the list</source>
        <translation>{n} koder matchar ”{text}”: välj en i listan</translation>
    </message>
    <message>
        <location filename="../../ui/views/quick_code_box.py" line="64"/>
        <source>Created code {code}</source>
        <translation>Skapade koden {code}</translation>
    </message>
</context>
<context>
    <name>ReviewReader</name>
    <message>
        <location filename="../../ui/views/review_reader.py" line="37"/>
        <source>Choose a scene or a summary to read it.</source>
        <translation>Välj en scen eller en sammanfattning för att läsa den.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="43"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="43"/>
        <source>none yet</source>
        <translation>inga än</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="44"/>
        <source>Setting</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="44"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="45"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="46"/>
        <location filename="../../ui/views/review_reader.py" line="57"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="47"/>
        <source>Scene: {title}</source>
        <translation>Scen: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="48"/>
        <source>Narrative</source>
        <translation>Berättelse</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="49"/>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="54"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="54"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="55"/>
        <source>Coded segments it rests on</source>
        <translation>Kodade avsnitt den vilar på</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_reader.py" line="56"/>
        <source>Summary of {code}</source>
        <translation>Sammanfattning av {code}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/views/review_window.py" line="67"/>
        <source>{project} — kvalkod review</source>
        <translation>{project} — kvalkod granskning</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="77"/>
        <source>Show the scenes and summaries of a theme (or its sub-codes)</source>
        <translation>Visa scener och sammanfattningar för ett tema (eller dess underkoder)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="79"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="83"/>
        <source>Show the scenes with a passage from documents with this value</source>
        <translation>Visa scener med en passage ur dokument med det här värdet</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="102"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="104"/>
        <source>Review mode: read-only · reviewer {name}</source>
        <translation>Granskningsläge: skrivskyddat · granskare {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="139"/>
        <source>Scenes</source>
        <translation>Scener</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="140"/>
        <source>Summaries</source>
        <translation>Sammanfattningar</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="149"/>
        <source>Source passages (read in their documents below):</source>
        <translation>Källpassager (läs dem i sina dokument nedan):</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="196"/>
        <source>Scene: {title}</source>
        <translation>Scen: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="201"/>
        <source>Summary of {code}</source>
        <translation>Sammanfattning av {code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="237"/>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="244"/>
        <source>Any variable</source>
        <translation>Valfri variabel</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="250"/>
        <source>Any value</source>
        <translation>Valfritt värde</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_window.py" line="323"/>
        <source>Segment: {code}: ”{text}”</source>
        <translation>Avsnitt: {code}: ”{text}”</translation>
    </message>
</context>
<context>
    <name>SceneEditor</name>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="58"/>
        <source>Where: the waiting room, a meeting room at the office …</source>
        <translation>Plats: väntrummet, ett mötesrum på kontoret …</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="60"/>
        <source>When, e.g. 2019-10-03</source>
        <translation>När, t.ex. 2019-10-03</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="63"/>
        <source>Pseudonyms and roles, e.g. ”Eli”, caseworker (they); ”Yvonne”, insured</source>
        <translation>Pseudonymer och roller, t.ex. ”Eli”, handläggare (hen); ”Yvonne”, försäkrad</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="70"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="71"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="72"/>
        <source>Earlier in the order of scenes (the report&apos;s order)</source>
        <translation>Tidigare i scenernas ordning (rapportens ordning)</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="73"/>
        <source>Later in the order of scenes (the report&apos;s order)</source>
        <translation>Senare i scenernas ordning (rapportens ordning)</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="77"/>
        <source>The scene in the present tense; dialogue as lines “- Name: …”</source>
        <translation>Scenen i presens; repliker som rader ”- Namn: …”</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="79"/>
        <source>What the scene illustrates: “The scene shows how …”</source>
        <translation>Vad scenen illustrerar: ”Scenen illustrerar hur …”</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="81"/>
        <source>Tick the codes (themes) the scene illustrates</source>
        <translation>Kryssa för de koder (teman) som scenen illustrerar</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="83"/>
        <source>Double-click a passage to show it in its document</source>
        <translation>Dubbelklicka på ett avsnitt för att visa det i sitt dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="84"/>
        <source>Remove passage</source>
        <translation>Ta bort avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="119"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="120"/>
        <source>Setting</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="121"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="122"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="133"/>
        <source>Narrative</source>
        <translation>Berättelse</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="134"/>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="135"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="136"/>
        <source>Passages</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="200"/>
        <source>Scene: {title}</source>
        <translation>Scen: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="201"/>
        <source>Choose a scene, or make a new one of a passage in a document</source>
        <translation>Välj en scen, eller skapa en ny av ett avsnitt i ett dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="202"/>
        <source>{n} of {total}</source>
        <translation>{n} av {total}</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="231"/>
        <source>{document} {start}–{end}: {text}</source>
        <translation>{document} {start}–{end}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/views/scene_editor.py" line="310"/>
        <source>Passage removed from the scene (Undo brings it back)</source>
        <translation>Avsnittet togs bort från scenen (Ångra återställer det)</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <location filename="../../ui/models/scene_list_model.py" line="111"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/models/scene_list_model.py" line="111"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/models/scene_list_model.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/scene_list_model.py" line="111"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../ui/models/scene_list_model.py" line="111"/>
        <source>Passages</source>
        <translation>Avsnitt</translation>
    </message>
</context>
<context>
    <name>SceneStatuses</name>
    <message>
        <location filename="../../ui/models/scene_list_model.py" line="40"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../ui/models/scene_list_model.py" line="41"/>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ui/models/scene_list_model.py" line="42"/>
        <source>Reviewed</source>
        <translation>Granskad</translation>
    </message>
</context>
<context>
    <name>ScenesPanel</name>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="58"/>
        <source>New scene from selection</source>
        <translation>Ny scen av markeringen</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="59"/>
        <source>Make a scene of the passage selected in the document</source>
        <translation>Skapa en scen av det markerade avsnittet i dokumentet</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="60"/>
        <source>Add selection to scene</source>
        <translation>Lägg till markeringen i scenen</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="61"/>
        <source>Add the passage selected in the document to this scene</source>
        <translation>Lägg till det markerade avsnittet i dokumentet i den här scenen</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="62"/>
        <source>Delete scene</source>
        <translation>Ta bort scen</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="68"/>
        <source>Show the scenes that illustrate a theme (or its sub-codes)</source>
        <translation>Visa scenerna som illustrerar ett tema (eller dess underkoder)</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="70"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="148"/>
        <source>Select a passage in the document first</source>
        <translation>Markera ett avsnitt i dokumentet först</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="153"/>
        <source>New scene</source>
        <translation>Ny scen</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="153"/>
        <source>Title of the scene:</source>
        <translation>Scenens titel:</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="160"/>
        <source>Scene “{title}” made from {n} characters of {document}</source>
        <translation>Scenen ”{title}” skapades av {n} tecken ur {document}</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="169"/>
        <source>Select a scene and a passage in the document first</source>
        <translation>Välj en scen och markera ett avsnitt i dokumentet först</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="173"/>
        <source>Passage added to the scene</source>
        <translation>Avsnittet lades till i scenen</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="181"/>
        <source>Scene deleted (Undo brings it back)</source>
        <translation>Scenen togs bort (Ångra återställer den)</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="193"/>
        <source>Select a passage in a document to see its scenes.</source>
        <translation>Markera ett avsnitt i ett dokument för att se dess scener.</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="196"/>
        <source>No scene uses the selected passage.</source>
        <translation>Ingen scen använder det markerade avsnittet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="199"/>
        <source>Scenes of the selected passage: {scenes}</source>
        <translation>Scener för det markerade avsnittet: {scenes}</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="207"/>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <location filename="../../ui/views/scenes_panel.py" line="208"/>
        <source>No theme yet</source>
        <translation>Inget tema än</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/views/search_panel.py" line="106"/>
        <source>Search: words, &quot;a phrase&quot;, prefix*, OR</source>
        <translation>Sök: ord, &quot;en fras&quot;, prefix*, OR</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="108"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="109"/>
        <source>Ignore å/ä/ö (OCR text)</source>
        <translation>Ignorera å/ä/ö (OCR-text)</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="110"/>
        <source>Find “vald” for “våld”: letters with and without dots and rings match</source>
        <translation>Sökning på ”våld” hittar även ”vald”: bokstäver med och utan prickar och ringar räknas som lika</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="111"/>
        <source>Only this document</source>
        <translation>Bara det här dokumentet</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="113"/>
        <source>Code all hits…</source>
        <translation>Koda alla träffar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="194"/>
        <source>Coded {n} passages</source>
        <translation>Kodade {n} avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="208"/>
        <source>1 match</source>
        <translation>1 träff</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="210"/>
        <source>{n} matches, showing the first {shown}</source>
        <translation>{n} träffar, de första {shown} visas</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="212"/>
        <source>{n} matches</source>
        <translation>{n} träffar</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="245"/>
        <source>Open a document to search only in it</source>
        <translation>Öppna ett dokument för att söka bara i det</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="247"/>
        <source>Search only in {document}</source>
        <translation>Sök bara i {document}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/models/search_results_model.py" line="55"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_results_model.py" line="55"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_results_model.py" line="55"/>
        <source>Match</source>
        <translation>Träff</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_results_model.py" line="55"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="181"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="181"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="181"/>
        <source>Coder</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="182"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="182"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="182"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../ui/views/segments_view.py" line="53"/>
        <source>Show the segments of one coder</source>
        <translation>Visa segmenten från en kodare</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="54"/>
        <source>Show the segments of documents with a variable value</source>
        <translation>Visa segmenten i dokument med ett visst variabelvärde</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="141"/>
        <source>Select a code to see its coded segments</source>
        <translation>Markera en kod för att se dess kodade segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="145"/>
        <source>{title}: 1 segment</source>
        <translation>{title}: 1 segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="145"/>
        <source>{title}: {n} segments</source>
        <translation>{title}: {n} segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="148"/>
        <source>1 segment of {code}</source>
        <translation>1 segment för {code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="150"/>
        <source>{n} segments of {code}</source>
        <translation>{n} segment för {code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="152"/>
        <source>({total} without filters)</source>
        <translation>({total} utan filter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="176"/>
        <source>All coders</source>
        <translation>Alla kodare</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="178"/>
        <source>Any variable</source>
        <translation>Alla variabler</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="200"/>
        <source>All values</source>
        <translation>Alla värden</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="230"/>
        <source>Remove coding</source>
        <translation>Ta bort kodning</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="232"/>
        <source>Edit memo…</source>
        <translation>Redigera memo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="235"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="237"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="245"/>
        <source>Removed {n} codings (Undo brings them back)</source>
        <translation>Tog bort {n} kodningar (Ångra återställer dem)</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="254"/>
        <source>Coding memo</source>
        <translation>Kodningsmemo</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="255"/>
        <source>Memo on {code} in {document}:</source>
        <translation>Memo om {code} i {document}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="263"/>
        <source>Export segments</source>
        <translation>Exportera segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="263"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="269"/>
        <source>Could not write {path}: {error}</source>
        <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/segments_view.py" line="270"/>
        <source>Exported {n} segments to {path}</source>
        <translation>Exporterade {n} segment till {path}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="86"/>
        <source>Select text in the document first</source>
        <translation>Markera text i dokumentet först</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="91"/>
        <source>Coded {n} characters as {code}</source>
        <translation>Kodade {n} tecken som {code}</translation>
    </message>
</context>
<context>
    <name>TargetCodeDelegate</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="59"/>
        <source>Add as new code</source>
        <translation>Lägg till som ny kod</translation>
    </message>
</context>
<context>
    <name>ThemeMatrixModel</name>
    <message>
        <location filename="../../ui/models/theme_matrix_model.py" line="143"/>
        <location filename="../../ui/models/theme_matrix_model.py" line="150"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/models/theme_matrix_model.py" line="145"/>
        <source>(no value)</source>
        <translation>(inget värde)</translation>
    </message>
    <message>
        <location filename="../../ui/models/theme_matrix_model.py" line="235"/>
        <source>any code</source>
        <translation>någon kod</translation>
    </message>
    <message>
        <location filename="../../ui/models/theme_matrix_model.py" line="237"/>
        <source>{column} in {row}: {n} coded segments</source>
        <translation>{column} i {row}: {n} kodade segment</translation>
    </message>
    <message>
        <location filename="../../ui/models/theme_matrix_model.py" line="239"/>
        <source>{column} in {row}: {n} coded words</source>
        <translation>{column} i {row}: {n} kodade ord</translation>
    </message>
    <message>
        <location filename="../../ui/models/theme_matrix_model.py" line="242"/>
        <source>{column} in {row}: {n} of {size} documents</source>
        <translation>{column} i {row}: {n} av {size} dokument</translation>
    </message>
    <message>
        <location filename="../../ui/models/theme_matrix_model.py" line="244"/>
        <source>{row} has no documents</source>
        <translation>{row} har inga dokument</translation>
    </message>
    <message>
        <location filename="../../ui/models/theme_matrix_model.py" line="245"/>
        <source>{column} in {row}: {share} of {size} documents</source>
        <translation>{column} i {row}: {share} av {size} dokument</translation>
    </message>
</context>
<context>
    <name>ThemeMatrixView</name>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="51"/>
        <source>What the rows of the matrix are</source>
        <translation>Vad matrisens rader är</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="53"/>
        <source>What each cell counts</source>
        <translation>Vad varje cell räknar</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="54"/>
        <source>Coded segments</source>
        <translation>Kodade segment</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="54"/>
        <source>Documents with the code</source>
        <translation>Dokument med koden</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="55"/>
        <source>Coded words</source>
        <translation>Kodade ord</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="55"/>
        <source>Share of documents</source>
        <translation>Andel av dokumenten</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="58"/>
        <source>The codes or themes that are the columns</source>
        <translation>Koderna eller temana som är kolumner</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="66"/>
        <source>Theme matrix</source>
        <translation>Temamatris</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="72"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="73"/>
        <source>Save the matrix as a CSV file (semicolons, for Excel)</source>
        <translation>Spara matrisen som CSV-fil (semikolon, för Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="75"/>
        <source>Export Excel…</source>
        <translation>Exportera Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="76"/>
        <source>Save the matrix as an Excel workbook with a heat map</source>
        <translation>Spara matrisen som Excel-arbetsbok med färgskala</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="78"/>
        <source>Add to report</source>
        <translation>Lägg till i rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="79"/>
        <source>Add this matrix, with its totals, to the end of the report outline</source>
        <translation>Lägg till matrisen, med summor, sist i rapportdispositionen</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="83"/>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="83"/>
        <source>Measure:</source>
        <translation>Mått:</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="84"/>
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="91"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="92"/>
        <source>Save the matrix for Excel, or add it to the report outline</source>
        <translation>Spara matrisen för Excel, eller lägg den i rapportdispositionen</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="126"/>
        <source>any code</source>
        <translation>någon kod</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="127"/>
        <source>{column} in {row}</source>
        <translation>{column} i {row}</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="138"/>
        <source>Could not write {path}: {error}</source>
        <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="139"/>
        <source>Exported the matrix to {path}</source>
        <translation>Matrisen exporterades till {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="156"/>
        <source>Added the matrix to the report outline</source>
        <translation>Matrisen lades till i rapportdispositionen</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="165"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="166"/>
        <source>Cases</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="168"/>
        <source>Variable: {name}</source>
        <translation>Variabel: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="181"/>
        <source>All codes in use</source>
        <translation>Alla koder som används</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="182"/>
        <source>Themes (sub-codes rolled up)</source>
        <translation>Teman (underkoder sammanslagna)</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="196"/>
        <source>No cases yet: create them with File ▸ Cases…, or show documents as rows.</source>
        <translation>Inga fall ännu: skapa dem med Arkiv ▸ Fall…, eller visa dokument som rader.</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="197"/>
        <source>No documents yet.</source>
        <translation>Inga dokument ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="199"/>
        <source>No codes are in use yet: code some segments first.</source>
        <translation>Inga koder används ännu: koda några segment först.</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="201"/>
        <source>Darker cells count more. Click a cell to list its coded segments.</source>
        <translation>Mörkare celler räknar mer. Klicka på en cell för att lista dess kodade segment.</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="225"/>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="232"/>
        <source>Export Excel</source>
        <translation>Exportera Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/theme_matrix_view.py" line="233"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>VariableTableModel</name>
    <message>
        <location filename="../../ui/models/variable_table_model.py" line="47"/>
        <source>a variable needs a name</source>
        <translation>en variabel måste ha ett namn</translation>
    </message>
    <message>
        <location filename="../../ui/models/variable_table_model.py" line="123"/>
        <source>{name}: {type}</source>
        <translation>{name}: {type}</translation>
    </message>
    <message>
        <location filename="../../ui/models/variable_table_model.py" line="162"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../ui/models/variable_table_model.py" line="162"/>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <location filename="../../ui/models/variable_table_model.py" line="162"/>
        <source>date (YYYY-MM-DD)</source>
        <translation>datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/models/variable_table_model.py" line="163"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location filename="../../ui/models/variable_table_model.py" line="164"/>
        <source>new, no values yet</source>
        <translation>ny, inga värden än</translation>
    </message>
</context>
<context>
    <name>VariablesDialog</name>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="36"/>
        <source>Document variables</source>
        <translation>Dokumentvariabler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="48"/>
        <source>Variables of the documents</source>
        <translation>Dokumentens variabler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="50"/>
        <source>Add variable…</source>
        <translation>Lägg till variabel…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="52"/>
        <source>Import from CSV/XLSX…</source>
        <translation>Importera från CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="54"/>
        <source>A table whose first column names the documents and whose other columns are variables</source>
        <translation>En tabell där den första kolumnen anger dokumentens namn och övriga kolumner är variabler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="67"/>
        <source>Double-click a cell to type a value. Numbers and dates (YYYY-MM-DD) are checked.</source>
        <translation>Dubbelklicka på en cell för att skriva ett värde. Tal och datum (ÅÅÅÅ-MM-DD) kontrolleras.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="89"/>
        <source>Set {n} values from {file}</source>
        <translation>Satte {n} värden från {file}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="94"/>
        <source>Add variable</source>
        <translation>Lägg till variabel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="94"/>
        <source>Name of the new variable:</source>
        <translation>Namn på den nya variabeln:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="99"/>
        <source>Import variables</source>
        <translation>Importera variabler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="100"/>
        <source>Tables (*.csv *.tsv *.xlsx)</source>
        <translation>Tabeller (*.csv *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/variables_dialog.py" line="100"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="55"/>
        <source>Your name as a reviewer:</source>
        <translation>Ditt namn som granskare:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="56"/>
        <source>Your name as a coder:</source>
        <translation>Ditt namn som kodare:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="67"/>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="120"/>
        <source>This project lies in a synced or network folder:

{warning}</source>
        <translation>Projektet ligger i en synkroniserad mapp eller på en nätverksenhet:

{warning}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="123"/>
        <source>{project} is open in kvalkod by {holder}.

It opens read-only here: you can read and export, and to change it, close it there first.</source>
        <translation>{project} är öppet i kvalkod hos {holder}.

Här öppnas det skrivskyddat: du kan läsa och exportera, och för att ändra det, stäng det där först.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>kvalkod</source>
        <translation>kvalkod</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>kvalkod: unexpected error</source>
        <translation>kvalkod: oväntat fel</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Something went wrong inside kvalkod ({kind}: {error}).

Your work up to the last finished action is saved. Details are in {log}.</source>
        <translation>Något gick fel i kvalkod ({kind}: {error}).

Ditt arbete fram till den senast slutförda åtgärden är sparat. Detaljer finns i {log}.</translation>
    </message>
</context>
</TS>
