"""KastDesk ui package."""

from kastdesk.ui._pyside_fix import keep_none_alive

keep_none_alive()  # before any widget paints; see the module for why
