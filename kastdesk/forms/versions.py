"""Carry answers given on an older form version over to a newer one's item and choice ids.

Each version declares ``renamed_from`` on items and choices whose id changed; unchanged
items keep their id. Walking the chain one version at a time keeps every step local, so
answers from version 1 remain comparable with answers given on the newest version.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from kastdesk.forms.model import FormDefinition, FormFamily, Item
from kastdesk.forms.responses import FormResponse


@dataclass(frozen=True)
class UpgradeResult:
    """The mapped response plus answers that have no place in the target version."""

    response: FormResponse
    #: old item id -> value, for items the target version no longer asks (kept, not lost).
    dropped: dict[str, Any] = field(default_factory=dict)


def _map_choice(old_value: Any, new_item: Item) -> Any:
    rename = {old: c.id for c in new_item.choices for old in c.renamed_from}
    if not rename:
        return old_value
    if isinstance(old_value, list):
        return [rename.get(v, v) for v in old_value]
    if isinstance(old_value, str):
        return rename.get(old_value, old_value)
    return old_value


def _step(answers: dict[str, Any], new: FormDefinition) -> tuple[dict[str, Any], dict[str, Any]]:
    """Map answers keyed by the previous version's ids onto ``new``'s ids."""
    source_of: dict[str, str] = {}
    for item in new.items.values():
        source_of[item.id] = item.id
        for old in item.renamed_from:
            source_of[old] = item.id
    mapped: dict[str, Any] = {}
    dropped: dict[str, Any] = {}
    for old_id, value in answers.items():
        new_id = source_of.get(old_id)
        if new_id is None:
            dropped[old_id] = value
            continue
        mapped[new_id] = _map_choice(value, new.items[new_id])
    return mapped, dropped


def upgrade_response(
    response: FormResponse, family: FormFamily, to_version: int | None = None
) -> UpgradeResult:
    """Return ``response`` re-keyed to ``to_version`` (default: newest) of its form.

    A variant the target version no longer has is kept as is; the caller decides.
    """
    if response.form_id != family.form_id:
        raise ValueError(f"response is for '{response.form_id}', not '{family.form_id}'")
    target = family.latest.version if to_version is None else to_version
    if response.form_version > target:
        raise ValueError(
            f"cannot map version {response.form_version} back to older version {target}"
        )
    family.get(response.form_version)  # KeyError for an unknown source version
    answers = dict(response.answers)
    dropped: dict[str, Any] = {}
    for definition in family.versions:
        if response.form_version < definition.version <= target:
            answers, lost = _step(answers, definition)
            dropped.update(lost)
    return UpgradeResult(replace(response, form_version=target, answers=answers), dropped)


def item_lineage(family: FormFamily, item_id: str) -> list[tuple[int, str]]:
    """Every (version, id) an item of the newest version had, oldest first.

    Useful for exports that must say which question text a pooled value came from.
    """
    lineage: list[tuple[int, str]] = []
    ids = {item_id}
    for definition in reversed(family.versions):
        present = [i for i in ids if i in definition.items]
        if not present:
            break
        current = present[0]
        lineage.append((definition.version, current))
        ids = {current, *definition.items[current].renamed_from}
    return list(reversed(lineage))
