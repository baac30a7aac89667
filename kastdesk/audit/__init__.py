"""Reading the audit logs: who opened, changed, exported or deleted what, and when (Qt-free).

The store writes the hash-chained logs (:mod:`kastdesk.store.audit`) and hands them back
checked (:mod:`kastdesk.store.auditview`); this package puts them into words for the
History screen (``kastdesk.ui.audit``) and ``kastdesk audit`` (:mod:`kastdesk.audit.cli`).
"""

from kastdesk.audit.describe import Description, Kind, describe, kind_label
from kastdesk.audit.log import (
    ALL_KINDS,
    AuditLog,
    AuditRow,
    case_log,
    export_csv,
    record_export,
    status_line,
    to_csv,
    to_json,
    vault_log,
    write_csv,
)

__all__ = ["ALL_KINDS", "AuditLog", "AuditRow", "Description", "Kind", "case_log", "describe",
           "export_csv", "kind_label", "record_export", "status_line", "to_csv", "to_json",
           "vault_log", "write_csv"]
