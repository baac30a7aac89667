"""KastDesk genogram package."""
