// What one ingested document adds to the graph, and the rows listings show.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/attribution.h"
#include "model/graph.h"

namespace claimgraph {

struct SourceRecord {
    std::string id;
    std::string name;
    SourceType type = SourceType::person;
    std::string role;
    std::vector<std::string> aliases;  ///< mentions as written ("the ministry", "She")
};

struct StatementRecord {
    std::string id;
    std::string text;
    StatementKind kind = StatementKind::indirect;
    std::string cue;  ///< lemma of the first cue seen
    std::optional<std::string> date;
    std::vector<Figure> figures;
    std::string match_key;  ///< the content's words, lower case: equal keys are the same words
    std::string places;  ///< proper names around it (space-separated keys), to tell events apart
};

/// A key under which later documents find a source (resolve/names.h); `kind` is "name"
/// or "surname" (a surname that two people share maps to "", no one).
struct SourceKey {
    std::string key, source_id, kind;
};

/// One mention a claim was matched from: its own words, date, places and figures, kept so
/// that a later statement is compared with every mention of a claim, not only with the
/// first. `statement_id` is the claim; `original_id` the id the mention's own words and
/// speaker give it (a claim's id is its earliest mention's, by date and then id, whatever
/// the order in which they came).
struct Variant {
    std::string statement_id, original_id, document_id, match_key;
    std::optional<std::string> date;
    std::string places;
    std::vector<Figure> figures;
};

/// Two stored claims that a new mention shows to be one: `from` is merged into `into`;
/// `how` is recorded on the reports edges that carried `from` (exact, near, figure).
struct StatementMerge {
    std::string from, into, how;
};

/// A source stored earlier that a document shows to be another; `how` says why (it is
/// added to the identity of each mention moved: Edge::match).
struct SourceMerge {
    std::string from, into, how;
};

/// One document and everything extraction found in it, with stable ids: what the document
/// adds to the graph. The store writes it whole (inside a transaction of up to 200 such
/// documents: Store::begin_batch).
struct DocumentDelta {
    Document document;
    std::vector<SourceRecord> sources;
    std::vector<StatementRecord> statements;
    std::vector<Edge> edges;  ///< each pointing at its words in this document (model/edge.h)
    std::vector<SourceKey> source_keys;
    /// Sources stored earlier that this document shows to be another.
    std::vector<SourceMerge> merges;
    /// Claims stored earlier that this document's mentions show to be one.
    std::vector<StatementMerge> statement_merges;
    /// This document's mentions, under the claims they were matched to.
    std::vector<Variant> variants;
    std::vector<std::int64_t> shingles;  ///< sampled hashes of the document's 8-word runs outside quotes
    /// Earlier documents sharing copy with this one: (document id, sampled shingles shared).
    std::vector<std::pair<std::string, std::size_t>> copies;
};

/// A stored statement as the cross-document resolver sees it (from the store's candidate
/// look-ups: one of its mentions, `id` being the claim).
struct KnownStatement {
    std::string id, text, match_key, source_id, source_name, cue, places;
    std::optional<std::string> date;
    std::vector<Figure> figures;
    bool pinned = false;  ///< a person rejected a match of it: it is never merged with another claim
};

struct DisputeSide {
    std::string id, text;
    std::optional<std::string> source_id, source_name, date;
    std::optional<long long> value;
};

struct DisputeRow {
    std::string basis;
    std::optional<std::string> measure;
    DisputeSide from, to;
    bool confirmed = false;  ///< a person confirmed it (curated, or a found one checked)
};

struct DocumentRow {
    std::string id, path;
    std::optional<std::string> title, outlet, date, url;
    std::size_t bytes = 0;
    std::size_t statements = 0;
};

/// Where a document carries a claim: the mention's byte span, the claim's kind and speaker.
struct DocumentMention {
    std::string statement;
    std::size_t start = 0, end = 0;
    std::string kind;
    std::optional<std::string> speaker;
};

/// A source read as another (resolve/presumed.h): "Obama" alone, presumably Barack Obama,
/// and why. In a claim, the source as written; in a source, the one it is presumed to be.
struct PresumedFrom {
    std::string id, name, basis;
};

struct SourceRow {
    std::string id, name;
    SourceType type = SourceType::person;
    std::string role;
    std::vector<std::string> aliases;
    std::optional<std::string> speaks_for;  ///< id of the body the source speaks for
    std::size_t documents = 0, statements = 0;
    std::optional<std::string> document;  ///< the document, when the source appears in one only
    /// whom a surname, office or short name alone presumably is (resolve/presumed.h): id, name, basis
    std::optional<PresumedFrom> presumed;
};

/// One mention of a source: the words a document wrote, the statement they speak, and how
/// the mention was identified with the source (Edge::match, resolve/identity.h).
struct SourceMentionRow {
    std::string document;
    std::optional<std::string> outlet, date;
    std::string statement, statement_text;
    std::optional<std::size_t> start, end;  ///< none for a curated link
    std::string words, identity;
};

struct ClaimDocument {
    std::string id;
    std::optional<std::string> outlet, date;
    /// the mention's byte span; none for a curated link, which points at no words
    std::optional<std::size_t> start, end;
    std::string match;  ///< how this document's mention was matched to the claim ("" for the first)
    bool confirmed = false;  ///< a person confirmed the match
    std::string text;  ///< the mention's words as this document has them
    std::optional<double> confidence;  ///< the extractor's, where a model gave one
};

struct ClaimRow {
    std::string id, text;
    StatementKind kind = StatementKind::indirect;
    std::string cue;
    /// the speaker: the source presumed when there is one (then `presumed` names the source
    /// as written)
    std::optional<std::string> source_id, source_name;
    std::optional<PresumedFrom> presumed;
    std::vector<Figure> figures;
    std::vector<ClaimDocument> documents;  ///< sorted by date, then id
};

struct ClaimFilter {
    std::string source;  ///< id prefix or name substring
    std::string search;  ///< full-text query over statement text
    std::string kind;  ///< direct | indirect | mixed
    bool disputed = false;  ///< only claims in a dispute
    /// Only claims some mention of which the extractor gave at least this confidence;
    /// claims without any (curated, imported, extracted without a model) are kept.
    double min_confidence = 0;
    std::string outlet{};  ///< only claims some document of this outlet carries (case-insensitive)
    /// Only claims dated on or after `since` / on or before `until` (ISO dates or their
    /// prefixes: "2026-03" is the whole month); undated claims are left out by either.
    std::string since{}, until{};
    std::string id{};  ///< only this claim (a full id)
};

/// The order of a page of claims: by date (earliest first), newest first, or most carried
/// (documents) first; ties by id.
enum class ClaimOrder { date, newest, documents };

/// One page of a filtered listing and how many claims the filter selects in all.
struct ClaimPage {
    std::vector<ClaimRow> rows;
    std::size_t total = 0;
};

}  // namespace claimgraph
