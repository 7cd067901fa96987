#include "extract/mentions.h"

#include <algorithm>

#include "util/text.h"

namespace claimgraph::extract {

namespace {

bool has_word(const std::string& haystack, const std::string& word) {
    const std::string h = text::lower(haystack);
    std::size_t pos = 0;
    while ((pos = h.find(word, pos)) != std::string::npos) {
        const bool left = pos == 0 || h[pos - 1] == ' ' || h[pos - 1] == '-';
        const std::size_t end = pos + word.size();
        const bool right = end == h.size() || h[end] == ' ' || h[end] == '-' || h[end] == '\'';
        if (left && right) return true;
        pos = end;
    }
    return false;
}

bool is_group(const Entity& e) {
    return e.plural || e.type == SourceType::collective || e.type == SourceType::anonymous;
}

}  // namespace

void MentionTracker::add(Entity e) {
    // keep the list sorted by position so lookups walk back from the end
    auto it = std::upper_bound(m_entities.begin(), m_entities.end(), e.span.start,
                               [](std::size_t pos, const Entity& x) { return pos < x.span.start; });
    m_entities.insert(it, std::move(e));
}

const Entity* MentionTracker::resolve_pronoun(const std::string& pronoun, std::size_t before) const {
    for (auto it = m_entities.rbegin(); it != m_entities.rend(); ++it) {
        const Entity& e = *it;
        if (e.span.end > before || !e.speaker) continue;
        if (pronoun == "he" || pronoun == "she") {
            if (e.type != SourceType::person || e.plural) continue;
            if (pronoun == "he" && e.gender == Gender::female) continue;
            if (pronoun == "she" && e.gender == Gender::male) continue;
            return &e;
        }
        if (pronoun == "they") {
            if (is_group(e) || e.type == SourceType::organization) return &e;
            continue;
        }
        if (pronoun == "it") {
            if (!is_group(e) && e.type != SourceType::person) return &e;
            continue;
        }
        if (pronoun == "we") {
            if (e.type != SourceType::anonymous) return &e;
            continue;
        }
    }
    return nullptr;
}

const Entity* MentionTracker::resolve_description(const std::string& head, SourceType type,
                                                  std::size_t before) const {
    for (auto it = m_entities.rbegin(); it != m_entities.rend(); ++it) {
        const Entity& e = *it;
        if (e.span.end > before) continue;
        if (type == SourceType::agency && e.type == SourceType::agency) return &e;
        if (has_word(e.name, head) || has_word(e.role, head)) return &e;
    }
    return nullptr;
}

}  // namespace claimgraph::extract
