"""Privacy: kvalkod never touches the network, and what leaves a project carries no local paths,
no login name and no real name that is on the project's pseudonym list.

The program is run as an analyst would run it, in its own process, with every network call
(socket creation, name lookup, connect, urllib, http.client) blocked and recorded by an audit
hook, under a made-up login and home folder that the exports are then searched for.
"""

from __future__ import annotations

import ast
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ..conftest import ROOT, seed

LOGIN = "zqlogin"
REAL_NAME = "Anna Berg"
PSEUDONYM = "Deltagare A"

NETWORK_MODULES = {
    "socket", "ssl", "socketserver", "asyncio", "urllib.request", "urllib3", "http.client", "http.server",
    "requests", "httpx", "aiohttp", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc",
    "webbrowser", "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
}
# module -> (network module, why it is there, the only attributes it may use)
JUSTIFIED = {
    "kvalkod/services/project_lock.py": ("socket", "the lock file names this computer", {"gethostname"}),
}

DRIVER = r'''
import json, sys

NETWORK = {"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
           "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto",
           "socket.sendmsg", "http.client.connect", "http.client.send", "urllib.Request", "webbrowser.open",
           "ftplib.connect", "smtplib.connect", "imaplib.open", "poplib.connect"}
attempts = []


def hook(event, args):
    if event in NETWORK:
        attempts.append([event, repr(args)[:200]])
        raise PermissionError("network access blocked: " + event)


sys.addaudithook(hook)
from kvalkod.cli import cli, main

runs = []
for argv in json.load(open(sys.argv[1], encoding="utf-8")):
    if argv[0] not in cli.commands:
        continue
    runs.append([argv, main(argv)])
json.dump({"runs": runs, "attempts": attempts}, open(sys.argv[2], "w", encoding="utf-8"))
'''

INTERVIEW = (
    "Intervju med handläggare\n\n"
    f"I: Hur började samordningen?\n{REAL_NAME}: Den började med ett möte på kontoret i Göteborg.\n"
    f"I: Vem var med?\n{REAL_NAME}: Läkaren och jag, och {REAL_NAME}s chef.\n"
)


