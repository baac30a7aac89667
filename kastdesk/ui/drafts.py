"""Unfinished text in an open dialog outlives a lock.

Locking closes every window that may show case content, dialogs included (the idle lock
fires whether or not a dialog is open). A therapist who walked away from a half-typed
amendment or risk-flag note lost it. Now, before the lock closes them, each open dialog that
keeps drafts hands over what was typed; it is saved in the case file (encrypted like every
other word in it, never in a plaintext file) and the dialog opens again, filled in as it was,
the next time the case is opened. An open dialog also writes its draft half a second after
typing pauses, at least every second while it goes on (``TypingDialog``), and removes it once
its text is saved or discarded, so a crash loses no more than that; the exercises' "add"
fields (words typed that are no item yet) are kept the same way (``keep_draft``).

Some dialogs and windows belong to no one case: recording a guidance meeting (it spans
every case with a flagged question) and commenting on a supervision packet. They say so
with ``draft_scope = "vault"``; their drafts are kept in the vault's own index (a setting,
encrypted with the vault key like the register) and they open again right after the next
unlock (``keep_vault_drafts``, ``pending_vault_drafts``, ``take_vault_draft``). A widget
whose draft was kept has ``draft_kept`` set, so it can close without asking.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kastdesk.store import CaseFile
from kastdesk.supervision.forget import forget_in_vault_drafts

#: Document kind of the drafts in the case file; its doc id is the dialog's ``draft_key``.
KIND = "dialog_draft"
#: Vault setting with the drafts of what belongs to no one case: {draft key: draft}.
VAULT_SETTING = "ui.vault_drafts"


@runtime_checkable
class KeepsDraft(Protocol):
    """A dialog whose typed text is kept through a lock.

    ``draft_key`` says which dialog to open again and for what ("amendment:<session id>");
    the opener sets it. ``draft()`` returns what was typed, or None when nothing was.
    """

    draft_key: str

    def draft(self) -> dict[str, Any] | None: ...

    def restore_draft(self, data: dict[str, Any]) -> None: ...


def _open_drafts(
    scope: str, hidden: Iterable[QWidget] = ()
) -> Iterator[tuple[QWidget, dict[str, Any]]]:
    """Each visible window or dialog of ``scope`` ("case" or "vault") that keeps drafts,
    with the text it holds (those holding none are left out). ``hidden``: windows that
    count though hidden (those a lock hid while the text could not be saved)."""
    also = set(hidden)
    for widget in QApplication.topLevelWidgets():
        if not (widget.isVisible() or widget in also):
            continue
        if not isinstance(widget, KeepsDraft) or not widget.draft_key:
            continue
        if getattr(widget, "draft_scope", "case") != scope:
            continue
        data = widget.draft()
        if data:
            yield widget, data


def keep_open_drafts(case: CaseFile, hidden: Iterable[QWidget] = ()) -> int:
    """Save the drafts of every open dialog that keeps one (``hidden`` ones too); returns
    how many were saved.

    Raises the store's error when one could not be saved: the caller then stays unlocked
    rather than lose the text.
    """
    kept = 0
    for widget, data in _open_drafts("case", hidden):
        if isinstance(widget, QDialog):
            keep_dialog_draft(case, widget.draft_key, data)  # type: ignore[attr-defined]
            widget.draft_kept = True  # type: ignore[attr-defined]  # closing keeps it
            kept += 1
    return kept


def keep_dialog_draft(case: CaseFile, key: str, data: dict[str, Any]) -> None:
    """Keep what a dialog held when a lock closed it, under its ``key`` (as
    ``keep_open_drafts`` does), from a copy taken earlier: a lock over text that could not
    be saved yet closes the dialog first and keeps its draft once the case can be written."""
    case.documents.put(KIND, key, data, label="Keep a dialog's unfinished text at lock")


def keep_vault_draft(vault: Any, key: str, data: dict[str, Any]) -> None:
    """As ``keep_dialog_draft``, for a dialog that belongs to no one case."""
    vault.set_setting(VAULT_SETTING, json.dumps({**_vault_drafts(vault), key: data}))


def keep_draft(case: CaseFile, key: str, data: dict[str, Any] | None) -> None:
    """Keep ``data`` under ``key`` (words typed in a field that is no item yet); None or
    empty removes a draft kept before (the words were added or wiped)."""
    if data:
        # One version, overwritten: written at every pause in typing, it added one each time.
        case.documents.put(KIND, key, data, label="Keep unfinished text", replace_latest=True)
    elif case.documents.get(KIND, key) is not None:
        case.documents.delete(KIND, key, label="Drop unfinished text")


def pending_drafts(case: CaseFile) -> list[str]:
    """Keys of the drafts waiting in ``case``, oldest first."""
    return case.documents.list_ids(KIND)


def read_draft(case: CaseFile, key: str) -> dict[str, Any] | None:
    """The draft saved under ``key``, left in the case file (None if there is none).

    For text put back into a field that keeps its own draft up to date (the exercises' add
    fields): taken out on reopening, the words were only on screen until the next pause in
    typing, and a crash in between lost them again."""
    return case.documents.get(KIND, key)


def take_draft(case: CaseFile, key: str) -> dict[str, Any] | None:
    """The draft saved under ``key``, removed from the case file (None if there is none)."""
    data = case.documents.get(KIND, key)
    if data is not None:
        case.documents.delete(KIND, key, label="Reopen a dialog's unfinished text")
    return data


def _vault_drafts(vault: Any) -> dict[str, Any]:
    try:
        data = json.loads(vault.get_setting(VAULT_SETTING) or "{}")
    except ValueError:  # unreadable: nothing to reopen, rather than no unlock
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def _vault_drafts_open(hidden: Iterable[QWidget] = ()) -> tuple[dict[str, dict[str, Any]],
                                                                 list[QWidget]]:
    """The drafts of the open windows with ``draft_scope = "vault"`` by a key of each
    one's own (two windows on the same packet: "supervisor:<id>" and "…#2"), and the
    windows."""
    found: dict[str, dict[str, Any]] = {}
    holders = []
    for widget, data in _open_drafts("vault", hidden):
        key, n = widget.draft_key, 2  # type: ignore[attr-defined]
        while key in found:  # two windows on the same packet: both kept
            key, n = f"{widget.draft_key}#{n}", n + 1  # type: ignore[attr-defined]
        found[key] = data
        holders.append(widget)
    return found, holders


def typed_in_vault_windows() -> dict[str, dict[str, Any]]:
    """What the open windows that belong to no one case hold (not those a lock has just
    kept in the vault), by draft key: they have no save of their own until they are done,
    so the sealed rescue copy keeps it (kastdesk.ui.rescue)."""
    found, holders = _vault_drafts_open()
    kept = {key for key, widget in zip(found, holders, strict=True)
            if getattr(widget, "draft_kept", False)}
    return {key: data for key, data in found.items() if key not in kept}


def keep_vault_drafts(vault: Any, hidden: Iterable[QWidget] = ()) -> int:
    """Save the drafts of every open dialog or window with ``draft_scope = "vault"`` in the
    vault (``hidden`` ones too); returns how many were saved. Raises the store's error when
    they could not be saved: the caller then stays unlocked rather than lose the text."""
    found, holders = _vault_drafts_open(hidden)
    if found:
        # A client erased while a window held their case (a packet of this vault) is not
        # kept again: the window should have forgotten them at the erasure, and this makes
        # sure of it whichever way the erasure went (kastdesk.supervision.forget).
        forget_in_vault_drafts(vault, found)
        vault.set_setting(VAULT_SETTING, json.dumps({**_vault_drafts(vault), **found}))
        for widget in holders:
            widget.draft_kept = True  # type: ignore[attr-defined]
    return len(found)


def pending_vault_drafts(vault: Any) -> list[str]:
    """Keys of the drafts waiting in the vault, in the order they were kept."""
    return list(_vault_drafts(vault))


def take_vault_draft(vault: Any, key: str) -> dict[str, Any] | None:
    """The vault draft saved under ``key``, removed from the vault (None if there is none)."""
    kept = _vault_drafts(vault)
    data = kept.pop(key, None)
    if data is not None:
        vault.set_setting(VAULT_SETTING, json.dumps(kept))
    return data


__all__ = ["KIND", "VAULT_SETTING", "KeepsDraft", "keep_dialog_draft", "keep_draft",
           "keep_open_drafts", "keep_vault_draft", "keep_vault_drafts", "pending_drafts",
           "pending_vault_drafts", "read_draft", "take_draft", "take_vault_draft",
           "typed_in_vault_windows"]
