#include "learn/model.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
        if (n == 0) return;  // an empty array (a model that kept no weight) has no storage to copy into
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
    std::vector<Slot> slots(capacity + 1, Slot{});
    std::vector<const Row*> at(capacity, nullptr);
    for (const Row& r : rows) {
        std::size_t slot = r.feature & m_mask;
        while (slots[slot].fingerprint) slot = (slot + 1) & m_mask;
        slots[slot].fingerprint = fingerprint_of(r.feature);
        at[slot] = &r;
    }
    std::vector<Weight> weights;
    for (std::size_t slot = 0; slot < capacity; ++slot) {
        slots[slot].start = static_cast<std::uint32_t>(weights.size());
        if (!at[slot]) continue;
        for (const auto& [c, w] : at[slot]->weights) {
            const auto q = static_cast<std::int16_t>(std::lround(w / m_scale));
            if (q != 0) weights.push_back({c, q});
        }
    }
    slots[capacity].start = static_cast<std::uint32_t>(weights.size());
    m_features = rows.size();
    build(slots, weights);
}

void LinearModel::build(const std::vector<Slot>& slots, const std::vector<Weight>& weights) {
    static std::atomic<std::uint64_t> built{0};
    m_identity = ++built;
    m_weights = weights.size();
    m_stride = (m_classes + 7) / 8 * 8;
    m_capacity = slots.size() - 1;
    m_slots.clear();
    m_values.clear();
    m_table.clear();
    m_inline = 0;
    if (m_classes <= kInlineClasses) {
        build_inline(slots, weights);
        return;
    }
    m_slots.assign(slots.size(), Slot{});
    const std::size_t capacity = slots.size() - 1;
    for (std::size_t slot = 0; slot < capacity; ++slot) {
        m_slots[slot].fingerprint = slots[slot].fingerprint;
        const std::size_t from = slots[slot].start, to = slots[slot + 1].start;
        // dense when it costs at most twice the memory of the pairs
        const bool dense = (to - from) * 4 >= m_stride;
        const std::size_t at = m_values.size();
        if (at >= kDense) throw std::runtime_error("the model is too large");
        m_slots[slot].start = static_cast<std::uint32_t>(at) | (dense ? kDense : 0);
        if (dense) {
            m_values.resize(at + m_stride, 0);
            for (std::size_t k = from; k < to; ++k) m_values[at + weights[k].cls] = weights[k].value;
        } else {
            for (std::size_t k = from; k < to; ++k) {
                m_values.push_back(static_cast<std::int16_t>(weights[k].cls));
                m_values.push_back(weights[k].value);
            }
        }
    }
    m_slots[capacity].start = static_cast<std::uint32_t>(m_values.size());
}

void LinearModel::build_inline(const std::vector<Slot>& slots, const std::vector<Weight>& weights) {
    static_assert(kInlineClasses <= 4, "accumulate_inline adds two or four weights, within a stride of 8");
    // the fingerprint and the weights, even for alignment: 4 (1 or 2 classes) or 6 (3 or 4)
    m_inline = (2 + m_classes + 1) / 2 * 2;
    m_table.assign(m_capacity * m_inline, 0);
    for (std::size_t slot = 0; slot < m_capacity; ++slot) {
        std::uint16_t* at = &m_table[slot * m_inline];
        std::memcpy(at, &slots[slot].fingerprint, sizeof(std::uint32_t));
        for (std::size_t k = slots[slot].start; k < slots[slot + 1].start; ++k)
            at[2 + weights[k].cls] = static_cast<std::uint16_t>(weights[k].value);
    }
}

namespace {

// acc[0, n) += row[0, n), n a multiple of 8: eight 16-bit weights at a time.
void add_dense(std::int32_t* acc, const std::int16_t* row, std::size_t n) {
#if defined(__SSE2__)
    for (std::size_t k = 0; k < n; k += 8) {
        const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + k));
        const __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16),
                      hi = _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16);
        __m128i* a = reinterpret_cast<__m128i*>(acc + k);
        _mm_storeu_si128(a, _mm_add_epi32(_mm_loadu_si128(a), lo));
        _mm_storeu_si128(a + 1, _mm_add_epi32(_mm_loadu_si128(a + 1), hi));
    }
#else
    for (std::size_t k = 0; k < n; ++k) acc[k] += row[k];
#endif
}

}  // namespace

void LinearModel::score(std::span<const std::uint64_t> features, float* scores) const {
    if (m_capacity == 0) return;
    thread_local std::vector<std::int32_t> sums;
    sums.assign(m_stride, 0);
    accumulate(features, sums.data());
    add_scaled(sums.data(), scores);
}

void LinearModel::accumulate(std::span<const std::uint64_t> features, std::int32_t* acc) const {
    if (m_capacity == 0) return;
    if (m_inline) {
        accumulate_inline(features, acc);
        return;
    }
    // Weights are added as integers and scaled once at the end. Three passes, so that the
    // memory reads of different features overlap: every slot asked for, then every slot
    // read and its row asked for, then the rows added.
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
                    to[i] = start(slot + 1);
                    __builtin_prefetch(&m_values[here.start & ~kDense]);
                    break;
                }
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (from[i] & kDense) {
                add_dense(acc, &m_values[from[i] & ~kDense], m_stride);
                continue;
            }
            for (std::uint32_t k = from[i]; k < to[i]; k += 2)
                acc[static_cast<std::uint16_t>(m_values[k])] += m_values[k + 1];
        }
    }
}

