#include "resolve/stored_identity.h"

#include <fmt/format.h>

#include "resolve/identity.h"
#include "resolve/names.h"
#include "resolve/surnames.h"

namespace claimgraph::resolve {

StoredIdentity stored_identity(const Corpus& db, const SourceRecord& r) {
    StoredIdentity out;
    if (r.type == SourceType::anonymous || r.type == SourceType::collective) return out;
    std::vector<std::pair<std::string, std::string>> keys;  // (key, what it is)
    for (const std::string& name : [&] {
             std::vector<std::string> names{r.name};
             names.insert(names.end(), r.aliases.begin(), r.aliases.end());
             return names;
         }())
        if (const std::string key = source_key(name); !key.empty()) keys.emplace_back(key, "name " + name);
    const std::string own = keys.empty() ? std::string() : keys.front().first;
    const auto words = key_words(own);
    const auto surname = surname_of(r, words);
    const auto title = title_of(r.role);
    if (title) {
        // "Gladkov" with the role "governor", or "Governor Gladkov" as one name
        const std::string last = surname ? *surname : words.size() == 1 ? words.front() : std::string();
        if (!last.empty()) keys.emplace_back(titled_key(*title, last), *title + " " + last);
    }
    for (const auto& [key, what] : keys) {
        const auto held = db.source_for_key(key);
        if (!held) continue;
        if (held->empty()) {
            out.doubt = fmt::format("'{}' is a name two stored sources share: give the id of the one it is", what);
            continue;
        }
        out.id = *held;
        out.basis = identity::step(identity::kGraphFile, what);
        out.doubt.clear();
        return out;
    }
    return out;
}

}  // namespace claimgraph::resolve
