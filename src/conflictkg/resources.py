"""Where the files that ship with conflictkg live (ontology, shapes, queries, data)."""

from importlib.resources import files
from pathlib import Path

PACKAGE = files("conflictkg")


def resource_dir(name: str) -> Path:
    """A folder of shipped files: 'ontology', 'shapes', 'queries' or 'data'."""
    return (
        Path(str(PACKAGE / "resources" / name)) if name != "data" else Path(str(PACKAGE / "data"))
    )
