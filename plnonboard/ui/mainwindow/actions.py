"""The main window's actions, menus and toolbar, in one place so shortcuts never collide."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

# The window's context, written out so pyside6-lupdate files these words under MainWindow.
translate = QCoreApplication.translate


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
    follow_through: QAction
    pauses: QAction
    share_corrections: QAction
    first_chat: QAction
    show_network: QAction
    edit_pages: list  # (page id, QAction): Plan → Edit plan → a page of the wizard


def build_actions(window: QMainWindow) -> Actions:
    def act(text: str, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    a = Actions(
        edit_plan=act(translate("MainWindow", "&Edit plan…"), "Ctrl+E",
                      translate("MainWindow", "Change your chats, boundaries or follows")),
        export_calendar=act(translate("MainWindow", "Export &calendar…"), "Ctrl+Shift+E",
                            translate("MainWindow", "Save your chats as a calendar file for your calendar app")),
        export_starter=act(translate("MainWindow", "Export &starter list…"), None,
                           translate("MainWindow", "Save your follow list to share or import")),
        import_feeds=act(translate("MainWindow", "&Import…"), "Ctrl+I",
                         translate("MainWindow", "Bring in follows from a file")),
        quit=act(translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit),
        previous_week=act(translate("MainWindow", "&Previous week"), "Alt+Left",
                          translate("MainWindow", "Show the week before")),
        this_week=act(translate("MainWindow", "&This week"), "Alt+Home",
                      translate("MainWindow", "Show the current week")),
        next_week=act(translate("MainWindow", "&Next week"), "Alt+Right",
                      translate("MainWindow", "Show the week after")),
        show_week=act(translate("MainWindow", "&Week grid"), "Ctrl+1"),
        show_agenda=act(translate("MainWindow", "&Agenda list"), "Ctrl+2"),
        about=act(translate("MainWindow", "&About PLN Onboard")),
        follow_through=act(translate("MainWindow", "&Follow on Bluesky or Mastodon…"), None,
                           translate("MainWindow", "Follow the people and hashtags in your plan, with a preview "
                                                   "first and an undo")),
        pauses=act(translate("MainWindow", "&Pauses…"), None,
                   translate("MainWindow", "Dates with no chats: holidays, busy weeks")),
        share_corrections=act(translate("MainWindow", "S&hare corrections…"), None,
                              translate("MainWindow", "Save what you found (which chats still run) as a file a "
                                                      "colleague can import")),
        first_chat=act(translate("MainWindow", "Your &first chat"), QKeySequence.StandardKey.HelpContents,
                       translate("MainWindow", "What a chat is and how to take part")),
        show_network=act(translate("MainWindow", "My &network"), "Ctrl+3"),
        edit_pages=[(page, act(text)) for page, text in (
            (1, translate("MainWindow", "About &you and your platforms…")),
            (2, translate("MainWindow", "&Boundaries…")),
            (3, translate("MainWindow", "&Chats…")),
            (4, translate("MainWindow", "&Follows…")),
            (5, translate("MainWindow", "&Import follows…")),
            (6, translate("MainWindow", "&Summary and save…")),
        )],
    )
    for action in (a.show_week, a.show_agenda, a.show_network):
        action.setCheckable(True)
    return a


def build_menus(window: QMainWindow, a: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([a.export_calendar, a.export_starter])
    file_menu.addSeparator()
    file_menu.addAction(a.import_feeds)
    file_menu.addAction(a.share_corrections)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    plan_menu = bar.addMenu(translate("MainWindow", "&Plan"))
    plan_menu.addAction(a.edit_plan)
    plan_menu.addAction(a.follow_through)
    pages = plan_menu.addMenu(translate("MainWindow", "Edit &one page"))
    pages.addActions([action for _page, action in a.edit_pages])
    plan_menu.addSeparator()
    plan_menu.addAction(a.pauses)
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([a.previous_week, a.this_week, a.next_week])
    view_menu.addSeparator()
    view_menu.addActions([a.show_week, a.show_agenda, a.show_network])
    view_menu.addSeparator()
    from ..i18n import language_menu

    view_menu.addMenu(language_menu(window, getattr(getattr(window, "ctx", None), "data_dir", None)))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(a.first_chat)
    help_menu.addSeparator()
    help_menu.addAction(a.about)


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    bar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.addActions([a.edit_plan, a.pauses, a.export_calendar, a.import_feeds])
    window.addToolBar(bar)
    return bar
