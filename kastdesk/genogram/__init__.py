"""Qt-free genogram core: model, undoable edits, layout, notation and GEDCOM."""

from . import _compiled  # noqa: F401  first: picks the layout before anything imports it
from .edits import Edit, run
from .gedcom import (
    GedcomError,
    GedcomImport,
    export_gedcom,
    import_gedcom,
    import_gedcom_with_notices,
)
from .layout import Layout, LayoutOptions, layout_genogram
from .model import (
    ChildKind,
    ChildLink,
    Genogram,
    GenogramError,
    Marker,
    Person,
    PersonKind,
    Relationship,
    RelationshipKind,
    Sex,
    Union,
    UnionKind,
)

__all__ = [
    "ChildKind",
    "ChildLink",
    "Edit",
    "GedcomError",
    "GedcomImport",
    "Genogram",
    "GenogramError",
    "Layout",
    "LayoutOptions",
    "Marker",
    "Person",
    "PersonKind",
    "Relationship",
    "RelationshipKind",
    "Sex",
    "Union",
    "UnionKind",
    "export_gedcom",
    "import_gedcom",
    "import_gedcom_with_notices",
    "layout_genogram",
    "run",
]
