#include "extract/mentions.h"

#include <algorithm>
#include <cctype>

#include "extract/first_names.h"
#include "extract/lexicon.h"
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

bool is_company_suffix(std::string_view w) {
    return w == "inc" || w == "inc." || w == "corp" || w == "corp." || w == "ltd" || w == "bank";
}

// A name's last word, lower-cased: "Ellen DeGeneres" and "DeGeneres" alike.
std::string surname(const std::string& name) { return text::lower(name.substr(name.rfind(' ') + 1)); }

// Whether a sentence names `e` after a pronoun (`after` as resolve_pronoun's `named_after`):
// a name by its surname written with a capital, a description ("the judge") by its last word.
bool named_later(const Entity& e, const std::set<std::string>& after) {
    if (after.empty() || e.name.empty()) return false;
    const std::string last = surname(e.name);
    const bool capitalised = std::isupper(static_cast<unsigned char>(e.name.front())) != 0;
    return after.count(capitalised ? "^" + last : last) > 0;
}

bool is_group(const Entity& e) {
    return e.plural || e.type == SourceType::collective || e.type == SourceType::anonymous;
}

}  // namespace

void MentionTracker::add(Entity e) {
    const std::size_t start = e.span.start;
    if (e.speaker) {
        // a speaker's mention stands for the person recorded inside it ("regional governor
        // Oleh Kiper" for "governor Oleh Kiper"), and keeps the title it was given there
        for (auto it = m_entities.lower_bound(start); it != m_entities.end() && it->first < e.span.end;) {
            const Entity& inside = it->second;
            if (inside.speaker || inside.type != SourceType::person || inside.span.end > e.span.end) {
                ++it;
                continue;
            }
            if (e.role.empty() && inside.name == e.name) e.role = inside.role;
            it = m_entities.erase(it);
        }
    }
    if (e.type == SourceType::person && e.gender != Gender::unknown) m_gender.try_emplace(surname(e.name), e.gender);
    m_entities.emplace(start, std::move(e));
}

template <typename Fn>
const Entity* MentionTracker::nearest_before(std::size_t before, Fn&& accept) const {
    // a mention that starts after `before` cannot end before it
    for (auto it = std::make_reverse_iterator(m_entities.upper_bound(before)); it != m_entities.rend(); ++it) {
        const Entity& e = it->second;
        if (e.span.start + kLookback < before) break;
        if (e.span.end > before) continue;
        if (accept(e)) return &e;
    }
    return nullptr;
}

const Entity* MentionTracker::resolve_pronoun(const std::string& pronoun, std::size_t before,
                                              const std::set<std::string>& named,
                                              const std::set<std::string>& named_after,
                                              std::size_t titled_since) const {
    // a speaker, or (`titled`, the second look) a person titled but not speaking
    const auto fits = [&](const Entity& e, bool titled) {
        if (e.speaker == titled || named_later(e, named_after)) return false;
        if (titled && e.span.start < titled_since) return false;
        if (pronoun == "he" || pronoun == "she") {
            if (e.type != SourceType::person || e.plural) return false;
            Gender g = e.gender;
            if (auto it = m_gender.find(surname(e.name)); g == Gender::unknown && it != m_gender.end()) g = it->second;
            if (g == Gender::unknown && titled) g = first_name_gender(e.name);  // ("Jason Van Dyke" is no "she")
            if (titled &&
                (e.after_preposition || e.pronoun_before == (pronoun == "he" ? Gender::male : Gender::female)))
                return false;
            if (pronoun == "he" && g == Gender::female) return false;
            return !(pronoun == "she" && g == Gender::male);
        }
        if (pronoun == "they") return is_group(e) || e.type == SourceType::organization;
        if (pronoun == "it") return !is_group(e) && e.type != SourceType::person;
        if (pronoun == "we") return e.type != SourceType::anonymous;
        return false;
    };
    const Entity* found = nullptr;
    const auto speaker = [&](const Entity& e) { return fits(e, false); };
    if (!named.empty() && (pronoun == "he" || pronoun == "she"))
        found = nearest_before(before, [&](const Entity& e) { return named.count(surname(e.name)) && speaker(e); });
    if (!found) found = nearest_before(before, speaker);
    if (!found && (pronoun == "he" || pronoun == "she") && titled_since != std::string::npos)
        found = nearest_before(before, [&](const Entity& e) { return fits(e, true); });
    if (found || pronoun != "it") return found;
    // "Microsoft said … it said": the last speaker, when it is a lone name that nothing
    // showed to be a person's
    const Entity* last = nearest_before(before, [](const Entity& e) { return e.speaker; });
    return last && last->bare_name ? last : nullptr;
}

const Entity* MentionTracker::resolve_description(const std::string& head, SourceType type, std::size_t before) const {
    const Entity* found = nearest_before(before, [&](const Entity& e) {
        if (type == SourceType::agency && e.type == SourceType::agency) return true;
        return has_word(e.name, head) || has_word(e.role, head);
    });
    if (found || !is_business_noun(head)) return found;
    // an organisation that is not a public body ("the company" is no ministry)
    found = nearest_before(before, [](const Entity& e) {
        const std::string name = text::lower(e.name);
        if (!e.speaker || e.type != SourceType::organization || is_pronoun_subject(name)) return false;
        for (std::size_t i = 0; i < name.size();) {
            std::size_t end = name.find(' ', i);
            if (end == std::string::npos) end = name.size();
            const std::string_view w = std::string_view(name).substr(i, end - i);
            if (is_org_head(w) && !is_business_noun(w) && !is_company_suffix(w)) return false;
            i = end + 1;
        }
        return true;
    });
    if (found) return found;
    return nearest_before(before, [](const Entity& e) { return e.speaker && e.bare_name; });
}

}  // namespace claimgraph::extract
