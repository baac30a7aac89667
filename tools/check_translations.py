"""Check the Qt catalogues: a translation must keep what the code relies on.

A translated string goes through ``str.format`` (``{n}``), Qt's ``%n`` plurals, keyboard
accelerators (``&``) and line breaks; a translation that drops or renames one of those breaks
the screen or raises at run time. Prints one line per problem and exits 1 if there is any.

Run: python tools/check_translations.py [file.ts ...]   (default: every catalogue)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "translations"
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _accelerators(text: str) -> int:
    """Number of '&' that mark an accelerator ('&&' is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def problems_in(path: Path) -> list[str]:
    """Every broken translation in one .ts file, as readable lines."""
    out: list[str] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for text in forms:
                where = f"{path.name} [{name}] {source[:50]!r}"
                if not text.strip():
                    out.append(f"{where}: empty translation marked finished")
                    continue
                if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                    out.append(f"{where}: placeholders differ ({text!r})")
                if message.get("numerus") == "yes" and "%n" in source and "%n" not in text:
                    out.append(f"{where}: %n missing ({text!r})")
                if _accelerators(source) != _accelerators(text):
                    out.append(f"{where}: accelerator '&' count differs ({text!r})")
                if source.count("\n") != text.count("\n"):
                    out.append(f"{where}: line breaks differ ({text!r})")
                if source.endswith("…") != text.endswith("…"):
                    out.append(f"{where}: trailing '…' differs ({text!r})")
    return out


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(CATALOGUES.glob("*.ts"))
    found = [line for f in files for line in problems_in(f)]
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
