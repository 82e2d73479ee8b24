"""The per-lead controls — Pause…, Resume, Run now, Mark as sent…, Send again…, Unenroll… — as
one set of actions behind a button bar and a view's context menu, for whatever lead the view
has selected (``LeadTarget``). Each is enabled only where it applies; each asks in words
first where it cannot be taken back, runs its service through the BackgroundRunner, and says
what happened, or why not, in the bar's message line and through ``done`` / ``refused``
(after the database has it). Deciding an Unknown text reads its facts first (whose it is,
what it said, the number's texts against its rule) for the question; the person's answer
comes between that read and the decision. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.lead_control import EnrollmentDetail, LeadAction, Rescheduled, UnknownSms, short_instant
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.forms.ui_lead_actions import Ui_LeadActions
from kixie_desktop.gui.lead_control.questions import Questions
from kixie_desktop.gui.lead_control.target import LeadTarget, applicable
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.leads.pausing import PauseService
from kixie_desktop.services.leads.unenroll import Unenrolled, UnenrollService
from kixie_desktop.services.supervision.run_now import RunNowService
from kixie_desktop.services.supervision.unknown_sms import UnknownSmsService

T = TypeVar("T")
A = LeadAction
MENU_ORDER: list[LeadAction | None] = [A.PAUSE, A.RESUME, A.RUN_NOW, None, A.MARK_SENT, A.SEND_AGAIN, None,
                                       A.UNENROLL]


@dataclass(frozen=True)
class LeadControlContext:
    """What the controls need from the composition root; ``on_due`` wakes the engine when
    something became due now (a resume, run now, send again)."""

    actor: Actor
    zone: ZoneInfo
    pausing: PauseService
    unenroll: UnenrollService
    run_now: RunNowService
    unknown_sms: UnknownSmsService
    on_due: Callable[[], None] = lambda: None


def _noun(kind: ActionType | None) -> str:
    return "call" if kind is ActionType.CALL else "text"


class LeadActions(QObject):
    done = Signal(str)  # what was done, in words
    refused = Signal(str)  # why not, in words

    def __init__(self, ctx: LeadControlContext, runner: BackgroundRunner,
                 current: Callable[[], LeadTarget | None], parent: QWidget, *,
                 questions: Questions | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._current, self._parent = ctx, runner, current, parent
        self.questions = questions or Questions()
        self.bar = QWidget(parent)
        self.ui = Ui_LeadActions()
        self.ui.setupUi(self.bar)
        ui = self.ui
        buttons = {A.PAUSE: ui.pause_button, A.RESUME: ui.resume_button, A.RUN_NOW: ui.run_now_button,
                   A.UNENROLL: ui.unenroll_button, A.MARK_SENT: ui.mark_sent_button,
                   A.SEND_AGAIN: ui.send_again_button}
        handlers: dict[LeadAction, Callable[[], None]] = {
            A.PAUSE: self._pause, A.RESUME: self._resume, A.RUN_NOW: self._run_now, A.UNENROLL: self._unenroll,
            A.MARK_SENT: lambda: self._decide(A.MARK_SENT), A.SEND_AGAIN: lambda: self._decide(A.SEND_AGAIN)}
        self.actions: dict[LeadAction, QAction] = {}
        for kind, button in buttons.items():
            action = QAction(button.text(), self)  # the words and tooltips live in the form
            action.setToolTip(button.toolTip())
            action.triggered.connect(handlers[kind])
            button.setDefaultAction(action)
            self.actions[kind] = action
        self.menu = QMenu(parent)
        for kind in MENU_ORDER:
            if kind is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(self.actions[kind])
        self.update()

    def update(self) -> None:
        """Enable what applies to the lead selected now."""
        allowed = applicable(self._ctx.actor, self._current())
        for kind, action in self.actions.items():
            action.setEnabled(kind in allowed)

    def attach(self, view: QAbstractItemView) -> None:
        """Right-click on a row of ``view`` selects it and offers the controls."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos: self.show_menu(view, pos))

    def show_menu(self, view: QAbstractItemView, pos: QPoint) -> QMenu | None:
        index = view.indexAt(pos)
        if not index.isValid():
            return None
        view.setCurrentIndex(index)  # the row clicked is the one acted on
        self.update()
        self.menu.popup(view.viewport().mapToGlobal(pos))
        return self.menu

    # -- the controls -------------------------------------------------------------------------

    def _target(self, kind: LeadAction) -> LeadTarget | None:
        target = self._current()
        return target if kind in applicable(self._ctx.actor, target) else None

    def _pause(self) -> None:
        target = self._target(A.PAUSE)
        if target is None:
            return
        now = datetime.now(timezone.utc)
        answer = self.questions.pause(self._parent, target.who, target.cadence, self._ctx.zone, now)
        if answer is None:
            return
        until = answer.until
        ctx = self._ctx
        ends = (f"until {short_instant(until, ctx.zone.key, now)}" if until is not None
                else "until someone resumes it")
        self._call(lambda: ctx.pausing.pause(ctx.actor, target.enrollment_id, until),
                   lambda _d: f"Paused {target.who} in {target.cadence} {ends}.")

    def _resume(self) -> None:
        target = self._target(A.RESUME)
        if target is not None:
            ctx = self._ctx
            self._call(lambda: ctx.pausing.resume(ctx.actor, target.enrollment_id),
                       lambda d: self._resumed(target, d), due=True)

    def _resumed(self, target: LeadTarget, detail: EnrollmentDetail) -> str:
        text = f"Resumed {target.who} in {target.cadence}."
        n = detail.next_action
        if n is not None:
            when = short_instant(n.due_at, self._ctx.zone.key, datetime.now(timezone.utc))
            text += f" Next: the {_noun(n.type)}, due {when}."
        return text

    def _run_now(self) -> None:
        target = self._target(A.RUN_NOW)
        if target is not None and target.run_id is not None:
            ctx, run_id = self._ctx, target.run_id
            self._call(lambda: ctx.run_now.run_now(ctx.actor, run_id),
                       lambda r: f"{target.who}: {r.message}", due=True)

    def _unenroll(self) -> None:
        target = self._target(A.UNENROLL)
        if target is None:
            return
        if target.run_type is not None and target.due_at is not None:
            when = short_instant(target.due_at, self._ctx.zone.key, datetime.now(timezone.utc))
            pending = f"Their next {_noun(target.run_type)} (due {when}) is cancelled"
        else:
            pending = "Anything still pending is cancelled"
        text = (f"{target.who} leaves {target.cadence} for good. {pending}, and this cadence will "
                "not call or text them again; to start over, enroll them again.")
        if not self.questions.confirm(self._parent, f"Unenroll {target.who}?", text, "Unenroll"):
            return
        ctx = self._ctx

        def words(result: Unenrolled) -> str:
            return (f"Unenrolled {target.who} from {target.cadence}: "
                    f"{plural(result.cancelled_actions, 'pending action')} cancelled.")

        self._call(lambda: ctx.unenroll.unenroll(ctx.actor, target.enrollment_id), words)

    def _decide(self, kind: LeadAction) -> None:
        target = self._target(kind)
        if target is None or target.unknown_sms is None:
            return
        ctx, run_id = self._ctx, target.unknown_sms
        self.ui.message_label.clear()
        self._runner.run(lambda: ctx.unknown_sms.facts(ctx.actor, run_id),
                         lambda facts: self._ask_and_decide(kind, facts), self._refuse, owner=self.bar)

    def _ask_and_decide(self, kind: LeadAction, facts: UnknownSms) -> None:
        said = f"\n\n“{facts.body}”\n\n" if facts.body else " "
        opening = f"We could not tell whether this text reached {facts.who} ({facts.phone}):{said}"
        tally = f"{facts.who} has had {facts.touches}."
        ctx = self._ctx
        if kind is A.MARK_SENT:
            text = (f"{opening}Mark it as sent if you know it arrived (they answered it, or the SMS "
                    f"provider's log shows it). Nothing is sent. {tally}")
            if self.questions.confirm(self._parent, "Mark the text as sent?", text, "Mark as sent"):
                self._call(lambda: ctx.unknown_sms.mark_sent(ctx.actor, facts.run_id),
                           lambda _r: f"Marked the text to {facts.who} as sent.")
            return
        text = (f"{opening}Send it again only if you know it never arrived: otherwise they get it "
                f"twice. {tally} One more counts against that rule, so it may have to wait.")
        if self.questions.confirm(self._parent, "Send the text again?", text, "Send again"):
            def words(r: Rescheduled) -> str:
                return f"{facts.who}: {r.message}"

            self._call(lambda: ctx.unknown_sms.send_again(ctx.actor, facts.run_id), words, due=True)

    # -- running them -------------------------------------------------------------------------

    def _call(self, work: Callable[[], T], words: Callable[[T], str], *, due: bool = False) -> None:
        self.ui.message_label.clear()

        def finished(result: T) -> None:
            text = words(result)
            self.ui.message_label.setText(text)
            if due:
                self._ctx.on_due()
            self.done.emit(text)

        self._runner.run(work, finished, self._refuse, owner=self.bar)

    def _refuse(self, error: UserFacingError) -> None:
        self.ui.message_label.setText(error.message)
        self.refused.emit(error.message)

