"""A client's register details corrected, and a client erased for good (Qt-free).

What the register's "Edit client details…" and "Delete client…" run, and the
``kastdesk delete-client`` verb (:mod:`kastdesk.clients.cli`): the store changes one case
file or one register line; these also check what the store cannot see from one case (a
code another client has) and clear what the vault keeps about a client elsewhere.
"""

from kastdesk.clients.details import ClientDetails, check_details, edit_client
from kastdesk.clients.erase import ErasedClient, erase_client

__all__ = ["ClientDetails", "ErasedClient", "check_details", "edit_client", "erase_client"]
