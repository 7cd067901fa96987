// Provenance analyses over a (piece of the) graph. Boost.Graph lives in the .cpp only.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/graph.h"

namespace claimgraph::graph {

/// A document that carries a claim, with its date when it has one.
struct DatedDocument {
    std::string id;
    std::optional<std::string> date;
};

struct FirstAppearance {
    std::string document;  ///< the earliest dated document (then the smallest id)
    std::string date;
    /// Every document that may be the first: those dated the same as the earliest (equal
    /// dates, or a day against a time on that day) and those without a date, with the
    /// chosen one; sorted by date then id, undated last. One entry when the first is clear.
    std::vector<DatedDocument> candidates;
};

/// The first appearance among `documents`; nullopt when none is dated.
std::optional<FirstAppearance> first_appearance(const std::vector<DatedDocument>& documents);

struct TraceResult {
    std::string root;
    GraphData graph;  ///< the root, everything upstream and downstream
    std::vector<std::string> upstream;  ///< toward the origin, breadth-first, root excluded
    std::vector<std::string> downstream;  ///< who carries or relays it, breadth-first
    std::vector<std::string> origins;  ///< sources at the end of the upstream chains, sorted
    std::vector<std::string> documents;  ///< documents that carry the root (or are it), sorted
    std::size_t independent_origins = 0;  ///< those documents, copies of one origin counted once
    std::optional<FirstAppearance> first_appearance;
    std::vector<std::vector<std::string>> cycles;  ///< circular reporting among `reports` edges
};

/// Traces `root` in `g` (which must contain it): upstream along edges (they point toward
/// the origin) to the sources that stand at the end — the speaker, or the institution a
/// spokesperson speaks for, or the agency a document credits — and downstream to the
/// documents and relays that carry it. Throws Error when root is not in g.
/// `links` are what ties documents to one origin (store::Store::origin_links): the
/// documents carrying the root that they join count as one independent origin.
TraceResult trace(const GraphData& g, const std::string& root,
                  const std::vector<std::pair<std::string, std::string>>& links = {});

/// How many independent origins stand behind a claim carried by `documents`: documents
/// joined by `links` (pairs of ids: two documents sharing copy, or a document and the
/// agency it credits) are one origin. Counted with Boost's connected components.
std::size_t independent_origins(const std::vector<std::string>& documents,
                                const std::vector<std::pair<std::string, std::string>>& links);

/// What ties documents to one origin, for many claims at once: the connected components
/// (Boost) of the links, found once, so that counting a claim's independent origins costs
/// its documents and not the links (`claims` and `report` over a whole archive).
class OriginIndex {
public:
    explicit OriginIndex(const std::vector<std::pair<std::string, std::string>>& links);
    /// As independent_origins(documents, links) with the links given to the constructor.
    std::size_t independent_origins(const std::vector<std::string>& documents) const;
    /// The same over ids the caller holds elsewhere (a listing's rows): nothing is copied.
    std::size_t independent_origins(const std::vector<std::string_view>& documents) const;

private:
    struct Hash {  // looks a std::string_view up without making a string of it
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    /// node id → its component
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> m_component;
};

/// Every cycle among `reports` edges (A reports B reports A), each as node ids starting at
/// its smallest id, sorted.
std::vector<std::vector<std::string>> reporting_cycles(const GraphData& g);
/// The same over `reports` edges alone, (from, to): a whole archive without its nodes.
std::vector<std::vector<std::string>> reporting_cycles(const std::vector<std::pair<std::string, std::string>>& reports);

}  // namespace claimgraph::graph
