"""Seed files for the fuzz and hostile-file tests, and the mutations applied to them.

Every importable format gets a small valid file (the same ones the importer tests check for
correct text, where those exist) so that mutations start from something the importer gets
deep into, not from bytes it refuses on the first check. Text formats also start from slices
of the cited seed reports. Office packages are mutated two ways: as raw bytes (what a broken
download or disk does) and member by member, re-zipped, so the XML inside is what is damaged
and the importer's own walk meets it (what a buggy exporter of another tool does).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

from ..conftest import SEEDS

# Bytes that mean something to one of the formats: markup, escapes, numbers, line ends.
INTERESTING = [
    b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"<", b">", b"&", b"&#0;", b"&amp;", b'"', b"'",
    b"{", b"}", b"\\", b"\\u-1?", b"\\'e5", b"\\bin9999 ", b"\\par ", b"\\cell ", b"\\row ",
    b"-1", b"0", b"99999999999", b"%1", b"%9", b"\n", b"\r\n", b"\r", b" --> ", b"00:00:01,000",
    b"WEBVTT", b"<v Anna>", b"Anna:", b"obj", b"endobj", b"stream", b"endstream", b"R", b"/Kids [",
    b"trailer", b"xref", b"<!--", b"]]>", b"<![CDATA[", b"\xc3", b"\xe5", b";", b",", b"\t",
]


def _mutate(data: bytes, ops: list[tuple[int, float, bytes]]) -> bytes:
    """Apply edits: 0 flip a byte, 1 truncate, 2 insert, 3 delete a run, 4 duplicate a run,
    5 overwrite. Positions are fractions of the current length, so every edit lands."""
    out = bytearray(data)
    for kind, where, payload in ops:
        at = min(int(where * len(out)), len(out))
        if kind == 0 and at < len(out):
            out[at] ^= 1 << (payload[0] % 8 if payload else 0)
        elif kind == 1:
            del out[at:]
        elif kind == 2:
            out[at:at] = payload
        elif kind == 3:
            del out[at:at + 1 + len(payload) * 8]
        elif kind == 4:
            out[at:at] = out[at:at + 1 + len(payload) * 16]
        else:
            out[at:at + len(payload)] = payload
    return bytes(out)


_PAYLOAD = st.one_of(st.sampled_from(INTERESTING), st.binary(min_size=1, max_size=12))
EDITS = st.lists(
    st.tuples(st.integers(0, 5), st.floats(0, 1, allow_nan=False), _PAYLOAD), min_size=1, max_size=6
)


def mutated(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    """One seed, edited a few times."""
    return st.builds(_mutate, st.sampled_from(seeds), EDITS)


def _with_member_changed(package: bytes, member: str, change) -> bytes:
    """``package`` rezipped (valid CRCs) with ``change(bytes) -> bytes`` applied to ``member``."""
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            target.writestr(item.filename, change(body) if item.filename == member else body)
    return out.getvalue()


def rezipped(seed: bytes, members: list[str]) -> st.SearchStrategy[bytes]:
    """The package with one of ``members`` edited as bytes."""
    return st.builds(lambda member, ops: _with_member_changed(seed, member, lambda b: _mutate(b, ops)),
                     st.sampled_from(members), EDITS)


# Attribute values and texts that make well-formed XML mean something odd.
ODD_VALUES = ["", "-1", "0", "1", "10", "999999999", "99999999999999999999", "abc", "%1.%2.%9", "1.5",
              "true", "none", "bullet", "decimal", "upperRoman", "a", "I", "{", "#zzz", "\u00e5" * 3,
              "x" * 300, " ", "\t\n", "separator", "text:list-item", "3e9", "NaN"]
_XML_OPS = st.lists(
    st.tuples(st.integers(0, 5), st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(ODD_VALUES)),
    min_size=1, max_size=5,
)


def _xml_edit(xml: bytes, ops, html: bool = False) -> bytes:
    """Well-formed edits: 0 delete, 1 duplicate, 2 move into another element, 3 set an
    attribute, 4 set the text, 5 rename to another element's tag. The result still parses,
    so it reaches the importer's own walk instead of the parser's refusal."""
    import copy

    from lxml import etree
    from lxml import html as lxml_html

    root = lxml_html.document_fromstring(xml) if html else etree.fromstring(xml)
    for kind, i, j, value in ops:
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
        el, other = elements[i % len(elements)], elements[j % len(elements)]
        parent = el.getparent()
        if kind == 0 and parent is not None:
            parent.remove(el)
        elif kind == 1 and parent is not None:
            el.addnext(copy.deepcopy(el))
        elif kind == 2 and parent is not None and el not in other.iterancestors() and el is not other:
            other.append(el)
        elif kind == 3:
            names = list(el.attrib) or ["val"]
            el.set(names[j % len(names)], value)
        elif kind == 4:
            el.text = value
        elif kind == 5:
            el.tag = other.tag
    if html:
        return lxml_html.tostring(root, encoding="utf-8")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def xml_edited(seed: bytes, members: list[str] | None, html: bool = False) -> st.SearchStrategy[bytes]:
    """The seed (or one XML part of the package ``seed``) edited but still well-formed."""

    def build(member: str | None, ops) -> bytes:
        if member is None:
            return _xml_edit(seed, ops, html)
        return _with_member_changed(seed, member, lambda body: _xml_edit(body, ops))

    xml_members = [m for m in members or [] if m.endswith((".xml", ".rels"))] or [None]
    return st.builds(build, st.sampled_from(xml_members), _XML_OPS)


def any_input(seeds: list[bytes], package_members: dict[bytes, list[str]] | None = None,
              xml_seed: bytes | None = None, html: bool = False):
    """What the fuzz tests feed an importer: random bytes, edited seeds, edited package parts,
    and well-formed edits of its XML."""
    strategies = [st.binary(max_size=2048), mutated(seeds)]
    for seed, members in (package_members or {}).items():
        strategies += [rezipped(seed, members), xml_edited(seed, members)]
    if xml_seed is not None:
        strategies.append(xml_edited(xml_seed, None, html))
    return st.one_of(*strategies)


# -- seed files ----------------------------------------------------------------------------------
def seed_text_slices() -> list[str]:
    """Pieces of the cited seed reports: real Swedish text with OCR damage, 3,000 characters."""
    return [p.read_text(encoding="utf-8")[1000:4000] for p in SEEDS]


@lru_cache(maxsize=None)
def seeds_for(fmt: str) -> tuple[bytes, ...]:
    """Valid files of one format (the suffix without the dot)."""
    return tuple(_BUILDERS[fmt]())


def _text() -> list[bytes]:
    slices = seed_text_slices()
    return [slices[0].encode("utf-8"), slices[1].encode("cp1252", "replace"),
            slices[2].encode("utf-16"), "Intervju\n\nI: Hur började det?\nAnna: Med ett samtal.\n".encode()]


def _markdown() -> list[bytes]:
    return [b"# Rubrik\n\nEtt *stycke* med [l\xc3\xa4nk](x).\n\n- punkt\n- punkt\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"]


def _docx() -> list[bytes]:
    from .test_importers_docx import _document

    return [_document()]


def _odt() -> list[bytes]:
    from .test_importers_odt import _document

    return [_document()]


def _pdf() -> list[bytes]:
    from .test_importers_pdf import REPORT, make_pdf

    return [make_pdf(REPORT), make_pdf([["En sida"]], emoji=False)]


def _rtf() -> list[bytes]:
    return [
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}"
        rb"\pard F\'f6rs\'e4kringskassan \u229?r h\'e4r.\par"
        rb"Rad ett\line rad tv\'e5\par"
        rb"\trowd\cellx1000\cellx2000 Kontor\cell \'c4renden\cell\row"
        rb"\trowd\cellx1000\cellx2000 G\'f6teborg\cell 12\cell\row"
        rb"\pard Sista {\b stycket}.\par}",
    ]


def _html() -> list[bytes]:
    return [
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><style>p{}</style></head>'
        "<body><h1>Samordning</h1><p>Första <b>stycket</b>.<br>Rad två.</p>"
        '<ul><li>ett</li><li>två<ol start="3"><li>inre</li></ol></li></ul>'
        "<table><caption>Tabell</caption><tr><th>Kontor</th><th>Ärenden</th></tr>"
        "<tr><td>Malmö</td><td>7</td></tr></table><pre>  förformaterad\n  text</pre>"
        "<script>alert(1)</script></body></html>".encode("utf-8"),
        b"<html><head><meta charset=windows-1252></head><body><p>F\xf6rs\xe4kring</p></body></html>",
    ]


def _srt() -> list[bytes]:
    return ["1\n00:00:01,000 --> 00:00:03,000\nAnna: Hej och välkommen.\n\n"
            "2\n00:00:03,500 --> 00:00:05,000\n<i>Bertil:</i> Tack.\n\n"
            "3\n00:00:06,000 --> 00:00:08,000\n{\\an8}Det är bra.\n".encode("utf-8")]


def _vtt() -> list[bytes]:
    return ["WEBVTT\n\nNOTE en kommentar\n\n00:00:01.000 --> 00:00:03.000\n<v Anna>Hej och välkommen.\n\n"
            "intro\n00:00:03.500 --> 00:00:05.000 align:start\n<v.loud Bertil>Tack &amp; hej.</v>\n\n"
            "00:01:06.000 --> 00:01:08.000\nCecilia: Det är bra.\n".encode("utf-8")]


def _csv() -> list[bytes]:
    return ["dokument;roll;kontor;år\n000;handläggare;Göteborg;12\n001;läkare;Malmö;3\n".encode("cp1252"),
            b"name,role\n000,\"a, b\"\n001,\"x\"\"y\"\n"]


def _xlsx() -> list[bytes]:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (["dokument", "roll", "år", "datum"], ["000", "handläggare", 12, "2020-01-01"],
                ["001", "läkare", 3.5, None]):
        sheet.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return [buf.getvalue()]


def _qdc() -> list[bytes]:
    return [(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes>'
        '<Code guid="{0a0b0c0d-0000-4000-8000-000000000001}" name="Samordning" isCodable="true" color="#abc">'
        "<Description>Om samverkan</Description>"
        '<Code guid="0a0b0c0d-0000-4000-8000-000000000002" name="Läkare" isCodable="1"/>'
        '<Code name="Läkare" isCodable="maybe"/></Code>'
        '<Code name="Hinder::Tid" color="red"/><Code name="a/b"/></Codes>'
        '<Sets><Set name="S"><MemberCode guid="0a0b0c0d-0000-4000-8000-000000000002"/>'
        '<MemberCode guid="nope"/></Set></Sets></CodeBook>'
    ).encode("utf-8")]


def _qdc_and_archive() -> list[bytes]:
    """The codebook, and the same as the project of a .qdpx archive (which .qdc readers accept)."""
    codebook = _qdc()[0]
    project = codebook.replace(b"<CodeBook ", b'<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook ', 1)
    project = project.replace(b' xmlns="urn:QDA-XML:codebook:1.0"', b"", 1) + b"</Project>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project)
    return [codebook, out.getvalue()]


_BUILDERS = {
    "txt": _text, "md": _markdown, "docx": _docx, "odt": _odt, "pdf": _pdf, "rtf": _rtf,
    "html": _html, "srt": _srt, "vtt": _vtt, "csv": _csv, "xlsx": _xlsx, "qdc": _qdc_and_archive,
}
FORMATS = tuple(_BUILDERS)


def write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


# -- hostile packages ----------------------------------------------------------------------------
def deflated_zeros(megabytes: int) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, size) of ``megabytes`` MB of zero bytes, made in a few ms.

    One megabyte is compressed with a full flush, which makes its output independent of what
    came before, so the same bytes repeated decode to the whole run. 200 MB packs to ~200 KB.
    """
    mb = bytes(1024 * 1024)
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = block.compress(mb) + block.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(mb, crc)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    return piece * megabytes + end, crc, megabytes * len(mb)


