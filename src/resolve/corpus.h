// What the resolver asks of the documents already stored: the interface between the
// cross-document linker (linker.h) and a store. The SQLite store implements it
// (store/store.h); tests use an in-memory one. A second backend implements this and
// nothing in resolve/ changes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/records.h"

namespace claimgraph::resolve {

/// A window of statement dates, [from, to) as ISO dates ("2026-03-12"); statements
/// without a date are always in it. An empty window (both "") holds everything.
struct DateWindow {
    std::string from, to;
    std::string center;  ///< the statement's own day: candidates nearest it come first
};

/// What linking needs of a stored claim it met: its date and whether a person pinned it.
struct ClaimState {
    std::string id;
    std::optional<std::string> date;
    bool pinned = false;
};

class Corpus {
public:
    virtual ~Corpus() = default;

    /// The source a key maps to: an id, "" for a surname two people share, nullopt when unknown.
    virtual std::optional<std::string> source_for_key(const std::string& key) const = 0;
    /// The type of a stored source, nullopt when there is none with this id.
    virtual std::optional<SourceType> source_type(const std::string& id) const = 0;
    /// The name a stored source is shown by, nullopt when there is none with this id.
    virtual std::optional<std::string> source_name(const std::string& id) const = 0;
    /// Whether a person's correction (sources merge / split) fixed this source.
    virtual bool source_pinned(const std::string& id) const = 0;
    /// The stored statements with these ids (those that exist), sorted by id.
    virtual std::vector<KnownStatement> known_statements(const std::vector<std::string>& ids) const = 0;
    /// The date and pinned state of the stored statements with these ids (those that
    /// exist), sorted by id: known_statements without their words, figures and speaker.
    virtual std::vector<ClaimState> claim_states(const std::vector<std::string>& ids) const = 0;
    /// The source of the stored statement with this id ("" when it has none), nullopt when
    /// no statement has this id: one look-up where the linker needs no more of it.
    virtual std::optional<std::string> statement_source(const std::string& id) const = 0;
    /// The ids of the claims with a mention of these words by this source, sorted.
    virtual std::vector<std::string> ids_by_match_key(const std::string& match_key,
                                                      const std::string& source_id) const = 0;
    /// The candidates a new statement is compared with, within `window` (the same claim and
    /// the same event fall within days of each other): every mention of this source's
    /// claims (a KnownStatement per mention, `id` its claim), sorted. A store may bound how
    /// many it gives, keeping those nearest the window's center. A mention carries what
    /// match_kind compares (words, date, places, figures), its source and its claim's
    /// pinned state; a store may leave its text, cue and source name empty.
    virtual std::vector<KnownStatement> statements_by_source(const std::string& source_id,
                                                             const DateWindow& window) const = 0;
    /// The mentions with these words that no source is given for, within `window` (as
    /// statements_by_source gives them).
    virtual std::vector<KnownStatement> unattributed_by_match_key(const std::string& match_key,
                                                                  const DateWindow& window) const = 0;
    /// Statements with a figure of this measure (or this cue) that may be of the event of a
    /// statement with these `places` (same_event, matching.h): a place in common, or none
    /// on either side, and a date within `window`.
    virtual std::vector<KnownStatement> statements_with_measure(const std::string& measure, const std::string& places,
                                                                const DateWindow& window) const = 0;
    virtual std::vector<KnownStatement> statements_with_cue(const std::string& cue_lemma, const std::string& places,
                                                            const DateWindow& window) const = 0;
    /// Every statement that may be of the event of one with these `places` within `window`
    /// (as statements_with_measure), but `except_id`.
    virtual std::vector<KnownStatement> statements_in_event(const std::string& except_id, const std::string& places,
                                                            const DateWindow& window) const = 0;
    /// Documents sharing any of these shingles, with how many they share; boilerplate
    /// shingles (held by very many documents) may be left out.
    virtual std::vector<std::pair<std::string, std::size_t>> documents_sharing(
        const std::vector<std::int64_t>& shingles) const = 0;
};

}  // namespace claimgraph::resolve
