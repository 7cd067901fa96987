// `claimgraph claims`: every statement with its speaker, cue and documents.
#include <cctype>
#include <optional>
#include <ostream>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "cli/first_appearance.h"
#include "cli/ids.h"
#include "graph/provenance_graph.h"
#include "interchange/listing_json.h"
#include "resolve/graph_builder.h"
#include "store/store.h"
#include "util/bounded_queue.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct ClaimsOptions {
    bool csv_raw = false;  ///< --csv-raw: cells as they are, formulas included
    std::string db;
    std::string format = "text";
    ClaimFilter filter;
};

using interchange::claim_json;
using interchange::confidence_of;

std::optional<graph::FirstAppearance> first_of(const ClaimRow& c) { return interchange::first_appearance_of(c); }

std::size_t independent_of(const ClaimRow& c, const graph::OriginIndex& links) {
    return interchange::independent_origins_of(c, links);
}

// Every claim the filter keeps, read from the database on a second thread while this one
// formats and writes what was read (the reading is most of a listing's time: 80% of its
// CPU samples on 1M claims); `each` runs here, in the listing's order, and must not use the
// database. Claims pass in small batches: memory stays flat on an archive of millions. Once
// a write to `out` failed (a reader that went away, `| head`; a full disk) the listing
// stops: what comes next could not be written, and main reports why.
template <class Each>
void stream_claims(const store::Store& db, const ClaimFilter& filter, store::Store::ClaimDetail detail,
                   std::ostream& out, Each&& each) {
    constexpr std::size_t kBatch = 256, kBatchesAhead = 16;
    struct OutputFailed {};
    try {
        util::run_pipelined<std::vector<ClaimRow>>(
            kBatchesAhead,
            [&](const auto& push) {
                std::vector<ClaimRow> batch;
                db.for_each_claim(
                    filter,
                    [&](ClaimRow&& c) {
                        batch.push_back(std::move(c));
                        if (batch.size() < kBatch) return;
                        push(std::move(batch));
                        batch.clear();
                        batch.reserve(kBatch);
                    },
                    detail);
                if (!batch.empty()) push(std::move(batch));
            },
            [&](std::vector<ClaimRow>&& batch) {
                if (!out) throw OutputFailed{};
                for (ClaimRow& c : batch) each(std::move(c));
            });
    } catch (const OutputFailed&) {
    }
}

void run_claims(Io& io, const ClaimsOptions& o) {
    const auto db = open_existing(o.db);
    const graph::OriginIndex links(db->origin_links());  // once for all the claims
    if (o.format == "json") {
        stream_claims(*db, o.filter, store::Store::ClaimDetail::documents, io.out,
                      [&](ClaimRow&& c) { io.out << claim_json(c, independent_of(c, links)).dump() << '\n'; });
        return;
    }
    if (o.format == "csv") {
        io.out << csv_row({"id", "kind", "source_id", "source", "cue", "text", "documents", "independent_origins"},
                          o.csv_raw);
        stream_claims(*db, o.filter, store::Store::ClaimDetail::document_ids, io.out, [&](ClaimRow&& c) {
            io.out << csv_row({c.id, to_string(c.kind), c.source_id.value_or(""), c.source_name.value_or(""), c.cue,
                               c.text, std::to_string(c.documents.size()), std::to_string(independent_of(c, links))},
                              o.csv_raw);
        });
        return;
    }
    std::size_t count = 0;
    stream_claims(*db, o.filter, store::Store::ClaimDetail::documents, io.out, [&](ClaimRow&& c) {
        ++count;
        const std::optional<double> confidence = confidence_of(c);
        out_line(io, fmt::format("{}  [{}] {}{} — {}{}", short_id(c.id), to_string(c.kind),
                                 c.source_name.value_or("(no source)"),
                                 c.presumed ? fmt::format(" (written '{}', presumed)", c.presumed->name) : "",
                                 c.cue.empty() ? "—" : c.cue,
                                 confidence ? fmt::format("  (confidence {:.2f})", *confidence) : ""));
        out_line(io, fmt::format("    {}", text::truncate(c.text, 300)));
        std::vector<std::string> where;
        for (const ClaimDocument& d : c.documents)
            where.push_back(fmt::format("{}{}{}{}", short_id(d.id), d.date ? " (" + *d.date + ")" : "",
                                        d.start && d.end ? fmt::format(" @{}-{}", *d.start, *d.end) : "",
                                        d.match.empty() ? "" : " " + d.match + (d.confirmed ? ", confirmed" : "")));
        const std::size_t k = independent_of(c, links);
        io.out << fmt::format("    {} document{}, {} independent{}\n", c.documents.size(),
                              c.documents.size() == 1 ? "" : "s", k,
                              c.documents.size() > 1 && k == 1 ? " (every copy leads back to one origin)" : "");
        out_line(io, fmt::format("    in {}", text::join(where, ", ")));
        io.out << "    first appearance: " << first_appearance_text(first_of(c), c.documents.size()) << '\n';
    });
    io.out << fmt::format("{} statement{}\n", count, count == 1 ? "" : "s");
}

