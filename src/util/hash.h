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

/// stable_id in steps, for parts that are not at hand as strings (a name key hashed as it
/// is made, without the copy): add a part's bytes in as many pieces as it comes in, then
/// end_part(); id() is stable_id of the parts so given.
class StableId {
public:
    void add(std::string_view bytes) { m_hash = fnv1a64(bytes, m_hash); }
    /// The bytes with their ASCII capitals folded to lower case (text::name_key's folding).
    void add_folded(std::string_view bytes);
    void end_part() { m_hash = fnv1a64(std::string_view("\x1f", 1), m_hash); }
    std::string id() const;

private:
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

/// Hex digest of the text, for document content identity.
std::string content_hash(std::string_view text);

}  // namespace claimgraph
