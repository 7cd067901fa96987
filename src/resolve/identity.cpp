#include "resolve/identity.h"

namespace claimgraph::resolve::identity {

std::string step(std::string_view basis, std::string_view evidence) {
    std::string out(basis);
    if (!evidence.empty()) (out += ": ") += evidence;
    return out;
}

std::vector<Step> steps(std::string_view record) {
    std::vector<Step> out;
    while (!record.empty()) {
        const std::size_t end = record.find("; ");
        const std::string_view one = record.substr(0, end);
        const std::size_t colon = one.find(": ");
        out.push_back(colon == std::string_view::npos
                          ? Step{std::string(one), ""}
                          : Step{std::string(one.substr(0, colon)), std::string(one.substr(colon + 2))});
        record = end == std::string_view::npos ? std::string_view{} : record.substr(end + 2);
    }
    return out;
}

std::string append(const std::string& record, const std::string& more) {
    if (more.empty()) return record;
    return record.empty() ? more : record + "; " + more;
}

}  // namespace claimgraph::resolve::identity
