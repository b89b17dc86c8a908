"""Changes the merge refused, one line per device and reason ("2 changes from Mallory
refused: it names a record that does not exist"): everything else from them merged."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from liaison_app.services import syncing
from liaison_app.services.syncing import ChangesetRejection, RejectedChanges
from ui.context import AppContext
from ui.i18n import tr as _tr

WARNING_STYLE = "color: #b9770e;"


def reason_text(code: ChangesetRejection) -> str:
    """A short translatable phrase for why changes were refused."""
    phrases = {
        ChangesetRejection.OUT_OF_RANGE: _tr("it carries numbers no device writes"),
        ChangesetRejection.BAD_NAME: _tr("it carries a malformed name"),
        ChangesetRejection.NOT_WRITABLE: _tr("it changes bookkeeping no device may change"),
        ChangesetRejection.BAD_VALUE: _tr("a value the field does not take"),
        ChangesetRejection.DUPLICATE_OPERATION: _tr("it sets one field twice"),
        ChangesetRejection.MISSING_REQUIRED: _tr("a new record lacks a required field"),
        ChangesetRejection.MISSING_REFERENCE: _tr("it names a record that does not exist"),
        ChangesetRejection.WRONG_KIND: _tr("it uses the id of a record of another kind"),
        ChangesetRejection.BAD_PRED: _tr("it claims to overwrite changes it had not seen"),
        ChangesetRejection.REVOKED: _tr("written after the device was revoked"),
        ChangesetRejection.MERGE_FAILED: _tr("it could not be merged"),
    }
    return phrases[code]


def line(group: RejectedChanges) -> str:
    """One device's refused changes for one reason."""
    who = group.officer or group.origin[:10]
    text = _tr("%Ln change(s) from {who} refused: {why}", "", group.count)
    return text.format(who=who, why=reason_text(group.reason))


class RejectedBox(QLabel):
    """Hidden while nothing was refused; the tool tip names the field of each refusal."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self.hide()

    def refresh(self) -> None:
        """Read the refused changes from the sync services."""
        if self.ctx.is_locked:
            self.hide()
            return
        self.show_groups(syncing.rejected(self.ctx.store))

    def show_groups(self, groups: tuple[RejectedChanges, ...]) -> None:
        """Show these groups (hide when there are none)."""
        self.setText("\n".join(line(g) for g in groups))
        self.setToolTip("\n".join(f"{line(g)} ({g.field})" for g in groups if g.field))
        self.setVisible(bool(groups))
