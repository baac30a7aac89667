"""A meeting being recorded, kept at a lock or Quit, loses an erased client's rows even
when the client's case file could not be read before it was deleted (QA 19 R5): each row
of the dialog's draft names its client."""

from __future__ import annotations

import json

from kastdesk.clients import erase_client
from kastdesk.store import Vault
from kastdesk.supervision import flag_for_guidance
from kastdesk.ui.drafts import VAULT_SETTING, keep_vault_draft
from kastdesk.ui.supervision.meeting import MeetingDialog


def test_the_erased_clients_advice_leaves_the_kept_meeting(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    gone = vault.add_client("K-DEL", name="Gerda Raderasson")
    gone_flag = flag_for_guidance(gone, "What about Gerda's brother?")
    kept = vault.add_client("K-KEEP")
    kept_flag = flag_for_guidance(kept, "Pace?")
    dialog = MeetingDialog(vault)
    qtbot.addWidget(dialog)
    for row, (_cid, _code, flag) in enumerate(dialog.questions):
        dialog.set_advice(row, "Ask Gerda Raderasson first." if flag.id == gone_flag.id
                          else "Slower.")
    keep_vault_draft(vault, "meeting", dialog.draft())
    dialog.reject()
    vault.close_case(gone.client_id)
    (vault.folder / "cases" / f"{gone.client_id}.kcase").unlink()  # unreadable: no flags

    erase_client(vault, gone.client_id)

    drafts = json.loads(vault.get_setting(VAULT_SETTING) or "{}")
    assert list(drafts["meeting"]["rows"]) == [kept_flag.id]
    assert "Raderasson" not in json.dumps(drafts) and gone.client_id not in json.dumps(drafts)
