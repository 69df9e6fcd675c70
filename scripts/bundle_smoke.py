"""Run the bundled app (dist/kvalkod, built from build.spec) the way a user would, and check it.

PyInstaller misses what is imported by name or loaded as a file, and only at run time does it
show: the ``gui`` plugin (an entry point), the importers (loaded by name), the resources
(codebook, report template, REFI schemas, translations) and the lazily imported libraries. So
this runs the frozen executable, outside the virtual environment, through each of those paths:

- ``--version`` prints the source tree's version, and ``--help`` offers ``gui``;
- ``gui --screenshot`` renders the sample project's most coded document (``docs --json``)
  offscreen in Swedish and in English (each from a settings file of its own); both pictures are real PNGs, and they differ, which they do only
  if the Swedish translation was loaded;
- ``report`` writes a .docx (python-docx, lxml, the template), ``matrix`` an .xlsx (openpyxl),
  ``cooccurrence`` a .graphml (networkx, numpy), ``qdpx export`` a schema-checked REFI file;
- ``new`` (the default codebook) and ``import`` of that report .docx (an importer by name).

Usage: ``python scripts/bundle_smoke.py [DIST_DIR]`` (default dist/kvalkod). Exit status 0 when
every check passed, 1 otherwise; one line per check. The sample project is copied to a temporary
folder first and never changed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_projects" / "dokumentstudie.kvalkod"
MIN_SCREENSHOT = 20_000  # bytes: an empty or black window compresses far below this
MENU_BAR_HEIGHT = 24  # pixels at the top of the window
TIMEOUT = 180  # seconds per run: the first start of a cold bundle is slow on a busy machine


class Smoke:
    def __init__(self, executable: Path, work: Path):
        self.executable = executable
        self.work = work
        self.failures = 0
        self.env = self._environment()

    def _environment(self) -> dict[str, str]:
        """The user's environment minus anything that would let the bundle lean on this
        checkout's Python (so a missing module fails here, not on the user's machine)."""
        env = {k: v for k, v in os.environ.items()
               if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "KVALKOD_RESOURCES", "KVALKOD_DEBUG"}}
        env.update(QT_QPA_PLATFORM="offscreen", KVALKOD_CODER="smoke", HOME=str(self.work))
        return env

    def run(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.executable), *args], cwd=self.work, env=env or self.env,
                              capture_output=True, text=True, timeout=TIMEOUT)

    def check(self, what: str, ok: bool, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {what}{': ' + detail if detail else ''}")
        if not ok:
            self.failures += 1
        return ok

    def ran(self, what: str, result: subprocess.CompletedProcess) -> bool:
        """A run that must exit 0 without a complaint from kvalkod or Python on stderr (Qt's
        offscreen platform notes, such as "does not support propagateSizeHints()", are fine)."""
        complaints = [line for line in result.stderr.splitlines()
                      if line.startswith(("kvalkod:", "Traceback", "Warning", "warning"))
                      or "Error" in line or "not found" in line]
        ok = result.returncode == 0 and not complaints
        last = (complaints or result.stderr.strip().splitlines() or result.stdout.strip().splitlines() or ["no output"])
        return self.check(what, ok, "" if ok else f"exit {result.returncode}, {last[-1]}")

    # -- the checks ------------------------------------------------------------------------

    def version(self) -> None:
        expected = re.search(r'__version__ = "([^"]+)"', (ROOT / "kvalkod" / "__init__.py").read_text()).group(1)
        result = self.run("--version")
        self.check("--version", result.returncode == 0 and result.stdout.strip() == f"kvalkod {expected}",
                   repr(result.stdout.strip() or result.stderr.strip()))
        result = self.run("--help")
        offered = re.search(r"^\s+gui\s", result.stdout, re.MULTILINE) is not None
        self.check("--help offers the gui plugin (entry point from the bundled metadata)", offered)

    def most_coded_document(self, project: Path) -> str | None:
        """The document with the most codings (``docs --json``), so the screenshot shows text
        with its codings in the margin."""
        result = self.run("docs", str(project), "--json")
        try:
            documents = json.loads(result.stdout)
        except json.JSONDecodeError:
            documents = []
        self.check("docs --json", result.returncode == 0 and bool(documents), f"{len(documents)} documents")
        return max(documents, key=lambda d: d["codings"])["name"] if documents else None

    def screenshots(self, project: Path) -> None:
        document = self.most_coded_document(project)
        if document is None:
            return
        shots = {}
        for language in ("sv", "en"):
            config = self.work / f"config-{language}"
            (config / "kvalkod").mkdir(parents=True, exist_ok=True)
            (config / "kvalkod" / "kvalkod.conf").write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
            png = self.work / f"window-{language}.png"
            result = self.run("gui", str(project), "--open-doc", document, "--screenshot", str(png),
                              env={**self.env, "XDG_CONFIG_HOME": str(config)})
            if not self.ran(f"gui --screenshot ({language})", result):
                continue
            data = png.read_bytes() if png.exists() else b""
            if self.check(f"screenshot {png.name}", data.startswith(b"\x89PNG") and len(data) >= MIN_SCREENSHOT,
                          f"{len(data):,} bytes"):
                shots[language] = data
        if len(shots) == 2:
            self.check("the menu bar reads differently in Swedish (translation loaded)",
                       menu_bar(shots["sv"]) != menu_bar(shots["en"]))

    def exports(self, project: Path) -> None:
        out = self.work / "out"
        out.mkdir()
        report = out / "rapport.docx"
        if self.ran("report --out rapport.docx", self.run("report", str(project), "--out", str(report))):
            self.zipped(report, "word/document.xml")
        matrix = out / "matris.xlsx"
        if self.ran("matrix --out matris.xlsx", self.run("matrix", str(project), "--rows", "document",
                                                         "--out", str(matrix))):
            self.zipped(matrix, "xl/workbook.xml")
        graph = out / "natverk.graphml"
        if self.ran("cooccurrence --out natverk.graphml",
                    self.run("cooccurrence", str(project), "--out", str(graph))):
            text = graph.read_text(encoding="utf-8") if graph.exists() else ""
            self.check("natverk.graphml has edges", "<edge " in text, f"{text.count('<edge '):,} edges")
        qdpx = out / "projekt.qdpx"
        if self.ran("qdpx export (REFI schema check)", self.run("qdpx", "export", str(project), str(qdpx))):
            self.zipped(qdpx, "project.qde")
        fresh = self.work / "ny.kvalkod"
        if self.ran("new --codebook default", self.run("new", str(fresh), "--codebook", "default")):
            if report.exists():
                self.ran("import rapport.docx into the new project", self.run("import", str(fresh), str(report)))
            else:
                self.check("import a .docx into the new project", False, "no rapport.docx to import")

    def zipped(self, path: Path, member: str) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                ok = member in archive.namelist()
        except (OSError, zipfile.BadZipFile):
            ok = False
        self.check(f"{path.name} holds {member}", ok, f"{path.stat().st_size:,} bytes" if path.exists() else "missing")


def menu_bar(png: bytes):
    """The top strip of a screenshot, where the menu titles are. It is drawn the same way on
    every run from a fresh settings folder, so it differs between two languages only when the
    translation was loaded (the rest of the window could vary for reasons of its own)."""
    from PySide6.QtGui import QImage  # the build environment has the app's Qt; the bundle is what is tested

    image = QImage.fromData(png, "PNG")
    return image.copy(0, 0, image.width(), MENU_BAR_HEIGHT)


def main(argv: list[str]) -> int:
    dist = Path(argv[0]) if argv else ROOT / "dist" / "kvalkod"
    executable = dist / ("kvalkod.exe" if sys.platform == "win32" else "kvalkod")
    if not executable.is_file():
        print(f"FAIL no bundle at {executable}: build it with 'make bundle'")
        return 1
    if not SAMPLE.is_file():
        print(f"FAIL no sample project at {SAMPLE}: build it with 'make demo' (or sample_projects/build.py)")
        return 1
    with tempfile.TemporaryDirectory(prefix="kvalkod-bundle-") as tmp:
        work = Path(tmp)
        project = work / SAMPLE.name
        shutil.copy2(SAMPLE, project)
        smoke = Smoke(executable, work)
        smoke.version()
        smoke.screenshots(project)
        smoke.exports(project)
    size = sum(f.stat().st_size for f in dist.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle {dist}: {size / 2**20:.0f} MB; {smoke.failures or 'no'} failure(s)")
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
