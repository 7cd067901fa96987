#include "store/shingle_index.h"

#include <algorithm>

namespace claimgraph::store {

namespace {

// a 64-bit mix (the hashes are FNV-1a of words shifted right by one: their low bits are
// not spread enough to index a table by)
std::size_t mix(std::int64_t hash) noexcept {
    auto x = static_cast<std::uint64_t>(hash);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::size_t>(x);
}

}  // namespace

std::size_t ShingleIndex::slot_of(std::int64_t hash) const noexcept {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = mix(hash) & mask;
    while (m_slots[at] != 0 && m_rows[m_slots[at] - 1].hash != hash) at = (at + 1) & mask;
    return at;
}

std::size_t ShingleIndex::slots_for(std::size_t hashes, std::size_t slots) noexcept {
    while (hashes * 10 > slots * 7) slots = slots == 0 ? 1024 : slots * 2;  // at most 70% full
    return slots;
}

std::size_t ShingleIndex::walk_count(std::size_t at) const noexcept {
    std::size_t n = 0;
    for (std::uint32_t r = m_slots[at]; r != 0; r = m_rows[r - 1].next) ++n;
    return n;
}

void ShingleIndex::rehash(std::size_t slots) {
    if (slots == m_slots.size()) return;
    std::vector<std::uint32_t> old = std::move(m_slots);
    std::vector<std::uint8_t> old_counts = std::move(m_counts);
    m_slots.assign(slots, 0);
    m_counts.assign(slots, 0);
    for (std::size_t i = 0; i < old.size(); ++i)
        if (old[i] != 0) {
            const std::size_t at = slot_of(m_rows[old[i] - 1].hash);
            m_slots[at] = old[i];
            m_counts[at] = old_counts[i];
        }
}

void ShingleIndex::insert(std::int64_t hash, std::string_view document_id) {
    rehash(slots_for(m_hashes + 1, m_slots.size()));
    // a document's rows come together: the last document named is asked first, so that
    // a row costs no copy of the id to look it up
    std::uint32_t document = static_cast<std::uint32_t>(m_names.size());
    if (!m_names.empty() && *m_names.back() == document_id) {
        --document;
    } else {
        const auto [it, fresh] = m_documents.try_emplace(std::string(document_id), document);
        if (fresh) {
            m_names.push_back(&it->first);  // a key's address outlives rehashing
            m_name_bytes += it->first.capacity() > 15 ? it->first.capacity() : 0;
        }
        document = it->second;
    }
    const std::size_t at = slot_of(hash);
    for (std::uint32_t r = m_slots[at]; r != 0; r = m_rows[r - 1].next)
        if (m_rows[r - 1].document == document) return;
    if (m_slots[at] == 0) ++m_hashes;
    m_rows.push_back({hash, document, m_slots[at]});
    m_slots[at] = static_cast<std::uint32_t>(m_rows.size());
    if (m_counts[at] != kSaturated) ++m_counts[at];
}

std::size_t ShingleIndex::holders(std::int64_t hash) const {
    if (m_slots.empty()) return 0;
    const std::size_t at = slot_of(hash);
    return m_counts[at] == kSaturated ? walk_count(at) : m_counts[at];
}

std::vector<std::pair<std::string, std::size_t>> ShingleIndex::sharing(const std::vector<std::int64_t>& hashes,
                                                                       std::size_t max_holders) const {
    if (m_slots.empty()) return {};
    // every holder of each rare hash, one walk of its rows each; then counted by document
    std::vector<std::uint32_t> held, holders;
    for (const std::int64_t hash : hashes) {
        const std::size_t at = slot_of(hash);
        if (m_counts[at] > max_holders) continue;  // boilerplate, known by its count (at least that)
        holders.clear();
        for (std::uint32_t r = m_slots[at]; r != 0 && holders.size() <= max_holders; r = m_rows[r - 1].next)
            holders.push_back(m_rows[r - 1].document);
        if (holders.size() > max_holders) continue;  // boilerplate: says nothing of copy
        held.insert(held.end(), holders.begin(), holders.end());
    }
    std::sort(held.begin(), held.end());
    std::vector<std::pair<std::string, std::size_t>> out;
    for (std::size_t i = 0; i < held.size();) {
        std::size_t j = i;
        while (j < held.size() && held[j] == held[i]) ++j;
        out.emplace_back(*m_names[held[i]], j - i);
        i = j;
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::size_t ShingleIndex::bytes() const noexcept {
    // a node of the document map: its key, value, hash and link, about 64 bytes
    return m_rows.capacity() * sizeof(Row) + m_slots.capacity() * (sizeof(std::uint32_t) + sizeof(std::uint8_t)) +
           m_names.capacity() * sizeof(const std::string*) + m_name_bytes + m_documents.size() * 64 +
           m_documents.bucket_count() * sizeof(void*);
}

std::size_t ShingleIndex::peak_bytes_after(std::size_t more) const noexcept {
    std::size_t extra = 0;
    if (m_rows.size() + more > m_rows.capacity())  // a vector doubles as it grows
        extra += std::max(m_rows.capacity() * 2, m_rows.size() + more) * sizeof(Row);
    // at worst every row a new hash
    if (const std::size_t slots = slots_for(m_hashes + more, m_slots.size()); slots != m_slots.size())
        extra += slots * (sizeof(std::uint32_t) + sizeof(std::uint8_t));
    return bytes() + extra;
}

void ShingleIndex::reserve(std::size_t rows) {
    m_rows.reserve(rows);
    rehash(slots_for(rows, m_slots.size()));
}

std::size_t ShingleIndex::bytes_for(std::size_t rows) noexcept {
    // a row, and its hash's slot at worst (every hash distinct) in a table kept under 70%
    // full that doubles: up to 2.9 slots a hash
    return rows * (sizeof(Row) + 3 * (sizeof(std::uint32_t) + sizeof(std::uint8_t)));
}

}  // namespace claimgraph::store
