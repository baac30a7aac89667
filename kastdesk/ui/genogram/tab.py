"""The "Family map" tab of the case workspace: the genogram editor inside the tab contract."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kastdesk.domain.models import Changes
from kastdesk.genogram.storage import DOC_ID, KIND
from kastdesk.ui.genogram.editor import GenogramEditor
from kastdesk.ui.workspace.base import WorkspaceContext, WorkspaceTab

_DOC = f"{KIND}:{DOC_ID}"


class GenogramTab(WorkspaceTab):
    """Wraps ``GenogramEditor``; redraws only when the stored genogram changed elsewhere."""

    areas = frozenset({"documents"})

    def __init__(self, context: WorkspaceContext) -> None:
        super().__init__(context)
        self.editor = GenogramEditor(context.vault, context.case, self)
        self.editor.privacy_mode = self.privacy_mode
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or _DOC in changes.ids:
            self.editor.reload_if_changed()

    def flush(self) -> None:
        self.editor.flush()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def clear(self) -> None:
        self.editor.clear()

    def set_privacy_mode(self, on: bool) -> None:
        super().set_privacy_mode(on)
        self.editor.privacy_mode = on