struct MatchOptions {
    std::string db, statement, document;
};

// `claims confirm STATEMENT DOCUMENT` / `claims reject STATEMENT DOCUMENT`: a person's word
// on one match, recorded with the edge.
void run_match(Io& io, const MatchOptions& o, bool confirm) {
    const auto db = open_existing_for_writing(o.db);
    const std::string st = resolve_id(*db, o.statement), doc = resolve_id(*db, o.document);
    if (!db->has_statement(st)) throw Error(fmt::format("id '{}': not a statement", short_id(st)));
    if (confirm) {
        db->confirm_match(st, doc);
        io.out << fmt::format("confirmed: document {} carries statement {}\n", short_id(doc), short_id(st));
        return;
    }
    // the words as this document has them become the new claim's key
    const std::string fresh = db->reject_match(st, doc, resolve::match_key(db->mention_text(st, doc)));
    io.out << fmt::format("rejected: document {}'s mention is now statement {}\n", short_id(doc), short_id(fresh));
}

}  // namespace

void setup_claims(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ClaimsOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"text", "json", "csv"});
    sub.add_flag("--csv-raw", o->csv_raw,
                 "CSV cells as they are (by default a cell starting with = + - @ gets a leading ' so that a "
                 "spreadsheet does not run it as a formula)");
    sub.add_option("--source", o->filter.source, "only statements of this source (id prefix or part of the name)");
    sub.add_option("--search", o->filter.search, "only statements whose text contains these words (full-text)");
    sub.add_option("--kind", o->filter.kind, "direct, indirect or mixed")
        ->check(CLI::IsMember({"direct", "indirect", "mixed"}));
    sub.add_flag("--disputed", o->filter.disputed, "only statements in a dispute");
    sub.add_option("--outlet", o->filter.outlet, "only claims some document of this outlet carries (any case)");
    // a date or the start of one: 2026, 2026-03, 2026-03-14, 2026-03-14T09:10
    const auto date_like = [](const std::string& v) {
        const bool ok = !v.empty() && v.size() <= 25 && std::isdigit(static_cast<unsigned char>(v[0])) &&
                        v.find_first_not_of("0123456789-:T") == std::string::npos;
        return ok ? std::string() : "'" + v + "' is not a date (2026-03-14, or 2026-03 for the month)";
    };
    sub.add_option("--since", o->filter.since, "only claims dated on or after this day (2026-03: from March on)")
        ->check(date_like);
    sub.add_option("--until", o->filter.until, "only claims dated on or before this day (2026-03: to the end of March)")
        ->check(date_like);
    sub.add_option("--min-confidence", o->filter.min_confidence,
                   "only claims the extractor gave at least this confidence in some document (0 to 1); claims "
                   "without one (curated, imported) are kept")
        ->check(CLI::Range(0.0, 1.0));
    for (const bool confirm : {true, false}) {
        auto m = std::make_shared<MatchOptions>();
        CLI::App* c = sub.add_subcommand(confirm ? "confirm" : "reject",
                                         confirm ? "confirm that a document carries a claim (the match is right)"
                                                 : "reject a match: the document's mention becomes a claim of its own");
        add_db_option(*c, m->db);
        c->add_option("statement", m->statement, "id (or prefix) of the claim")->required();
        c->add_option("document", m->document, "id (or prefix) of the document")->required();
        c->final_callback([&io, m, confirm] { io.action = [&io, m, confirm] { run_match(io, *m, confirm); }; });
    }
    sub.final_callback([&io, o, &sub] {
        if (sub.get_subcommands().empty()) io.action = [&io, o] { run_claims(io, *o); };
    });
}

}  // namespace claimgraph::cli
