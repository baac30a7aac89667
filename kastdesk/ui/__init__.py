"""KastDesk ui package."""
