"""KastDesk store package."""
