#include "app/verdicts.h"

#include <chrono>
#include <map>

#include <fmt/format.h>

#include "util/text.h"

namespace claimgraph::app {

namespace {

// The neighbourhood of each reviewed claim, one step out: its documents and speakers.
GraphData around(const store::Store& db, const std::vector<Verdict>& verdicts) {
    GraphData g;
    for (const Verdict& v : verdicts) {
        GraphData one = db.neighbourhood(v.statement, 1);
        g.nodes.insert(g.nodes.end(), one.nodes.begin(), one.nodes.end());
        g.edges.insert(g.edges.end(), one.edges.begin(), one.edges.end());
    }
    g.normalize();
    return g;
}

}  // namespace

Reviews reviews(const store::Store& db) {
    const std::vector<Verdict> verdicts = db.verdicts();
    Reviews out;
    out.graph = around(db, verdicts);
    const GraphData& g = out.graph;
    std::map<std::string, std::string> speaker;
    for (const Edge& e : g.edges) {
        const Node* to = g.find(e.to);
        if (e.relation == Relation::attributes && to && to->kind == NodeKind::source && !speaker.count(e.from))
            speaker.emplace(e.from, to->label);
    }
    for (const Verdict& v : verdicts) {
        const Node* n = g.find(v.statement);
        out.claims.push_back(
            {v, n ? n->label : std::string(), speaker.count(v.statement) ? speaker.at(v.statement) : ""});
    }
    return out;
}

std::vector<std::string> unpublishable(const std::vector<ReviewedClaim>& reviews) {
    std::vector<std::string> out;
    for (const ReviewedClaim& r : reviews) {
        std::vector<std::string> missing;
        if (r.verdict.url.empty()) missing.push_back("no --url (where the fact-check is published)");
        if (r.verdict.reviewer.empty()) missing.push_back("no --reviewer");
        if (!missing.empty())
            out.push_back(fmt::format("the verdict on {} has {}: Google's fact-check markup needs it",
                                      r.verdict.statement.substr(0, 10), text::join(missing, " and ")));
    }
    return out;
}

std::string today() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{now};
    return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

bool iso_date(const std::string& s) {
    if (s.size() < 10) return false;
    for (std::size_t i = 0; i < 10; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
    }
    const int month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    return s.size() == 10 || s[10] == 'T' || s[10] == ' ';
}

}  // namespace claimgraph::app
