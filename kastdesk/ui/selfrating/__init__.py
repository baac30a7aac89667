"""The self-rating tab: measurement points, filling in (client or paper), comparison, chart."""

# The workspace imports this package's tab to register it; importing the workspace
# first keeps that order whichever package a caller imports first (no import cycle).
import kastdesk.ui.workspace  # noqa: F401, I001

from kastdesk.ui.selfrating.tab import FormEntryDialog, SelfRatingTab

__all__ = ["FormEntryDialog", "SelfRatingTab"]
