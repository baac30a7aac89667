"""Typed store errors, each carrying one plain sentence the user can act on."""

from __future__ import annotations

from kastdesk.i18n import N_, tr


class StoreError(Exception):
    """Base of every error the store raises on purpose.

    ``message`` is what the user sees: one sentence of what happened and what to do.
    ``exit_code`` is what the CLI returns for it.
    """

    exit_code = 4
    default_message = N_("StoreError", "Something went wrong with the vault.")
    #: Whether the same save can succeed later, once the user has acted (freed disk space,
    #: made the folder writable). Locking waits for such an error rather than drop what was
    #: typed; for any other, waiting saves nothing, so it says so and locks.
    retry_may_save = False

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        self.message = message or tr("StoreError", self.default_message)
        self.detail = detail
        super().__init__(self.message)


class WrongPassphrase(StoreError):
    exit_code = 3
    default_message = N_(
        "StoreError",
        "The passphrase is not correct. Check Caps Lock and try again.",
    )


class WrongRecoveryKey(StoreError):
    exit_code = 3
    default_message = N_(
        "StoreError", "The recovery key is not correct. Check each group against the printed copy."
    )


class WeakPassphrase(StoreError):
    exit_code = 2
    default_message = N_("StoreError", "The passphrase must be at least 10 characters long.")


class VaultInUse(StoreError):
    exit_code = 5
    default_message = N_(
        "StoreError",
        "This vault is already open in another KastDesk window or program. Close it there first.",
    )


class NotAVault(StoreError):
    exit_code = 2
    default_message = N_(
        "StoreError",
        "This folder is not a KastDesk vault. Choose the folder that holds vault.json.",
    )


class VaultExists(StoreError):
    exit_code = 2
    default_message = N_(
        "StoreError", "A vault already exists in this folder. Open it, or choose an empty folder."
    )


class VaultDamaged(StoreError):
    exit_code = 4
    default_message = N_(
        "StoreError",
        "The vault is damaged or has been tampered with. Restore it from the newest backup "
        "(File → Restore from backup…).",
    )


class CaseDamaged(StoreError):
    exit_code = 4
    default_message = N_(
        "StoreError",
        "This client's case file is damaged or has been tampered with. Restore the "
        "vault from the newest backup (File → Restore from backup…); the vault as it is now is "
        "kept beside it.",
    )


class CaseOutdated(CaseDamaged):
    """The case file is not the copy the register last saw: an older one was put back.

    A restore or a sync tool's conflict copy can put back a case file from before the last
    changes (a risk flag raised since, a note written since). Opened, it would show the older
    record as if it were all, and its next save would carry the register back with it, so
    even ``verify`` could no longer tell; it is refused instead, and nothing is written to it.
    """

    default_message = N_(
        "StoreError",
        "This client's case file is an older copy than the one the vault last saw, so it was "
        "not opened: put the newest copy of the file back in the vault's cases folder (from a "
        "backup or a sync tool's conflict copy); Verify vault names the file.",
    )


class SessionMissing(StoreError, KeyError):
    """A session asked for by id is not in the case file.

    On screen that means the file changed under the open case (copied over in place by a
    restore or a sync tool): the session being written in is not in it any more. A
    ``KeyError`` too, for callers that look a session up and expect it may be gone (a
    supervisor's comment on a session deleted since).
    """

    exit_code = 4
    default_message = N_(
        "StoreError",
        "This session is no longer in the client's case file, so the last change was not "
        "saved; the file may have been replaced by another copy while it was open. Open the "
        "client again to see what the file holds.",
    )

    def __str__(self) -> str:  # KeyError's would show the sentence in quotes
        return self.message


class CaseNotFound(StoreError):
    exit_code = 2
    default_message = N_("StoreError", "There is no client with that code in this vault.")


class DuplicateCode(StoreError):
    exit_code = 2
    default_message = N_(
        "StoreError",
        "Another client already has this code. Choose a different code.",
    )


