"""KastDesk report package."""
