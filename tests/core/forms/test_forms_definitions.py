"""Loading form definitions: the shipped ones load, broken ones fail with a clear sentence."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from kastdesk.forms import (
    FormDefinitionError,
    ItemType,
    build_family,
    get_definition,
    get_family,
    load_definition,
    load_families,
    parse_definition,
    resources_dir,
)


def minimal() -> dict[str, Any]:
    return {
        "form_id": "demo",
        "version": 1,
        "title": "Demo",
        "sections": [
            {
                "id": "main",
                "items": [
                    {"id": "bought", "type": "yes_no", "label": "Bought?"},
                    {
                        "id": "where",
                        "type": "multi_choice",
                        "label": "Where?",
                        "choices": [{"id": "street", "label": "Street"}],
                        "show_if": {"item": "bought", "equals": True},
                    },
                ],
            }
        ],
    }


def broken(mutate: Any) -> FormDefinitionError:
    raw = minimal()
    mutate(raw)
    with pytest.raises(FormDefinitionError) as info:
        parse_definition(raw, "demo.json")
    return info.value


def test_resources_dir_points_at_repo_resources() -> None:
    assert (resources_dir() / "forms" / "intake.json").is_file()


def test_shipped_forms_load() -> None:
    families = load_families()
    assert set(families) >= {"intake", "self_rating"}


def test_intake_has_stable_ids_for_yearly_counts() -> None:
    intake = get_definition("intake")
    for item_id in ("age_group", "relationship_status", "porn_use", "has_children", "how_found"):
        assert item_id in intake.items


def test_intake_purchase_section_depends_on_having_bought_sex() -> None:
    section = get_definition("intake").section("purchases")
    assert section.show_if is not None and section.show_if.item == "has_bought_sex"


def test_self_rating_variants_share_items() -> None:
    scale = get_definition("self_rating")
    start = {i.id for i in scale.items_for("start")}
    end = {i.id for i in scale.items_for("end")}
    follow = {i.id for i in scale.items_for("follow_up")}
    assert start < end < follow
    assert "treated_with_respect" in end - start
    assert follow - end == {"refrained_because_of_treatment"}


def test_self_rating_has_two_versions() -> None:
    assert [d.version for d in get_family("self_rating").versions] == [1, 2]


def test_parse_minimal_definition() -> None:
    d = parse_definition(minimal(), "demo.json")
    assert d.item("where").type is ItemType.MULTI_CHOICE
    assert d.item_order == ("bought", "where")


def test_duplicate_item_id_names_file_and_item() -> None:
    err = broken(
        lambda r: r["sections"][0]["items"].append(copy.deepcopy(r["sections"][0]["items"][0]))
    )
    assert err.source == "demo.json" and err.item_id == "bought"
    assert "used twice" in str(err) and "demo.json" in str(err)


def test_unknown_type_is_reported() -> None:
    err = broken(lambda r: r["sections"][0]["items"][0].update(type="slider"))
    assert err.item_id == "bought" and "unknown type 'slider'" in str(err)


def test_condition_on_missing_item_is_reported() -> None:
    err = broken(
        lambda r: r["sections"][0]["items"][1].update(show_if={"item": "nope", "equals": 1})
    )
    assert err.item_id == "where" and "'nope', which does not exist" in str(err)


def test_condition_on_later_item_is_reported() -> None:
    def mutate(r: dict[str, Any]) -> None:
        r["sections"][0]["items"][0]["show_if"] = {"item": "where", "answered": True}
        del r["sections"][0]["items"][1]["show_if"]

    err = broken(mutate)
    assert err.item_id == "bought" and "comes later" in str(err)


def test_condition_with_unknown_choice_is_reported() -> None:
    def mutate(r: dict[str, Any]) -> None:
        r["sections"][0]["items"].append(
            {
                "id": "x",
                "type": "text",
                "label": "X",
                "show_if": {"item": "where", "contains": "moon"},
            }
        )

    err = broken(mutate)
    assert err.item_id == "x" and "'moon'" in str(err)


def test_missing_choices_are_reported() -> None:
    err = broken(lambda r: r["sections"][0]["items"][1].pop("choices"))
    assert err.item_id == "where" and "choices are missing" in str(err)


def test_ordered_scale_needs_direction_and_values() -> None:
    def mutate(r: dict[str, Any]) -> None:
        r["sections"][0]["items"].append(
            {
                "id": "mood",
                "type": "ordered_scale",
                "label": "Mood",
                "better": "higher",
                "choices": [{"id": "good", "label": "Good"}],
            }
        )

    err = broken(mutate)
    assert err.item_id == "mood" and "numeric 'value'" in str(err)


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"form_id": "x",\n "version": }', encoding="utf-8")
    with pytest.raises(FormDefinitionError) as info:
        load_definition(path)
    assert "bad.json" in str(info.value) and "line 2" in str(info.value)


def test_unknown_key_is_reported() -> None:
    err = broken(lambda r: r["sections"][0]["items"][0].update(mandatory=True))
    assert "mandatory" in str(err)


def test_rename_must_point_to_previous_version() -> None:
    v1 = parse_definition(minimal(), "v1.json")
    raw = minimal()
    raw["version"] = 2
    raw["sections"][0]["items"][0]["renamed_from"] = "ghost"
    v2 = parse_definition(raw, "v2.json")
    with pytest.raises(FormDefinitionError, match="'ghost', which version 1 does not have"):
        build_family([v1, v2])


def test_kept_id_may_not_change_type() -> None:
    v1 = parse_definition(minimal(), "v1.json")
    raw = minimal()
    raw["version"] = 2
    raw["sections"][0]["items"][0]["type"] = "text"
    raw["sections"][0]["items"][1].pop("show_if")
    v2 = parse_definition(raw, "v2.json")
    with pytest.raises(FormDefinitionError, match="changes type"):
        build_family([v1, v2])


def test_duplicate_version_in_folder(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(minimal()), encoding="utf-8")
    with pytest.raises(FormDefinitionError, match="version 1 also defined"):
        load_families(tmp_path)
