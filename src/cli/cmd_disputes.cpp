// `claimgraph disputes`: every dispute with its basis and both sides (DESIGN.md §4), and
// `disputes add FROM TO` for one a person asserts.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "cli/ids.h"
#include "interchange/listing_json.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct DisputesOptions {
    bool csv_raw = false;  ///< --csv-raw: cells as they are, formulas included
    std::string db;
    std::string format = "text";
};

struct AddOptions {
    std::string db, from, to, note;
};

std::string side_text(const DisputeSide& s) {
    return fmt::format("{} {}{}: \u201C{}\u201D{}", short_id(s.id), s.source_name.value_or("(no source)"),
                       s.date ? " (" + *s.date + ")" : "", text::truncate(s.text, 200),
                       s.value ? fmt::format(" = {}", *s.value) : "");
}

void run_disputes(Io& io, const DisputesOptions& o) {
    const auto db = open_existing(o.db);
    const auto rows = db->disputes();
    if (o.format == "json") {
        for (const DisputeRow& d : rows) io.out << interchange::dispute_json(d).dump() << '\n';
        return;
    }
    if (o.format == "csv") {
        io.out << csv_row(
            {"basis", "measure", "from_id", "from_source", "from_value", "to_id", "to_source", "to_value", "confirmed"},
            o.csv_raw);
        for (const DisputeRow& d : rows)
            io.out << csv_row(
                {d.basis, d.measure.value_or(""), d.from.id, d.from.source_name.value_or(""),
                 d.from.value ? std::to_string(*d.from.value) : "", d.to.id, d.to.source_name.value_or(""),
                 d.to.value ? std::to_string(*d.to.value) : "", d.confirmed ? "1" : "0"},
                o.csv_raw);
        return;
    }
    for (const DisputeRow& d : rows) {
        io.out << fmt::format("{}{}{}\n", d.basis, d.measure ? " (" + *d.measure + ")" : "",
                              d.confirmed ? ", confirmed by a person" : "");
        out_line(io, "    " + side_text(d.from));
        io.out << "  disputes\n";
        out_line(io, "    " + side_text(d.to));
    }
    io.out << fmt::format("{} dispute{}\n", rows.size(), rows.size() == 1 ? "" : "s");
}

void run_add(Io& io, const AddOptions& o) {
    const auto db = open_existing_for_writing(o.db);
    const std::string from = resolve_id(*db, o.from), to = resolve_id(*db, o.to);
    for (const std::string& id : {from, to})
        if (!db->has_statement(id)) throw Error(fmt::format("id '{}': not a statement", short_id(id)));
    if (from == to) throw_usage("disputes add: a statement does not dispute itself");
    db->add_dispute(from, to, o.note);
    io.out << fmt::format("{} disputes {} (curated)\n", short_id(from), short_id(to));
}

}  // namespace

void setup_disputes(CLI::App& sub, Io& io) {
    auto o = std::make_shared<DisputesOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"text", "json", "csv"});
    sub.add_flag("--csv-raw", o->csv_raw,
                 "CSV cells as they are (by default a cell starting with = + - @ gets a leading ' so that a "
                 "spreadsheet does not run it as a formula)");
    auto a = std::make_shared<AddOptions>();
    CLI::App* add = sub.add_subcommand("add", "record a dispute a person confirmed (basis: curated)");
    add_db_option(*add, a->db);
    add->add_option("from", a->from, "id (or prefix) of the disputing statement")->required();
    add->add_option("to", a->to, "id (or prefix) of the statement it disputes")->required();
    add->add_option("--note", a->note, "why, for the record");
    add->final_callback([&io, a] { io.action = [&io, a] { run_add(io, *a); }; });
    sub.final_callback([&io, o, &sub] {
        if (sub.get_subcommands().empty()) io.action = [&io, o] { run_disputes(io, *o); };
    });
}

}  // namespace claimgraph::cli
