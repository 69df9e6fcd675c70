"""The project file's schema, as ordered migrations.

A project records the number of the last migration applied (``PRAGMA user_version``); opening
an older file applies the missing ones in order, each in its own transaction. Later features
(scenes, summaries, the report outline, comments) arrive as new entries at the end of
``MIGRATIONS``; an entry is never edited once released, because project files in the field
were made by it.
"""

from __future__ import annotations

DOCUMENT_KINDS_SQL = "('interview','field_note','observation','document','survey')"

_V1 = f"""
CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE coders (
    id    INTEGER PRIMARY KEY,
    guid  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL
);
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    guid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN {DOCUMENT_KINDS_SQL}),
    text          TEXT NOT NULL,
    length        INTEGER NOT NULL,
    source_name   TEXT NOT NULL DEFAULT '',
    format        TEXT NOT NULL DEFAULT '',
    import_report TEXT NOT NULL DEFAULT '{{}}',
    created_by    TEXT,
    imported_at   TEXT NOT NULL
);
-- Provenance kept apart so that listing documents never drags their originals along.
CREATE TABLE document_sources (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    raw_text    TEXT,            -- NULL: the same as documents.text (nothing was cleaned)
    original    BLOB,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    encoding    TEXT
);
CREATE TABLE speaker_turns (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    speaker     TEXT NOT NULL,
    timestamp   TEXT
);
CREATE INDEX speaker_turns_doc ON speaker_turns(document_id, start);
CREATE TABLE document_notes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    label       TEXT NOT NULL,
    text        TEXT NOT NULL,
    anchor      INTEGER
);
CREATE INDEX document_notes_doc ON document_notes(document_id);
CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES codes(id),
    name        TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
    color       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    codable     INTEGER NOT NULL DEFAULT 1,
    sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX codes_sibling_name ON codes(coalesce(parent_id, 0), name);
CREATE TABLE codings (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),
    end         INTEGER NOT NULL CHECK (end > start),
    coder_id    INTEGER NOT NULL REFERENCES coders(id),
    memo        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX codings_identity ON codings(document_id, code_id, coder_id, start, end);
CREATE INDEX codings_doc_span ON codings(document_id, start, end);
CREATE INDEX codings_code ON codings(code_id, document_id);
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE case_documents (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    UNIQUE (case_id, document_id)
);
CREATE INDEX case_documents_doc ON case_documents(document_id);
CREATE TABLE variables (
    id    INTEGER PRIMARY KEY,
    guid  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('document','case')),
    type  TEXT NOT NULL CHECK (type IN ('text','number','date','category')),
    UNIQUE (name, scope)
);
CREATE TABLE variable_values (
    id          INTEGER PRIMARY KEY,
    variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    case_id     INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    value       TEXT NOT NULL,
    CHECK ((document_id IS NULL) <> (case_id IS NULL))
);
CREATE UNIQUE INDEX variable_values_doc ON variable_values(variable_id, document_id) WHERE document_id IS NOT NULL;
CREATE UNIQUE INDEX variable_values_case ON variable_values(variable_id, case_id) WHERE case_id IS NOT NULL;
CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    target_type TEXT NOT NULL,
    target_id   INTEGER,
    author      TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX memos_target ON memos(target_type, target_id);

-- Full-text search. Chunks are the paragraphs of a document's text with their offsets; two
-- FTS5 indexes read them as external content. "exact" keeps å, ä and ö distinct letters;
-- "folded" strips diacritics for OCR-damaged text (seed 003 spells våld "vald"). The chunk
-- text is stored (not cut out of documents.text on demand) because substr() on a long text
-- walks it from the start, which made indexing a large document quadratic.
CREATE TABLE text_chunks (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX text_chunks_doc ON text_chunks(document_id, start);
CREATE VIRTUAL TABLE fts_exact USING fts5(
    text, content='text_chunks', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0");
CREATE VIRTUAL TABLE fts_folded USING fts5(
    text, content='text_chunks', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2");
-- Every token occurrence of each index, for counting a word or prefix without reading text.
CREATE VIRTUAL TABLE fts_exact_instances USING fts5vocab(fts_exact, instance);
CREATE VIRTUAL TABLE fts_folded_instances USING fts5vocab(fts_folded, instance);
-- Chunks are derived from documents.text and are not journaled: the store indexes a document
-- when it is inserted (or put back by undo/redo) in one batch, and deleting a document deletes
-- its chunks by cascade, which this trigger mirrors in the indexes.
CREATE TRIGGER text_chunks_ad AFTER DELETE ON text_chunks BEGIN
    INSERT INTO fts_exact(fts_exact, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO fts_folded(fts_folded, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- The undo history, shared by the app and the command line. One row per user action; its
-- row changes are replayed backwards to undo and forwards to redo.
CREATE TABLE history (
    id         INTEGER PRIMARY KEY,
    label      TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('done','undone')),
    created_at TEXT NOT NULL
);
CREATE TABLE history_changes (
    id         INTEGER PRIMARY KEY,
    history_id INTEGER NOT NULL REFERENCES history(id) ON DELETE CASCADE,
    tbl        TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert','update','delete')),
    before     TEXT,
    after      TEXT
);
CREATE INDEX history_changes_entry ON history_changes(history_id, id);
"""

