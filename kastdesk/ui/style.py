"""The calm house style: Fusion with a light palette and a small stylesheet.

Fusion looks the same on every clinic laptop (and offscreen in tests), so screenshots
show what therapists see. Colours are muted; red is kept for risk flags and errors.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

from kastdesk.ui.common import guard_one_line

ACCENT = "#2f6f8f"
TEXT = "#1f2933"
DISABLED_TEXT = "#9aa3ab"  # greyed: what cannot be used now
MUTED = "#5f6b76"
ERROR = "#b3261e"

STYLESHEET = f"""
QMainWindow, QWizard, QDialog {{ background: #f6f7f9; }}
QToolBar#mainToolbar {{
    background: #ffffff; border: none; border-bottom: 1px solid #dde1e6;
    padding: 4px 8px; spacing: 6px;
}}
QToolBar#mainToolbar QToolButton {{
    padding: 5px 12px; border: 1px solid transparent; border-radius: 4px; color: {TEXT};
}}
QToolBar#mainToolbar QToolButton:hover {{ background: #eef2f5; border-color: #d0d7de; }}
QToolBar#mainToolbar QToolButton:checked {{
    background: #e3eef4; border-color: {ACCENT}; color: {ACCENT};
}}
QToolBar#mainToolbar QToolButton:disabled {{ color: {DISABLED_TEXT}; }}
QToolButton#lockButton {{ font-weight: bold; }}
QFrame#startCard {{
    background: #ffffff; border: 1px solid #dde1e6; border-radius: 8px;
}}
QLabel#startTitle {{ font-size: 20pt; font-weight: 600; color: {ACCENT}; }}
QLabel#muted, QLabel[objectName="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel#demoHint {{
    background: #fff7e0; border: 1px solid #f0d68a; border-radius: 4px; padding: 6px;
}}
QLabel#recoveryKeyText {{
    background: #ffffff; border: 1px dashed {ACCENT}; border-radius: 6px; padding: 14px;
}}
QLabel#waitingLabel {{ color: {MUTED}; font-size: 13pt; }}
QPushButton#linkButton {{
    color: {ACCENT}; border: none; text-decoration: underline; padding: 0; text-align: left;
}}
QPushButton#unlockButton {{ padding: 5px 18px; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox {{ padding: 4px 6px; }}
/* A spin box's frame takes twice its padding: with the line edit's 4 px a date was 7 px
   taller than the fields beside it, and a form's label sat at its top (the packet's
   Meeting date). 1 px above and none below makes it a line edit's height at any size. */
QDateEdit, QSpinBox {{ padding: 1px 6px 0px 6px; }}
QTableView#registerTable {{
    background: #ffffff; alternate-background-color: #f8fafb;
    selection-background-color: #d6e6ef; selection-color: {TEXT};
    border: 1px solid #dde1e6;
}}
QHeaderView::section {{
    background: #f0f2f4; border: none; border-bottom: 1px solid #dde1e6;
    padding: 4px 6px; color: {MUTED}; font-weight: 600;
}}
QProgressBar#strengthMeter {{ border: 1px solid #d0d7de; border-radius: 3px; background: #fff; }}
QProgressBar#strengthMeter::chunk {{ background: #c0392b; }}
QProgressBar#strengthMeter[score="2"]::chunk {{ background: #d68910; }}
QProgressBar#strengthMeter[score="3"]::chunk {{ background: #52a36b; }}
QProgressBar#strengthMeter[score="4"]::chunk {{ background: #2e8b57; }}
QStatusBar {{ color: {MUTED}; }}
"""


_VERTICAL_SHAPES = (QTabBar.Shape.RoundedWest, QTabBar.Shape.RoundedEast,
                    QTabBar.Shape.TriangularWest, QTabBar.Shape.TriangularEast)


#: A tab bar's dynamic property: the room (px) each of its tabs has beside its name, in
#: place of the style's own (PM_TabBarTabHSpace). The case workspace narrows it where its
#: eight tab names would otherwise be cut and scrolled (kastdesk.ui.workspace.workspace).
TAB_SPACE_PROPERTY = "tabSpace"


class HouseStyle(QProxyStyle):
    """Fusion, with tabs tall enough for the text an unselected tab shows.

    Fusion draws an unselected tab 2 px lower (PM_TabBarTabShiftVertical) and takes those
    2 px off the top of the tab's text rectangle, which its tab size leaves exactly one
    line high: the text is clipped, so "Översikt" read "Oversikt" and the descenders of g,
    j and p were lost. Each tab is made taller by that shift; the text then fits selected
    or not, in any font size, and Fusion's look is kept (a ``QTabBar::tab`` style sheet
    would replace Fusion's drawing of every tab).
    """

    def polish(self, target: Any) -> Any:  # Qt override (widget, palette or application)
        """Fusion's, and every one-line field takes a paste as one line (``guard_one_line``):
        the style polishes each widget as it is first shown, so no screen can forget it."""
        result = super().polish(target)
        if isinstance(target, QWidget):
            guard_one_line(target)
        return result

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        """Fusion's, except a tab bar's room beside each name where the bar sets its own
        (:data:`TAB_SPACE_PROPERTY`): a per-bar value, so no other tab bar changes."""
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace and isinstance(widget, QTabBar):
            space = widget.property(TAB_SPACE_PROPERTY)
            if isinstance(space, int) and space >= 0:
                return space
        return super().pixelMetric(metric, option, widget)

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption | None,
                         size: QSize, widget: QWidget | None = None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab and isinstance(option, QStyleOptionTab):
            metric = (QStyle.PixelMetric.PM_TabBarTabShiftHorizontal
                      if option.shape in _VERTICAL_SHAPES
                      else QStyle.PixelMetric.PM_TabBarTabShiftVertical)
            shift = abs(self.pixelMetric(metric, option, widget))
            if option.shape in _VERTICAL_SHAPES:
                result.setWidth(result.width() + shift)
            else:
                result.setHeight(result.height() + shift)
        return result


_house_style: HouseStyle | None = None  # the app holds it; a reference keeps Python's side


def house_style() -> HouseStyle:
    """The one :class:`HouseStyle` (made on first use; the app takes it, never a copy)."""
    global _house_style
    if _house_style is None or not shiboken6.isValid(_house_style):
        _house_style = HouseStyle(QStyleFactory.create("Fusion"))
    return _house_style


def apply_style(app: QApplication) -> None:
    app.setStyle(house_style())
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8fafb"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f0f2f4"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a949e"))
    # setColor without a group sets the disabled look too: Undo on an empty map, an export
    # with nothing to export, looked as clickable as the rest. Disabled text is greyed.
    disabled = QColor(DISABLED_TEXT)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
