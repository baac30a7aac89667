"""KastDesk forms package."""
