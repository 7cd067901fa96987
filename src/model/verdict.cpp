#include "model/verdict.h"

namespace claimgraph {

const std::vector<Rating>& ratings() {
    static const std::vector<Rating> scale = {
        {"false", "False", 1},           {"mostly-false", "Mostly false", 2}, {"misleading", "Misleading", 2},
        {"half-true", "Half true", 3},   {"mostly-true", "Mostly true", 4},   {"true", "True", 5},
        {"unproven", "Unproven", 0},
    };
    return scale;
}

std::optional<Rating> rating_from_word(const std::string& word) {
    for (const Rating& r : ratings())
        if (word == r.word) return r;
    return std::nullopt;
}

std::string rating_label(const std::string& word) {
    const auto r = rating_from_word(word);
    if (!r) return word;
    if (r->value == 0) return r->name;
    return std::string(r->name) + " (" + std::to_string(r->value) + " of " + std::to_string(kBestRating) + ")";
}

std::string rating_words() {
    std::string out;
    for (const Rating& r : ratings()) {
        if (!out.empty()) out += ", ";
        out += r.word;
    }
    return out;
}

}  // namespace claimgraph
