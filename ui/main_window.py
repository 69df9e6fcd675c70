"""The main window: the document in the middle, documents on the left, the codebook on the
right, coded segments, search and memos below; menus for projects, editing and coding.

One window shows one project (one Session). Opening another project asks the application to
replace the window, so no panel ever outlives its project.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError, NothingToUndoError

from .auto_backup import AutoBackup
from .dialogs.qdpx_actions import QdpxActions
from .errors import guarded, show_error
from .i18n import LANGUAGES
from .session import Session
from .settings import Settings
from .views.agreement_view import AgreementView
from .views.code_tree_view import CodebookPanel
from .views.coders_panel import CodersPanel
from .views.document_list_view import DocumentsPanel
from .views.document_view import DocumentView
from .views.matrix_view import FrameworkMatrixView
from .views.memo_panel import MemoPanel
from .views.network_view import NetworkView
from .views.outline_editor import OutlineEditor
from .views.query_panel import QueryPanel
from .views.quick_code_box import QuickCodeBox
from .views.scenes_panel import ScenesPanel
from .views.search_panel import SearchPanel
from .views.segments_view import SegmentsPanel
from .views.theme_matrix_view import ThemeMatrixView

PROJECT_FILTER = "kvalkod (*.kvalkod)"
# The version of the window's dock layout: raised whenever docks are added or removed, so a
# layout saved by an older version (which knows nothing of the new docks) is not restored.
LAYOUT_VERSION = 4


class MainWindow(QMainWindow):
    projectRequested = Signal(str, bool)  # path, create
    restoreRequested = Signal(str, str)  # project path, backup path

    def __init__(self, session: Session, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings or Settings()
        title = f"{session.project.name} — kvalkod"
        if session.project.read_only:
            title = self.tr("{title} (read-only)").format(title=title)
        self.setWindowTitle(title)
        self.resize(1400, 900)
        self.document_view = DocumentView(session, self)
        self.setCentralWidget(self.document_view)
        self.documents_panel = DocumentsPanel(session, self)
        self.codebook_panel = CodebookPanel(session, self)
        self.quick_code = QuickCodeBox(session, self)
        self.segments_panel = SegmentsPanel(session, self)
        self.search_panel = SearchPanel(session, self)
        self.memo_panel = MemoPanel(session, self)
        self.scenes_panel = ScenesPanel(session, self)
        self.matrix_view = FrameworkMatrixView(session, self)
        self.outline_editor = OutlineEditor(session, self)
        self.query_panel = QueryPanel(session, self)
        self.network_view = NetworkView(session, self)
        self.theme_matrix_view = ThemeMatrixView(session, self)
        self.coders_panel = CodersPanel(session, self)
        self.agreement_view = AgreementView(session, self)
        self.outline_editor.set_segment_source(self.segments_panel.selected_segments)
        codebook = QWidget()
        column = QVBoxLayout(codebook)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.quick_code)
        column.addWidget(self.codebook_panel, 1)
        self.docks = {
            "documents": self._dock(self.tr("Documents"), self.documents_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            "codebook": self._dock(self.tr("Codebook"), codebook, Qt.DockWidgetArea.RightDockWidgetArea),
            "segments": self._dock(self.tr("Coded segments"), self.segments_panel,
                                   Qt.DockWidgetArea.BottomDockWidgetArea),
            "search": self._dock(self.tr("Search"), self.search_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            "memos": self._dock(self.tr("Memos"), self.memo_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            "scenes": self._dock(self.tr("Scenes"), self.scenes_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "matrix": self._dock(self.tr("Framework matrix"), self.matrix_view,
                                 Qt.DockWidgetArea.BottomDockWidgetArea),
            "outline": self._dock(self.tr("Report outline"), self.outline_editor, Qt.DockWidgetArea.RightDockWidgetArea),
            "theme_matrix": self._dock(self.tr("Theme matrix"), self.theme_matrix_view,
                                       Qt.DockWidgetArea.BottomDockWidgetArea),
            "network": self._dock(self.tr("Network"), self.network_view, Qt.DockWidgetArea.BottomDockWidgetArea),
            "agreement": self._dock(self.tr("Inter-coder agreement"), self.agreement_view,
                                    Qt.DockWidgetArea.BottomDockWidgetArea),
            "team": self._dock(self.tr("Team"), self.coders_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "queries": self._dock(self.tr("Queries"), self.query_panel, Qt.DockWidgetArea.RightDockWidgetArea),
        }
        # beside the segments, not tabbed with them, so "show segments" keeps the matrix in view;
        # split before tabifying (splitting a tabbed dock only adds a tab). Hidden until asked for.
        self.splitDockWidget(self.docks["segments"], self.docks["matrix"], Qt.Orientation.Horizontal)
        self.docks["matrix"].hide()
        self.tabifyDockWidget(self.docks["matrix"], self.docks["theme_matrix"])
        self.docks["theme_matrix"].hide()
        self.tabifyDockWidget(self.docks["theme_matrix"], self.docks["network"])
        self.docks["network"].hide()
        self.tabifyDockWidget(self.docks["network"], self.docks["agreement"])
        self.docks["agreement"].hide()
        self.matrix_view.segmentsRequested.connect(lambda _code: self.docks["segments"].raise_())
        for name in ("search", "memos"):
            self.tabifyDockWidget(self.docks["segments"], self.docks[name])
        # a view that found segments (a query, a matrix cell, a network edge …) shows them in the
        # coded-segments panel and brings it forward
        for view in (self.query_panel, self.theme_matrix_view, self.network_view, self.agreement_view):
            view.segmentsRequested.connect(self.show_segments)
        # queries beside the codebook, so their results fill the segments panel below in view
        for name in ("scenes", "outline", "queries", "team"):
            self.tabifyDockWidget(self.docks["codebook"], self.docks[name])
        self.coders_panel.agreementRequested.connect(lambda: self.show_dock("agreement"))
        self.docks["segments"].raise_()
        self.docks["codebook"].raise_()
        self._hide_stale_tab_bars()
        self.resizeDocks([self.docks["documents"], self.docks["codebook"]], [260, 320], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["segments"]], [220], Qt.Orientation.Vertical)
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        self.qdpx_actions = QdpxActions(self, session)
        self._menus()
        self.auto_backup = AutoBackup(session, self)
        session.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 6000))
        # every commit, undo and redo publishes historyChanged. The Edit menu follows at once;
        # the counts in the status bar a moment later, off the path of the click.
        self._counts_timer = QTimer(self, singleShot=True, interval=250)
        self._counts_timer.timeout.connect(self._update_counts)
        session.aboutToClose.connect(self._counts_timer.stop)
        session.bridge.historyChanged.connect(self._on_project_changed)
        self._on_project_changed()
        self._update_counts()
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state, LAYOUT_VERSION)  # a layout saved with other docks is ignored
            self._hide_stale_tab_bars()  # restoring regroups the docks, and may leave old bars

    def show_segments(self, title: str, segments: list) -> None:
        self.segments_panel.show_segments(title, segments)
        self.docks["segments"].show()
        self.docks["segments"].raise_()

    def show_outline(self) -> None:
        self.show_dock("outline")

    def _hide_stale_tab_bars(self) -> None:
        """Qt keeps the tab bar of a dock group as it was before the group grew (two tabs, then
        three …), and after restoring a saved layout may keep an old bar of the same group too,
        and leave them on screen: stray strips of tab ends in the middle of the window. Hide
        every tab bar that matches no group of docks and, once the window is laid out, every
        bar that does not sit against a dock of its group."""
        groups = {}
        for dock in self.docks.values():
            tabbed = [dock, *self.tabifiedDockWidgets(dock)]
            if len(tabbed) > 1:
                groups[frozenset(d.windowTitle() for d in tabbed)] = tabbed
        for bar in self.findChildren(QTabBar):
            if bar.parent() is not self:
                continue
            group = groups.get(frozenset(bar.tabText(i) for i in range(bar.count())))
            if group is None or (self.isVisible() and not any(
                    _beside(bar.geometry(), d.geometry()) for d in group if d.isVisible())):
                bar.hide()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._hide_stale_tab_bars)  # after the layout has placed the bars

    def show_dock(self, name: str) -> None:
        self.docks[name].show()
        self.docks[name].raise_()
        QTimer.singleShot(0, self._hide_stale_tab_bars)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{widget.__class__.__name__}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- menus -------------------------------------------------------------------------------
    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self.tr("&New project…"), QKeySequence.StandardKey.New, self.new_project)
        file.addAction(self.tr("&Open project…"), QKeySequence.StandardKey.Open, self.open_project)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        file.addAction(self.tr("&Import documents…"), QKeySequence("Ctrl+Shift+I"), self.import_documents)
        file.addAction(self.tr("&Variables…"), self.edit_variables)
        file.addAction(self.tr("&Cases…"), self.edit_cases)
        file.addAction(self.tr("&Merge projects…"), self.merge_projects)
        file.addAction(self.tr("&Backups…"), self.show_backups)
        file.addSeparator()
        file.addAction(self.qdpx_actions.import_action)
        file.addAction(self.qdpx_actions.export_action)
        file.addSeparator()
        file.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = edit.addAction(self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = edit.addAction(self.tr("Redo"), QKeySequence("Ctrl+Shift+Z"), self.redo)
        edit.addSeparator()
        edit.addAction(self.document_view.find_action)

        code = bar.addMenu(self.tr("&Code"))
        code.addAction(self.tr("&Quick code"), QKeySequence("Ctrl+K"), self.quick_code.setFocus)
        code.addAction(self.document_view.in_vivo_action)
        code.addAction(self.document_view.fit_action)
        code.addSeparator()
        code.addAction(self.scenes_panel.new_action)
        code.addAction(self.scenes_panel.add_selection_action)
        code.addSeparator()
        self.recent_code_actions = []
        for n in range(1, 10):
            act = QAction(self, shortcut=QKeySequence(f"Ctrl+{n}"))
            act.triggered.connect(lambda checked=False, i=n - 1: self.code_with_recent(i))
            code.addAction(act)
            self.recent_code_actions.append(act)
        self.session.recentCodesChanged.connect(self._on_recent_codes_changed)
        self._on_recent_codes_changed()

        analysis = bar.addMenu(self.tr("&Analysis"))
        analysis.addAction(self.tr("Coding &queries"), lambda: self.show_dock("queries"))
        analysis.addAction(self.tr("&Theme matrix"), lambda: self.show_dock("theme_matrix"))
        analysis.addAction(self.tr("&Framework matrix"), lambda: self.show_dock("matrix"))
        analysis.addAction(self.tr("&Network"), lambda: self.show_dock("network"))
        analysis.addSeparator()
        analysis.addAction(self.tr("&Team"), lambda: self.show_dock("team"))
        analysis.addAction(self.tr("Inter-coder &agreement…"), lambda: self.show_dock("agreement"))

        report = bar.addMenu(self.tr("&Report"))
        report.addAction(self.tr("Report &outline"), self.show_outline)
        report.addAction(self.outline_editor.draft_action)
        report.addAction(self.outline_editor.quote_action)
        report.addSeparator()
        report.addAction(self.outline_editor.export_docx_action)
        report.addAction(self.outline_editor.export_markdown_action)

        view = bar.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        language = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.language()
        for key, name in LANGUAGES.items():
            act = language.addAction(name, lambda k=key: self._set_language(k))
            act.setCheckable(True)
            act.setChecked(key == current)
            group.addAction(act)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_projects():
            self.recent_menu.addAction(path, lambda p=path: self.projectRequested.emit(p, False))

    def _on_recent_codes_changed(self) -> None:
        recent = self.session.recent()
        for n, act in enumerate(self.recent_code_actions):
            act.setVisible(n < len(recent))
            if n < len(recent):
                act.setText(self.tr("Code with {code}").format(code=recent[n].path))

    def _set_language(self, language: str) -> None:
        self.settings.set_language(language)
        QMessageBox.information(self, "kvalkod", self.tr("The language changes when kvalkod starts again."))

    # -- actions -------------------------------------------------------------------------------
    def code_with_recent(self, n: int) -> None:
        recent = self.session.recent()
        if n < len(recent):
            try:
                self.session.code_selection(recent[n])
            except KvalkodError as exc:
                show_error(self, exc)

    @guarded
    def undo(self) -> None:
        try:
            label = self.session.project.history.undo()
            self.statusBar().showMessage(self.tr("Undone: {action}").format(action=label), 6000)
        except NothingToUndoError:
            self.statusBar().showMessage(self.tr("Nothing to undo"), 4000)

    @guarded
    def redo(self) -> None:
        try:
            label = self.session.project.history.redo()
            self.statusBar().showMessage(self.tr("Redone: {action}").format(action=label), 6000)
        except NothingToUndoError:
            self.statusBar().showMessage(self.tr("Nothing to redo"), 4000)

    def _on_project_changed(self) -> None:
        undo, redo = self.session.project.history.labels()
        self.undo_action.setText(self.tr("Undo {action}").format(action=undo) if undo else self.tr("Undo"))
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setText(self.tr("Redo {action}").format(action=redo) if redo else self.tr("Redo"))
        self.redo_action.setEnabled(redo is not None)
        self._counts_timer.start()

    def _update_counts(self) -> None:
        stats = self.session.project.stats()
        self.status_counts.setText(
            self.tr("{project} · coder {coder} · {documents} documents · {codes} codes · {codings} codings").format(
                project=self.session.project.name, coder=self.session.coder, **stats))

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "", PROJECT_FILTER)
        if path:
            self.projectRequested.emit(path if path.endswith(".kvalkod") else path + ".kvalkod", True)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "", PROJECT_FILTER)
        if path:
            self.projectRequested.emit(path, False)

    def import_documents(self) -> None:
        from .dialogs.import_dialog import ImportDialog

        ImportDialog(self.session, self).exec()

    def edit_variables(self) -> None:
        from .dialogs.variables_dialog import VariablesDialog

        VariablesDialog(self.session, self).exec()

    def show_backups(self) -> None:
        from .dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restoreRequested.emit(str(self.session.project.path), str(dialog.chosen))

    def merge_projects(self) -> None:
        from .dialogs.merge_dialog import MergeDialog

        MergeDialog(self.session, self).exec()

    def edit_cases(self) -> None:
        from .dialogs.cases_dialog import CasesDialog

        CasesDialog(self.session, self).exec()

    def open_first_document(self, name: str | None = None) -> None:
        """Show ``name`` (or the first document) with its codings."""
        documents = self.session.project.documents.all()
        if name:
            self.session.set_current_document(self.session.project.documents.get(name))
        elif documents:
            self.session.set_current_document(documents[0])

    def closeEvent(self, event) -> None:
        self.qdpx_actions.wait()
        self.settings.set_window_state(self.saveGeometry(), self.saveState(LAYOUT_VERSION))
        super().closeEvent(event)


def _beside(bar, dock) -> bool:
    """A tab bar's rectangle touches a dock's (above or below it) and shares some of its width."""
    touches = abs(bar.top() - dock.bottom()) <= 6 or abs(dock.top() - bar.bottom()) <= 6
    return touches and bar.left() < dock.right() and dock.left() < bar.right()
