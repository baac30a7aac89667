"""The genogram editor: a QGraphicsView family map with undo, export and GEDCOM."""

from kastdesk.ui.genogram._pyside_fix import keep_none_alive

keep_none_alive()

from kastdesk.ui.genogram.editor import GenogramEditor  # noqa: E402

__all__ = ["GenogramEditor"]
