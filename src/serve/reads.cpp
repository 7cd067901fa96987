// The server's reads: pages of claims, one claim with everything a desk checks, sources,
// documents with the spans they carry, disputes, timelines, traces and diagrams. JSON as
// the command line's --format json (interchange/listing_json.h), wrapped where a page
// needs more than a listing.
#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "app/views.h"
#include "graph/timeline.h"
#include "interchange/listing_json.h"
#include "render/renderer.h"
#include "report/report.h"
#include "resolve/linker.h"
#include "serve/api.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::serve {

using interchange::Json;

std::string param(const Params& p, const std::string& name) {
    const auto it = p.find(name);
    return it == p.end() ? std::string() : it->second;
}

std::string full_id(const store::Store& db, const std::string& typed) {
    const std::string id = text::lower(typed);
    if (id.size() < 4 || id.size() > 64 ||
        !std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isxdigit(c) != 0; }))
        throw ApiError{400, fmt::format("'{}' is not an id (4 to 64 hexadecimal digits)", text::truncate(typed, 80))};
    auto ids = db.ids_with_prefix(id, 2);
    if (ids.empty()) ids = db.redirects_with_prefix(id, 2);  // a claim merged into another since
    if (ids.empty()) throw ApiError{404, fmt::format("no document, claim or source has the id '{}'", id)};
    if (ids.size() > 1) throw ApiError{400, fmt::format("the id '{}' is ambiguous: give more digits", id)};
    if (const auto moved = db.redirects({ids.front()}); !moved.empty()) return moved.begin()->second;
    return ids.front();
}

namespace {

long long number(const Params& p, const std::string& name, long long fallback, long long low, long long high) {
    const std::string v = param(p, name);
    if (v.empty()) return fallback;
    long long out = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size() || out < low || out > high)
        throw ApiError{400, fmt::format("{}: '{}' is not a whole number from {} to {}", name, text::truncate(v, 40),
                                        low, high)};
    return out;
}

bool flag(const Params& p, const std::string& name) {
    const std::string v = param(p, name);
    if (v.empty() || v == "0" || v == "false") return false;
    if (v == "1" || v == "true") return true;
    throw ApiError{400, fmt::format("{}: '{}' is not 1, 0, true or false", name, text::truncate(v, 40))};
}

// a date or its prefix as a filter takes it: "2026", "2026-03", "2026-03-14T09:10"
std::string date_param(const Params& p, const std::string& name) {
    const std::string v = param(p, name);
    if (v.size() > 25 || !std::all_of(v.begin(), v.end(), [](unsigned char c) {
            return std::isdigit(c) != 0 || c == '-' || c == ':' || c == 'T';
        }))
        throw ApiError{400, fmt::format("{}: '{}' is not a date (2026-03-14, or 2026-03)", name, text::truncate(v, 40))};
    return v;
}

ClaimFilter claim_filter(const Params& p) {
    ClaimFilter f;
    f.search = param(p, "q");
    f.source = param(p, "source");
    f.kind = param(p, "kind");
    if (!f.kind.empty() && f.kind != "direct" && f.kind != "indirect" && f.kind != "mixed")
        throw ApiError{400, fmt::format("kind: '{}' is not direct, indirect or mixed", text::truncate(f.kind, 40))};
    f.disputed = flag(p, "disputed");
    f.min_confidence = static_cast<double>(number(p, "min_confidence", 0, 0, 100)) / 100.0;
    f.outlet = param(p, "outlet");
    f.since = date_param(p, "since");
    f.until = date_param(p, "until");
    return f;
}

Json optional_string(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

}  // namespace

std::string claims_page(const store::Store& db, const graph::OriginIndex& links, const Params& p) {
    const ClaimFilter filter = claim_filter(p);
    const std::string sort = param(p, "sort");
    if (!sort.empty() && sort != "date" && sort != "newest" && sort != "documents")
        throw ApiError{400, fmt::format("sort: '{}' is not date, newest or documents", text::truncate(sort, 40))};
    const ClaimOrder order = sort == "newest"      ? ClaimOrder::newest
                             : sort == "documents" ? ClaimOrder::documents
                                                   : ClaimOrder::date;
    const auto page = static_cast<std::size_t>(number(p, "page", 1, 1, 1'000'000));
    const auto per_page = static_cast<std::size_t>(number(p, "per_page", 50, 1, 200));
    const ClaimPage rows = db.claims_page(filter, order, (page - 1) * per_page, per_page);
    Json out;
    out["total"] = rows.total;
    out["page"] = page;
    out["per_page"] = per_page;
    auto claims = Json::array();
    for (const ClaimRow& c : rows.rows)
        claims.push_back(interchange::claim_json(c, interchange::independent_origins_of(c, links)));
    out["claims"] = claims;
    return out.dump();
}

