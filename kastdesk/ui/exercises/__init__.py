"""The exercises tab, one editor per guided exercise, and the full-screen client view."""

# The workspace imports this package's tab to register it; importing the workspace
# first keeps that order whichever package a caller imports first (no import cycle).
import kastdesk.ui.workspace  # noqa: F401, I001

from kastdesk.ui.exercises.base import ExerciseEditor
from kastdesk.ui.exercises.client_view import ClientView, HoldButton
from kastdesk.ui.exercises.tab import EDITORS, ExercisesTab, make_editor

__all__ = ["EDITORS", "ClientView", "ExerciseEditor", "ExercisesTab", "HoldButton", "make_editor"]
