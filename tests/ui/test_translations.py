"""Swedish first: every interface string is translated, and the compiled .qm is current."""

import html
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "kvalkod_sv.ts"
QM = ROOT / "resources" / "translations" / "kvalkod_sv.qm"


def test_every_string_is_translated():
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text


def test_every_tr_call_in_the_code_is_in_the_ts_file():
    sources = {html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", TS.read_text(encoding="utf-8"), re.S)}
    missing = []
    for path in (ROOT / "ui").rglob("*.py"):
        for literal in re.findall(r'\.tr\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]', path.read_text(encoding="utf-8")):
            literal = literal.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            if literal not in sources:
                missing.append(f"{path.name}: {literal}")
    assert missing == [], "run 'make translations' and translate: " + "; ".join(missing)


def test_compiled_file_matches_the_source(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    out = tmp_path / "check.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run 'make translations'"


def test_swedish_is_loaded(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
        assert QCoreApplication.translate("MainWindow", "Coded segments") == "Kodade segment"
    finally:
        QCoreApplication.removeTranslator(translator)
