#include "cli/first_appearance.h"

#include <vector>

#include <fmt/format.h>

#include "cli/ids.h"
#include "util/text.h"

namespace claimgraph::cli {

std::string first_appearance_text(const std::optional<graph::FirstAppearance>& fa, std::size_t documents) {
    if (!fa)
        return documents > 1 ? fmt::format("unknown (none of the {} documents is dated)", documents)
                             : std::string("unknown (no dated document)");
    std::string out = fmt::format("document {} ({})", short_id(fa->document), fa->date);
    std::vector<std::string> tied, undated;
    for (const graph::DatedDocument& d : fa->candidates) {
        if (d.id == fa->document) continue;
        if (d.date)
            tied.push_back(fmt::format("{} ({})", short_id(d.id), *d.date));
        else
            undated.push_back(short_id(d.id));
    }
    if (!tied.empty()) out += "; tied with " + text::join(tied, ", ");
    if (!undated.empty()) out += "; undated, may be earlier: " + text::join(undated, ", ");
    return out;
}

}  // namespace claimgraph::cli
