"""Guided exercises: one module per exercise, registered by declaration with ``@register``.

Modules are discovered on first use of the registry; PyInstaller builds need
``collect_submodules("kastdesk.exercises")`` as hidden imports for that reason.
"""

from kastdesk.exercises.base import (
    CatalogueEntry,
    Exercise,
    ExerciseError,
    ExerciseProblem,
    ExerciseState,
    all_exercises,
    get_exercise,
    load_texts,
    new_id,
    register,
)

__all__ = [
    "CatalogueEntry",
    "Exercise",
    "ExerciseError",
    "ExerciseProblem",
    "ExerciseState",
    "all_exercises",
    "get_exercise",
    "load_texts",
    "new_id",
    "register",
]
