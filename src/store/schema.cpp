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
        // 3 → 4: candidates by speaker, cue or measure within a date window, in index order
        R"sql(
ALTER TABLE statements ADD COLUMN source_id TEXT NOT NULL DEFAULT '';
UPDATE statements SET source_id = coalesce((SELECT min(e.to_id) FROM edges e JOIN sources s ON s.id = e.to_id
  WHERE e.from_id = statements.id AND e.relation = 'attributes'), '');
CREATE INDEX statements_source_date ON statements(source_id, date);
CREATE INDEX statements_cue_date ON statements(cue, date);
CREATE INDEX statements_date ON statements(date);
-- the places of each statement (a '' row for none), to find the statements of one event:
-- same place, dates within days
CREATE TABLE statement_places (
  place        TEXT NOT NULL,
  date         TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  PRIMARY KEY (place, date, statement_id)
) WITHOUT ROWID;
WITH RECURSIVE split(id, date, rest, place) AS (
  SELECT id, coalesce(date, ''), places || ' ', '' FROM statements
  UNION ALL
  SELECT id, date, substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ') - 1) FROM split WHERE rest <> ''
)
INSERT OR IGNORE INTO statement_places (place, date, statement_id) SELECT place, date, id FROM split WHERE place <> '';
INSERT OR IGNORE INTO statement_places (place, date, statement_id)
  SELECT '', coalesce(date, ''), id FROM statements WHERE trim(places) = '';
)sql",
        // 4 → 5: the edges of one relation in target order, covering their source: a whole
        // archive's carried claims in one index scan (Store::for_each_carried); it serves
        // every look-up the relation index served. Statements by words and speaker.
        R"sql(
DROP INDEX edges_relation;
CREATE INDEX edges_relation_to ON edges(relation, to_id, from_id);
-- the same words by one speaker: both columns in the index (by the words alone, a speaker
-- with thousands of statements was read whole for each new one)
DROP INDEX statements_match;
CREATE INDEX statements_match_source ON statements(match_key, source_id);
)sql",
        // 5 → 6: a document is its text and where and when it was published
        // (Document::identity): the same text from two outlets or on two dates is two
        // documents. content_hash holds that identity; ids already given stay as they are.
        R"sql(
UPDATE documents SET content_hash = publication_identity(text, title, outlet, date, url, author);
-- every mention a claim was matched from (model/records.h Variant): a new statement is
-- compared with all of them, so that the claims of a corpus do not depend on the order in
-- which its articles came. source_id mirrors statements.source_id (kept in step by
-- Store::refresh_statement_sources); figures are [[measure, value], …].
CREATE TABLE statement_variants (
  statement_id TEXT NOT NULL,
  original_id  TEXT NOT NULL,
  document_id  TEXT NOT NULL DEFAULT '',
  source_id    TEXT NOT NULL DEFAULT '',
  match_key    TEXT NOT NULL,
  date         TEXT,
  places       TEXT NOT NULL DEFAULT '',
  figures      TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (statement_id, original_id, document_id)
) WITHOUT ROWID;
CREATE INDEX statement_variants_source_date ON statement_variants(source_id, date);
CREATE INDEX statement_variants_match ON statement_variants(match_key, source_id);
INSERT INTO statement_variants (statement_id, original_id, source_id, match_key, date, places, figures)
  SELECT id, id, source_id, match_key, date, places,
         coalesce((SELECT json_group_array(json_array(measure, value)) FROM figures WHERE statement_id = statements.id),
                  '[]')
  FROM statements;
DROP INDEX statements_match_source;
-- a claim a person separated from another (claims reject): never merged again
ALTER TABLE statements ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
-- the ids of claims merged into another (a later mention showed them one): they still
-- lead to the claim, in commands and in graph files that name them
CREATE TABLE statement_redirects (
  old_id TEXT PRIMARY KEY,
  new_id TEXT NOT NULL
) WITHOUT ROWID;
)sql",
        // 6 → 7: how sure the extractor was of each mention (a document's reports edge to
        // a claim); NULL where no model gave one (curated, imported, --model none)
        R"sql(
ALTER TABLE edges ADD COLUMN confidence REAL;
)sql",
        // 7 → 8: a claim's places found by the claim (a merge moves them, a new date
        // re-indexes them): each read the whole table before
        R"sql(
CREATE INDEX statement_places_statement ON statement_places(statement_id);
)sql",
        // 8 → 9: search by stems ("killed" finds "killing"): the full-text index made anew
        // with the porter tokenizer and filled from the statements
        R"sql(
DROP TABLE statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='rowid',
  tokenize='porter unicode61');
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
)sql",
        // 9 → 10: a fact-checker's verdicts on claims, in the order given (a claim's latest
        // is its verdict)
        R"sql(
CREATE TABLE verdicts (
  seq          INTEGER PRIMARY KEY,
  statement_id TEXT NOT NULL,
  rating       TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  url          TEXT NOT NULL DEFAULT '',
  reviewer     TEXT NOT NULL DEFAULT '',
  date         TEXT NOT NULL
);
CREATE INDEX verdicts_statement ON verdicts(statement_id, seq);
)sql",
        // 10 → 11: no index on an edge's from_id or to_id alone. Every look-up names its
        // relations (sql::kEveryRelation), which the relation-led indexes serve; each edge
        // an ingest writes went into six B-trees, now four (issue 22: edge inserts 40%
        // less time in the SQL profile of 2,000 articles). IF EXISTS: a database whose
        // index was dropped by hand upgrades too (doctor, which would have recreated it, has
        // nothing to recreate once the schema wants none)
        R"sql(
DROP INDEX IF EXISTS edges_from;
DROP INDEX IF EXISTS edges_to;
)sql",
        // 11 → 12: the reports edges alone, by the claim they report (issue 22). A listing
        // of claims with their documents looks each claim's up at random; this index holds
        // only those edges and no relation column, so it has under half the pages of
        // edges_relation_to (23,458 against 50,548 on a 1M-claim archive) and the listing's
        // query took 3.2–3.4 s against 4.3 s in the sqlite3 shell
        R"sql(
CREATE INDEX edges_reports ON edges(to_id, from_id) WHERE relation = 'reports';
)sql",
        // 12 → 13: who a source named by a surname, a title or a short name alone presumably
        // is (resolve/presumed.h): the one person or body the archive names so in full,
        // computed anew from the sources at every commit (Store::refresh_presumed), so that it
        // does not depend on the order of ingest. Filled at the first commit after the upgrade.
        R"sql(
CREATE TABLE presumed_sources (
  source_id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL,
  basis     TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    };
    return scripts;
}

}  // namespace claimgraph::store
