// The report as the library builds it (report/report.h draws it): every claim with its
// snippets, independent origins and first appearance; disputes, sources, documents,
// figure timelines and reporting cycles; provenance diagrams for the claims that matter
// most and an overview. The command line (cli/cmd_report.cpp) writes what this returns.
#pragma once

#include <cstddef>
#include <string>

#include "report/report.h"
#include "store/store.h"

namespace claimgraph::app {

struct ReportRequest {
    std::string title = "claimgraph report";
    std::size_t diagrams = 30;  ///< provenance diagrams for at most this many claims
    double min_confidence = 0;  ///< claims the extractor was less sure of everywhere are left out
};

report::ReportData build_report(const store::Store& db, const ReportRequest& request);

}  // namespace claimgraph::app
