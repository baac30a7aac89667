"""The encrypted store: the only package that touches SQLCipher, Argon2 and AES.

Public names are re-exported here; everything else is private to the store.
"""

from kastdesk.store.casefile import CaseFile, DocumentVersion
from kastdesk.store.crypto import KdfParams
from kastdesk.store.errors import (
    CaseDamaged,
    CaseGone,
    CaseNotFound,
    CaseOutdated,
    DiskError,
    DiskFull,
    DuplicateCode,
    InvalidChange,
    NotAVault,
    NoteSigned,
    SessionMissing,
    StoreError,
    VaultDamaged,
    VaultExists,
    VaultGone,
    VaultInUse,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from kastdesk.store.vault import Vault, default_vault_folder, passphrase_strength

__all__ = [
    "CaseDamaged",
    "CaseFile",
    "CaseGone",
    "CaseNotFound",
    "CaseOutdated",
    "DiskError",
    "DiskFull",
    "DocumentVersion",
    "DuplicateCode",
    "InvalidChange",
    "KdfParams",
    "NotAVault",
    "NoteSigned",
    "SessionMissing",
    "StoreError",
    "Vault",
    "VaultDamaged",
    "VaultExists",
    "VaultGone",
    "VaultInUse",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "default_vault_folder",
    "passphrase_strength",
]
