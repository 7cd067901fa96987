// Node ids as users type them: a unique prefix, as with git.
#pragma once

#include <string>

namespace claimgraph::store {
class Store;
}  // namespace claimgraph::store

namespace claimgraph::cli {

/// The full id that `prefix` (at least 4 hex digits) names. Throws Error when none or
/// several ids match, listing the candidates.
std::string resolve_id(const store::Store& db, const std::string& prefix);

/// The short form shown in text listings.
std::string short_id(const std::string& id);

}  // namespace claimgraph::cli
