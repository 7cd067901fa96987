// `claimgraph documents`: the articles in the database.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "util/text.h"
#include "cli/ids.h"
#include "interchange/listing_json.h"
#include "store/store.h"

namespace claimgraph::cli {

namespace {

struct DocumentsOptions {
    bool csv_raw = false;  ///< --csv-raw: cells as they are, formulas included
    std::string db;
    std::string format = "text";
};

void run_documents(Io& io, const DocumentsOptions& o) {
    const auto db = open_existing(o.db);
    const auto rows = db->documents();
    if (o.format == "json") {
        for (const DocumentRow& d : rows) io.out << interchange::document_json(d).dump() << '\n';
        return;
    }
    if (o.format == "csv") {
        io.out << csv_row({"id", "path", "title", "outlet", "date", "url", "bytes", "statements"}, o.csv_raw);
        for (const DocumentRow& d : rows)
            io.out << csv_row({d.id, d.path, d.title.value_or(""), d.outlet.value_or(""), d.date.value_or(""),
                               d.url.value_or(""), std::to_string(d.bytes), std::to_string(d.statements)},
                              o.csv_raw);
        return;
    }
    for (const DocumentRow& d : rows)
        out_line(io, fmt::format("{}  {}  {}  {}  [{}]", short_id(d.id), d.date.value_or("----------"),
                                 d.outlet.value_or("-"), d.title.value_or(d.path), text::counted(d.statements, "statement")));
    io.out << fmt::format("{} document{}\n", rows.size(), rows.size() == 1 ? "" : "s");
}

}  // namespace

void setup_documents(CLI::App& sub, Io& io) {
    auto o = std::make_shared<DocumentsOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"text", "json", "csv"});
    sub.add_flag("--csv-raw", o->csv_raw,
                 "CSV cells as they are (by default a cell starting with = + - @ gets a leading ' so that a "
                 "spreadsheet does not run it as a formula)");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_documents(io, *o); }; });
}

}  // namespace claimgraph::cli