void LinearModel::accumulate_inline(std::span<const std::uint64_t> features, std::int32_t* acc) const {
    constexpr std::size_t kBatch = 128;  // every slot asked for, then read (as accumulate)
    for (std::size_t base = 0; base < features.size(); base += kBatch) {
        const std::size_t n = std::min(kBatch, features.size() - base);
        for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(&m_table[(features[base + i] & m_mask) * m_inline]);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t f = features[base + i];
            const std::uint32_t fp = fingerprint_of(f);
            for (std::size_t slot = f & m_mask;; slot = (slot + 1) & m_mask) {
                const std::uint16_t* at = &m_table[slot * m_inline];
                std::uint32_t here;
                std::memcpy(&here, at, sizeof here);
                if (here == 0) break;
                if (here == fp) {
                    // every weight of the slot, its padding too (0): two or four, within stride()
                    acc[0] += static_cast<std::int16_t>(at[2]);
                    acc[1] += static_cast<std::int16_t>(at[3]);
                    if (m_inline == 6) {
                        acc[2] += static_cast<std::int16_t>(at[4]);
                        acc[3] += static_cast<std::int16_t>(at[5]);
                    }
                    break;
                }
            }
        }
    }
}

void LinearModel::add_scaled(const std::int32_t* acc, float* scores) const {
    for (std::size_t c = 0; c < m_classes; ++c) scores[c] += static_cast<float>(acc[c]) * m_scale;
}

std::string LinearModel::to_bytes() const {
    // back to the file's form: each row's (class, weight) pairs in class order
    const std::size_t capacity = m_capacity;
    std::vector<Slot> slots(capacity ? capacity + 1 : 0, Slot{});
    std::vector<Weight> weights;
    weights.reserve(m_weights);
    for (std::size_t slot = 0; slot < capacity && m_inline; ++slot) {
        const std::uint16_t* at = &m_table[slot * m_inline];
        std::memcpy(&slots[slot].fingerprint, at, sizeof(std::uint32_t));
        slots[slot].start = static_cast<std::uint32_t>(weights.size());
        for (std::size_t c = 0; c < m_classes; ++c)
            if (at[2 + c] != 0)
                weights.push_back({static_cast<std::uint16_t>(c), static_cast<std::int16_t>(at[2 + c])});
    }
    for (std::size_t slot = 0; slot < capacity && !m_inline; ++slot) {
        slots[slot] = {m_slots[slot].fingerprint, static_cast<std::uint32_t>(weights.size())};
        const std::uint32_t from = start(slot), to = start(slot + 1);
        if (m_slots[slot].start & kDense) {
            for (std::uint32_t c = 0; c < m_classes; ++c)
                if (m_values[from + c] != 0) weights.push_back({static_cast<std::uint16_t>(c), m_values[from + c]});
        } else {
            for (std::uint32_t k = from; k < to; k += 2)
                weights.push_back({static_cast<std::uint16_t>(m_values[k]), m_values[k + 1]});
        }
    }
    if (capacity) slots[capacity].start = static_cast<std::uint32_t>(weights.size());
    std::string out;
    put(out, static_cast<std::uint64_t>(m_classes));
    put(out, static_cast<std::uint64_t>(m_features));
    put(out, m_scale);
    put(out, static_cast<std::uint64_t>(capacity));
    put(out, static_cast<std::uint64_t>(weights.size()));
    put_array(out, slots);
    put_array(out, weights);
    return out;
}

LinearModel LinearModel::from_bytes(std::string_view bytes) {
    Reader in(bytes);
    LinearModel m;
    m.m_classes = in.get<std::uint64_t>();
    m.m_features = in.get<std::uint64_t>();
    m.m_scale = in.get<float>();
    const auto capacity = in.get<std::uint64_t>();
    const auto count = in.get<std::uint64_t>();
    if (m.m_classes == 0 || m.m_classes > 65536) throw std::runtime_error("the model's class count is out of range");
    if (capacity == 0 || !std::has_single_bit(capacity) || capacity > (1ULL << 30))
        throw std::runtime_error("the model's table size is not a power of two");
    if (!std::isfinite(m.m_scale)) throw std::runtime_error("the model's scale is not a number");
    m.m_mask = capacity - 1;
    const auto slots = in.get_array<Slot>(capacity + 1);
    const auto weights = in.get_array<Weight>(count);
    if (!in.done()) throw std::runtime_error("the model has bytes after its end");
    // every row within the weights, in order, its classes in range and increasing, a free
    // slot somewhere (so that a look-up ends)
    bool free = false;
    for (std::size_t s = 0; s < capacity; ++s) {
        if (slots[s].start > slots[s + 1].start) throw std::runtime_error("the model's rows are out of order");
        free = free || slots[s].fingerprint == 0;
        for (std::size_t k = slots[s].start; k < slots[s + 1].start; ++k) {
            if (weights[k].cls >= m.m_classes) throw std::runtime_error("the model names a class it does not have");
            if (k > slots[s].start && weights[k].cls <= weights[k - 1].cls)
                throw std::runtime_error("the model's classes are out of order");
        }
    }
    if (slots[capacity].start != count) throw std::runtime_error("the model's rows do not add up");
    if (!free) throw std::runtime_error("the model's table is full");
    m.build(slots, weights);
    return m;
}

}  // namespace claimgraph::learn
