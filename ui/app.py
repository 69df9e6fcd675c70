"""Starting the desktop app: display check, translations, coder name, project, window.

``run`` is what ``kvalkod gui`` and ``make run`` call; with ``screenshot`` it renders the
window with a document and its codings to a PNG and exits (works with
``QT_QPA_PLATFORM=offscreen``), which the tests, the README and we ourselves use to look.
With ``review`` the project opens in the reviewers' window instead, which reads and comments
but changes no analysis (``ui/views/review_window.py``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NO_DISPLAY = ("kvalkod: no display to open a window on. Set QT_QPA_PLATFORM=offscreen to render "
              "without one (kvalkod gui PROJECT --screenshot out.png), or run 'make demo' for the "
              "exports without a window.")


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run(project: Path | None = None, *, open_doc: str | None = None, screenshot: Path | None = None,
        coder: str | None = None, review: bool = False, show: tuple[str, ...] = ()) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

    from kvalkod.errors import KvalkodError
    from kvalkod.services.project import default_coder

    from .errors import install_exception_hook, show_error
    from .i18n import chosen_language, install_translators
    from .settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("kvalkod")
    app.setApplicationName("kvalkod")
    settings = Settings()
    translators = install_translators(app, chosen_language(settings.language()))  # noqa: F841 (kept alive)
    if screenshot is None:
        install_exception_hook()

    coder = coder or os.environ.get("KVALKOD_CODER") or settings.coder()
    if not coder and screenshot is None:
        question = (app.translate("app", "Your name as a reviewer:") if review
                    else app.translate("app", "Your name as a coder:"))
        name, ok = QInputDialog.getText(None, "kvalkod", question, text=default_coder())
        coder = name.strip() if ok and name.strip() else default_coder()
        settings.set_coder(coder)
    coder = coder or default_coder()

    if project is None:
        recent = [p for p in settings.recent_projects() if Path(p).exists()]
        if recent:
            project = Path(recent[0])
        elif screenshot is None:
            chosen, _ = QFileDialog.getOpenFileName(None, app.translate("app", "Open project"), "",
                                                    "kvalkod (*.kvalkod)")
            if not chosen:
                return 0
            project = Path(chosen)
        else:
            print("kvalkod: name a project to take a screenshot of", file=sys.stderr)
            return 1

    holder = _WindowHolder(settings, coder, interactive=screenshot is None, review=review)
    try:
        window = holder.open(project, create=False)
        if not review:
            window.open_first_document(open_doc)
            for panel in show:
                window.show_dock(panel)
    except KvalkodError as exc:
        if screenshot is not None:
            print(f"kvalkod: {exc}", file=sys.stderr)
            return 1
        show_error(None, exc)
        return 1
    if screenshot is not None:
        return _screenshot(app, window, screenshot, review)
    return app.exec()


class _WindowHolder:
    """Keeps the one main window and replaces it (with its session) when another project opens;
    in review mode the one window is the reviewers' and no other project is asked for."""

    def __init__(self, settings, coder: str, interactive: bool = True, review: bool = False):
        self.settings = settings
        self.coder = coder
        self.interactive = interactive
        self.review = review
        self.window = None

    def open(self, path: Path, create: bool):
        from PySide6.QtWidgets import QApplication, QMessageBox

        from kvalkod.services import Project
        from kvalkod.services.project_location import location_warning

        from .main_window import MainWindow
        from .session import Session
        from .views.review_window import ReviewWindow

        if create:
            Project.create(path, coder=self.coder).close()
        project = Project.open(path, coder=self.coder, lock=True)
        warning = location_warning(project.path)
        if warning and self.interactive:
            QMessageBox.warning(None, "kvalkod", QApplication.translate(
                "app", "This project lies in a synced or network folder:\n\n{warning}").format(warning=warning))
        if project.read_only and self.interactive:
            QMessageBox.information(None, "kvalkod", QApplication.translate(
                "app", "{project} is open in kvalkod by {holder}.\n\nIt opens read-only here: you can read "
                "and export, and to change it, close it there first.").format(
                    project=path.name, holder=project.held_by))
        session = Session(project)
        old = self.window
        if self.review:
            self.window = ReviewWindow(session)
        else:
            self.window = MainWindow(session, self.settings)
            self.window.projectRequested.connect(self._on_project_requested)
            self.window.restoreRequested.connect(self._on_restore_requested)
        self.settings.add_recent_project(path)
        self.window.show()
        if old is not None:
            old.close()
            old.session.close()
        return self.window

    def _on_project_requested(self, path: str, create: bool) -> None:
        from kvalkod.errors import KvalkodError

        from .errors import show_error

        try:
            self.open(Path(path), create)
            self.window.open_first_document()
        except KvalkodError as exc:
            show_error(self.window, exc)


    def _on_restore_requested(self, path: str, backup: str) -> None:
        """Close the project, put the backup in its place, and open it again."""
        from PySide6.QtWidgets import QApplication

        from kvalkod.errors import KvalkodError
        from kvalkod.services.backups import restore

        from .errors import show_error

        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # for the moment no window is open
        try:
            old, self.window = self.window, None
            old.close()
            old.session.close()
            try:
                restore(Path(path), Path(backup))
            except KvalkodError as exc:
                show_error(None, exc)
            self.open(Path(path), False)
            self.window.open_first_document()
        finally:
            app.setQuitOnLastWindowClosed(quits)


def _screenshot(app, window, path: Path, review: bool = False) -> int:
    window.resize(1500, 950)
    window.show()
    if not review:
        # show the coded segments of the open document's first code, so the picture shows them too
        index = window.document_view.editor.index
        if index is not None and index.lanes:
            window.codebook_panel.select_code(index.lanes[0].code.path)
    for _ in range(5):
        app.processEvents()
    if not review:
        window.document_view.editor.refresh_highlights()
        app.processEvents()
    ok = window.grab().save(str(path))
    window.close()
    window.session.close()
    if not ok:
        print(f"kvalkod: {path}: the screenshot could not be written", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0
