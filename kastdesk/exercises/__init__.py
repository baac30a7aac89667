"""KastDesk exercises package."""
