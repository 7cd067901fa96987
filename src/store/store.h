// The graph store: one SQLite file (DESIGN.md §5). The only place SQLiteCpp is used.
// One class, its methods kept by concern: opening, migrating and SQL functions
// (store.cpp), a document's writes (writer.cpp), what the resolver asks (corpus.cpp),
// listings (listings.cpp), corrections (corrections.cpp), graphs read back
// (subgraph.cpp), graph files imported (import.cpp), each claim's variants (variants.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/records.h"
#include "model/verdict.h"
#include "store/failures.h"
#include "store/mention_cache.h"
#include "resolve/corpus.h"

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace claimgraph::store {

struct SqlProfile;
class ShingleIndex;

/// The schema version this build writes (PRAGMA user_version).
constexpr int kSchemaVersion = 13;

/// Shingles held by more documents than this are boilerplate (Store::documents_sharing).
constexpr std::size_t kCommonShingle = 50;
/// A shingle table of at most this many rows is read into memory at an ingest's first
/// batch (a few milliseconds); a larger one from the second batch on.
constexpr std::size_t kQuickShingleRows = std::size_t{1} << 15;

/// read_only and read_write refuse a database whose schema is damaged (and read_write one
/// that fails PRAGMA quick_check); `doctor` opens it as it is, to report and repair.
enum class OpenMode { read_only, read_write, doctor };

struct AddResult {
    bool added = false;  ///< false: the same content was already stored
    std::string document_id;
};

/// The SQLite store. One thread at a time uses a Store (its connection takes no lock of
/// its own, and its prepared statements are shared); a server holds a lock around it.
class Store : public resolve::Corpus {
public:
    /// Opens (and with read_write creates and migrates) the database at `path`
    /// (":memory:" in tests). Throws Error naming the file when it cannot be opened, is
    /// not a claimgraph database, or comes from a newer version.
    Store(const std::string& path, OpenMode mode);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// How much memory the store may keep of the database between documents, in bytes:
    /// half is SQLite's page cache (64 MB at least, as every store has), the other half
    /// copy detection's shingle index (shingles.cpp; past it, SQLite is asked instead).
    void set_memory_budget(std::size_t bytes);

    /// Whether the shingle index is in memory (documents_sharing answers from it inside a
    /// batch); for tests and diagnostics.
    bool shingles_in_memory() const noexcept { return m_shingles != nullptr; }
    /// The memory the speakers' mentions held take (statements_by_source answers from them
    /// inside a batch); for tests and diagnostics.
    std::size_t mentions_in_memory() const noexcept { return m_mentions.bytes(); }

    /// The database file as given when opened.
    const std::string& path() const noexcept { return m_path; }

    /// Registers the SQL functions claimgraph's statements and migrations call
    /// (better_name, better_role, type_strength, publication_identity) on `db`.
    static void register_functions(SQLite::Database& db);

    /// How the schema differs from the one this version creates: missing tables, columns,
    /// indexes (or changed ones) and triggers claimgraph did not create. Empty when sound.
    std::vector<std::string> schema_problems() const;
    /// PRAGMA quick_check's findings (empty when "ok").
    std::vector<std::string> quick_check() const;
    /// Repairs what can be repaired without data from elsewhere: drops triggers claimgraph
    /// did not create, recreates missing or changed indexes and the full-text index,
    /// rebuilds the full-text index when it disagrees with the statements, and names a
    /// source stored without a name by its first mention's words. Returns what it did.
    std::vector<std::string> repair();

    /// Adds a document and its graph in one transaction (a savepoint within a batch).
    /// Content already stored (by hash and text) adds nothing. Before the savepoint is
    /// released, every node the document's edges and merges name must exist: a reference
    /// to nothing is refused, never stored. Throws DocumentNotStored (the document's writes
    /// undone, the batch goes on) or DatabaseFailure (the batch is gone).
    AddResult add(const DocumentDelta& batch);
    /// Groups the following adds into one transaction, committed by commit_batch (many
    /// small transactions cost a lock and a WAL frame each). A batch not committed when the
    /// store closes is rolled back: it held whole documents only, which a new run adds again.
    /// Both throw DatabaseFailure.
    void begin_batch();
    void commit_batch();

    /// Adds a graph read from a graph file (or an export) in one transaction: nodes with
    /// their attributes, edges with theirs; what is already stored stays. Statement nodes may
    /// carry a `match_key` attribute (resolve::match_key) for later ingests to match them.
    /// Returns how many nodes and edges were new.
    std::pair<std::size_t, std::size_t> import_graph(const GraphData& g);
    /// Why `g` cannot be imported: a node whose id is a node of another kind, in the
    /// database or in `g` itself ("" when none). import_graph refuses such a graph whole.
    std::string kind_conflict(const GraphData& g) const;

    std::vector<DocumentRow> documents() const;
    /// A document's text as stored ("" when it came from a graph file, or is unknown).
    std::string document_text(const std::string& id) const;
    std::vector<SourceRow> sources() const;
    /// One source as sources() lists it; nullopt when there is none with this id.
    std::optional<SourceRow> source(const std::string& id) const;
    /// Every mention of a source's statements, by document date, document and position.
    std::vector<SourceMentionRow> source_mentions(const std::string& id) const;
    std::vector<ClaimRow> claims(const ClaimFilter& filter) const;
    /// The same, one at a time in the same order: memory does not grow with the archive.
    /// With ClaimDetail::document_ids a claim's documents carry their ids alone (sorted), read
    /// in the claims' own query, and its figures are not read: what a listing of counts
    /// needs, several times faster.
    enum class ClaimDetail { documents, document_ids };
    void for_each_claim(const ClaimFilter& filter, const std::function<void(ClaimRow&&)>& each,
                        ClaimDetail detail = ClaimDetail::documents) const;
    /// At most `limit` claims the filter selects from the `offset`-th on, in `order`, with
    /// their documents and figures as for_each_claim gives them, and the filter's total.
    ClaimPage claims_page(const ClaimFilter& filter, ClaimOrder order, std::size_t offset, std::size_t limit) const;
    /// One document as documents() lists it; nullopt when there is none with this id.
    std::optional<DocumentRow> document(const std::string& id) const;
    /// The spans of the claims a document carries (where words were read), by position.
    std::vector<DocumentMention> document_mentions(const std::string& id) const;
    /// SQLite's data_version: it changes when another connection commits to the database
    /// (an ingest running beside a server).
    long long data_version() const;

    // What the resolver asks (resolve::Corpus, resolve/corpus.h).

    /// The source a key maps to: an id, "" for a surname two people share, nullopt when unknown.
    std::optional<std::string> source_for_key(const std::string& key) const override;
    /// The type of a stored source, nullopt when there is none with this id.
    std::optional<SourceType> source_type(const std::string& id) const override;
    std::optional<std::string> source_name(const std::string& id) const override;
    bool source_pinned(const std::string& id) const override;
    /// The stored statements with these ids (those that exist), sorted by id.
    std::vector<KnownStatement> known_statements(const std::vector<std::string>& ids) const override {
        return known_many(ids);
    }
    std::vector<resolve::ClaimState> claim_states(const std::vector<std::string>& ids) const override;
    /// Whether a statement with this id is stored.
    bool has_statement(const std::string& id) const;
    std::optional<std::string> statement_source(const std::string& id) const override;
    /// The ids of the claims with a mention of these words by this source, sorted.
    std::vector<std::string> ids_by_match_key(const std::string& match_key,
                                              const std::string& source_id) const override;
    using DateWindow = resolve::DateWindow;
    /// The most candidates a look-up gives on each side of a window's center (and undated):
    /// the statements nearest in time. A speaker quoted thousands of times in one week, or
    /// an event reported thousands of times, costs each new document the same.
    static constexpr std::size_t kCandidates = 256;
    /// The candidates the resolver compares a new statement with, within `window` (the
    /// same claim and the same event fall within days of each other: this keeps the work
    /// per document flat as the corpus grows): every mention of this source's claims
    /// (a KnownStatement per mention, `id` its claim), sorted. Inside a batch, from memory
    /// (MentionCache) once a source has been read.
    std::vector<KnownStatement> statements_by_source(const std::string& source_id,
                                                     const DateWindow& window) const override;
    /// The mentions with these words that no source is given for, within `window`.
    std::vector<KnownStatement> unattributed_by_match_key(const std::string& match_key,
                                                          const DateWindow& window) const override;
    /// Statements with a figure of this measure (or this cue) that may be of the event of a
    /// statement with these `places` (resolve::same_event): a place in common, or none on
    /// either side, and a date within `window`. Looked up by (place, date), so the work does
    /// not grow with the corpus.
    std::vector<KnownStatement> statements_with_measure(const std::string& measure, const std::string& places,
                                                        const DateWindow& window) const override;
    std::vector<KnownStatement> statements_with_cue(const std::string& cue_lemma, const std::string& places,
                                                    const DateWindow& window) const override;
    /// Every statement with a figure ("" for any measure), for figure timelines.
    std::vector<KnownStatement> statements_with_figures(const std::string& measure) const;
    /// Every statement that may be of the event of one with these `places` within `window`
    /// (as statements_with_measure), but `except_id`.
    std::vector<KnownStatement> statements_in_event(const std::string& except_id, const std::string& places,
                                                    const DateWindow& window) const override;
    /// Documents sharing any of these shingles, with how many they share. A shingle that
    /// more than kCommonShingle documents have is boilerplate, not evidence of copy.
    std::vector<std::pair<std::string, std::size_t>> documents_sharing(
        const std::vector<std::int64_t>& shingles) const override;

    // Corrections a person makes; recorded so that later ingests keep them.

    /// Merges source `other` into `keep`: edges, aliases and keys move; `other` is gone.
    void merge_sources(const std::string& keep, const std::string& other);
    /// Moves the mentions written `alias` from source `id` to a new source named `alias`,
    /// which later documents find under `key` (its identity key); returns the new id.
    std::string split_source(const std::string& id, const std::string& alias, const std::string& key);
    /// A person confirms that `document` carries `statement` (the match is right).
    void confirm_match(const std::string& statement, const std::string& document);
    /// The words of `document`'s (first) mention of `statement`; "" when it has none.
    std::string mention_text(const std::string& statement, const std::string& document) const;
    /// A person rejects the match: `document`'s mention leaves `statement` for a claim of its
    /// own (its words as written there, under `match_key`); returns the new statement's id.
    std::string reject_match(const std::string& statement, const std::string& document, const std::string& match_key);
    /// Adds a dispute a person asserts (basis "curated").
    void add_dispute(const std::string& from, const std::string& to, const std::string& note);

    // Verdicts (store/verdicts.cpp): a claim's latest is its verdict, earlier ones are kept;
    // a claim merged into another takes its verdicts along.

    /// Records a verdict on `v.statement` (a stored claim; an Error otherwise). Nothing is
    /// written when it equals the claim's latest verdict; returns whether one was.
    bool add_verdict(const Verdict& v);
    /// Withdraws every verdict on a claim; returns how many there were.
    std::size_t remove_verdicts(const std::string& statement);
    /// Each claim's latest verdict, by claim id; with `ids` (a JSON array, sql::json_ids),
    /// only those of these claims.
    std::vector<Verdict> verdicts(const std::optional<std::string>& ids = std::nullopt) const;

    std::vector<DisputeRow> disputes() const;
    /// Pairs of documents that share copy, (a, b) with a < b.
    std::vector<std::pair<std::string, std::string>> copies() const;
    /// The same, only the pairs that touch these documents (indexed look-ups).
    std::vector<std::pair<std::string, std::string>> copies(const std::vector<std::string>& documents) const;
    /// What ties documents to one origin: pairs sharing copy, and (document, agency) for
    /// every named agency a document credits or is published by.
    std::vector<std::pair<std::string, std::string>> origin_links() const;
    /// The same, only the links that touch these documents (indexed look-ups).
    std::vector<std::pair<std::string, std::string>> origin_links(const std::vector<std::string>& documents) const;

    /// Every `reports` edge as (from, to): what circular reporting is searched in, without
    /// loading the nodes (graph::reporting_cycles over a whole archive).
    std::vector<std::pair<std::string, std::string>> reports_edges() const;
    /// Calls `each` with every statement that documents carry and those documents (sorted),
    /// statement by statement in id order, streamed: independent origins of a whole archive.
    void for_each_carried(const std::function<void(const std::string&, const std::vector<std::string>&)>& each) const;

    /// The claims that merged claims' ids now lead to: old id → claim, for those of `ids`
    /// that were merged into another.
    std::map<std::string, std::string> redirects(const std::vector<std::string>& ids) const;
    /// The claims that merged claims with ids starting with `prefix` lead to, sorted.
    std::vector<std::string> redirects_with_prefix(const std::string& prefix, std::size_t limit = 10) const;

    /// Every node id starting with `prefix`, sorted (at most `limit`).
    std::vector<std::string> ids_with_prefix(const std::string& prefix, std::size_t limit = 10) const;

    /// The nodes within `depth` hops of `id`, following edges both ways, loaded with
    /// recursive queries (never the whole graph); a negative depth means unbounded upstream
    /// and one step downstream — what trace needs.
    GraphData neighbourhood(const std::string& id, int depth) const;

    /// The whole graph, for rendering and export.
    GraphData graph() const;
    /// Gives each source node of `g` the keys later ingests find it by (attributes `keys`,
    /// a name's, and `lone_keys`: a surname with a title, a role, another spelling), "; "
    /// between them, so that an exported graph imports into the same resolution state:
    /// who a surname alone presumably is depends on them (a person stored as "Sanders"
    /// whom an article named "Felicia Sanders" in full is not Bernie Sanders).
    void add_source_keys(GraphData& g) const;
    /// The claims whose every mention the extractor gave less confidence than `min`
    /// (claims without any confidence, curated or imported, are never among them).
    std::set<std::string> unsure_claims(double min) const;

    /// What is wrong with the database, one line each (none when it is sound): SQLite's
    /// integrity_check and foreign_key_check, an edge naming a node that is not stored, a
    /// statement whose speaker is not stored, a source without a name. Reads the whole
    /// database.
    std::vector<std::string> problems() const;

private:
    void migrate();
    void switch_to_wal();
    /// Store::add's writes, inside its savepoint.
    void write_document(const DocumentDelta& b, const std::string& hash, const AddResult& result);
    /// Throws DocumentNotStored when an edge or merge of `b` names a node that is not stored.
    void check_references(const DocumentDelta& b, const std::string& document_id);
    /// What the mentions in memory hold of a source, read around a window's center.
    MentionCache::Slice read_mentions(const std::string& source_id, const std::string& center) const;
    /// The mentions of claims (statement_variants) that `where` selects, within `window`.
    std::vector<KnownStatement> variants_where(const std::string& where, const std::string& bind,
                                               const DateWindow& window) const;
    void write_variants(const std::vector<Variant>& variants);
    /// Merges claim `other` into `keep` (mentions, edges, figures, places); `how` is recorded
    /// on the reports edges that carried `other` unmatched.
    void merge_statement_locked(const std::string& keep, const std::string& other, const std::string& how);
    /// add_verdict inside a transaction the caller holds (import_graph's).
    bool add_verdict_locked(const Verdict& v);
    /// Resets every prepared statement (one that failed mid-step refuses to be reused).
    void reset_statements() const noexcept;
    void merge_locked(const std::string& keep, const std::string& other, const std::string& how);
    /// Recomputes who each source named by a surname, title or short name alone presumably
    /// is (resolve/presumed.h) from the stored sources, inside the caller's transaction;
    /// writes nothing when that is what is stored. Whether it wrote.
    bool refresh_presumed();
    /// Every edge naming `other` names `keep` instead; one that `keep` already has, or that
    /// would join `keep` to itself, is dropped.
    void move_edges(const std::string& keep, const std::string& other);
    std::vector<KnownStatement> event_candidates(const std::string& filter, const std::string& bind,
                                                 const std::string& places, const DateWindow& window) const;
    /// The statements with these ids (those that exist), sorted by id: two queries in all.
    std::vector<KnownStatement> known_many(const std::vector<std::string>& ids) const;
    std::vector<KnownStatement> known_list(const std::string& sql, const std::string& bind,
                                           const DateWindow& window = {}) const;
    /// A statement prepared once per store and reset for each use (the resolver asks the
    /// same questions for every document).
    SQLite::Statement& cached(const std::string& sql) const;
    /// Sets statements.source_id (the speaker the resolver looks candidates up by) for the
    /// statements `where` selects (an SQL condition on `statements`, with ?1 bound to `bind`).
    void refresh_statement_sources(const std::string& where, const std::string& bind);
    /// The first half of refresh_statement_sources: sets the speakers of the statements
    /// `where` selects and returns the ids of those whose speaker changed.
    std::vector<std::string> refresh_speakers(const std::string& where, const std::string& bind);
    /// The second half: the mentions of the statements `ids` (a JSON array) take their
    /// statement's speaker.
    void refresh_mention_speakers(const std::string& ids);
    /// Labels how the reports edges that `mentions` (a query of rowids) selects matched
    /// the claims `claims` (a condition on `c`) selects; ?1… are bound to `binds`.
    void label_reports(const std::string& claims, const std::string& mentions, const std::vector<std::string>& binds);
    /// Dates the claims `ids` (a JSON array) by their earliest dated mention, and files
    /// their places under the new date.
    void redate(const std::string& ids);
    /// Adds the statement_places rows of the statements `where` selects (same binding).
    void index_places(const std::string& where, const std::string& bind);
    GraphData load(const std::vector<std::string>& node_ids, bool all) const;
    // the shingle index (shingles.cpp)
    /// At the start of a batch: drops the index if another connection wrote, reads it if it
    /// fits the budget, from the second batch on (at the first only a small table).
    void prepare_shingles();
    /// The rows of a document being written (those the table would take), kept aside until
    /// its savepoint is released; without the index, written to the table at once.
    void write_shingles(const std::vector<std::int64_t>& hashes, const std::string& document_id);
    /// The document's savepoint was released: its rows join the index and wait for the commit.
    void keep_shingles();
    /// Writes the rows of the batch to the table, before its COMMIT.
    void flush_shingles();
    /// The batch or the document did not make it: what the index learnt of it is forgotten
    /// (the whole index after a failed batch; it is read again from the table).
    void forget_shingles(bool whole_batch) noexcept;

    // the full-text rows of a batch (fulltext.cpp)
    /// The full-text row of a statement stored: inside a batch it waits for the COMMIT
    /// (staged until the document's savepoint is released); outside, written at once.
    void write_fulltext(std::int64_t rowid, const std::string& text);
    /// The statement `rowid` is deleted: true if its row was waiting (and now is not, once
    /// the document is kept), false if it is in the index and must be deleted there.
    bool drop_fulltext(std::int64_t rowid);
    /// The document's savepoint was released: its rows wait with the batch's.
    void keep_fulltext();
    /// Writes the batch's waiting rows, in rowid order, before its COMMIT.
    void flush_fulltext();
    /// The document or the whole batch did not make it: its rows are forgotten.
    void forget_fulltext(bool whole_batch) noexcept;
    /// Both of the above: what waits for the COMMIT of a document or batch that did not make it.
    void forget_unwritten(bool whole_batch) noexcept;
    // a speaker's mentions in memory (mention_cache.h, variants.cpp)
    /// At the start of a batch: forgets every source if anything but this store's batches
    /// wrote since the last one (another connection, or this one outside a batch).
    void prepare_mentions();
    /// The sources whose mentions include one of the claims `ids` (a JSON array) are
    /// forgotten: a write is about to move or refile those mentions.
    void forget_mentions_of(const std::string& ids);
    /// FTS5's integrity-check of the full-text index against the statements (rank 1: every
    /// row's terms): empty when they agree, else why not. SQLite runs it as a write.
    std::string fulltext_disagreement() const;

    std::unique_ptr<SqlProfile> m_profile;  ///< declared first: it outlives the database
    std::unique_ptr<SQLite::Database> m_db;
    std::string m_path;
    mutable std::map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
    bool m_batch = false;
    std::size_t m_batches = 0;  ///< committed by this store
    std::size_t m_memory_budget = std::size_t{256} << 20;  ///< of the shingle index
    std::unique_ptr<ShingleIndex> m_shingles;  ///< null: documents_sharing asks SQLite
    std::int64_t m_shingles_version = 0;  ///< PRAGMA data_version when it was read
    bool m_shingles_refused = false;  ///< over the budget: not read again
    std::vector<std::pair<std::int64_t, std::string>> m_unflushed;  ///< in the index, not yet in the table
    std::vector<std::int64_t> m_staged;  ///< of the document being written
    std::string m_staged_document;
    std::map<std::int64_t, std::string> m_fulltext_waiting;  ///< kept documents' rows, by rowid
    std::vector<std::pair<std::int64_t, std::string>> m_fulltext_staged;  ///< of the document being written
    std::vector<std::int64_t> m_fulltext_dropped;  ///< waiting rows the document being written deletes
    mutable MentionCache m_mentions;  ///< used inside a batch only
    std::int64_t m_mentions_version = -1;  ///< PRAGMA data_version when last known to agree
    std::int64_t m_mentions_changes = -1;  ///< this connection's total changes at the last commit
};

}  // namespace claimgraph::store
