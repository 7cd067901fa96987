// Hashed sparse features: a feature is a 64-bit hash of its template and its values, so
// no string is built or looked up while a model scores (the learners below).
#pragma once

#include <cstdint>
#include <string_view>

namespace claimgraph::learn {

/// A well-mixed 64-bit value (splitmix64's finaliser).
constexpr std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

/// The hash of a string value (a word, a suffix): FNV-1a, mixed.
constexpr std::uint64_t hash_text(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

/// A feature of template `t` (a small number naming what it looks at) with one, two or
/// three values. Never 0: 0 marks an empty slot in a model's table.
constexpr std::uint64_t feature(std::uint64_t t, std::uint64_t a) {
    const std::uint64_t h = mix(mix(t * 0x9E3779B97F4A7C15ULL) ^ a);
    return h ? h : 1;
}
constexpr std::uint64_t feature(std::uint64_t t, std::uint64_t a, std::uint64_t b) {
    return feature(t, mix(a) ^ (b * 0xC2B2AE3D27D4EB4FULL));
}
constexpr std::uint64_t feature(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    return feature(t, mix(mix(a) ^ (b * 0xC2B2AE3D27D4EB4FULL)) ^ (c * 0x165667B19E3779F9ULL));
}

}  // namespace claimgraph::learn
