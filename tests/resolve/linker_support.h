// What the linker tests read of an archive: its sources by name.
#pragma once

#include <map>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "json_lines.h"
#include "test_support.h"

namespace claimgraph::testing {

/// Ingests the articles (name → text) into a fresh database; returns the `sources --format
/// json` objects by name.
inline std::map<std::string, nlohmann::json> sources_after(const std::map<std::string, std::string>& articles) {
    const std::string db = ingest_articles(articles);
    std::map<std::string, nlohmann::json> by_name;
    for (const nlohmann::json& j : json_lines(run_cli({"sources", "--db", db, "--format", "json"}).out))
        by_name[j["name"].get<std::string>()] = j;
    return by_name;
}

}  // namespace claimgraph::testing
