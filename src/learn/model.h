// A trained linear model, compact and read-only: features (hashed) → a few weights each,
// one per class they speak for, in an open-addressing table. Scoring adds the rows of the
// active features. Saved as one file (model_file.h) and read by one read or straight from
// the bytes linked into the program.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace claimgraph::learn {

class LinearModel {
public:
    LinearModel() = default;
    /// Builds the table from averaged weights: rows of (class, weight); weights are stored
    /// as 16-bit integers with one scale for the model.
    struct Row {
        std::uint64_t feature;
        std::vector<std::pair<std::uint16_t, float>> weights;
    };
    LinearModel(std::size_t classes, const std::vector<Row>& rows);

    std::size_t classes() const noexcept { return m_classes; }
    std::size_t features() const noexcept { return m_features; }
    std::size_t weights() const noexcept { return m_weights; }

    /// Adds the weights of `features` to `scores` (classes() floats).
    void score(std::span<const std::uint64_t> features, float* scores) const;

    /// The same in two steps, for callers that keep the sums of features that recur
    /// (partial_sums.h): the weights of `features` added to `sums` (stride() integers, in
    /// the model's units), then `sums` scaled and added to `scores`. Integer sums are exact,
    /// so any split of the features gives the scores score() gives.
    std::size_t stride() const noexcept { return m_stride; }
    void accumulate(std::span<const std::uint64_t> features, std::int32_t* sums) const;
    void add_scaled(const std::int32_t* sums, float* scores) const;
    /// Names these weights for caches: copies share it, another model never has it.
    std::uint64_t identity() const noexcept { return m_identity; }

    /// The model as bytes (model_file.h puts a header before them), and back. from_bytes
    /// throws std::runtime_error on sizes that do not add up.
    std::string to_bytes() const;
    static LinearModel from_bytes(std::string_view bytes);

private:
    // A slot of the table: the feature's high 32 bits (0: empty) and where its row starts
    // in m_values (the next slot's start is where it ends). One memory read finds a
    // feature, one more its weights: the model is larger than a cache, and reads are what
    // cost. A row is sparse, (class, weight) pairs, or dense, a weight for every class
    // (kDense set): a feature that speaks for many classes is added 8 classes at a time.
    struct Slot {
        std::uint32_t fingerprint = 0, start = 0;
    };
    static constexpr std::uint32_t kDense = 1u << 31;
    // How the rows are kept in a file: (class, weight) pairs, the slots pointing at them.
    struct Weight {
        std::uint16_t cls = 0;
        std::int16_t value = 0;  ///< times m_scale
    };
    void build(const std::vector<Slot>& slots, const std::vector<Weight>& weights);
    void build_inline(const std::vector<Slot>& slots, const std::vector<Weight>& weights);
    void accumulate_inline(std::span<const std::uint64_t> features, std::int32_t* sums) const;
    std::uint32_t start(std::size_t slot) const noexcept { return m_slots[slot].start & ~kDense; }
    // A model of a few classes (a parser's moves, a yes or no) keeps each row in its slot
    // instead: the fingerprint (two 16-bit halves) then a weight for every class, so that
    // one memory read finds a feature and its weights. m_inline is the slot's length in
    // 16-bit words (0 for the layout above).
    static constexpr std::size_t kInlineClasses = 4;
    std::size_t m_inline = 0;
    std::vector<std::uint16_t> m_table;
    std::size_t m_capacity = 0;  ///< slots in either layout (0: an empty model)

    std::size_t m_classes = 0, m_features = 0, m_weights = 0;
    std::size_t m_stride = 0;  ///< a dense row's length: classes rounded up to 8
    float m_scale = 1.0f;
    std::vector<Slot> m_slots;  ///< a power of two of them, plus one for the end
    std::vector<std::int16_t> m_values;
    std::uint64_t m_mask = 0;
    std::uint64_t m_identity = 0;
};

}  // namespace claimgraph::learn
