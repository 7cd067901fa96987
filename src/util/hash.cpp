#include "util/hash.h"

#include <fmt/format.h>

#include "util/text.h"

namespace claimgraph {

std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed) {
    std::uint64_t h = seed;
    for (unsigned char c : data) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

namespace {

// FNV-1a mixes low bits poorly; a final avalanche (splitmix64) spreads them so that
// short id prefixes are evenly distributed.
std::uint64_t finalize(std::uint64_t h) {
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

}  // namespace

void StableId::add_folded(std::string_view bytes) {
    std::uint64_t h = m_hash;
    for (const char c : bytes) h = (h ^ static_cast<unsigned char>(text::fold_ascii(c))) * 0x100000001b3ULL;
    m_hash = h;
}

std::string StableId::id() const { return fmt::format("{:016x}", finalize(m_hash)); }

std::string stable_id(std::initializer_list<std::string_view> parts) {
    StableId id;
    for (std::string_view part : parts) {
        id.add(part);
        id.end_part();
    }
    return id.id();
}

std::string content_hash(std::string_view text) {
    // Two independent 64-bit lanes plus the length: a 128-bit digest is enough to tell
    // documents apart; the store also compares text on a hit.
    // Both lanes in one pass: two independent chains of multiplies run side by side (the
    // same digest as two fnv1a64 calls, in about half the time).
    std::uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
    for (unsigned char c : text) {
        a = (a ^ c) * 0x100000001b3ULL;
        b = (b ^ c) * 0x100000001b3ULL;
    }
    return fmt::format("{:016x}{:016x}", finalize(a), finalize(b ^ text.size()));
}

}  // namespace claimgraph
