#include "cli/ids.h"

#include <fmt/format.h>

#include "store/store.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

std::string resolve_id(const store::Store& db, const std::string& prefix) {
    const std::string p = text::lower(prefix);
    if (p.size() < 4) throw_usage(fmt::format("id '{}': give at least 4 characters", prefix));
    auto ids = db.ids_with_prefix(p, 6);
    // the id of a claim merged into another since (a later mention showed them one)
    if (ids.empty()) ids = db.redirects_with_prefix(p, 6);
    if (ids.empty()) throw Error(fmt::format("id '{}': no document, statement or source has this id", prefix));
    if (ids.size() > 1) {
        std::string list;
        for (std::size_t i = 0; i < ids.size() && i < 5; ++i) list += (i ? ", " : "") + ids[i];
        throw Error(fmt::format("id '{}' is ambiguous: it starts {}{}", prefix, list, ids.size() > 5 ? ", …" : ""));
    }
    return ids.front();
}

std::string short_id(const std::string& id) { return id.substr(0, 10); }

}  // namespace claimgraph::cli