class NoteSigned(StoreError):
    exit_code = 2
    default_message = N_(
        "StoreError",
        "This note is signed and can no longer be changed. Add an amendment instead.",
    )


class InvalidChange(StoreError):
    """A change the rules of a case forbid (a status jump, an empty amendment reason)."""

    exit_code = 2
    default_message = N_("StoreError", "This change is not allowed.")


class DiskFull(StoreError):
    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "The disk is full, so the last change was not saved. Free some space and try again; "
        "nothing already saved was lost.",
    )


class VaultReadOnly(StoreError):
    """The vault's folder (or its disk) cannot be written to."""

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "The vault's folder is read-only, and KastDesk needs to write there; make the folder "
        "writable, or copy the vault to a folder you can write to.",
    )


class CaseReadOnly(StoreError):
    """One client's case file cannot be written to, while the vault's folder can.

    A file copied in from elsewhere, marked read-only or locked by an administrator was
    reported as a read-only *folder*, sending the user to fix a folder that was fine. Once
    the file may be written again, the same save succeeds (the file stays open for writing,
    or opening it again writes), so the lock waits for it.
    """

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "This client's case file cannot be written to, so KastDesk cannot save changes to it; "
        "ask your IT contact to make the file writable (check its permissions), then try "
        "again.",
    )


class DiskError(StoreError):
    """The disk would not read or write a vault file that opened well ("disk I/O error").

    A case file that could not be written (a memory stick pulled, a network folder gone, a
    file locked by the system) was reported as damaged or tampered with, with the advice to
    restore a backup (which would throw away more work), and the lock then went ahead and
    the note just typed was lost. Nothing says the file is damaged: the save can succeed
    once the disk is back, so the lock waits for it as for a full disk.
    """

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "The disk would not let KastDesk write the vault's files, so the last change was not "
        "saved. Check that the disk (a memory stick, a network folder) is still connected, "
        "then try again; nothing already saved was lost.",
    )


class CaseGone(StoreError):
    """The open case file cannot be found where it was: its folder moved, a memory stick
    pulled out, a network folder gone, the file deleted.

    It was taken for gone for good and the case closed, so what was typed next, and even
    after the folder was put back as the message asked, was lost at the lock. Most of these
    come back (the stick plugged in again, the network folder reconnected), so the text is
    kept and the save tried again; once the file is back, and is the same file, it is
    opened again and saved (``CaseFile._reopen``).
    """

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "KastDesk cannot reach this client's case file just now (the memory stick or network "
        "folder with the vault may be out, or the vault folder moved), so the last change is "
        "not saved yet: plug the stick back in or put the folder back where it was, and "
        "KastDesk saves it; what you typed is kept until then.",
    )


class VaultGone(StoreError):
    """The open vault's index cannot be found where it was (its folder moved, the stick or
    network folder out): as :class:`CaseGone`, the save waits for it to come back."""

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "KastDesk cannot reach the vault's files just now (the memory stick or network "
        "folder with the vault may be out, or the vault folder moved), so the last change is "
        "not saved yet: plug the stick back in or put the folder back where it was, and "
        "KastDesk saves it; what you typed is kept until then.",
    )


class CaseOlderCopy(StoreError):
    """Where the open case file was away, an older copy of it came back (a backup of the
    vault folder, or an older memory stick, put in its place).

    The text waits for the newest copy, as for :class:`CaseGone`; nothing is written to
    the older one. The box on screen went on saying the file could not be reached and to
    plug the stick back in, with the stick plugged in (QA 19 R2).
    """

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "The case file now in the vault's folder is an older copy of this client's file, so "
        "the last change is not saved yet and nothing is written to that copy: put the newest "
        "copy back (the right memory stick, or the vault folder as it was), and KastDesk "
        "saves it; what you typed is kept until then.",
    )


class VaultOlderCopy(StoreError):
    """As :class:`CaseOlderCopy`, for the vault's index (the register, settings, drafts)."""

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "The vault now in its folder is an older copy of this vault, so the last change is "
        "not saved yet and nothing is written to that copy: put the newest copy back (the "
        "right memory stick, or the vault folder as it was), and KastDesk saves it; what you "
        "typed is kept until then.",
    )


