"""Turning a file into a document ready to store: extract, normalise, clean up, find turns.

This part is pure (no database), so a worker thread can prepare the next file while the
previous one is written, and a failure here never touches the project.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputFileError
from ..input_files import ORIGINAL_KEPT_BYTES, read_bytes
from ..model import DOCUMENT_KINDS, DocumentNote, SpeakerTurn

ORIGINAL_BYTES_LIMIT = ORIGINAL_KEPT_BYTES  # originals above this are kept as a hash only
# The detectors are statistical: the first 200,000 characters tell as well as the whole of a
# 50 MB file, at a fraction of the time.
DETECTION_SAMPLE = 200_000


@dataclass
class PreparedDocument:
    name: str
    kind: str
    text: str
    raw_text: str
    source_name: str
    format: str
    encoding: str | None
    sha256: str
    size: int
    original: bytes | None
    report: dict[str, Any]
    notes: list[DocumentNote] = field(default_factory=list)
    turns: list[SpeakerTurn] = field(default_factory=list)


def prepare_document(
    path: str | os.PathLike, *, kind: str = "document", name: str | None = None, clean: bool = True
) -> PreparedDocument:
    from ..importers import MAX_FILE_BYTES, extract
    from ..text.cleanup import clean as run_cleanup
    from ..text.cleanup import looks_markdown, looks_pdf_derived
    from ..text.speakers import find_turns, looks_like_transcript

    path = Path(path)
    if kind not in DOCUMENT_KINDS:
        raise InputFileError(path, f"unknown kind {kind!r} (one of {', '.join(DOCUMENT_KINDS)})")
    data = read_bytes(path, MAX_FILE_BYTES)
    extracted = extract(path, data)
    raw = extracted.text
    if not raw.strip():
        raise InputFileError(path, "contains no text")

    sample = raw[:DETECTION_SAMPLE]
    reasons = []
    if extracted.pdf_like:
        reasons.append("PDF text layer")
    elif looks_pdf_derived(sample):
        reasons.append("looks extracted from a PDF")
    if extracted.markdown or looks_markdown(sample):
        reasons.append("Markdown")
    cleaned = clean and bool(reasons)
    report: dict[str, Any] = {
        "source": path.name, "format": extracted.format, "encoding": extracted.encoding,
        "warnings": list(extracted.warnings), "cleaned": cleaned,
        "why": ", ".join(reasons) if reasons else "plain text: nothing to clean up",
    }
    if not clean and reasons:
        report["why"] = "clean-up turned off (--no-clean)"

    notes = [DocumentNote("footnote", n.label, n.text, n.offset) for n in extracted.notes]
    if cleaned:
        result = run_cleanup(raw, markdown=extracted.markdown or None)
        text = result.text
        notes += [DocumentNote(n.kind, n.label, n.text, n.offset) for n in result.notes]
        report["cleanup"] = result.report
        report["flags"] = [
            {"start": f.start, "end": f.end, "kind": f.kind, "detail": f.detail} for f in result.flags
        ]
    else:
        text = raw
    turns = []
    if looks_like_transcript(text[:DETECTION_SAMPLE]):
        turns = [SpeakerTurn(t.start, t.end, t.speaker, t.timestamp) for t in find_turns(text)]
    report["turns"] = len(turns)
    report["notes"] = len(notes)
    report["characters"] = {"raw": len(raw), "clean": len(text)}

    return PreparedDocument(
        name=name or path.stem, kind=kind, text=text, raw_text=raw, source_name=path.name,
        format=extracted.format, encoding=extracted.encoding,
        sha256=hashlib.sha256(data).hexdigest(), size=len(data),
        original=data if len(data) <= ORIGINAL_BYTES_LIMIT else None,
        report=report, notes=notes, turns=turns,
    )
