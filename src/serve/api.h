// What `claimgraph serve` answers, below HTTP: a request (method, path, parameters, the
// CSRF token it carries) in, a response (status, type, body) out. The handlers call the
// store and src/app/ as the command line does, and answer with the command line's JSON
// (interchange/listing_json.h). Tests call it without a socket; serve/http_server.cpp
// puts it behind cpp-httplib.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "graph/provenance_graph.h"
#include "graph/timeline.h"
#include "store/store.h"

namespace claimgraph::serve {

struct Request {
    std::string method;  ///< "GET" or "POST"
    std::string path;    ///< "/api/claims", "/api/claims/0123…"
    std::map<std::string, std::string> params;  ///< query string, then the form of a POST
    std::string csrf;    ///< the X-CSRF-Token header
};

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
};

struct ApiOptions {
    bool read_only = false;  ///< every write answered 403
    std::string csrf_token;  ///< what each POST must carry in X-CSRF-Token
};

/// An error a handler answers with: a status and a message, sent as {"error": message}.
struct ApiError {
    int status;
    std::string message;
};

class Api {
public:
    Api(std::unique_ptr<store::Store> db, ApiOptions options);

    /// The answer to one request; never throws. Requests are answered one at a time on the
    /// store (SQLite connections are not shared between threads).
    Response handle(const Request& request);

    const ApiOptions& options() const noexcept { return m_options; }

private:
    Response route(const Request& request);
    std::string version() const;
    /// `make`'s answer to this request, from m_cache while the data has not changed.
    std::string cached(const Request& request, const std::function<std::string()>& make);
    /// The timelines a request asks for, computed once for its chart requests and its list.
    const std::vector<graph::Timeline>& timelines_for(const Request& request);
    /// Empties the caches when the data version has changed.
    void refresh_caches();
    const graph::OriginIndex& links();
    std::unique_ptr<store::Store> m_db;
    ApiOptions m_options;
    long long m_writes = 0;  ///< corrections made through this server: part of /api/version
    std::unique_ptr<graph::OriginIndex> m_links;  ///< of m_links_version
    std::string m_links_version;
    /// The whole listings (sources, documents, disputes, timeline) as last answered, by
    /// request, for m_cache_version: a page asks for them again and again, and they change
    /// only when the data does.
    std::map<std::string, std::string> m_cache;
    std::map<std::string, std::vector<graph::Timeline>> m_timelines;  ///< by measure and source, the same
    std::string m_cache_version;
    std::mutex m_mutex;
};

// The handlers (serve/reads.cpp, serve/writes.cpp). Each throws ApiError for a bad request.
using Params = std::map<std::string, std::string>;

/// `links`: the archive's origin links (Store::origin_links), read once per data version.
std::string claims_page(const store::Store& db, const graph::OriginIndex& links, const Params& p);
std::string claim(const store::Store& db, const graph::OriginIndex& links, const std::string& id);
std::string sources(const store::Store& db, const Params& p);
std::string source(const store::Store& db, const std::string& id);
std::string documents(const store::Store& db);
std::string document(const store::Store& db, const std::string& id);
std::string disputes(const store::Store& db);
/// The figure timelines `timeline` lists for these parameters (measure, source).
std::vector<graph::Timeline> timeline_list(const store::Store& db, const Params& p);
std::string timelines(const std::vector<graph::Timeline>& list);
/// The `n`-th of them drawn as the report draws it (SVG).
std::string timeline_chart(const std::vector<graph::Timeline>& list, const Params& p);
std::string trace(const store::Store& db, const std::string& id);
/// The diagram around a node (`focus`, `depth`, `disputed`), or the whole graph grouped,
/// as SVG.
std::string graph_svg(const store::Store& db, const Params& p);

std::string merge_sources(store::Store& db, const Params& p);
std::string split_source(store::Store& db, const Params& p);
std::string confirm_match(store::Store& db, const Params& p);
std::string reject_match(store::Store& db, const Params& p);
std::string add_dispute(store::Store& db, const Params& p);

/// The full id a typed id (or a unique prefix of at least 4 hex digits) names; ApiError
/// 400 for a malformed one, 404 for none, 400 for an ambiguous one.
std::string full_id(const store::Store& db, const std::string& typed);
/// A parameter, "" when absent.
std::string param(const Params& p, const std::string& name);

}  // namespace claimgraph::serve
