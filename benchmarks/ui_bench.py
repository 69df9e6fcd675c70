"""Benchmarks of the desktop app (part of ``make bench``): opening a long transcript with
10,000 codings, applying and removing a code in a project of 200,000 codings, scrolling,
start-up. The projects are seeded: the same texts and coded spans in every run.

Each figure is measured against a bare baseline in the same process where the budget is a
ratio, so it holds on a noisy machine.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from kvalkod.services import Project  # noqa: E402
from kvalkod.services.importing import prepare_document  # noqa: E402

SPEAKERS = ["I", "IP"]


def transcript(chars: int, seed: int = 3) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import paragraphs

    lines, size, n = [], 0, 0
    for para in paragraphs(chars, seed):
        line = f"{SPEAKERS[n % 2]}: {para}"
        lines.append(line)
        size += len(line) + 1
        n += 1
        if size >= chars:
            break
    return "\n".join(lines)[:chars]


def build_project(path: Path, text_chars: int, codings_in_doc: int, other_codings: int, codes: int = 30) -> Project:
    """A project with one long transcript carrying ``codings_in_doc`` codings, plus other
    documents carrying ``other_codings`` more."""
    rng = random.Random(5)
    project = Project.create(path, coder="bench")
    folder = path.parent / "texts"
    folder.mkdir(exist_ok=True)
    main = folder / "transcript.txt"
    main.write_text(transcript(text_chars), encoding="utf-8")
    project.documents.add_prepared(prepare_document(main, kind="interview", clean=False), {})
    paths = [f"Tema {i // 10}/Kod {i}" for i in range(codes)]
    for p in paths:
        project.codebook.add(p)
    code_ids = [project.codebook.get(p).id for p in paths]

    def spread(doc_name: str, n: int) -> None:
        doc = project.documents.get(doc_name)
        with project.action(f"bench codings {doc_name}") as uow:
            coder = project.coder_id(uow)
            by_code: dict[int, set] = {}
            for _ in range(n):
                start = rng.randrange(0, doc.length - 400)
                by_code.setdefault(rng.choice(code_ids), set()).add((start, start + rng.randint(20, 400)))
            for code_id, spans in by_code.items():
                project.coding.insert_spans(uow, doc.id, code_id, coder, spans)

    spread("transcript", codings_in_doc)
    made = 0
    k = 0
    while made < other_codings:
        name = f"other_{k}"
        f = folder / f"{name}.txt"
        f.write_text(transcript(200_000, seed=10 + k), encoding="utf-8")
        project.documents.add_prepared(prepare_document(f, kind="interview", clean=False), {})
        batch = min(50_000, other_codings - made)
        spread(name, batch)
        made += batch
        k += 1
    return project


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def scroll_frames(editor) -> list[float]:
    """Seconds per frame, sorted, scrolling ``editor`` through its text in 60 jumps."""
    bar, frames = editor.verticalScrollBar(), []
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 60)):
        t0 = time.perf_counter()
        bar.setValue(value)
        editor.repaint()
        frames.append(time.perf_counter() - t0)
    return sorted(frames)


def bench_open(app, work: Path, record) -> None:
    from ui.main_window import MainWindow
    from ui.session import Session

    project = build_project(work / "open.kvalkod", 600_000, 10_000, 0)
    text = project.documents.text("transcript")
    session = Session(project)
    window = MainWindow(session)
    window.resize(1500, 950)
    window.show()
    app.processEvents()
    bare = QPlainTextEdit()
    bare.resize(900, 700)
    bare.show()

    note = work / "note.txt"
    note.write_text("En kort fältanteckning.", encoding="utf-8")
    project.documents.import_files([note], kind="field_note")
    doc, other = project.documents.get("transcript"), project.documents.get("note")

    # Both measure switching from a short document to the long one, events processed.
    def open_bare() -> float:
        bare.setPlainText("En kort fältanteckning.")
        app.processEvents()
        t0 = time.perf_counter()
        bare.setPlainText(text)
        app.processEvents()
        return time.perf_counter() - t0

    def open_view() -> float:
        session.set_current_document(other)
        app.processEvents()
        t0 = time.perf_counter()
        session.set_current_document(doc)
        app.processEvents()
        return time.perf_counter() - t0

    base = statistics.median(open_bare() for _ in range(7))
    ours = statistics.median(open_view() for _ in range(7))
    editor = window.document_view.editor
    # the time counted must include the highlights and the stripes, not just the text
    assert editor._spans and editor.stripes._bars, "opening measured before the codings were drawn"
    record("open_doc_600k_ms", ours * 1000, "ms", 500.0)
    record("open_doc_overhead_ratio", ours / base, "×", 2.0)
    print(f"  (bare setPlainText {base * 1000:.0f} ms; {len(window.document_view.editor.index)} codings)")

    # A frame: the scroll (which reads the codings now in view) and one paint of the text,
    # its highlights and the stripes; jumps of a sixtieth of the document, the worst case.
    # The bare editor, the same size and text, scrolls the same way for comparison.
    bare.setPlainText(text)
    bare.resize(editor.viewport().width(), editor.height())
    app.processEvents()
    frames, bare_frames = scroll_frames(editor), scroll_frames(bare)
    print(f"  (scroll frame median {statistics.median(frames) * 1000:.1f} ms over {len(frames)} frames; "
          f"bare editor median {statistics.median(bare_frames) * 1000:.1f}, "
          f"p95 {bare_frames[int(len(bare_frames) * 0.95)] * 1000:.1f} ms)")
    record("scroll_frame_p95_ms", frames[int(len(frames) * 0.95)] * 1000, "ms", 16.0)
    window.close()
    session.close()


def bench_apply(app, work: Path, record) -> None:
    """Apply a code to a selection and remove a coding, as the app does (the session's
    ``code_selection``; the document view's Remove), in a project of 200,000 codings with the
    main window open on the transcript and the code selected, so the code tree, the document
    list, the coded segments and the document view all follow each change. Each figure runs
    from the click's call to the end of the repaint (events processed)."""
    from ui.main_window import MainWindow
    from ui.session import Session

    project = build_project(work / "apply.kvalkod", 600_000, 10_000, 190_000)
    print(f"  ({project.stats()['codings']} codings in the project)")
    session = Session(project)
    window = MainWindow(session)
    window.resize(1500, 950)
    window.show()
    doc = project.documents.get("transcript")
    session.set_current_document(doc)
    code = project.codebook.get("Tema 0/Kod 1")
    window.codebook_panel.select_code(code.path)
    app.processEvents()
    rng = random.Random(9)
    applied, removed, spans = [], [], []
    for _ in range(60):
        start = rng.randrange(0, doc.length - 200)
        session.set_selection((doc, start, start + 80))  # selecting is not part of applying
        app.processEvents()
        t0 = time.perf_counter()
        assert session.code_selection(code)
        app.processEvents()
        applied.append(time.perf_counter() - t0)
        spans.append((start, start + 80))
    session.set_selection(None)
    mine = {(c["start"], c["end"]): c["guid"] for c in project.coding.list(code=code.path, doc="transcript")}
    app.processEvents()
    for span in spans:
        if span not in mine:  # a span drawn twice was applied once
            continue
        t0 = time.perf_counter()
        project.coding.remove([mine.pop(span)])
        app.processEvents()
        removed.append(time.perf_counter() - t0)
    for name, times in (("apply", applied), ("remove", removed)):
        times.sort()
        print(f"  ({name} median {statistics.median(times) * 1000:.1f} ms over {len(times)} codings)")
        record(f"{name}_code_p95_ms", times[int(len(times) * 0.95)] * 1000, "ms", 30.0)
    window.close()
    session.close()


# The app's own peak memory: VmHWM of the app's process, read as it exits. (``ru_maxrss`` of a
# child process counts the parent's pages it was forked with, several hundred MB here.)
_PROBE = ("import atexit, sys\n"
          "atexit.register(lambda: sys.stderr.write(next(l for l in open('/proc/self/status') "
          "if l.startswith('VmHWM'))))\n"
          "from kvalkod.cli import main\n"
          "sys.exit(main(sys.argv[1:]))")


def bench_startup(work: Path, record, project: Path, large: Path) -> None:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kvalkod", "gui", str(project), "--screenshot",
                        str(work / "start.png")], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    record("startup_s", statistics.median(times), "s", 1.5)
    if Path("/proc/self/status").exists():
        done = subprocess.run([sys.executable, "-c", _PROBE, "gui", str(large), "--screenshot",
                               str(work / "large.png")], check=True, capture_output=True, text=True)
        kb = int(next(x for x in done.stderr.splitlines() if x.startswith("VmHWM")).split()[1])
        print(f"  (the app on the 200,000-coding project, start to window: peak {kb / 1024:.0f} MB)")
        record("app_peak_rss_mb", kb / 1024, "MB", 1024.0)


def run(work: Path, record) -> None:
    app = QApplication.instance() or QApplication([])
    bench_open(app, work, record)
    bench_apply(app, work, record)
    bench_startup(work, record, work / "open.kvalkod", work / "apply.kvalkod")
