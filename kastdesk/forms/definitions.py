"""Load and validate form definitions (JSON data in ``resources/forms``).

Definitions are data written by people, so every mistake must be reported as one plain
sentence naming the file, the item and the problem, never as a ``KeyError`` deep inside
the UI. :class:`FormDefinitionError` carries those three parts separately as well.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from kastdesk.forms.model import (
    CHOICE_TYPES,
    CONDITION_OPERATORS,
    Choice,
    Condition,
    FormDefinition,
    FormFamily,
    Item,
    ItemType,
    Section,
)
from kastdesk.resources import resources_dir  # re-exported: kastdesk.forms.resources_dir

_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")


class FormDefinitionError(ValueError):
    """A form definition is broken; ``str()`` is a plain sentence for the person editing it."""

    def __init__(self, source: str, problem: str, item_id: str | None = None) -> None:
        self.source = source
        self.item_id = item_id
        self.problem = problem
        where = f"{source}, item '{item_id}'" if item_id else source
        super().__init__(f"Form definition {where}: {problem}")


def forms_dir() -> Path:
    """The folder holding the shipped form definitions."""
    return resources_dir() / "forms"


def _is_id(value: object) -> bool:
    return isinstance(value, str) and bool(value) and set(value) <= _ID_CHARS


def _str_tuple(value: Any, source: str, item_id: str | None, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FormDefinitionError(source, f"'{what}' must be a text or a list of texts", item_id)
    return tuple(value)


def _parse_condition(raw: Any, source: str, owner: str) -> Condition:
    if not isinstance(raw, dict):
        raise FormDefinitionError(source, "'show_if' must be an object", owner)
    if "all" in raw or "any" in raw:
        key = "all" if "all" in raw else "any"
        parts = raw[key]
        if not isinstance(parts, list) or not parts:
            raise FormDefinitionError(source, f"'show_if.{key}' must be a non-empty list", owner)
        subs = tuple(_parse_condition(p, source, owner) for p in parts)
        return Condition(all_of=subs) if key == "all" else Condition(any_of=subs)
    item = raw.get("item")
    if not isinstance(item, str):
        raise FormDefinitionError(source, "'show_if' needs the 'item' it depends on", owner)
    ops = [k for k in raw if k != "item"]
    if len(ops) != 1 or ops[0] not in CONDITION_OPERATORS:
        raise FormDefinitionError(
            source,
            "'show_if' needs exactly one operator, one of " + ", ".join(CONDITION_OPERATORS),
            owner,
        )
    op = ops[0]
    value = raw[op]
    if op in ("in", "not_in") and not isinstance(value, list):
        raise FormDefinitionError(source, f"'show_if.{op}' must be a list of values", owner)
    if op in ("at_least", "at_most") and (
        isinstance(value, bool) or not isinstance(value, int | float)
    ):
        raise FormDefinitionError(source, f"'show_if.{op}' must be a number", owner)
    return Condition(item=item, operator=op, value=value)


def _parse_choices(raw: Any, source: str, item_id: str, scale: bool) -> tuple[Choice, ...]:
    if not isinstance(raw, list) or not raw:
        raise FormDefinitionError(
            source, "choices are missing (a non-empty list is needed)", item_id
        )
    choices: list[Choice] = []
    seen: set[str] = set()
    for c in raw:
        if (
            not isinstance(c, dict)
            or not _is_id(c.get("id"))
            or not isinstance(c.get("label"), str)
        ):
            raise FormDefinitionError(
                source, "every choice needs an 'id' (a-z, 0-9, _) and a 'label'", item_id
            )
        if c["id"] in seen:
            raise FormDefinitionError(source, f"choice id '{c['id']}' is used twice", item_id)
        seen.add(c["id"])
        value = c.get("value")
        if scale and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise FormDefinitionError(
                source, f"scale step '{c['id']}' needs a numeric 'value'", item_id
            )
        choices.append(
            Choice(
                id=c["id"],
                label=c["label"],
                value=float(value) if scale else None,
                renamed_from=_str_tuple(c.get("renamed_from"), source, item_id, "renamed_from"),
            )
        )
    if scale and len({c.value for c in choices}) != len(choices):
        raise FormDefinitionError(source, "scale steps need distinct values", item_id)
    return tuple(choices)


def _parse_item(raw: Any, section_id: str, source: str) -> Item:
    if not isinstance(raw, dict):
        raise FormDefinitionError(
            source, f"section '{section_id}' has an item that is not an object"
        )
    item_id = raw.get("id")
    if not _is_id(item_id):
        raise FormDefinitionError(
            source, f"an item in section '{section_id}' has a missing or invalid id {item_id!r}"
        )
    try:
        item_type = ItemType(raw.get("type"))
    except ValueError:
        known = ", ".join(t.value for t in ItemType)
        raise FormDefinitionError(
            source, f"unknown type {raw.get('type')!r} (known types: {known})", item_id
        ) from None
    if not isinstance(raw.get("label"), str) or not raw["label"].strip():
        raise FormDefinitionError(source, "the item has no 'label'", item_id)
    choices: tuple[Choice, ...] = ()
    if item_type in CHOICE_TYPES:
        choices = _parse_choices(
            raw.get("choices"), source, item_id, item_type is ItemType.ORDERED_SCALE
        )
    elif "choices" in raw:
        raise FormDefinitionError(source, f"a {item_type.value} item cannot have choices", item_id)
    better = raw.get("better")
    allowed_better = {
        ItemType.ORDERED_SCALE: {"higher", "lower"},
        ItemType.NUMBER: {"higher", "lower"},
        ItemType.YES_NO: {"yes", "no"},
    }.get(item_type, set())
    if better is not None and better not in allowed_better:
        raise FormDefinitionError(
            source,
            f"'better' must be one of {sorted(allowed_better)} for a {item_type.value} item"
            if allowed_better
            else f"a {item_type.value} item cannot have 'better'",
            item_id,
        )
    if item_type is ItemType.ORDERED_SCALE and better is None:
        raise FormDefinitionError(
            source, "an ordered scale needs 'better': 'higher' or 'lower'", item_id
        )
    minimum, maximum = raw.get("min"), raw.get("max")
    for name, v in (("min", minimum), ("max", maximum)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, int | float)):
            raise FormDefinitionError(source, f"'{name}' must be a number", item_id)
    if minimum is not None and maximum is not None and minimum > maximum:
        raise FormDefinitionError(source, "'min' is larger than 'max'", item_id)
    length = raw.get("length", "short")
    if length not in ("short", "long"):
        raise FormDefinitionError(source, "'length' must be 'short' or 'long'", item_id)
    known_keys = {
        "id", "type", "label", "required", "help", "choices", "better", "min", "max",
        "integer", "length", "show_if", "variants", "renamed_from", "export_key",
    }  # fmt: skip
    unknown = sorted(set(raw) - known_keys)
    if unknown:
        raise FormDefinitionError(source, f"unknown key(s) {', '.join(unknown)}", item_id)
    return Item(
        id=item_id,
        type=item_type,
        label=raw["label"],
        section_id=section_id,
        required=bool(raw.get("required", False)),
        help=str(raw.get("help", "")),
        choices=choices,
        better=better,
        minimum=minimum,
        maximum=maximum,
        integer=bool(raw.get("integer", False)),
        length=length,
        show_if=_parse_condition(raw["show_if"], source, item_id) if "show_if" in raw else None,
        variants=_str_tuple(raw.get("variants"), source, item_id, "variants"),
        renamed_from=_str_tuple(raw.get("renamed_from"), source, item_id, "renamed_from"),
        export_key=str(raw.get("export_key") or item_id),
    )


def _check_condition(
    cond: Condition, owner: str, earlier: Mapping[str, Item], all_ids: set[str], source: str
) -> None:
    """A condition may only look at an *earlier* item: forms read top-down, and no cycles."""
    if cond.item is None:
        for sub in (*cond.all_of, *cond.any_of):
            _check_condition(sub, owner, earlier, all_ids, source)
        return
    if cond.item not in all_ids:
        raise FormDefinitionError(
            source, f"its condition refers to item '{cond.item}', which does not exist", owner
        )
    target = earlier.get(cond.item)
    if target is None:
        raise FormDefinitionError(
            source,
            f"its condition refers to item '{cond.item}', which comes later in the form",
            owner,
        )
    values = cond.value if cond.operator in ("in", "not_in") else [cond.value]
    if cond.operator in ("equals", "not_equals", "in", "not_in", "contains"):
        if target.type in CHOICE_TYPES:
            bad = [v for v in values if v not in target.choice_ids]
            if bad:
                raise FormDefinitionError(
                    source,
                    f"its condition uses choice {bad[0]!r}, which item '{target.id}' does not have",
                    owner,
                )
        elif target.type is ItemType.YES_NO and not all(isinstance(v, bool) for v in values):
            raise FormDefinitionError(
                source,
                f"its condition on yes/no item '{target.id}' must compare with true or false",
                owner,
            )
    if cond.operator == "contains" and target.type is not ItemType.MULTI_CHOICE:
        raise FormDefinitionError(
            source, f"'contains' only works on a multi_choice item, not '{target.id}'", owner
        )
    if cond.operator in ("at_least", "at_most") and target.type not in (
        ItemType.NUMBER,
        ItemType.ORDERED_SCALE,
    ):
        raise FormDefinitionError(
            source,
            f"'{cond.operator}' only works on number or ordered_scale items, not '{target.id}'",
            owner,
        )


def parse_definition(raw: Any, source: str = "<definition>") -> FormDefinition:
    """Validate one decoded JSON definition and build a :class:`FormDefinition`."""
    if not isinstance(raw, dict):
        raise FormDefinitionError(source, "the file must contain one JSON object")
    form_id = raw.get("form_id")
    if not _is_id(form_id):
        raise FormDefinitionError(source, "'form_id' is missing or not a plain id (a-z, 0-9, _)")
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FormDefinitionError(source, "'version' must be a whole number from 1 up")
    if not isinstance(raw.get("title"), str):
        raise FormDefinitionError(source, "'title' is missing")
    variants = _str_tuple(raw.get("variants", ["default"]), source, None, "variants")
    if not variants or len(set(variants)) != len(variants):
        raise FormDefinitionError(source, "'variants' must be a non-empty list without repeats")
    raw_sections = raw.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise FormDefinitionError(source, "'sections' must be a non-empty list")

    items: dict[str, Item] = {}
    sections: list[Section] = []
    section_conds: list[tuple[Section, int]] = []
    for rs in raw_sections:
        if not isinstance(rs, dict) or not _is_id(rs.get("id")):
            raise FormDefinitionError(source, "every section needs an 'id' (a-z, 0-9, _)")
        if any(s.id == rs["id"] for s in sections):
            raise FormDefinitionError(source, f"section id '{rs['id']}' is used twice")
        raw_items = rs.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise FormDefinitionError(source, f"section '{rs['id']}' has no items")
        ids: list[str] = []
        first_index = len(items)
        for ri in raw_items:
            item = _parse_item(ri, rs["id"], source)
            if item.id in items:
                raise FormDefinitionError(source, "this item id is used twice", item.id)
            bad_variants = [v for v in item.variants if v not in variants]
            if bad_variants:
                raise FormDefinitionError(
                    source,
                    f"unknown variant '{bad_variants[0]}' (form has {list(variants)})",
                    item.id,
                )
            items[item.id] = item
            ids.append(item.id)
        cond = _parse_condition(rs["show_if"], source, rs["id"]) if "show_if" in rs else None
        section = Section(
            id=rs["id"],
            title=str(rs.get("title", "")),
            help=str(rs.get("help", "")),
            show_if=cond,
            item_ids=tuple(ids),
        )
        sections.append(section)
        section_conds.append((section, first_index))

    order = list(items)
    all_ids = set(order)
    for section, first_index in section_conds:
        if section.show_if is not None:
            earlier = {i: items[i] for i in order[:first_index]}
            _check_condition(section.show_if, f"section {section.id}", earlier, all_ids, source)
    for index, item_id in enumerate(order):
        cond = items[item_id].show_if
        if cond is not None:
            earlier = {i: items[i] for i in order[:index]}
            _check_condition(cond, item_id, earlier, all_ids, source)

    return FormDefinition(
        form_id=form_id,
        version=version,
        title=raw["title"],
        description=str(raw.get("description", "")),
        variants=variants,
        sections=tuple(sections),
        items=items,
        source=source,
    )


def load_definition(path: Path) -> FormDefinition:
    """Read and validate one definition file."""
    source = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FormDefinitionError(source, f"the file cannot be read ({exc.strerror})") from exc
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormDefinitionError(
            source, f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    return parse_definition(raw, source)


def build_family(definitions: Iterable[FormDefinition]) -> FormFamily:
    """Group versions of one form and check that each version's renames point backwards.

    A renamed item or choice must name an id that existed in the previous version, and an
    id kept across versions must keep its type: otherwise old answers would be misread.
    """
    defs = sorted(definitions, key=lambda d: d.version)
    if not defs:
        raise ValueError("no definitions given")
    form_id = defs[0].form_id
    for prev, cur in pairwise(defs):
        if cur.form_id != form_id:
            raise FormDefinitionError(cur.source, f"form_id '{cur.form_id}' is not '{form_id}'")
        if cur.version == prev.version:
            raise FormDefinitionError(
                cur.source, f"version {cur.version} also defined in {prev.source}"
            )
        for item in cur.items.values():
            for old in item.renamed_from:
                if old not in prev.items:
                    raise FormDefinitionError(
                        cur.source,
                        f"'renamed_from' names '{old}', which version {prev.version} does not have",
                        item.id,
                    )
                if old in cur.items:
                    raise FormDefinitionError(
                        cur.source, f"'renamed_from' names '{old}', which still exists", item.id
                    )
            old_item = prev.items.get(item.id) or next(
                (prev.items[o] for o in item.renamed_from if o in prev.items), None
            )
            if old_item is None:
                continue
            if old_item.type is not item.type:
                raise FormDefinitionError(
                    cur.source,
                    f"changes type from {old_item.type.value} to {item.type.value}; "
                    "a changed question needs a new id",
                    item.id,
                )
            for choice in item.choices:
                for old in choice.renamed_from:
                    if old not in old_item.choice_ids:
                        raise FormDefinitionError(
                            cur.source,
                            f"choice '{choice.id}' is renamed from '{old}', which version "
                            f"{prev.version} does not have",
                            item.id,
                        )
    return FormFamily(form_id=form_id, versions=tuple(defs))


def load_families(folder: Path | None = None) -> dict[str, FormFamily]:
    """Load every ``*.json`` definition in ``folder`` (default: shipped forms), by form id."""
    folder = folder or forms_dir()
    grouped: dict[str, list[FormDefinition]] = {}
    for path in sorted(folder.glob("*.json")):
        d = load_definition(path)
        grouped.setdefault(d.form_id, []).append(d)
    return {fid: build_family(defs) for fid, defs in grouped.items()}


@cache
def shipped_families() -> Mapping[str, FormFamily]:
    """The shipped forms, loaded once per process (they are read-only data)."""
    return load_families()


def get_family(form_id: str) -> FormFamily:
    """Return all versions of a shipped form; ``KeyError`` names the unknown id."""
    families = shipped_families()
    if form_id not in families:
        raise KeyError(f"unknown form '{form_id}' (known: {', '.join(sorted(families))})")
    return families[form_id]


def get_definition(form_id: str, version: int | None = None) -> FormDefinition:
    """Return one version (default: the newest) of a shipped form."""
    family = get_family(form_id)
    return family.latest if version is None else family.get(version)
