"""The main window: panels wired together, undo/redo in the Edit menu, recent-code shortcuts,
status bar, the screenshot command and the no-display message."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from ui.main_window import MainWindow
from ui.settings import Settings

from .conftest import INTERVIEW


@pytest.fixture
def window(session, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w = MainWindow(session, settings)
    qtbot.addWidget(w)
    w.show()
    w.open_first_document("intervju_1")
    return w


def test_panels_share_the_session(window, session):
    assert window.document_view.document.name == "intervju_1"
    window.documents_panel.select_document("fältanteckning")
    assert window.document_view.document.name == "fältanteckning"


def test_undo_redo_labels_follow_the_history(window, session, qtbot):
    start = INTERVIEW.index("Läkare")
    session.project.coding.apply("intervju_1", start, start + 6, "Aktörer/Medaktör")
    assert window.undo_action.text() == "Undo code intervju_1 {}–{} as Aktörer/Medaktör".format(start, start + 6)
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    qtbot.waitUntil(lambda: len(window.document_view.editor.index) == 4)
    window.undo()
    assert window.redo_action.text().startswith("Redo code intervju_1")
    qtbot.waitUntil(lambda: len(window.document_view.editor.index) == 3)
    window.redo()
    qtbot.waitUntil(lambda: len(window.document_view.editor.index) == 4)


def test_recent_code_shortcuts(window, session):
    code = session.project.codebook.get("Aktörer/Medaktör")
    session.note_code_used(code)
    assert window.recent_code_actions[0].isVisible()
    assert window.recent_code_actions[0].shortcut().toString() == "Ctrl+1"
    start = INTERVIEW.index("sjukförsäkringen")
    window.document_view.editor.select_span(start, start + len("sjukförsäkringen"))
    window.recent_code_actions[0].trigger()
    assert "sjukförsäkringen" in [r["text"] for r in session.project.coding.list(code="Aktörer/Medaktör")]


def test_status_bar_counts(window, session, qtbot):
    assert "2 documents" in window.status_counts.text() and "3 codings" in window.status_counts.text()
    assert "coder Anna" in window.status_counts.text()
    session.project.codebook.add("Ny")
    qtbot.waitUntil(lambda: "6 codes" in window.status_counts.text())


def test_quick_code_box_in_the_window(window, session):
    start = INTERVIEW.index("Läkare")
    window.document_view.editor.select_span(start, start + 6)
    window.quick_code.setText("Vården/Läkaren som medaktör")
    window.quick_code.commit()
    assert session.project.coding.list(code="Vården")[0]["text"] == "Läkare"


def test_layout_is_remembered(window, tmp_path):
    window.docks["search"].raise_()
    window.close()
    geometry, state = window.settings.window_state()
    assert geometry is not None and state is not None


def _screenshot(project_path, png, *extra):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KVALKOD_CODER": "Anna",
           "XDG_CONFIG_HOME": str(png.parent / "config")}
    return subprocess.run([sys.executable, "-m", "kvalkod", "gui", str(project_path), "--screenshot", str(png),
                           *extra], capture_output=True, text=True, env=env, timeout=120)


def test_screenshot_shows_highlights_and_stripes(session, tmp_path):
    path = session.project.path
    session.close()
    png = tmp_path / "shot.png"
    result = _screenshot(path, png, "--open-doc", "intervju_1")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() >= 1200
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    # the stripes are painted in the codes' own colours
    assert {"#e15759", "#59a14f", "#4e79a7"} <= colours


def test_screenshot_of_a_missing_document_fails_clearly(session, tmp_path):
    path = session.project.path
    session.close()
    result = _screenshot(path, tmp_path / "x.png", "--open-doc", "finns_inte")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("no document named 'finns_inte' in ui.kvalkod")


def test_no_display_says_what_to_do(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "kvalkod", "gui", str(tmp_path / "p.kvalkod")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "make demo" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_project_held_elsewhere_opens_read_only_with_a_message(session, tmp_path, qtbot, monkeypatch):
    import json
    import socket

    from kvalkod.services import project_lock
    from ui import app as app_module

    path = session.project.path
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        project_lock.lock_path(path).write_text(json.dumps(
            {"pid": other.pid, "host": socket.gethostname(), "user": "bertil", "since": "nu"}))
        warnings = []
        monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a: warnings.append(a[2]))
        from PySide6.QtCore import QSettings

        holder = app_module._WindowHolder(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                                          "Anna")
        window = holder.open(path, create=False)
        qtbot.addWidget(window)
        assert warnings and "bertil" in warnings[0] and "read-only" in warnings[0]
        assert window.session.project.read_only and "read-only" in window.windowTitle()
        window.session.close()
    finally:
        other.kill()
        other.wait()


def test_start_imports_no_heavy_library(tmp_path):
    """Start-up stays fast: building the window loads neither pandas, python-docx nor networkx."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from kvalkod.services import Project\n"
        "from ui.session import Session\n"
        "from ui.main_window import MainWindow\n"
        f"p = Project.create({str(tmp_path / 'p.kvalkod')!r})\n"
        "w = MainWindow(Session(p)); w.show(); app.processEvents()\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('pandas', 'docx', 'networkx', 'openpyxl', 'lxml')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_layout_saved_with_other_docks_is_not_restored(session, qtbot, tmp_path):
    """An older version saved its layout without the scenes and outline docks; restoring it
    would stack the new docks anywhere, so the default layout is used instead."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    settings = Settings(QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat))
    old = QMainWindow()
    settings.set_window_state(old.saveGeometry(), old.saveState(1))
    w = MainWindow(session, settings)
    qtbot.addWidget(w)
    assert w.docks["scenes"] in w.tabifiedDockWidgets(w.docks["codebook"])
    assert w.docks["outline"] in w.tabifiedDockWidgets(w.docks["codebook"])


def test_a_project_in_a_synced_folder_is_warned_about_on_opening(tmp_path, qtbot, monkeypatch):
    from PySide6.QtCore import QSettings

    from kvalkod.services import Project
    from ui import app as app_module

    folder = tmp_path / "OneDrive - Försäkringskassan"
    folder.mkdir()
    Project.create(folder / "studie.kvalkod").close()
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    holder = app_module._WindowHolder(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                                      "Anna")
    window = holder.open(folder / "studie.kvalkod", create=False)
    qtbot.addWidget(window)
    assert warnings and "synced by OneDrive" in warnings[0]
    window.session.close()


def test_a_first_start_shows_no_stray_tab_bar(window, qtbot):
    """Every visible tab bar belongs to a group of docks (Qt left the two-tab bar of the codebook
    group on screen, mid-window, once the group grew)."""
    from PySide6.QtWidgets import QTabBar

    window.show()
    qtbot.waitExposed(window)
    window.show_dock("network")
    groups = {frozenset(d.windowTitle() for d in [dock, *window.tabifiedDockWidgets(dock)])
              for dock in window.docks.values() if dock.isVisible()}
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.isVisible():
            assert frozenset(bar.tabText(i) for i in range(bar.count())) in groups


def test_a_restored_layout_shows_one_tab_bar_per_group(qtbot, tmp_path):
    """Restoring a saved layout left an old tab bar of the codebook group on screen beside the
    real one ("… Frågor" across the scene editor), on every start after the first."""
    import shutil

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTabBar

    from ui.app import _WindowHolder

    project = tmp_path / "demo.kvalkod"
    shutil.copy(Path(__file__).resolve().parents[2] / "sample_projects" / "intervjustudie.kvalkod", project)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    for start in ("first", "second"):
        window = _WindowHolder(settings, "Anna", interactive=False).open(project, create=False)
        window.open_first_document()
        window.resize(1500, 950)
        window.show()
        window.show_dock("scenes")
        for _ in range(5):
            QApplication.processEvents()
        shown = [frozenset(bar.tabText(i) for i in range(bar.count())) for bar in window.findChildren(QTabBar)
                 if bar.parent() is window and bar.isVisible() and bar.count()]
        window.close()  # saves the layout the second start restores
        window.session.close()
        assert shown and len(shown) == len(set(shown)), start
