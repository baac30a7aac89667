"""Versioned schemas: one list of migration steps per kind of database.

Step *n* brings a file from ``user_version`` n to n+1. Steps are only ever appended;
a released step is never edited, so every file in the field can be brought forward.
"""

from kastdesk.store.schema.case import CASE_MIGRATIONS
from kastdesk.store.schema.index import INDEX_MIGRATIONS

__all__ = ["CASE_MIGRATIONS", "INDEX_MIGRATIONS"]
