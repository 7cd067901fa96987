// `claimgraph verdict CLAIM --rating R`: a fact-checker's verdict on a claim; `verdict
// list` (text, JSON, CSV, or ClaimReview markup to publish) and `verdict remove CLAIM`.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/verdicts.h"
#include "cli/common.h"
#include "cli/ids.h"
#include "interchange/formats.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct VerdictOptions {
    std::string db;
    std::string claim;
    Verdict verdict;
    std::string format = "text";
    bool csv_raw = false;
    OutputTarget output;
};

void run_record(Io& io, VerdictOptions o) {
    if (o.claim.empty()) throw_usage("verdict: give the claim (an id or prefix), or 'list' or 'remove'");
    if (o.verdict.rating.empty()) throw_usage("verdict: give --rating (" + rating_words() + ")");
    if (o.verdict.date.empty()) o.verdict.date = app::today();
    if (!app::iso_date(o.verdict.date))
        throw_usage(fmt::format("--date '{}': not a date (expected YYYY-MM-DD)", o.verdict.date));
    const auto db = open_existing_for_writing(o.db);
    o.verdict.statement = resolve_id(*db, o.claim);
    const bool added = db->add_verdict(o.verdict);
    out_line(io, fmt::format("{} {}: {}{}, {}", added ? "recorded:" : "unchanged:", short_id(o.verdict.statement),
                             rating_label(o.verdict.rating),
                             o.verdict.reviewer.empty() ? "" : " by " + o.verdict.reviewer, o.verdict.date));
    for (const std::string& w : app::unpublishable({{o.verdict, "", ""}})) warn(io, w);
}

void run_remove(Io& io, const VerdictOptions& o) {
    const auto db = open_existing_for_writing(o.db);
    const std::string id = resolve_id(*db, o.claim);
    const std::size_t n = db->remove_verdicts(id);
    if (n == 0) throw Error(fmt::format("claim {} has no verdict", short_id(id)));
    out_line(io, fmt::format("withdrew {} from {}", text::counted(n, "verdict"), short_id(id)));
}

void run_list(Io& io, const VerdictOptions& o) {
    const auto db = open_existing(o.db);
    const app::Reviews all = app::reviews(*db);
    const std::vector<app::ReviewedClaim>& reviews = all.claims;
    if (o.format == "claimreview") {
        for (const std::string& w : app::unpublishable(reviews)) warn(io, w);
        write_output(io, o.output, interchange::claimreview(all.graph, true), o.db);
        return;
    }
    std::string out;
    if (o.format == "csv")
        out += csv_row({"claim", "rating", "value", "reviewer", "date", "url", "note", "speaker", "text"}, o.csv_raw);
    for (const app::ReviewedClaim& r : reviews) {
        const Verdict& v = r.verdict;
        const auto rating = rating_from_word(v.rating);
        const int value = rating ? rating->value : 0;
        if (o.format == "json") {
            nlohmann::ordered_json j{{"claim", v.statement},
                                     {"text", r.text},
                                     {"speaker", r.speaker.empty() ? nlohmann::ordered_json(nullptr)
                                                                   : nlohmann::ordered_json(r.speaker)},
                                     {"rating", v.rating},
                                     {"name", rating ? rating->name : v.rating},
                                     {"value", value > 0 ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr)},
                                     {"best", kBestRating},
                                     {"worst", kWorstRating},
                                     {"reviewer", v.reviewer},
                                     {"date", v.date},
                                     {"url", v.url},
                                     {"note", v.note}};
            out += j.dump() + "\n";
        } else if (o.format == "csv") {
            out += csv_row({v.statement, v.rating, value > 0 ? std::to_string(value) : "", v.reviewer, v.date, v.url,
                            v.note, r.speaker, r.text},
                           o.csv_raw);
        } else {
            out += text::printable(fmt::format("{}  {} — {}: \u201C{}\u201D", short_id(v.statement),
                                               rating_label(v.rating), r.speaker.empty() ? "(no source)" : r.speaker,
                                               text::truncate(r.text, 200))) +
                   "\n";
            std::vector<std::string> by;
            if (!v.reviewer.empty()) by.push_back("by " + v.reviewer);
            by.push_back(v.date);
            if (!v.url.empty()) by.push_back(v.url);
            out += text::printable("    " + text::join(by, ", ")) + "\n";
            if (!v.note.empty()) out += text::printable("    " + v.note) + "\n";
        }
    }
    if (o.format == "text") out += text::counted(reviews.size(), "verdict") + "\n";
    write_output(io, o.output, out, o.db);
}

}  // namespace

void setup_verdict(CLI::App& sub, Io& io) {
    auto o = std::make_shared<VerdictOptions>();
    add_db_option(sub, o->db);
    sub.add_option("claim", o->claim, "id (or prefix) of the claim");
    sub.add_option("--rating", o->verdict.rating, "the verdict: " + rating_words())
        ->check(CLI::IsMember([] {
            std::vector<std::string> words;
            for (const Rating& r : ratings()) words.push_back(r.word);
            return words;
        }()));
    sub.add_option("--note", o->verdict.note, "the reasons, in a line (ClaimReview's reviewBody)");
    sub.add_option("--url", o->verdict.url, "where the fact-check is published (Google's markup needs it)");
    sub.add_option("--reviewer", o->verdict.reviewer, "who reviewed it: the desk or the person (ClaimReview's author)");
    sub.add_option("--date", o->verdict.date, "when (YYYY-MM-DD; default today, UTC)");

    auto l = std::make_shared<VerdictOptions>();
    CLI::App* list = sub.add_subcommand("list", "every claim's verdict (text, json, csv, or claimreview markup)");
    add_db_option(*list, l->db);
    add_format_option(*list, l->format, {"text", "json", "csv", "claimreview"});
    list->add_flag("--csv-raw", l->csv_raw, "CSV cells as they are (no leading ' before = + - @)");
    add_output_option(*list, l->output, "output file ('-' or none: standard output)");
    list->final_callback([&io, l] { io.action = [&io, l] { run_list(io, *l); }; });

    auto r = std::make_shared<VerdictOptions>();
    CLI::App* remove = sub.add_subcommand("remove", "withdraw a claim's verdicts");
    add_db_option(*remove, r->db);
    remove->add_option("claim", r->claim, "id (or prefix) of the claim")->required();
    remove->final_callback([&io, r] { io.action = [&io, r] { run_remove(io, *r); }; });

    sub.final_callback([&io, o, &sub] {
        if (sub.get_subcommands().empty()) io.action = [&io, o] { run_record(io, *o); };
    });
}

}  // namespace claimgraph::cli
