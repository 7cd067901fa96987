#include "learn/model.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace claimgraph::learn {

namespace {

std::uint32_t fingerprint_of(std::uint64_t feature) {
    const auto f = static_cast<std::uint32_t>(feature >> 32);
    return f ? f : 1;
}

template <typename T>
void put(std::string& out, const T& v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
void put_array(std::string& out, const std::vector<T>& v) {
    out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

// Reads from bytes, refusing to go past their end.
class Reader {
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) {}
    template <typename T>
    T get() {
        T v{};
        take(&v, sizeof v);
        return v;
    }
    template <typename T>
    std::vector<T> get_array(std::uint64_t n) {
        if (n > (m_bytes.size() - m_at) / sizeof(T)) throw std::runtime_error("the model is truncated");
        std::vector<T> v(static_cast<std::size_t>(n));
        take(v.data(), v.size() * sizeof(T));
        return v;
    }
    bool done() const { return m_at == m_bytes.size(); }

private:
    void take(void* to, std::size_t n) {
        if (n > m_bytes.size() - m_at) throw std::runtime_error("the model is truncated");
        std::memcpy(to, m_bytes.data() + m_at, n);
        m_at += n;
    }
    std::string_view m_bytes;
    std::size_t m_at = 0;
};

}  // namespace

LinearModel::LinearModel(std::size_t classes, const std::vector<Row>& rows) : m_classes(classes) {
    if (classes == 0 || classes > 65536) throw std::invalid_argument("a model has 1 to 65536 classes");
    float largest = 0;
    for (const Row& r : rows)
        for (const auto& [c, w] : r.weights) largest = std::max(largest, std::fabs(w));
    m_scale = largest > 0 ? largest / 32767.0f : 1.0f;
    // a table at most 3/4 full, a power of two
    std::size_t capacity = 16;
    while (capacity * 3 < rows.size() * 4) capacity *= 2;
    m_mask = capacity - 1;
    m_slots.assign(capacity + 1, Slot{});
    std::vector<const Row*> at(capacity, nullptr);
    for (const Row& r : rows) {
        std::size_t slot = r.feature & m_mask;
        while (m_slots[slot].fingerprint) slot = (slot + 1) & m_mask;
        m_slots[slot].fingerprint = fingerprint_of(r.feature);
        at[slot] = &r;
    }
    for (std::size_t slot = 0; slot < capacity; ++slot) {
        m_slots[slot].start = static_cast<std::uint32_t>(m_weights.size());
        if (!at[slot]) continue;
        for (const auto& [c, w] : at[slot]->weights) {
            const auto q = static_cast<std::int16_t>(std::lround(w / m_scale));
            if (q != 0) m_weights.push_back({c, q});
        }
    }
    m_slots[capacity].start = static_cast<std::uint32_t>(m_weights.size());
    m_features = rows.size();
}

void LinearModel::score(std::span<const std::uint64_t> features, float* scores) const {
    if (m_slots.empty()) return;
    // Three passes, so that the memory reads of different features overlap: every slot
    // asked for, then every slot read and its weights asked for, then the weights added.
    constexpr std::size_t kBatch = 128;
    std::uint32_t from[kBatch], to[kBatch];
    for (std::size_t base = 0; base < features.size(); base += kBatch) {
        const std::size_t n = std::min(kBatch, features.size() - base);
        for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(&m_slots[features[base + i] & m_mask]);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t f = features[base + i];
            const std::uint32_t fp = fingerprint_of(f);
            from[i] = to[i] = 0;
            for (std::size_t slot = f & m_mask;; slot = (slot + 1) & m_mask) {
                const Slot& here = m_slots[slot];
                if (here.fingerprint == 0) break;
                if (here.fingerprint == fp) {
                    from[i] = here.start;
                    to[i] = m_slots[slot + 1].start;
                    __builtin_prefetch(&m_weights[from[i]]);
                    break;
                }
            }
        }
        for (std::size_t i = 0; i < n; ++i)
            for (std::uint32_t k = from[i]; k < to[i]; ++k)
                scores[m_weights[k].cls] += static_cast<float>(m_weights[k].value) * m_scale;
    }
}

std::string LinearModel::to_bytes() const {
    std::string out;
    put(out, static_cast<std::uint64_t>(m_classes));
    put(out, static_cast<std::uint64_t>(m_features));
    put(out, m_scale);
    put(out, static_cast<std::uint64_t>(m_slots.size() - 1));
    put(out, static_cast<std::uint64_t>(m_weights.size()));
    put_array(out, m_slots);
    put_array(out, m_weights);
    return out;
}

LinearModel LinearModel::from_bytes(std::string_view bytes) {
    Reader in(bytes);
    LinearModel m;
    m.m_classes = in.get<std::uint64_t>();
    m.m_features = in.get<std::uint64_t>();
    m.m_scale = in.get<float>();
    const auto capacity = in.get<std::uint64_t>();
    const auto weights = in.get<std::uint64_t>();
    if (m.m_classes == 0 || m.m_classes > 65536) throw std::runtime_error("the model's class count is out of range");
    if (capacity == 0 || !std::has_single_bit(capacity) || capacity > (1ULL << 32))
        throw std::runtime_error("the model's table size is not a power of two");
    if (!std::isfinite(m.m_scale)) throw std::runtime_error("the model's scale is not a number");
    m.m_mask = capacity - 1;
    m.m_slots = in.get_array<Slot>(capacity + 1);
    m.m_weights = in.get_array<Weight>(weights);
    if (!in.done()) throw std::runtime_error("the model has bytes after its end");
    // every row within the weights, in order, every class in range, a free slot somewhere
    // (so that a look-up ends)
    bool free = false;
    for (std::size_t s = 0; s < capacity; ++s) {
        if (m.m_slots[s].start > m.m_slots[s + 1].start) throw std::runtime_error("the model's rows are out of order");
        free = free || m.m_slots[s].fingerprint == 0;
    }
    if (m.m_slots[capacity].start != weights) throw std::runtime_error("the model's rows do not add up");
    if (!free) throw std::runtime_error("the model's table is full");
    for (const Weight& w : m.m_weights)
        if (w.cls >= m.m_classes) throw std::runtime_error("the model names a class it does not have");
    return m;
}

}  // namespace claimgraph::learn
