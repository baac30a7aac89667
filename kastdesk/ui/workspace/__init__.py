"""The case workspace: overview, intake, sessions and goals of one open case file."""

from kastdesk.ui.workspace.base import TabSpec, WorkspaceContext, WorkspaceTab
from kastdesk.ui.workspace.workspace import TABS, CaseWorkspace, register_tab

__all__ = ["TABS", "CaseWorkspace", "TabSpec", "WorkspaceContext", "WorkspaceTab",
           "register_tab"]
