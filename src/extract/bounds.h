// Where a statement's content begins and ends. The frame finders propose a content from
// their word rules; a learned model then moves its first and last word within the free
// words around it (the paragraph, never across the cue, the speaker or another
// statement), choosing among every possible boundary with features of the words there,
// the quotation state, the sentence edges and the distance from the rules' proposal.
// Trained on gold contents (PolNeAR's train split), it learns an annotator's habits the
// rules only approximate: whether "that" belongs, where a clause of reported speech ends,
// when a quote's content runs on into the next sentence.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/context.h"
#include "learn/model.h"

namespace claimgraph::extract {

/// The version of the boundary features.
inline constexpr std::uint64_t kBoundsTemplates = 0x626e640000000004ULL;

/// What a boundary is chosen for: the rules' content (its outer edges), the cue and
/// speaker it must not cross, and how far each edge may move.
struct BoundsQuery {
    Range outer;  ///< the rules' content, first to last piece
    std::optional<Range> cue, source;
    std::string_view lemma;  ///< the cue's lemma ("" without a cue)
    std::size_t lo = 0, hi = 0;  ///< the start may go down to lo, the end up to hi
    /// The attribution (cue, speaker, relay) when it stands right next to the content:
    /// an edge may then run across it, as an annotator marks "Acts of protest, Mr. Obama
    /// said, are acts of patriotism" whole.
    std::optional<Range> block;
    /// For each end j from outer.first: the commas the content holds before it (up to 3,
    /// outside quotation marks), and 4 when one opens a relative clause (", which …").
    std::vector<std::uint8_t> clauses;
    /// What the edge features read of each token from lo - 1 to hi + 1, computed once for
    /// all the candidate edges (bounds_query fills it; a token outside is read afresh).
    struct Token {
        std::uint64_t word = 0, shape = 0, suffix = 0;  ///< hashes; "$" outside the paragraph
        std::uint8_t quoted = 0, edge = 0;  ///< inside a quotation; where in its sentence
        std::uint8_t cue_ahead = 0;  ///< 1 + half the distance to a cue verb within 6 words, or 0
    };
    std::size_t tokens_from = 0;
    std::vector<Token> tokens;
    std::uint64_t lemma_hash = 0;
};

/// The limits of a query: the paragraph's free words around the rules' content, up to
/// 40 words either way, never into the cue, the speaker, a relay or a cue verb after a comma
/// (across the attribution when it stands right next to the content).
BoundsQuery bounds_query(const Context& ctx, Range outer, std::optional<Range> cue, std::optional<Range> source,
                         std::optional<Range> via, std::string_view lemma);

/// Whether token i is a cue verb of the word lists written in lower case outside quotation
/// marks: the verb of another statement's clause (", the ministry also said").
bool free_cue_verb(const Context& ctx, std::size_t i);

/// Reads once what the edge features read of each token of `q` (its `tokens`, from lo - 1
/// to hi + 1, and its lemma's hash); bounds_query calls it.
void read_tokens(const Context& ctx, BoundsQuery& q);

/// Whether a content may start at token k / end before token j: not inside the
/// attribution it runs across.
inline bool start_allowed(const BoundsQuery& q, std::size_t k) {
    return !q.block || k < q.block->first || k >= q.block->last;
}
inline bool end_allowed(const BoundsQuery& q, std::size_t j) {
    return !q.block || j <= q.block->first || j > q.block->last;
}

/// The features of a content starting at token `i` / ending before token `j`
/// (bounds_features.cpp).
void start_features(const Context& ctx, const BoundsQuery& q, std::size_t i, std::vector<std::uint64_t>& f);
void end_features(const Context& ctx, const BoundsQuery& q, std::size_t j, std::vector<std::uint64_t>& f);

/// Chooses content boundaries. The learned model below is one; training uses another that
/// records the candidates next to the gold.
class BoundsChooser {
public:
    virtual ~BoundsChooser() = default;
    /// The content's new [start, end) for the pieces `content` (only the outer edges
    /// move); `q` from bounds_query.
    virtual Range choose(const Context& ctx, const BoundsQuery& q, const std::vector<Range>& content) const = 0;
};

class BoundsModel final : public BoundsChooser {
public:
    BoundsModel(learn::LinearModel starts, learn::LinearModel ends)
        : m_starts(std::move(starts)), m_ends(std::move(ends)) {}
    Range choose(const Context& ctx, const BoundsQuery& q, const std::vector<Range>& content) const override;

private:
    learn::LinearModel m_starts, m_ends;
};

/// The content's pieces once its edges are [r.first, r.last): the rules' pieces with their
/// outer edges moved; an edge that crossed the attribution adds a piece on its far side
/// when that piece reads as a clause (the attribution itself is never content).
std::vector<Range> content_pieces(const Context& ctx, const BoundsQuery& q, const std::vector<Range>& content, Range r);

/// True when tokens [a, b) (or [b, a)) hold no letter or digit: boundaries that far apart
/// give the same content for the scorer and for a reader.
bool same_words(const Context& ctx, std::size_t a, std::size_t b);

}  // namespace claimgraph::extract
