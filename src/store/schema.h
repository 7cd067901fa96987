// The database schema, one script per version; migrations only go forward.
#pragma once

#include <string_view>
#include <vector>

namespace claimgraph::store {

/// migrations()[v] upgrades a database at user_version v to v + 1.
const std::vector<std::string_view>& migrations();

}  // namespace claimgraph::store
