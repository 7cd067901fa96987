// Stable, content-derived identifiers (DESIGN.md §2: no counters, no addresses).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimgraph {

/// 64-bit FNV-1a over the bytes of `data`, continuing from `seed`.
std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = 0xcbf29ce484222325ULL);

/// A 16-hex-digit id derived from the parts, each separated so that ("ab","c") and
/// ("a","bc") differ. The same parts always give the same id.
std::string stable_id(std::initializer_list<std::string_view> parts);

/// Hex digest of the text, for document content identity.
std::string content_hash(std::string_view text);

}  // namespace claimgraph