std::string claim(const store::Store& db, const graph::OriginIndex& links, const std::string& typed) {
    const std::string id = full_id(db, typed);
    ClaimFilter one;
    one.id = id;
    const ClaimPage rows = db.claims_page(one, ClaimOrder::date, 0, 1);
    if (rows.rows.empty()) throw ApiError{404, fmt::format("'{}' is not a claim", id)};
    const ClaimRow& c = rows.rows.front();
    Json out = interchange::claim_json(c, interchange::independent_origins_of(c, links));
    // the speaker as a desk reads them: role, and the body they speak for
    Json speaker = nullptr;
    if (c.source_id)
        if (const auto s = db.source(*c.source_id)) {
            speaker = interchange::source_json(*s);
            if (s->speaks_for)
                if (const auto body = db.source(*s->speaks_for))
                    speaker["speaks_for"] = Json{{"id", body->id}, {"name", body->name}};
        }
    out["speaker"] = speaker;
    auto disputes = Json::array();
    for (const DisputeRow& d : db.disputes())
        if (d.from.id == id || d.to.id == id) disputes.push_back(interchange::dispute_json(d));
    out["disputes"] = disputes;
    auto verdicts = Json::array();
    for (const Verdict& v : db.verdicts(Json::array({id}).dump()))
        verdicts.push_back({{"rating", v.rating},
                            {"reviewer", v.reviewer},
                            {"url", v.url},
                            {"date", v.date},
                            {"note", v.note}});
    out["verdicts"] = verdicts;
    return out.dump();
}

std::string sources(const store::Store& db, const Params& p) {
    const std::string q = text::lower(param(p, "q"));
    auto out = Json::array();
    for (const SourceRow& s : db.sources())
        if (q.empty() || s.id.starts_with(q) || text::lower(s.name).find(q) != std::string::npos)
            out.push_back(interchange::source_json(s));
    return out.dump();
}

std::string source(const store::Store& db, const std::string& typed) {
    const std::string id = full_id(db, typed);
    const auto s = db.source(id);
    if (!s) throw ApiError{404, fmt::format("'{}' is not a source", id)};
    Json out = interchange::source_detail_json(*s, db.source_mentions(id));
    out["speaks_for"] = nullptr;
    if (s->speaks_for)
        if (const auto body = db.source(*s->speaks_for)) out["speaks_for"] = Json{{"id", body->id}, {"name", body->name}};
    out["documents"] = s->documents;
    out["statements"] = s->statements;
    return out.dump();
}

std::string documents(const store::Store& db) {
    auto out = Json::array();
    for (const DocumentRow& d : db.documents()) out.push_back(interchange::document_json(d));
    return out.dump();
}

std::string document(const store::Store& db, const std::string& typed) {
    const std::string id = full_id(db, typed);
    const auto d = db.document(id);
    if (!d) throw ApiError{404, fmt::format("'{}' is not a document", id)};
    Json out = interchange::document_json(*d);
    out["text"] = db.document_text(id);
    auto mentions = Json::array();
    for (const DocumentMention& m : db.document_mentions(id))
        mentions.push_back({{"statement", m.statement},
                            {"start", m.start},
                            {"end", m.end},
                            {"kind", m.kind},
                            {"speaker", optional_string(m.speaker)}});
    out["mentions"] = mentions;
    return out.dump();
}

std::string disputes(const store::Store& db) {
    auto out = Json::array();
    for (const DisputeRow& d : db.disputes()) out.push_back(interchange::dispute_json(d));
    return out.dump();
}

std::vector<graph::Timeline> timeline_list(const store::Store& db, const Params& p) {
    const std::string measure = param(p, "measure"), source = text::lower(param(p, "source"));
    std::vector<graph::Timeline> out;
    for (graph::Timeline& t : graph::figure_timelines(db.statements_with_figures(measure), resolve::event_key)) {
        const bool of_source =
            source.empty() || std::any_of(t.points.begin(), t.points.end(), [&](const graph::TimelinePoint& pt) {
                return pt.source_id.starts_with(source) || text::lower(pt.source_name).find(source) != std::string::npos;
            });
        if (of_source) out.push_back(std::move(t));
    }
    return out;
}

std::string timelines(const std::vector<graph::Timeline>& list) {
    auto out = Json::array();
    for (const graph::Timeline& t : list) out.push_back(interchange::timeline_json(t));
    return out.dump();
}

std::string timeline_chart(const std::vector<graph::Timeline>& all, const Params& p) {
    const auto n = static_cast<std::size_t>(number(p, "n", 0, 0, 1'000'000));
    if (n >= all.size()) throw ApiError{404, fmt::format("n: there are {} timelines", all.size())};
    return report::timeline_chart(all[n]);
}

std::string trace(const store::Store& db, const std::string& typed) {
    return interchange::trace_json(app::trace(db, full_id(db, typed))).dump();
}

std::string graph_svg(const store::Store& db, const Params& p) {
    app::DiagramRequest request;
    if (const std::string focus = param(p, "focus"); !focus.empty()) request.around = full_id(db, focus);
    if (const std::string doc = param(p, "document"); !doc.empty()) request.document = full_id(db, doc);
    request.depth = static_cast<int>(number(p, "depth", 2, 0, 6));
    request.disputed_only = flag(p, "disputed");
    request.max_nodes = render::kMaxReadableNodes;
    request.cut_to_fit = true;  // a prolific speaker's page draws the claims most carried
    app::Diagram d;
    try {
        d = app::diagram(db, request);
    } catch (const Error& e) {
        throw ApiError{400, e.what()};  // too large to draw: the message says how to draw less
    }
    render::RenderOptions o;
    o.title = "claimgraph: " + d.title;
    o.legend = flag(p, "legend");  // the page explains its shapes once, not in every diagram
    return render::render(d.graph, o);
}

}  // namespace claimgraph::serve
