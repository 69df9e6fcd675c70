"""Damaging office packages (docx, odt) on purpose, for the importers' bad-input tests."""

import io
import zipfile


def with_member_truncated(data: bytes, member: str) -> bytes:
    """The same zip package with ``member`` cut in half (its XML no longer parses)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            body = source.read(item.filename)
            target.writestr(item, body[: len(body) // 2] if item.filename == member else body)
    return out.getvalue()
