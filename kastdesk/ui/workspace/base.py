"""What every workspace tab is: a widget that redraws from ``Changes``, saves and clears.

Adding a tab (genogram, exercises, self-rating, supervision) is one ``TabSpec`` in
``kastdesk.ui.workspace.tabs.TABS``: a name, a title and a factory taking the
workspace context. The workspace calls the same four methods on every tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from kastdesk.domain.models import Changes
from kastdesk.store import CaseFile, StoreError, Vault
from kastdesk.ui.workspace.common import show_error

if TYPE_CHECKING:
    from kastdesk.ui.workspace.workspace import CaseWorkspace


@dataclass
class WorkspaceContext:
    """What a tab may use: the vault, the open case and the workspace around it."""

    vault: Vault
    case: CaseFile
    workspace: CaseWorkspace


class WorkspaceTab(QWidget):
    """Base of the tabs. Override what applies; the defaults do nothing."""

    #: Store areas (``Changes.areas``) this tab draws from; others do not redraw it.
    areas: frozenset[str] = frozenset()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vault = context.vault
        self.case = context.case
        self.privacy_mode = True

    def refresh(self, changes: Changes | None = None) -> None:
        """Redraw from the store; ``None`` means everything may have changed."""

    def flush(self) -> None:
        """Save whatever is typed but not yet saved. Raises ``StoreError`` on failure."""

    def has_unsaved_changes(self) -> bool:
        return False

    def rescue_items(self) -> list[dict[str, Any]]:
        """Text typed here and not saved, as items a sealed rescue copy can hold while the
        vault cannot be written (kastdesk.ui.rescue); none by default."""
        return []

    def clear(self) -> None:
        """Drop every bit of case content from the widgets (before a lock)."""

    def set_privacy_mode(self, on: bool) -> None:
        self.privacy_mode = on

    def run(self, action: Callable[[], object]) -> bool:
        """Run one user operation against the store; a StoreError shows as its sentence."""
        try:
            action()
        except StoreError as error:
            show_error(self, error)
            return False
        return True


@dataclass(frozen=True)
class TabSpec:
    """One registered tab: ``title`` is source text, translated when the tab is built."""

    name: str
    title: str
    factory: Callable[[WorkspaceContext], WorkspaceTab]
