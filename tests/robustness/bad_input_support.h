// The bad-input tests' folder and helpers (bad_input_test.cpp, bad_input_text_test.cpp).
#pragma once

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace claimgraph::testing {

// A folder the test writes its inputs in.
class BadInput : public ::testing::Test {
protected:
    void SetUp() override { dir = testing::temp_dir(); }
    std::string path(const std::string& name) const { return dir + "/" + name; }
    std::string put(const std::string& name, const std::string& bytes) const {
        testing::write_file(path(name), bytes);
        return path(name);
    }
    // `extract FILE`: the exit code and stderr
    testing::CliResult extract(const std::vector<std::string>& args) const {
        std::vector<std::string> all{"extract"};
        all.insert(all.end(), args.begin(), args.end());
        return run_cli(all);
    }
    std::string dir;
};

inline std::string error_line(const std::string& message) { return "claimgraph: error: " + message + "\n"; }

// `size` bytes of plain sentences, written in 1 MB pieces.
inline void write_large(const std::string& path, std::size_t size) {
    std::string piece;
    while (piece.size() < 1'000'000) piece += "Officials said the road was closed. ";
    piece.resize(1'000'000);
    std::ofstream out(path, std::ios::binary);
    for (std::size_t written = 0; written < size; written += piece.size())
        out.write(piece.data(), static_cast<std::streamsize>(std::min(piece.size(), size - written)));
}

inline std::size_t statements_in(const std::string& json_line) {
    return nlohmann::json::parse(json_line)["statements"].size();
}

}  // namespace claimgraph::testing
