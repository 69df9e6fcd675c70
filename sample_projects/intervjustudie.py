"""Build "Intervjustudie – samordningsuppdraget (demo)" from Socialförsäkringsrapport 2020:2.

The documents are excerpts, never whole interviews: the report's own block quotations grouped
by whom the report says is speaking (``interview_quotes``), and its six scenes as field notes
(``interview_scenes``); each excerpt names its lines in the source. On them: cases with the
variables the report states, the study codebook applied as an analyst would, the six scenes,
summaries per main theme (``interview_summaries``), a second coder's codings for the agreement
panel, and the report outline drafted from all of it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from excerpts import CITATION, REPORT, Report
from interview_quotes import CASES, GROUPS, QUOTES, SECOND_CODER, SECOND_CODINGS
from interview_scenes import SCENES
from interview_summaries import ABOUT, SUMMARIES

from kvalkod.importers.qdc import default_codebook_path, read_codebook
from kvalkod.services import Project
from kvalkod.text.units import sentence_spans

NAME = "Intervjustudie – samordningsuppdraget (demo)"
ANALYST = "Anna"
INTRO = (
    "Utdrag ur {citation} (Försäkringskassan). Detta är inte en hel intervju utan citat som rapporten "
    "återger ur {source}, samlade här för kvalkods demoprojekt. Rapporten anger inte om två citat kommer "
    "från samma person. Radnumren avser rapportens text i sample_projects/sources/{report}."
)
SOURCES_OF = {
    "intervju på plats, hösten 2019": "intervjuer på tre lokala kontor hösten 2019",
    "Skype-intervju, augusti–september 2019": "Skype-intervjuer med elva enhetschefer från olika delar av "
                                              "landet, augusti–september 2019 (rapportens bilaga 2)",
}
# Actor words an analyst searches for and keeps where they stand in what was said or seen
# (not in a document's heading or source line), coded to the actor group.
ACTOR_WORDS = [
    ("4.2", "Arbetsförmedlingen* OR AF"),
    ("4.3", "läkare* OR vården OR vårdcentral* OR sjukvården"),
    ("4.4", "arbetsgivare*"),
    ("4.6.1", "enhetschef* OR cheferna"),
    ("4.6.2", "FMR OR försäkringsmedicinsk*"),
    ("4.6.4", "kolleg*"),
]


def lines_label(ranges: list[tuple[int, int]]) -> str:
    return ", ".join(f"{a}–{b}" for a, b in ranges)


class Codebook:
    """The study codebook's codes by their number (its order, as in seed-analysis.md §2.4)."""

    def __init__(self, nodes):
        self.paths: dict[str, str] = {}

        def walk(children, prefix: str, parent: str) -> None:
            for i, node in enumerate(children, 1):
                number, path = f"{prefix}{i}", f"{parent}{node.name}"
                self.paths[number] = path
                walk(node.children, f"{number}.", f"{path}/")

        walk(nodes, "", "")

    def __getitem__(self, number: str) -> str:
        return self.paths[number]


