"""Where the files shipped beside the code live (codebooks, schemas, templates, translations).

The project keeps them in the top-level ``resources/`` folder; a bundled app sets
``KVALKOD_RESOURCES`` to wherever the bundler put them.
"""

from __future__ import annotations

import os
from pathlib import Path


def resource_dir() -> Path:
    override = os.environ.get("KVALKOD_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
