"""The client register and what acts on it: new client, status changes, the due view."""
