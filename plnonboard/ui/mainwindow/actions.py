"""The main window's actions, menus and toolbar, in one place so shortcuts never collide."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

EXPORT_MODULE = "plnonboard.ui.export_actions"
IMPORT_MODULE = "plnonboard.ui.import_dialog"


def module_available(name: str) -> bool:
    """True when an optional UI module is installed; it is imported only when used."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


@dataclass
class Actions:
    edit_plan: QAction
    export_calendar: QAction
    export_starter: QAction
    import_feeds: QAction
    quit: QAction
    previous_week: QAction
    this_week: QAction
    next_week: QAction
    show_week: QAction
    show_agenda: QAction
    about: QAction


def build_actions(window: QMainWindow) -> Actions:
    def act(text: str, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    tr = window.tr
    a = Actions(
        edit_plan=act(tr("&Edit plan…"), "Ctrl+E", tr("Change your chats, boundaries or follows")),
        export_calendar=act(tr("Export &calendar…"), "Ctrl+Shift+E",
                            tr("Save your chats as a calendar file for your calendar app")),
        export_starter=act(tr("Export &starter list…"), None, tr("Save your follow list to share or import")),
        import_feeds=act(tr("&Import…"), "Ctrl+I", tr("Bring in follows from a file")),
        quit=act(tr("&Quit"), QKeySequence.StandardKey.Quit),
        previous_week=act(tr("&Previous week"), "Alt+Left", tr("Show the week before")),
        this_week=act(tr("&This week"), "Alt+Home", tr("Show the current week")),
        next_week=act(tr("&Next week"), "Alt+Right", tr("Show the week after")),
        show_week=act(tr("&Week grid"), "Ctrl+1"),
        show_agenda=act(tr("&Agenda list"), "Ctrl+2"),
        about=act(tr("&About PLN Onboard")),
    )
    # Export and import are written by separate modules; until they exist the menu says so.
    exporting = module_available(EXPORT_MODULE)
    a.export_calendar.setEnabled(exporting)
    a.export_starter.setEnabled(exporting)
    a.import_feeds.setEnabled(module_available(IMPORT_MODULE))
    for action in (a.export_calendar, a.export_starter, a.import_feeds):
        if not action.isEnabled():
            action.setToolTip(tr("Not available in this version"))
    for action in (a.show_week, a.show_agenda):
        action.setCheckable(True)
    return a


def build_menus(window: QMainWindow, a: Actions) -> None:
    tr = window.tr
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([a.export_calendar, a.export_starter])
    file_menu.addSeparator()
    file_menu.addAction(a.import_feeds)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    plan_menu = bar.addMenu(tr("&Plan"))
    plan_menu.addAction(a.edit_plan)
    view_menu = bar.addMenu(tr("&View"))
    view_menu.addActions([a.previous_week, a.this_week, a.next_week])
    view_menu.addSeparator()
    view_menu.addActions([a.show_week, a.show_agenda])
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.about)


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    bar = QToolBar(window.tr("Main toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.addActions([a.edit_plan, a.export_calendar])
    if a.import_feeds.isEnabled():
        bar.addAction(a.import_feeds)
    window.addToolBar(bar)
    return bar
