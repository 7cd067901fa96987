#include "test_support.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "cli/cli.h"
#include "extract/extractor.h"
#include "load/loader.h"

namespace claimgraph::testing {

namespace fs = std::filesystem;

std::string data_path(const std::string& name) { return std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/" + name; }

std::optional<std::string> shared_data(const std::string& relative) {
    const fs::path p = fs::path(CLAIMGRAPH_SOURCE_DIR) / ".." / "shared" / "data" / relative;
    if (!fs::exists(p)) return std::nullopt;
    return p.lexically_normal().string();
}

CliResult run_cli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    CliResult r;
    r.code = cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string check_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/golden/" + name;
    const char* update = std::getenv("CLAIMGRAPH_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        write_file(path, actual);
        return {};
    }
    if (!fs::exists(path)) return "golden file " + path + " is missing (run with CLAIMGRAPH_UPDATE_GOLDEN=1)";
    const std::string expected = read_file(path);
    if (expected == actual) return {};
    std::istringstream e(expected), a(actual);
    std::string le, la;
    int line = 1;
    while (true) {
        const bool ge = static_cast<bool>(std::getline(e, le));
        const bool ga = static_cast<bool>(std::getline(a, la));
        if (!ge && !ga) break;
        if (le != la || ge != ga)
            return "golden " + name + " differs at line " + std::to_string(line) + ":\n- " + le + "\n+ " + la +
                   "\n(rewrite with CLAIMGRAPH_UPDATE_GOLDEN=1 after checking the change)";
        ++line;
    }
    return "golden " + name + " differs (line ends or trailing bytes)";
}

std::string ingest_articles(const std::map<std::string, std::string>& articles) {
    const std::string dir = temp_dir();
    std::vector<std::string> args = {"ingest", "-q", "--db", dir + "/articles.db"};
    for (const auto& [name, text] : articles) {
        write_file(dir + "/" + name, text);
        args.push_back(dir + "/" + name);
    }
    const CliResult r = run_cli(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return dir + "/articles.db";
}

std::string temp_dir() {
    static int counter = 0;
    const fs::path base =
        fs::temp_directory_path() / ("claimgraph-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(base);
    fs::create_directories(base);
    static std::vector<fs::path> created;
    static const struct Cleanup {
        ~Cleanup() {
            std::error_code ec;
            for (const auto& p : created) fs::remove_all(p, ec);
        }
    } cleanup;
    created.push_back(base);
    return base.string();
}

Extraction extract_text(const std::string& text, const extract::Options& options) {
    return extract::extract(load::load_text("test.txt", text), options);
}

Extraction extract_fast(const std::string& text) {
    extract::Options fast;
    fast.fast = true;
    return extract_text(text, fast);
}

Said speaker_of(const std::string& sentence) {
    const auto ex = extract_text(sentence);
    if (ex.statements.size() != 1 || !ex.statements[0].source)
        return {"(" + std::to_string(ex.statements.size()) + " statements)", SourceType::anonymous, ""};
    const SourceMention& m = *ex.statements[0].source;
    return {m.name, m.type, m.role};
}

const Attribution* find_statement(const Extraction& ex, const std::string& needle) {
    for (const Attribution& a : ex.statements)
        if (a.content_text.find(needle) != std::string::npos) return &a;
    return nullptr;
}

int xpath_count(const std::string& xml, const std::string& xpath) {
    const auto x = [](const char* c) { return reinterpret_cast<const xmlChar*>(c); };
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "in.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    if (!doc) return -1;
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathRegisterNs(ctx, x("s"), x("http://www.w3.org/2000/svg"));
    xmlXPathRegisterNs(ctx, x("h"), x("http://www.w3.org/1999/xhtml"));
    xmlXPathObjectPtr r = xmlXPathEvalExpression(x(xpath.c_str()), ctx);
    const int n = r && r->nodesetval ? r->nodesetval->nodeNr : -1;
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    xmlFreeDoc(doc);
    return n;
}

}  // namespace claimgraph::testing
