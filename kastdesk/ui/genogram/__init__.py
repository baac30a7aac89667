"""The genogram editor: a QGraphicsView family map with undo, export and GEDCOM."""

from kastdesk.ui.genogram.editor import GenogramEditor

__all__ = ["GenogramEditor"]
