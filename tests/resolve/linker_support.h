// What the linker tests read of an archive: its sources by name.
#pragma once

#include <map>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace claimgraph::testing {

/// Ingests the articles (name → text) into a fresh database; returns the `sources --format
/// json` objects by name.
inline std::map<std::string, nlohmann::json> sources_after(const std::map<std::string, std::string>& articles) {
    const std::string db = ingest_articles(articles);
    std::map<std::string, nlohmann::json> by_name;
    const std::string out = run_cli({"sources", "--db", db, "--format", "json"}).out;
    std::size_t i = 0;
    while (i < out.size()) {
        const std::size_t e = out.find('\n', i);
        auto j = nlohmann::json::parse(out.substr(i, e - i));
        by_name[j["name"].get<std::string>()] = j;
        i = e + 1;
    }
    return by_name;
}

}  // namespace claimgraph::testing
