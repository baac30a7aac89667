"""``kastdesk passwd`` on a nearly full disk: what it says is what happened.

On a real (tmpfs) disk with a few blocks free, vault.json could take the last of them and
the audit line after it fail: passwd said nothing was saved while the new passphrase was
set. Whatever the space left, exit 0 must mean the new passphrase opens the vault, and an
error must mean the old one still does.
"""

from __future__ import annotations

from pathlib import Path

from .test_disk_failures import needs_mount, run_in_tmpfs

PASSWD_ON_A_NEARLY_FULL_DISK = r"""
import contextlib, io
from kastdesk import cli
NEW = "the new passphrase two"
Vault.create(folder, PW, kdf=KdfParams.for_tests())[0].close()
fill()
filler = mount / "filler"
out = {}
for free in (0, 4096, 8192, 16384, 65536):
    size = filler.stat().st_size
    os.truncate(filler, max(size - free, 0))
    os.environ["KASTDESK_PASSPHRASE"] = PW
    os.environ["KASTDESK_NEW_PASSPHRASE"] = NEW
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["passwd", "--vault", str(folder)])
    os.truncate(filler, size)  # as full again for the next round
    works = []
    for name, word in (("old", PW), ("new", NEW)):
        try:
            Vault.unlock(folder, word).close()
            works.append(name)
        except StoreError:
            pass
    out[str(free)] = {"code": code, "works": works, "said": err.getvalue().strip()}
    if "new" in works:  # back to the old one for the next round
        os.unlink(filler)
        with Vault.unlock(folder, NEW) as vault:
            vault.change_passphrase(NEW, PW)
        fill()
print(json.dumps(out))
"""


@needs_mount
def test_passwd_on_a_nearly_full_disk_says_what_happened(tmp_path: Path) -> None:
    out = run_in_tmpfs(tmp_path, PASSWD_ON_A_NEARLY_FULL_DISK, size="3m")
    for free, result in out.items():
        if result["code"] == 0:
            assert result["works"] == ["new"], (free, result)
        else:
            assert result["code"] == 4 and "disk is full" in result["said"], (free, result)
            assert result["works"] == ["old"], (free, result)
    assert out["65536"]["code"] == 0  # with room for it, the change is made