class CaseNotThisFile(StoreError):
    """Where the open case file was away, a file came back that its key does not open:
    another vault's or another client's (another memory stick with the same name mounts
    at the same place).

    It was reported as damage, with the advice to restore a backup, which would have put
    this vault over the other person's (QA 19 R3). Nothing is damaged: the text waits
    for the right file, and nothing is written to the other.
    """

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "The vault's folder now holds another vault or another case file where this "
        "client's case file was (another memory stick with the same name may be plugged "
        "in), so the last change is not saved yet and nothing is written there: put the "
        "right stick or folder back, and KastDesk saves it; what you typed is kept until "
        "then.",
    )


class VaultNotThisOne(StoreError):
    """As :class:`CaseNotThisFile`, for the vault's index: the vault key does not open the
    index now in the folder (another vault is there)."""

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "The vault's folder now holds another vault (another memory stick with the same "
        "name may be plugged in), so the last change is not saved yet and nothing is "
        "written there: put the right stick or folder back, and KastDesk saves it; what "
        "you typed is kept until then.",
    )


class CaseBusy(StoreError):
    """Another program holds the case file for a moment (SQLite's "database is locked").

    A backup copying the file holds it for the whole copy; that read as "damaged or tampered
    with", with the advice to restore a backup, though nothing was wrong. The same save
    succeeds once the copy is done, so the text is kept and the save tried again.
    """

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "This client's case file is busy for a moment (a backup may be copying it), so the "
        "last change is not saved yet; what you typed is kept, and KastDesk saves it shortly.",
    )


class VaultBusy(StoreError):
    """As :class:`CaseBusy`, for the vault's index (the register, settings, drafts)."""

    exit_code = 4
    retry_may_save = True
    default_message = N_(
        "StoreError",
        "The vault's files are busy for a moment (a backup may be copying them), so the last "
        "change is not saved yet; what you typed is kept, and KastDesk saves it shortly.",
    )


class ExportFailed(StoreError):
    """A file the user asked for (an export) could not be written where they chose.

    Exit code 1, as for any file the system refused (a missing or read-only folder, no
    permission); a full disk is :class:`ExportDiskFull` (4, as everywhere else) and a place
    inside the vault :class:`ExportIntoVault` (2: the place is the user's input)."""

    exit_code = 1
    default_message = N_(
        "StoreError",
        "The file could not be saved there (the folder may be missing, read-only or full). "
        "Choose another place; nothing was written.",
    )


class ExportDiskFull(ExportFailed):
    """An export the disk had no room for (the sentence already names a full disk)."""

    exit_code = 4


class ExportNotRecorded(StoreError):
    """An export written whole that the vault could not record (its audit log is the only
    list of the files a client's data went to, which deleting the client names), so it was
    not given its name: nothing was exported. Build with :meth:`because`."""

    exit_code = 4
    default_message = N_(
        "StoreError",
        "Nothing was exported: the export could not be recorded in the vault's audit log, "
        "so the file was not saved.",
    )

    @classmethod
    def because(cls, exc: BaseException) -> ExportNotRecorded:
        """The sentence for why recording failed: a full disk said as such, another
        store error's own sentence after ours (what to do about it)."""
        if isinstance(exc, DiskFull):
            message = tr(
                "StoreError",
                "Nothing was exported: the vault's disk is full, so the export could not be "
                "recorded in its audit log. Free some space and export again.",
            )
        elif isinstance(exc, StoreError):
            message = tr("StoreError", cls.default_message) + " " + exc.message
        else:
            message = None
        return cls(message, detail=f"{type(exc).__name__}: {exc}")


class ExportIntoVault(ExportFailed):
    """An export aimed at the vault's own folder (it could replace the vault's files)."""

    exit_code = 2

    default_message = N_(
        "StoreError",
        "Exports cannot be saved in the vault's folder. Choose another folder; "
        "nothing was written.",
    )
