"""The self-rating tab: measurement points, filling in (client or paper), comparison, chart."""

from kastdesk.ui.selfrating.tab import FormEntryDialog, SelfRatingTab

__all__ = ["FormEntryDialog", "SelfRatingTab"]