class Demo:
    def __init__(self, project: Project, report: Report, codebook: Codebook):
        self.project, self.report, self.codes = project, report, codebook
        self.bodies: dict[str, list[tuple[int, int]]] = {}  # document: what was said or seen
        self.quotes: dict[str, tuple[str, int, int]] = {}  # quotation id: document, span
        self.guids: dict[tuple[str, str], str] = {}  # (quotation id or phrase, code number): coding

    def code(self, key: str, doc: str, start: int, end: int, number: str, coder: str = ANALYST) -> None:
        coding = self.project.coding.apply(doc, start, end, self.codes[number], coder=coder)
        if coder == ANALYST:
            self.guids[(key, number)] = coding.guid

    def import_text(self, work: Path, name: str, text: str, kind: str, variables: dict[str, str]) -> str:
        path = work / f"{name}.txt"  # the source name the document keeps
        path.write_text(text, encoding="utf-8")
        (result,) = self.project.documents.import_files([path], kind=kind, variables=variables, name=name,
                                                        clean=False)
        if result.error:
            raise SystemExit(result.error)
        stored = self.project.documents.text(name)
        if stored != text:
            raise SystemExit(f"{name}: the text changed on import")
        return name

    # -- the documents ----------------------------------------------------------------------
    def interview(self, work: Path, name: str, quotes: list[str], mode: str) -> None:
        intro = INTRO.format(citation="Socialförsäkringsrapport 2020:2", source=SOURCES_OF[mode], report=REPORT)
        text = f"Intervjuutdrag – {name}\n\n{intro}"
        spans = {}
        for qid in quotes:
            ranges, attribution, _ = QUOTES[qid]
            body = "\n\n".join(self.report.excerpt(a, b) for a, b in ranges)
            text += f"\n\n{attribution}:\n\n"
            spans[qid] = (len(text), len(text) + len(body))
            text += f"{body}\n\n({CITATION}, rad {lines_label(ranges)})"
        self.import_text(work, name, text + "\n", "interview", {"insamling": mode})
        self.bodies[name] = list(spans.values())
        for qid, (start, end) in spans.items():
            self.quotes[qid] = (name, start, end)

    def field_note(self, work: Path, scene) -> None:
        name = scene.title
        a, b = scene.lines
        head = (f"Fältanteckning – {name}\n\nUtdrag ur {CITATION} (Försäkringskassan): scenen ”{scene.title}”, rad {a}–{b}. "
                "Observation (medsittning) hösten 2019; namnen inom citattecken är rapportens pseudonymer.\n\n")
        body = self.report.excerpt(a, b)
        self.import_text(work, name, f"{head}{body}\n", "field_note", scene.variables)
        self.bodies[name] = [(len(head), len(head) + len(body))]

    # -- the coding -------------------------------------------------------------------------
    def code_quotes(self) -> None:
        for qid, (doc, start, end) in self.quotes.items():
            for number in QUOTES[qid][2]:
                self.code(qid, doc, start, end, number)

    def code_field_note(self, scene) -> tuple[str, int, int]:
        doc = scene.title
        text = self.project.documents.text(doc)
        (start, end), = self.bodies[doc]
        for number in scene.whole:
            self.code(scene.title, doc, start, end, number)
        for phrase, numbers in scene.codings:
            at = text.find(phrase, start, end)
            if at < 0 or text.find(phrase, at + 1, end) >= 0:
                raise SystemExit(f"{doc}: the phrase {phrase!r} is not found once in the observation")
            sentence = next((s, e) for s, e in sentence_spans(text, start, end) if s <= at < e)
            for number in numbers:
                self.code(phrase, doc, *sentence, number)
        return doc, start, end

    def code_actor_words(self) -> None:
        sentences = {doc: [span for start, end in spans
                           for span in sentence_spans(self.project.documents.text(doc), start, end)]
                     for doc, spans in self.bodies.items()}  # what was said or seen, by sentence
        for number, query in ACTOR_WORDS:
            wanted: set[tuple[str, int, int]] = set()
            for hit in self.project.search.find(query, fold=True, context=0):
                wanted.update((hit.document, s, e) for s, e in sentences.get(hit.document, ())
                              if s <= hit.start < e)
            for doc, start, end in sorted(wanted):
                self.code(f"{doc}@{start}", doc, start, end, number)

    def code_second_coder(self) -> None:
        for qid, number, count in SECOND_CODINGS:
            doc, start, end = self.quotes[qid]
            if count is not None:
                text = self.project.documents.text(doc)
                end = sentence_spans(text, start, end)[count - 1][1]
            self.code(qid, doc, start, end, number, coder=SECOND_CODER)

    # -- scenes, summaries, outline ---------------------------------------------------------
    def scene(self, scene, passage: tuple[str, int, int]) -> None:
        a, b = scene.analysis
        analysis = f"{self.report.excerpt(a, b)}\n\n({CITATION}, rad {a}–{b})"
        added = self.project.scenes.add(scene.title, [passage], [self.codes[n] for n in scene.themes],
                                        setting=scene.setting, participants=scene.participants,
                                        scene_date="hösten 2019", analysis=analysis)
        if scene.status != "utkast":
            self.project.scenes.set_status(added.guid, scene.status)

    def summaries(self) -> None:
        for number, text, links in SUMMARIES:
            self.project.summaries.set(self.codes[number], text,
                                       links=[f"{self.guids[(where, code)]}@{n}" for n, where, code in links])


def build(out: Path, sources: Path) -> Path:
    if out.exists():
        out.unlink()
    nodes, _ = read_codebook(default_codebook_path())
    with Project.create(out, coder=ANALYST, name=NAME) as project, tempfile.TemporaryDirectory() as tmp:
        demo = Demo(project, Report(sources), Codebook(nodes))
        project.codebook.load(nodes, "load study codebook")
        for name, case, quotes, mode in GROUPS:
            demo.interview(Path(tmp), name, quotes, mode)
        for scene in SCENES:
            demo.field_note(Path(tmp), scene)
        for case, variables in CASES.items():
            project.cases.add(case, [name for name, group, _, _ in GROUPS if group == case])
            project.variables.set_for_case(case, variables)
        demo.code_quotes()
        passages = [demo.code_field_note(scene) for scene in SCENES]
        demo.code_actor_words()
        demo.code_second_coder()
        for scene, passage in zip(SCENES, passages):
            demo.scene(scene, passage)
        demo.summaries()
        project.memos.add("project", None, ABOUT)
        project.outline.draft(quotes=3)
    return out
