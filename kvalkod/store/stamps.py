"""Where every new row's time stamp and guid come from.

In one place so that a build that must come out the same each time (the sample projects,
``sample_projects/build.py``) can pin both: inside ``pinned(seed, when)`` the clock stands
still at ``when`` and guids are a sequence drawn from ``seed``. Outside it they are the
wall clock (UTC, to the second) and random version-4 UUIDs.
"""

from __future__ import annotations

import random
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator

_pinned: tuple[random.Random, str] | None = None


def utc_now() -> str:
    if _pinned is not None:
        return _pinned[1]
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_guid() -> str:
    if _pinned is not None:
        return str(uuid.UUID(int=_pinned[0].getrandbits(128), version=4))
    return str(uuid.uuid4())


@contextmanager
def pinned(seed: int, when: str) -> Iterator[None]:
    """Pin the clock at ``when`` (ISO 8601) and draw guids from ``seed`` for the duration."""
    global _pinned
    previous, _pinned = _pinned, (random.Random(seed), when)
    try:
        yield
    finally:
        _pinned = previous
