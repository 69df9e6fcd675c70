"""Subtitle and caption files (.vtt, .srt) from Teams, Zoom or transcription services.

Each cue becomes one line ``[hh:mm:ss] Speaker: text`` (or ``[hh:mm:ss] text`` when nobody is
named), which is exactly a form ``kvalkod.text.speakers`` recognises, so an imported meeting
is at once a transcript with speaker turns that can be autocoded. The speaker comes from a
WebVTT voice span (``<v Anna>``) or a "Name:" at the start of the cue text. Consecutive cues
of the same speaker merge into one line (captioners split sentences every few seconds; an
analyst codes utterances), keeping the first cue's time.

Lost: end times, cue positions and styling, NOTE blocks, sound descriptions' markup.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from kvalkod.errors import InputFileError
from kvalkod.importers._layout import clean
from kvalkod.importers.text import decode_file
from kvalkod.text.normalize import normalize_text
from kvalkod.text.speakers import normalize_speaker, parse_label

_VOICE = re.compile(r"<v(?:\.[\w-]+)*\s+([^>\s][^>]*)>")
_TAG = re.compile(r"<[^>]*>")
_ASS = re.compile(r"\{\\[^}]*\}")  # {\an8} positioning codes found in some .srt files


def extract(path: Path, data: bytes, fmt: str):
    from kvalkod.importers import Extracted

    text, encoding, warnings = decode_file(path, data)
    captions, problems = _parse(path, normalize_text(text), fmt)
    warnings = warnings + problems
    entries: list[list] = []  # [timestamp, speaker or None, text]
    for cue in captions:
        stamp = _stamp(cue.start)
        for speaker, said in _utterances(cue.lines):
            if not said:
                continue
            if entries and speaker is not None and entries[-1][1] == speaker:
                entries[-1][2] += " " + said
            else:
                entries.append([stamp, speaker, said])
    if not captions:
        raise InputFileError(path, f"no subtitle cues found (the file holds no valid .{fmt} cues)")
    lines = [f"[{t}] {s}: {said}" if s else f"[{t}] {said}" for t, s, said in entries]
    return Extracted(
        text=normalize_text(clean("\n".join(lines))), format=fmt, encoding=encoding, warnings=warnings
    )


def _parse(path: Path, text: str, fmt: str):
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    if fmt == "vtt" and not text.lstrip("\ufeff").startswith("WEBVTT"):
        raise InputFileError(path, "not a WebVTT file (it does not start with WEBVTT)")
    def read(strict: bool):
        return list(webvtt.WebVTT.from_buffer(io.StringIO(text), format=fmt, strict=strict).captions)

    try:
        if fmt == "vtt":
            try:
                return read(strict=True), []
            except MalformedCaptionError as exc:  # keep the good cues, say that some were bad
                return read(strict=False), [f"malformed cues were skipped (first: {_first_line(exc)})"]
        return read(strict=False), []
    except (MalformedFileError, MalformedCaptionError) as exc:
        kind = "WebVTT" if fmt == "vtt" else "SubRip (.srt)"
        raise InputFileError(path, f"not a valid {kind} file ({_first_line(exc)})") from None


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0][:120] if str(exc).strip() else "malformed cue"


def _stamp(start: str) -> str:
    """"00:01:02.500" -> "00:01:02": seconds are precise enough to find the moment again."""
    return start.split(".")[0].split(",")[0]


def _utterances(raw_lines: list[str]):
    """(speaker, text) per cue line; a line with no voice or name continues the one before."""
    speaker = None
    current: list[str] = []
    for raw in raw_lines:
        voice = _VOICE.match(raw.strip())
        line = html.unescape(_TAG.sub("", _ASS.sub("", raw))).strip()
        named = None
        if voice:
            named = normalize_speaker(voice.group(1))
        else:
            label = parse_label(line)
            if label is not None and line[: label.text_start].rstrip().endswith(":"):
                named = label.speaker
                line = line[label.text_start :].strip()
        if named is not None and (named != speaker or not current):
            if current:
                yield speaker, " ".join(current)
            speaker, current = named, []
        if line:
            current.append(line)
    if current:
        yield speaker, " ".join(current)