def raw_zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written byte by byte: (name, data, method, CRC-32, unpacked size) per entry.

    ``zipfile`` cannot store data that is already compressed, nor declare a size other than
    the true one, and both are what an attacker's archive does."""
    out, central = b"", b""
    for name, data, method, crc, size in entries:
        encoded = name.encode("utf-8")
        offset = len(out)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0x800, method, 0, 33, crc, len(data), size,
                           len(encoded), 0) + encoded + data
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0x800, method, 0, 33, crc, len(data), size,
                               len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    return out + central + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                                       len(central), len(out), 0)


def packed(name: str, data: bytes) -> tuple[str, bytes, int, int, int]:
    """A ``raw_zip`` entry holding ``data``, deflated."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return name, packer.compress(data) + packer.flush(), zipfile.ZIP_DEFLATED, zlib.crc32(data), len(data)


def package_with(seed: bytes, extra: dict[str, bytes] | None = None,
                 replace: dict[str, bytes] | None = None) -> bytes:
    """The package ``seed`` with members replaced or added (written by ``zipfile``)."""
    source = zipfile.ZipFile(io.BytesIO(seed))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, (replace or {}).get(item.filename, source.read(item.filename)))
        for name, body in (extra or {}).items():
            target.writestr(zipfile.ZipInfo(name), body)
    return out.getvalue()


def bomb_package(seed: bytes, member: str, megabytes: int) -> bytes:
    """The package with ``member`` replaced by ``megabytes`` MB of zeros, deflated."""
    source = zipfile.ZipFile(io.BytesIO(seed))
    entries = [packed(i.filename, source.read(i.filename)) for i in source.infolist() if i.filename != member]
    data, crc, size = deflated_zeros(megabytes)
    return raw_zip([(member, data, zipfile.ZIP_DEFLATED, crc, size), *entries])


LAUGHS = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)
)
"""The classic entity expansion: &lol9; is a billion "lol"s (3 GB)."""


def external_entity(url: str) -> str:
    return f'<!ENTITY xxe SYSTEM "{url}">'


def with_entities(xml: bytes, declarations: str, marker: bytes, reference: bytes) -> bytes:
    """``xml`` with a DOCTYPE declaring ``declarations`` and ``marker`` replaced by ``reference``
    (an entity reference), as an attacker would edit a real file."""
    assert marker in xml
    body = xml.split(b"?>", 1)[1] if xml.lstrip().startswith(b"<?xml") else xml
    root = body.lstrip().split(b" ", 1)[0].split(b">", 1)[0].lstrip(b"<")
    doctype = b"<!DOCTYPE " + root + b" [" + declarations.encode() + b"]>"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + doctype + body.replace(marker, reference, 1)
