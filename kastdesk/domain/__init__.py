"""KastDesk domain package."""