# Scenes ("Scen: …" vignettes built from source passages, illustrating codes) and summaries
# (text per code, or per code × case or document, resting on codings).
_V2 = """
CREATE TABLE scenes (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL CHECK (title <> ''),
    setting      TEXT NOT NULL DEFAULT '',
    scene_date   TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    narrative    TEXT NOT NULL DEFAULT '',
    analysis     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast','klar','granskad')),
    sort_order   INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE TABLE scene_sources (
    id          INTEGER PRIMARY KEY,
    scene_id    INTEGER NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),
    end         INTEGER NOT NULL,
    ord         INTEGER NOT NULL DEFAULT 0,
    CHECK (end > start)
);
CREATE INDEX scene_sources_scene ON scene_sources(scene_id, ord);
CREATE INDEX scene_sources_doc_span ON scene_sources(document_id, start, end);
CREATE TABLE scene_codes (
    id       INTEGER PRIMARY KEY,
    scene_id INTEGER NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
    code_id  INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    UNIQUE (scene_id, code_id)
);
CREATE INDEX scene_codes_code ON scene_codes(code_id);
CREATE TABLE summaries (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    case_id     INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX summaries_identity
    ON summaries(code_id, coalesce(case_id, 0), coalesce(document_id, 0));
CREATE INDEX summaries_case ON summaries(case_id);
CREATE INDEX summaries_doc ON summaries(document_id);
CREATE TABLE summary_links (
    id         INTEGER PRIMARY KEY,
    summary_id INTEGER NOT NULL REFERENCES summaries(id) ON DELETE CASCADE,
    coding_id  INTEGER NOT NULL REFERENCES codings(id) ON DELETE CASCADE,
    UNIQUE (summary_id, coding_id)
);
CREATE INDEX summary_links_coding ON summary_links(coding_id);
"""

# Version 3: the stored report outline, reviewers' comments, pseudonyms, meaning
# condensations, and summary links narrowed to one sentence of the summary.
_V3 = """
CREATE TABLE report_items (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('chapter','section','heading','paragraph','bullets',
                                             'quote','scene','summary','matrix','appendix')),
    text       TEXT NOT NULL DEFAULT '',
    scene_id   INTEGER REFERENCES scenes(id) ON DELETE CASCADE,
    summary_id INTEGER REFERENCES summaries(id) ON DELETE CASCADE,
    options    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX report_items_position ON report_items(position);
CREATE INDEX report_items_scene ON report_items(scene_id);
CREATE INDEX report_items_summary ON report_items(summary_id);
CREATE TABLE report_item_codings (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES report_items(id) ON DELETE CASCADE,
    coding_id INTEGER NOT NULL REFERENCES codings(id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (item_id, coding_id)
);
CREATE INDEX report_item_codings_coding ON report_item_codings(coding_id);
CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    scene_id    INTEGER REFERENCES scenes(id) ON DELETE CASCADE,
    coding_id   INTEGER REFERENCES codings(id) ON DELETE CASCADE,
    summary_id  INTEGER REFERENCES summaries(id) ON DELETE CASCADE,
    author      TEXT NOT NULL CHECK (author <> ''),
    text        TEXT NOT NULL CHECK (text <> ''),
    created_at  TEXT NOT NULL,
    resolved_by TEXT,
    resolved_at TEXT,
    CHECK ((scene_id IS NOT NULL) + (coding_id IS NOT NULL) + (summary_id IS NOT NULL) = 1)
);
CREATE INDEX comments_scene ON comments(scene_id);
CREATE INDEX comments_coding ON comments(coding_id);
CREATE INDEX comments_summary ON comments(summary_id);
CREATE TABLE name_map (
    id        INTEGER PRIMARY KEY,
    real      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(real) <> ''),
    pseudonym TEXT NOT NULL CHECK (trim(pseudonym) <> '')
);
CREATE TABLE condensations (
    id        INTEGER PRIMARY KEY,
    coding_id INTEGER NOT NULL UNIQUE REFERENCES codings(id) ON DELETE CASCADE,
    condensed TEXT NOT NULL
);
ALTER TABLE summary_links ADD COLUMN sentence INTEGER;
"""

# Version 4: saved coding queries, and REFI-QDA sets (named groups of codes or documents,
# which NVivo, MAXQDA and ATLAS.ti exchange and which must survive a round trip).
_V4 = """
CREATE TABLE saved_queries (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    definition TEXT NOT NULL,          -- the query as JSON (services/queries.py)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE sets (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE set_members (
    id          INTEGER PRIMARY KEY,
    set_id      INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
    code_id     INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    CHECK ((code_id IS NULL) <> (document_id IS NULL))
);
CREATE UNIQUE INDEX set_members_code ON set_members(set_id, code_id) WHERE code_id IS NOT NULL;
CREATE UNIQUE INDEX set_members_doc ON set_members(set_id, document_id) WHERE document_id IS NOT NULL;
CREATE INDEX set_members_code_id ON set_members(code_id);
CREATE INDEX set_members_document_id ON set_members(document_id);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)

SCHEMA_VERSION = len(MIGRATIONS)

# Tables whose rows a user action may change, in an order where parents precede children.
# The undo journal refuses any other table, so derived data (the FTS indexes) can only
# change through triggers.
JOURNALED_TABLES = (
    "project_meta", "coders", "documents", "document_sources", "speaker_turns",
    "document_notes", "codes", "codings", "cases", "case_documents", "variables",
    "variable_values", "memos", "scenes", "scene_sources", "scene_codes", "summaries", "summary_links",
    "report_items", "report_item_codings", "comments", "name_map", "condensations",
    "saved_queries", "sets", "set_members",
)
