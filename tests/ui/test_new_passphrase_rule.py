"""The create wizard and the recovery dialog refuse what the store would refuse, and say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault
from kastdesk.ui.start.create import CreateVaultWizard
from kastdesk.ui.start.recovery import RecoveryDialog
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("weak", ["aaaaaaaaaa", " " * 10])
def test_wizard_will_not_create_a_vault_with_a_trivial_passphrase(
    qtbot, tmp_path: Path, weak: str
) -> None:
    wizard = CreateVaultWizard(tmp_path / "v", kdf=KdfParams.for_tests())
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.passphrase_page
    page.new.first.setText(weak)
    page.new.second.setText(weak)
    assert not page.new.valid and not page.isComplete()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    assert "unrelated words" in page.new.hint.text()
    assert page.new.hint.property("role") == "error"
    assert page.new.meter.value() == 0

    page.new.first.setText(PASSPHRASE)
    page.new.second.setText(PASSPHRASE)
    assert page.isComplete() and page.new.hint.property("role") == ""


def test_demo_passphrase_passes_the_rule(qtbot, tmp_path: Path) -> None:
    from kastdesk.ui.app import DEMO_PASSPHRASE

    wizard = CreateVaultWizard(tmp_path / "v", kdf=KdfParams.for_tests())
    qtbot.addWidget(wizard)
    wizard.passphrase_page.new.first.setText(DEMO_PASSPHRASE)
    wizard.passphrase_page.new.second.setText(DEMO_PASSPHRASE)
    assert wizard.passphrase_page.isComplete()


def test_recovery_dialog_will_not_set_a_trivial_passphrase(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, key = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.close()
    dialog = RecoveryDialog(folder)
    qtbot.addWidget(dialog)
    dialog.key.setText(key)
    dialog.new.first.setText("aaaaaaaaaa")
    dialog.new.second.setText("aaaaaaaaaa")
    assert not dialog.ok.isEnabled()
    assert "different characters" in dialog.new.hint.text()
    dialog.new.first.setText("a brand new passphrase")
    dialog.new.second.setText("a brand new passphrase")
    assert dialog.ok.isEnabled()
