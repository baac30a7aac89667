"""Supervision in the UI: supervisor mode, export dialogs, flags and meetings."""

# The workspace imports this package's tab to register it; importing the workspace
# first keeps that order whichever package a caller imports first (no import cycle).
import kastdesk.ui.workspace  # noqa: F401
