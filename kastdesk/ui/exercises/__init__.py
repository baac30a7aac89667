"""The exercises tab, one editor per guided exercise, and the full-screen client view."""

from kastdesk.ui.exercises.base import ExerciseEditor
from kastdesk.ui.exercises.client_view import ClientView, HoldButton
from kastdesk.ui.exercises.tab import EDITORS, ExercisesTab, make_editor

__all__ = ["EDITORS", "ClientView", "ExerciseEditor", "ExercisesTab", "HoldButton", "make_editor"]
