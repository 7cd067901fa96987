// `claimgraph sources`: who speaks or relays, with aliases and whom they speak for.
#include <map>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "cli/ids.h"
#include "interchange/listing_json.h"
#include "resolve/identity.h"
#include "resolve/names.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct SourcesOptions {
    bool csv_raw = false;  ///< --csv-raw: cells as they are, formulas included
    std::string db;
    std::string format = "text";
};

// "    presumably 431c135d65 Barack Obama (surname alone: …)": whom a source named alone
// presumably is (resolve/presumed.h), under the source in both listings
std::string presumably_line(const PresumedFrom& p) {
    return fmt::format("    presumably {} {} ({})", short_id(p.id), p.name, p.basis);
}

void run_sources(Io& io, const SourcesOptions& o) {
    const auto db = open_existing(o.db);
    const auto rows = db->sources();
    std::map<std::string, std::string> names;
    for (const SourceRow& s : rows) names[s.id] = s.name;
    if (o.format == "json") {
        for (const SourceRow& s : rows) io.out << interchange::source_json(s).dump() << '\n';
        return;
    }
    if (o.format == "csv") {
        io.out << csv_row({"id", "name", "type", "role", "aliases", "speaks_for", "documents", "statements"},
                          o.csv_raw);
        for (const SourceRow& s : rows)
            io.out << csv_row({s.id, s.name, to_string(s.type), s.role, text::join(s.aliases, "; "),
                               s.speaks_for.value_or(""), std::to_string(s.documents), std::to_string(s.statements)},
                              o.csv_raw);
        return;
    }
    for (const SourceRow& s : rows) {
        // anonymous sources are one per document ("officials" here are not "officials" there)
        const std::string where =
            s.type == SourceType::anonymous && s.document ? ", in document " + short_id(*s.document) : "";
        std::string line = fmt::format("{}  {} ({}{}{})", short_id(s.id), s.name, to_string(s.type),
                                       s.role.empty() ? "" : ", " + s.role, where);
        if (s.speaks_for) line += " → " + names[*s.speaks_for];
        line += fmt::format("  [{} document{}, {} statement{}]", s.documents, s.documents == 1 ? "" : "s", s.statements,
                            s.statements == 1 ? "" : "s");
        out_line(io, line);
        if (!s.aliases.empty()) out_line(io, "    aka " + text::join(s.aliases, ", "));
        if (s.presumed) out_line(io, presumably_line(*s.presumed));
    }
    io.out << fmt::format("{} source{}\n", rows.size(), rows.size() == 1 ? "" : "s");
}

struct ShowOptions {
    std::string db, id;
    std::string format = "text";
};

// `sources show ID`: the source, then each mention with the words written and how it was
// identified with the source (resolve/identity.h).
void run_show(Io& io, const ShowOptions& o) {
    const auto db = open_existing(o.db);
    const std::string id = resolve_id(*db, o.id);
    const auto s = db->source(id);
    if (!s) throw Error(fmt::format("id '{}': not a source", short_id(id)));
    const auto mentions = db->source_mentions(id);
    if (o.format == "json") {
        const auto j = interchange::source_detail_json(*s, mentions);
        io.out << j.dump() << '\n';
        return;
    }
    std::string head = fmt::format("{}  {} ({}{})", short_id(s->id), s->name, to_string(s->type),
                                   s->role.empty() ? "" : ", " + s->role);
    out_line(io, head);
    if (!s->aliases.empty()) out_line(io, "    aka " + text::join(s->aliases, ", "));
    if (s->presumed) out_line(io, presumably_line(*s->presumed));
    for (const SourceMentionRow& m : mentions) {
        const std::string where =
            fmt::format("{} {}", m.date.value_or("undated"), m.outlet.value_or(short_id(m.document)));
        const std::string at = m.start && m.end ? fmt::format(" @{}-{}", *m.start, *m.end) : "";
        out_line(io, fmt::format("  {}  \"{}\"{}  {}", where, m.words, at,
                                 m.identity.empty() ? "name as written" : m.identity));
        out_line(io, fmt::format("      {}  {}", short_id(m.statement), text::truncate(m.statement_text, 90)));
    }
    io.out << fmt::format("{} mention{}\n", mentions.size(), mentions.size() == 1 ? "" : "s");
}

struct CorrectionOptions {
    std::string db;
    std::string first, second;
};

// `sources merge KEEP OTHER`: OTHER's mentions, aliases and keys move to KEEP; documents
// ingested later find KEEP under OTHER's names.
void run_merge(Io& io, const CorrectionOptions& o) {
    const auto db = open_existing_for_writing(o.db);
    const std::string keep = resolve_id(*db, o.first), other = resolve_id(*db, o.second);
    if (keep == other) throw_usage(fmt::format("sources merge: '{}' and '{}' are the same source", o.first, o.second));
    for (const std::string& id : {keep, other})
        if (!db->source_type(id)) throw Error(fmt::format("id '{}': not a source", short_id(id)));
    db->merge_sources(keep, other);
    io.out << fmt::format("merged {} into {}\n", short_id(other), short_id(keep));
}

// `sources split ID ALIAS`: the mentions written ALIAS become a source of their own.
void run_split(Io& io, const CorrectionOptions& o) {
    const auto db = open_existing_for_writing(o.db);
    const std::string id = resolve_id(*db, o.first);
    if (!db->source_type(id)) throw Error(fmt::format("id '{}': not a source", short_id(id)));
    const std::string fresh = db->split_source(id, o.second, resolve::source_key(o.second));
    io.out << fmt::format("split '{}' from {} as {}\n", o.second, short_id(id), short_id(fresh));
}

}  // namespace

void setup_sources(CLI::App& sub, Io& io) {
    auto o = std::make_shared<SourcesOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"text", "json", "csv"});
    sub.add_flag("--csv-raw", o->csv_raw,
                 "CSV cells as they are (by default a cell starting with = + - @ gets a leading ' so that a "
                 "spreadsheet does not run it as a formula)");
    auto w = std::make_shared<ShowOptions>();
    CLI::App* show =
        sub.add_subcommand("show", "a source's mentions: the words each document wrote and how each was identified");
    add_db_option(*show, w->db);
    add_format_option(*show, w->format, {"text", "json"});
    show->add_option("id", w->id, "id (or prefix) of the source")->required();
    show->final_callback([&io, w] { io.action = [&io, w] { run_show(io, *w); }; });
    auto m = std::make_shared<CorrectionOptions>();
    CLI::App* merge = sub.add_subcommand("merge", "merge the second source into the first (kept for later ingests)");
    add_db_option(*merge, m->db);
    merge->add_option("keep", m->first, "id (or prefix) of the source to keep")->required();
    merge->add_option("other", m->second, "id (or prefix) of the source merged into it")->required();
    merge->final_callback([&io, m] { io.action = [&io, m] { run_merge(io, *m); }; });
    auto p = std::make_shared<CorrectionOptions>();
    CLI::App* split = sub.add_subcommand("split", "make the mentions written ALIAS a source of their own");
    add_db_option(*split, p->db);
    split->add_option("id", p->first, "id (or prefix) of the source")->required();
    split->add_option("alias", p->second, "the mention as written, e.g. 'Gladkov'")->required();
    split->final_callback([&io, p] { io.action = [&io, p] { run_split(io, *p); }; });
    sub.final_callback([&io, o, &sub] {
        if (sub.get_subcommands().empty()) io.action = [&io, o] { run_sources(io, *o); };
    });
}

}  // namespace claimgraph::cli
