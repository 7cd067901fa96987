// Helpers shared by the tests: fixture paths, in-process CLI runs, golden files.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "model/attribution.h"

namespace claimgraph::testing {

/// Path of a file under tests/data.
std::string data_path(const std::string& name);

/// Path of a file under ../shared/data, or nullopt when the shared data is absent.
std::optional<std::string> shared_data(const std::string& relative);

struct CliResult {
    int code = 0;
    std::string out, err;
};

/// Runs claimgraph in-process.
CliResult run_cli(const std::vector<std::string>& args);

/// Compares `actual` with tests/golden/<name>; with CLAIMGRAPH_UPDATE_GOLDEN=1 rewrites it.
/// Returns an empty string when equal, else a diff-like message.
std::string check_golden(const std::string& name, const std::string& actual);

/// A fresh temporary directory, removed at process exit.
std::string temp_dir();

/// Writes each article (file name → text) into a fresh temporary directory and ingests
/// them, in name order, into a new database there; returns the database's path. The
/// ingest's failure is a test failure.
std::string ingest_articles(const std::map<std::string, std::string>& articles);

/// Writes `bytes` to `path`.
void write_file(const std::string& path, const std::string& bytes);
std::string read_file(const std::string& path);

/// How many nodes an XPath expression selects in `xml` (SVG under prefix `s`, XHTML under
/// `h`); -1 when `xml` is not well-formed or the expression is invalid.
int xpath_count(const std::string& xml, const std::string& xpath);

/// Extracts from in-memory text (as if it were a file named "test.txt").
/// The extraction of `text` as an article (default options: the built-in model, all scopes).
Extraction extract_text(const std::string& text, const extract::Options& options = {});

/// The same with the word rules alone (`extract --fast`).
Extraction extract_fast(const std::string& text);

/// One statement's speaker, checked in one line: its name, type and role.
struct Said {
    std::string name;
    SourceType type;
    std::string role;
};
/// The speaker of the one statement `extract_text` reads in `sentence`; when it reads
/// another number of statements, or one without a speaker, "(N statements)" as the name.
Said speaker_of(const std::string& sentence);

/// The statement whose content text contains `needle`, or nullptr.
const Attribution* find_statement(const Extraction& ex, const std::string& needle);

}  // namespace claimgraph::testing
