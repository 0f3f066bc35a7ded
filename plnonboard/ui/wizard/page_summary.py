"""Page 7: the week drawn out in the user's zone, totals against the budget, every clash in
words, the chosen chats with their status and the communities, then Save (the wizard's Finish
button). After saving, buttons for the two exports."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.pauses import sorted_pauses
from ...core.plan_chats import plan_chat
from .. import texts
from ..weektext import pause_range
from ..weekview import WeekView
from .base import SPACING, DraftPage, intro_label, week_of


class SummaryPage(DraftPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your plan"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(SPACING // 2)  # compact text, so the week gets the room at 800x600
        self.intro = intro_label(self.tr("Your week with the chats you chose, in your time zone. Save it when "
                                         "it looks right; you can change it later."))
        layout.addWidget(self.intro)
        self.saved_box = QFrame()
        self.saved_box.setFrameShape(QFrame.Shape.StyledPanel)
        sl = QHBoxLayout(self.saved_box)
        self.saved_label = intro_label(self.tr("Saved on this computer."))
        self.saved_label.setAccessibleName(self.tr("Saved"))
        sl.addWidget(self.saved_label, 1)
        self.export_row = sl
        self.calendar_button = self.starter_button = None
        self.saved_box.hide()
        layout.addWidget(self.saved_box)
        self.totals = QLabel()
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.clash_list = intro_label("")  # hashtags come from the directory: plain text
        self.clash_list.setAccessibleName(self.tr("Clashes this week"))
        layout.addWidget(self.clash_list)
        self.chosen = intro_label("")  # names and links come from the directory: plain text
        self.chosen.setAccessibleName(self.tr("Your chats and communities"))
        layout.addWidget(self.chosen)
        self.week = WeekView()
        layout.addWidget(self.week, 1)
        # No scroll area here: with wrapped labels it would size the week to its preferred height and push
        # the chats below the fold at 800x600; the page's minimum (about 440 px) fits that window.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(body)

    def initializePage(self) -> None:
        plan = self.draft
        zone = plan.profile.time_zone
        report = week_of(self.ctx, plan)
        self.week.set_today(self.ctx.today())
        self.week.set_week(report, plan.boundaries, zone)
        n_chats = len(plan.chats)
        sessions = len(report.occurrences)
        totals = [texts.plural(self.tr("%n chat(s) chosen", None, n_chats), n_chats),
                  self.tr("%1 of your %2 minutes this week").replace("%1", str(report.minutes_total))
                  .replace("%2", str(plan.boundaries.weekly_minutes)),
                  texts.plural(self.tr("%n session(s) of at most %1", None, sessions), sessions)
                  .replace("%1", str(plan.boundaries.chats_per_week)),
                  self.tr("%n on your follow list", None, len(plan.follows))]
        self.totals.setText(" · ".join(totals))
        lines = ["• " + texts.conflict_text(c, zone) for c in report.conflicts]
        if not lines:
            lines = [self.tr("Everything fits your boundaries this week.")]
        if n_chats == 0:
            lines = [self.tr("You have not chosen a chat yet. That is fine: you can lurk on hashtags first "
                             "and add chats later.")]
            if plan.communities:
                lines = [self.tr("No chat at a set time: your communities are there whenever suits you.")]
        self.clash_list.setText("\n".join(lines))
        self.chosen.setText("\n".join(self._chosen_lines(plan)))
        saved = self.wizard().is_saved()
        self.saved_box.setVisible(saved)
        self.intro.setVisible(not saved)

    def _chosen_lines(self, plan) -> list[str]:
        """'Chats: #TLSkyChat (Running · seen Jan 2026); …' and 'Communities, on your own time: …'."""
        directory = self.ctx.full_directory(plan)
        today = self.ctx.today()
        chats = []
        for pc in plan.chats:
            chat = plan_chat(pc, directory)
            if chat is not None:
                chats.append(self.tr("%1 (%2)").replace("%1", chat.hashtag)
                             .replace("%2", texts.chat_status(chat, today)[1]))
        communities = []
        for cid in plan.communities:
            c = directory.community(cid)
            if c is not None:
                where = texts.platforms_text(c.platforms)
                communities.append(self.tr("%1 on %2").replace("%1", c.hashtag or c.title).replace("%2", where))
        lines = []
        if chats:
            lines.append(self.tr("Chats: %1").replace("%1", "; ".join(chats)))
        if communities:
            lines.append(self.tr("Communities, on your own time: %1").replace("%1", "; ".join(communities)))
        elif plan.chats:
            lines.append(self.tr("No community chosen: the chats page lists some you can read on your own time."))
        pauses = [p for p in sorted_pauses(plan.boundaries.pauses) if p.end >= today]  # the ones still ahead
        if pauses:
            lines.append(self.tr("Pauses, no chats: %1").replace(
                "%1", "; ".join(f"{p.label} ({pause_range(p)})" if p.label else pause_range(p) for p in pauses)))
        return lines

    def show_saved(self) -> None:
        """Called by the wizard after a successful save: say so and offer the exports."""
        self.saved_box.show()
        self.intro.hide()
        if self.calendar_button is not None:
            return
        from .. import export_actions  # imported when a plan is saved: the wizard's start never needs it

        wiz = self.wizard()
        self.calendar_button = QPushButton(self.tr("Export c&alendar…"))
        self.starter_button = QPushButton(self.tr("Export starter &list…"))
        self.calendar_button.clicked.connect(lambda: export_actions.export_calendar(wiz, wiz.ctx, wiz.saved_plan))
        self.starter_button.clicked.connect(lambda: export_actions.export_starter_list(wiz, wiz.ctx, wiz.saved_plan))
        self.saved_label.setText(self.tr("Saved on this computer. Also:"))
        self.calendar_button.setToolTip(self.tr("Put your chats in your calendar app (an .ics file)"))
        self.starter_button.setToolTip(self.tr("Share your follow list with colleagues or import it elsewhere"))
        self.export_row.addWidget(self.calendar_button)
        self.export_row.addWidget(self.starter_button)