def _sources(folder: Path) -> list[Path]:
    import docx

    folder.mkdir()
    interview = folder / "intervju.txt"
    interview.write_text(INTERVIEW, encoding="utf-8")
    word = docx.Document()
    word.add_paragraph(f"Protokoll. Närvarande: {REAL_NAME}, samordnare.")
    word.save(folder / "protokoll.docx")
    (folder / "sida.html").write_text(f"<html><body><p>Nyhet: {REAL_NAME} om samordning.</p></body></html>",
                                      encoding="utf-8")
    (folder / "variabler.csv").write_text("dokument;roll\nintervju;handläggare\n", encoding="utf-8")
    return [interview, folder / "protokoll.docx", folder / "sida.html", seed("000")]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Run a whole study through the command line, offline; returns (result, exports folder)."""
    base = tmp_path_factory.mktemp("privacy")
    home, work, out, exchange = base / "hemkatalog", base / "arbete", base / "export", base / "utbyte"
    for folder in (home, work, out, exchange):
        folder.mkdir()
    sources = _sources(base / "källor")
    project = str(work / "studie.kvalkod")
    doc = "intervju"
    commands = [
        ["new", project, "--codebook", "default"],
        ["import", project, *map(str, sources)],
        ["code", "add", project, "Möten", "--description", f"Möten, t.ex. det {REAL_NAME} beskriver"],
        ["code-text", project, doc, "25", "120", "Möten"],
        ["code-text", project, doc, "25", "90", "Möten", "--coder", "Bertil"],
        ["search", project, "samordning*", "--json"],
        ["autocode", project, "--code", "Möten", "--query", "möte", "--unit", "sentence"],
        ["var", "set", project, doc, "kontor=Göteborg"],
        ["var", "import", project, str(base / "källor" / "variabler.csv")],
        ["case", "add", project, "Fall 1", "--doc", doc],
        ["names", "set", project, f"{REAL_NAME}={PSEUDONYM}"],
        ["scene", "add", project, "--title", f"Mötet med {REAL_NAME}", "--source", f"{doc}:25:120",
         "--code", "Möten"],
        ["summary", "set", project, "--code", "Möten", "--text", f"{REAL_NAME} beskriver mötet."],
        ["report", project, "--out", str(out / "rapport.docx"), "--markdown", str(out / "rapport.md")],
        ["review-export", project, "--out", str(out / "granskning.html")],
        ["qdc", "export", project, str(out / "kodbok.qdc")],
        ["qdc", "import", project, str(out / "kodbok.qdc")],
        ["matrix", project, "--rows", "document", "--out", str(out / "matris.csv")],
        ["cooccurrence", project, "--out", str(out / "samforekomst.csv")],
        ["agreement", project, "--coders", LOGIN, "Bertil", "--json"],
        ["framework", project, "--rows", "document", "--out", str(out / "ramverk.xlsx")],
        ["query", project, '"Möten"', "--json"],
        ["actors", project, "--json"],
        ["qdpx", "export", project, str(exchange / "projekt.qdpx")],
        ["qdpx", "export", project, str(exchange / "pseudonymer.qdpx"), "--pseudonymise"],
        ["new", str(work / "kollega.kvalkod"), "--codebook", "none"],
        ["merge", project, str(work / "kollega.kvalkod"), "--json"],
        ["stats", project, "--json"],
        ["check", project, "--json"],
        ["undo", project],
        ["redo", project],
    ]
    (base / "commands.json").write_text(json.dumps(commands), encoding="utf-8")
    (base / "driver.py").write_text(DRIVER, encoding="utf-8")
    env = {key: value for key, value in os.environ.items()
           if key not in ("KVALKOD_CODER", "USER", "LOGNAME", "USERNAME", "LNAME", "HOME")}
    env.update(HOME=str(home), USER=LOGIN, LOGNAME=LOGIN, USERNAME=LOGIN, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(base / "driver.py"), str(base / "commands.json"),
                           str(base / "result.json")], cwd=work, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads((base / "result.json").read_text(encoding="utf-8"))
    result["stderr"] = done.stderr
    return result, out, exchange, [str(home), str(base)]


def test_commands_ran(run):
    result, _out, _exchange, _paths = run
    failed = [(argv[:2], status) for argv, status in result["runs"] if status != 0]
    assert failed == [], result["stderr"]
    assert len(result["runs"]) >= 20


def test_no_network_access_at_all(run):
    result, _out, _exchange, _paths = run
    assert result["attempts"] == []


def _export_texts(out: Path) -> dict[str, str]:
    """Each export file's text; a Word file's every part, metadata included."""
    texts = {}
    for path in sorted(out.iterdir()):
        data = path.read_bytes()
        if zipfile.is_zipfile(io.BytesIO(data)):
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                for name in package.namelist():
                    texts[f"{path.name}/{name}"] = package.read(name).decode("utf-8", "replace")
        else:
            texts[path.name] = data.decode("utf-8-sig", "replace")
    return texts


def test_exports_carry_no_local_path_or_login(run):
    _result, out, _exchange, paths = run
    texts = _export_texts(out)
    assert {"rapport.docx/docProps/core.xml", "rapport.md", "granskning.html", "kodbok.qdc",
            "ramverk.xlsx/xl/worksheets/sheet1.xml", "matris.csv"} <= set(texts)
    for name, text in texts.items():
        for secret in (LOGIN, *paths, str(Path.home())):
            assert secret not in text, f"{name} holds {secret!r}"


def test_pseudonyms_are_applied_in_every_export(run):
    _result, out, _exchange, _paths = run
    texts = _export_texts(out)
    for name in ("rapport.docx/word/document.xml", "rapport.md", "granskning.html", "kodbok.qdc"):
        assert PSEUDONYM in texts[name], name
    for name, text in texts.items():
        assert REAL_NAME not in text, name


def test_project_exchange_carries_no_local_path(run):
    """A .qdpx names its users (REFI's coders) by design, but no folder of this computer; with
    --pseudonymise no real name either."""
    _result, _out, exchange, paths = run
    texts = _export_texts(exchange)
    assert any(name.startswith("projekt.qdpx/") for name in texts)
    for name, text in texts.items():
        for secret in (*paths, str(Path.home())):
            assert secret not in text, f"{name} holds {secret!r}"
        if name.startswith("pseudonymer.qdpx/"):
            assert REAL_NAME not in text, name


def test_report_keeps_no_author_of_its_template(tmp_path, capsys):
    """A colleague's template carries its author's name; the draft is not theirs."""
    import docx

    from kvalkod.cli import main

    template = docx.Document()
    template.core_properties.author = "Karin Mall"
    template.core_properties.last_modified_by = "kmall"
    template.save(tmp_path / "mall.docx")
    project = tmp_path / "p.kvalkod"
    assert main(["new", str(project), "--codebook", "default"]) == 0
    out = tmp_path / "rapport.docx"
    assert main(["report", str(project), "--out", str(out), "--template", str(tmp_path / "mall.docx")]) == 0
    capsys.readouterr()
    core = zipfile.ZipFile(out).read("docProps/core.xml").decode()
    assert "Karin Mall" not in core and "kmall" not in core
    properties = docx.Document(out).core_properties
    assert properties.author == properties.last_modified_by == "kvalkod"


def _imports(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _network(name: str) -> str | None:
    return next((m for m in NETWORK_MODULES if name == m or name.startswith(m + ".")), None)


def test_no_module_imports_a_network_library():
    found = {}
    for package in ("kvalkod", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"))
            network = {m for m in map(_network, _imports(tree)) if m}
            if relative in JUSTIFIED:
                module, _why, allowed = JUSTIFIED[relative]
                network.discard(module)
                used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                        and isinstance(node.value, ast.Name) and node.value.id == module}
                assert used <= allowed, f"{relative} uses {module}.{used - allowed}"
            if network:
                found[relative] = sorted(network)
    assert found == {}
