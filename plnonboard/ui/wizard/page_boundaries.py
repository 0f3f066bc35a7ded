"""Page 3: limits that keep the network from eating evenings, accounts, and student privacy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QBoxLayout, QButtonGroup, QCheckBox, QFormLayout, QGroupBox, QLabel, QRadioButton,
                               QSpinBox,
                               QVBoxLayout, QWidget)

from ...core.recommend import school_leader
from .. import texts
from ..pauses_editor import PausesEditor
from .base import SPACING, DraftPage, error_label, intro_label, scrolled, show_error, week_of
from .page_about import check_grid
from .quiet_hours import QuietHoursEditor
from .school_hours import SchoolHoursEditor


def _quiet_key(rules) -> set:
    return {(day, r.start, r.end) for r in rules for day in r.days}


class BoundariesPage(DraftPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your boundaries"))
        body = QWidget()
        top = QVBoxLayout(body)
        top.setSpacing(SPACING)
        top.addWidget(intro_label(self.tr("Set limits now, while you are rested. The next pages only suggest "
                                          "chats that fit them. You can change them later.")))
        self.privacy_hint = intro_label(self.tr("To go on, tick the three student-privacy promises."))
        top.addWidget(self.privacy_hint)
        # Two columns when there is room (the privacy checklist stays in view), one column at 800 px.
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.columns.setSpacing(SPACING * 2)
        top.addLayout(self.columns)
        outer = QVBoxLayout()
        outer.setSpacing(SPACING)
        right = QVBoxLayout()
        right.setSpacing(SPACING)
        self.columns.addLayout(outer, 1)
        self.columns.addLayout(right, 1)
        form = QFormLayout()
        form.setVerticalSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 1200)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes a week for chats"))
        form.addRow(self.tr("&Minutes a week for chats:"), self.minutes)
        self.per_week = QSpinBox()
        self.per_week.setRange(0, 14)
        self.per_week.setAccessibleName(self.tr("Chats a week, at most"))
        form.addRow(self.tr("C&hats a week, at most:"), self.per_week)
        self.reminder = QSpinBox()
        self.reminder.setRange(0, 240)
        self.reminder.setSingleStep(5)
        self.reminder.setSuffix(self.tr(" min before"))
        self.reminder.setSpecialValueText(self.tr("No reminder"))
        self.reminder.setAccessibleName(self.tr("Reminder before a chat"))
        form.addRow(self.tr("&Reminder:"), self.reminder)
        days_box, self.protected = check_grid({i: texts.weekday_name(i) for i in range(7)},
                                              self.tr("Protected day"), per_row=4)
        days_label = QLabel(self.tr("&Protected days (no chats):"))
        days_label.setBuddy(self.protected[0])
        form.addRow(days_label, days_box)
        outer.addLayout(form)

        quiet_group = QGroupBox(self.tr("&Quiet hours (no chats; a window may run past midnight)"))
        ql = QVBoxLayout(quiet_group)
        self.quiet = QuietHoursEditor()
        ql.addWidget(self.quiet)
        outer.addWidget(quiet_group)

        pause_group = QGroupBox(self.tr("Pa&uses (holidays and busy weeks with no chats)"))
        pause_layout = QVBoxLayout(pause_group)
        ctx = getattr(parent, "ctx", None)
        self.pauses = PausesEditor(ctx.today() if ctx else dt.date.today(), pause_group, mnemonics=False)
        self.pauses.changed.connect(self._store)
        pause_layout.addWidget(self.pauses)
        outer.addWidget(pause_group)
        school_group = QGroupBox(self.tr("&School hours (the days and times you teach; no chats then)"))
        sl = QVBoxLayout(school_group)
        self.school = SchoolHoursEditor()
        sl.addWidget(self.school)
        outer.addWidget(school_group)

        accounts = QGroupBox(self.tr("Accounts"))
        al = QVBoxLayout(accounts)
        self.separate = QRadioButton(self.tr("S&eparate school and personal accounts"))
        self.separate.setAccessibleName(self.tr("Separate school and personal accounts"))
        al.addWidget(self.separate)
        al.addWidget(self._hint(self.tr("Your school account stays professional and can follow colleagues "
                                        "and families; your personal one can be yourself. Recommended if your "
                                        "school has a social media policy.")))
        self.single = QRadioButton(self.tr("&One account for everything"))
        self.single.setAccessibleName(self.tr("One account for everything"))
        al.addWidget(self.single)
        self.single_hint = self._hint("")  # names the school leader as people say it where the user lives
        al.addWidget(self.single_hint)
        self.personal = QRadioButton(self.tr("Only a persona&l account"))
        self.personal.setAccessibleName(self.tr("Only a personal account"))
        al.addWidget(self.personal)
        self.personal_hint = self._hint("")
        al.addWidget(self.personal_hint)
        self._leader_hints("")
        self.accounts = QButtonGroup(self)
        self.accounts.addButton(self.separate)
        self.accounts.addButton(self.single)
        self.accounts.addButton(self.personal)
        right.addWidget(accounts)

        privacy = QGroupBox(self.tr("Student privacy (tick each one to go on)"))
        pl = QVBoxLayout(privacy)
        self.privacy = [
            QCheckBox(self.tr("I will never post students' names, faces or work that identifies them.")),
            QCheckBox(self.tr("I will not use a school-issued email address for a personal account.")),
            QCheckBox(self.tr("I know everything I write in a chat is public and stays public.")),
        ]
        for box in self.privacy:
            box.setAccessibleName(box.text())
            pl.addWidget(box)
        right.addWidget(privacy)

        self.recheck = intro_label("")  # names hashtags from the directory: plain text
        self.recheck.setWordWrap(True)
        self.recheck.setAccessibleName(self.tr("How your chosen chats fit these limits"))
        right.addWidget(self.recheck)
        self.error = error_label()
        right.addWidget(self.error)
        right.addStretch(1)
        outer.addStretch(1)
        top.addStretch(1)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolled(body))

        self._loading = False
        for spin in (self.minutes, self.per_week, self.reminder):
            spin.valueChanged.connect(self._store)
        for box in (*self.protected.values(), self.separate, self.single, self.personal):
            box.toggled.connect(self._store)
        for box in self.privacy:
            box.toggled.connect(self._privacy_changed)
        self.quiet.changed.connect(self._store)
        self.school.changed.connect(self._store)

    def _leader_hints(self, zone: str) -> None:
        """'principal' in the US and Canada, 'head teacher' in the UK, Ireland, Australia, New Zealand."""
        leader = school_leader(zone)
        if leader == "principal":
            single = self.tr("Simpler to keep up with, and one network grows faster. Post as if your principal, "
                             "your students' families and a future employer all read it.")
            personal = self.tr("Fine for learning as yourself: lurk and join chats. Keep it free of anything about "
                               "your students, and check your district's social media policy; your principal and "
                               "families may still find it.")
        elif leader == "head_teacher":
            single = self.tr("Simpler to keep up with, and one network grows faster. Post as if your head "
                             "teacher, your students' families and a future employer all read it.")
            personal = self.tr("Fine for learning as yourself: lurk and join chats. Keep it free of anything about "
                               "your students, and check your school's social media policy; your head teacher "
                               "and families may still find it.")
        else:
            single = self.tr("Simpler to keep up with, and one network grows faster. Post as if your school's "
                             "leaders, your students' families and a future employer all read it.")
            personal = self.tr("Fine for learning as yourself: lurk and join chats. Keep it free of anything about "
                               "your students, and check your school's social media policy; your school's leaders "
                               "and families may still find it.")
        self.single_hint.setText(single)
        self.personal_hint.setText(personal)

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = intro_label(text)
        label.setIndent(24)
        return label

    def initializePage(self) -> None:
        b = self.draft.boundaries
        self._loading = True
        self.minutes.setValue(b.weekly_minutes)
        self.per_week.setValue(b.chats_per_week)
        self.reminder.setValue(b.reminder_minutes)
        for day, box in self.protected.items():
            box.setChecked(day in b.protected_days)
        self.quiet.set_rules(b.quiet_hours)
        self.pauses.set_pauses(b.pauses)
        self.school.set_rules(b.school_hours)
        {"single": self.single, "personal": self.personal}.get(b.accounts, self.separate).setChecked(True)
        self._leader_hints(self.draft.profile.time_zone)
        for box in self.privacy:
            box.setChecked(b.privacy_acknowledged)
        self._loading = False
        show_error(self.error, "")
        self.privacy_hint.setVisible(not self.isComplete())
        self._recheck()

    def resizeEvent(self, event) -> None:
        wide = event.size().width() >= 1100
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def isComplete(self) -> bool:
        return all(box.isChecked() for box in self.privacy)

    def _privacy_changed(self, *_args) -> None:
        self._store()
        self.privacy_hint.setVisible(not self.isComplete())
        self.completeChanged.emit()

    def _store(self, *_args) -> None:
        if self._loading:
            return
        b = self.draft.boundaries
        b.weekly_minutes = self.minutes.value()
        b.chats_per_week = self.per_week.value()
        b.reminder_minutes = self.reminder.value()
        b.protected_days = [d for d, box in self.protected.items() if box.isChecked()]
        rules = self.quiet.rules()
        if _quiet_key(rules) != _quiet_key(b.quiet_hours):  # same hours in another grouping: keep theirs
            b.quiet_hours = rules
        b.pauses = self.pauses.pauses()
        school = self.school.rules()
        if _quiet_key(school) != _quiet_key(b.school_hours):
            b.school_hours = school
        b.accounts = ("single" if self.single.isChecked() else "personal" if self.personal.isChecked()
                      else "separate")
        b.privacy_acknowledged = all(box.isChecked() for box in self.privacy)
        self.changed()
        self._recheck()

    def page_shown(self) -> None:
        self._recheck()  # Back from the chats page does not call initializePage

    def _recheck(self) -> None:
        """Chosen chats are checked against the limits at once, not only on the chats page."""
        if not self.draft.chats:
            self.recheck.setText("")
            return
        zone = self.draft.profile.time_zone
        report = week_of(self.ctx, self.draft)
        clashes = [c for c in report.conflicts if texts.is_clash(c)]
        totals = [c for c in report.conflicts if not texts.is_clash(c)]
        if not clashes and not totals:
            self.recheck.setText(self.tr("Your chosen chats fit these limits this week."))
            return
        lines = [self.tr("With these limits, this week:")]
        lines += ["• " + texts.conflict_text(c, zone) for c in (clashes + totals)[:4]]
        if len(clashes) + len(totals) > 4:
            lines.append(self.tr("…and more; the chats page shows them all."))
        self.recheck.setText("\n".join(lines))

    def validatePage(self) -> bool:
        problem = self.quiet.problem() or self.school.problem()
        if problem:
            show_error(self.error, problem)
            return False
        show_error(self.error, "")
        self._store()
        return True
