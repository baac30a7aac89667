"""Supervision in the UI: supervisor mode, export dialogs, flags and meetings."""
