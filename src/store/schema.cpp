#include "store/schema.h"

namespace claimgraph::store {

const std::vector<std::string_view>& migrations() {
    static const std::vector<std::string_view> scripts = {
        // 0 → 1: the first schema
        R"sql(
CREATE TABLE documents (
  id           TEXT PRIMARY KEY,
  path         TEXT NOT NULL,
  title        TEXT,
  outlet       TEXT,
  date         TEXT,
  url          TEXT,
  author       TEXT,
  metadata     TEXT NOT NULL DEFAULT '{}',
  content_hash TEXT NOT NULL UNIQUE,
  body_start   INTEGER NOT NULL DEFAULT 0,
  text         TEXT NOT NULL
);
CREATE TABLE sources (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT ''
);
CREATE TABLE source_aliases (
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  PRIMARY KEY (source_id, alias)
) WITHOUT ROWID;
CREATE TABLE statements (
  id   TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  cue  TEXT NOT NULL DEFAULT '',
  date TEXT
);
CREATE TABLE figures (
  statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  measure      TEXT NOT NULL,
  value        INTEGER NOT NULL,
  qualifier    TEXT,
  text         TEXT NOT NULL,
  PRIMARY KEY (statement_id, measure, value)
) WITHOUT ROWID;
-- Every relation of DESIGN.md §2. Evidence (document, byte span, verbatim text) is kept
-- per edge; '' and -1 stand for "none" so that the UNIQUE key also holds for them.
CREATE TABLE edges (
  relation    TEXT NOT NULL,
  from_id     TEXT NOT NULL,
  to_id       TEXT NOT NULL,
  document_id TEXT NOT NULL DEFAULT '',
  start       INTEGER NOT NULL DEFAULT -1,
  end         INTEGER NOT NULL DEFAULT -1,
  evidence    TEXT NOT NULL DEFAULT '',
  cue         TEXT NOT NULL DEFAULT '',
  cue_start   INTEGER NOT NULL DEFAULT -1,
  cue_end     INTEGER NOT NULL DEFAULT -1,
  spans       TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL DEFAULT '',
  basis       TEXT NOT NULL DEFAULT '',
  UNIQUE (relation, from_id, to_id, document_id, start)
);
CREATE INDEX edges_from ON edges(from_id);
CREATE INDEX edges_to ON edges(to_id);
CREATE INDEX edges_document ON edges(document_id);
CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='rowid');
)sql",
        // 1 → 2: cross-document identity, claim matching, disputes, copy detection
        R"sql(
ALTER TABLE sources ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
-- the keys under which documents find a source; source_id '' marks a surname two people share
CREATE TABLE source_keys (
  key       TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  kind      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX source_keys_source ON source_keys(source_id);
-- corrections a person made (sources merge / split), in order
CREATE TABLE corrections (
  seq       INTEGER PRIMARY KEY,
  action    TEXT NOT NULL,
  source_id TEXT NOT NULL,
  other     TEXT NOT NULL DEFAULT '',
  alias     TEXT NOT NULL DEFAULT ''
);
ALTER TABLE statements ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
ALTER TABLE statements ADD COLUMN places TEXT NOT NULL DEFAULT '';
CREATE INDEX statements_match ON statements(match_key);
CREATE INDEX figures_measure ON figures(measure);
CREATE INDEX statements_cue ON statements(cue);
ALTER TABLE edges ADD COLUMN match TEXT NOT NULL DEFAULT '';
ALTER TABLE edges ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE edges ADD COLUMN measure TEXT NOT NULL DEFAULT '';
CREATE INDEX edges_relation ON edges(relation);
CREATE TABLE shingles (
  hash        INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (hash, document_id)
) WITHOUT ROWID;
-- documents that share copy (near-identical paragraphs), a < b
CREATE TABLE copies (
  a      TEXT NOT NULL,
  b      TEXT NOT NULL,
  shared INTEGER NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
)sql",
        // 2 → 3: the copies of one document found from either side
        R"sql(
CREATE INDEX copies_b ON copies(b);
)sql",
    };
    return scripts;
}

}  // namespace claimgraph::store
