#include "serve/api.h"

#include <exception>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/error.h"

namespace claimgraph::serve {

namespace {

Response json_error(int status, const std::string& message) {
    return {status, "application/json", nlohmann::json{{"error", message}}.dump()};
}

// "/api/claims/0123abcd" under "/api/claims/": "0123abcd"; "" when `path` is not under it
// or names nothing more
std::string rest_of(const std::string& path, const std::string& prefix) {
    if (!path.starts_with(prefix) || path.size() == prefix.size()) return "";
    const std::string rest = path.substr(prefix.size());
    return rest.find('/') == std::string::npos ? rest : "";
}

}  // namespace

Api::Api(std::unique_ptr<store::Store> db, ApiOptions options) : m_db(std::move(db)), m_options(std::move(options)) {}

Response Api::handle(const Request& request) {
    const std::lock_guard<std::mutex> lock(m_mutex);
    try {
        return route(request);
    } catch (const ApiError& e) {
        return json_error(e.status, e.message);
    } catch (const Error& e) {
        // the store's own errors: a database changed or damaged under the server
        return json_error(500, e.what());
    } catch (const std::exception& e) {
        return json_error(500, e.what());
    }
}

std::string Api::version() const { return fmt::format("{}.{}", m_db->data_version(), m_writes); }

const graph::OriginIndex& Api::links() {
    const std::string now = version();
    if (!m_links || now != m_links_version) {
        m_links = std::make_unique<graph::OriginIndex>(m_db->origin_links());
        m_links_version = now;
    }
    return *m_links;
}

void Api::refresh_caches() {
    const std::string now = version();
    if (now == m_cache_version) return;
    m_cache.clear();
    m_timelines.clear();
    m_cache_version = now;
}

const std::vector<graph::Timeline>& Api::timelines_for(const Request& r) {
    refresh_caches();
    const std::string key = param(r.params, "measure") + "\n" + param(r.params, "source");
    if (const auto hit = m_timelines.find(key); hit != m_timelines.end()) return hit->second;
    if (m_timelines.size() >= 16) m_timelines.clear();
    return m_timelines.emplace(key, timeline_list(*m_db, r.params)).first->second;
}

std::string Api::cached(const Request& r, const std::function<std::string()>& make) {
    refresh_caches();
    std::string key = r.path;
    for (const auto& [k, v] : r.params) key += "\n" + k + "=" + v;
    const auto hit = m_cache.find(key);
    if (hit != m_cache.end()) return hit->second;
    if (m_cache.size() >= 64) m_cache.clear();  // searches of the sources: bounded
    return m_cache.emplace(key, make()).first->second;
}

Response Api::route(const Request& r) {
    const std::string& path = r.path;
    if (r.method == "POST") {
        if (m_options.read_only) throw ApiError{403, "the server is read-only (--read-only)"};
        if (r.csrf.empty() || r.csrf != m_options.csrf_token)
            throw ApiError{403, "missing or wrong CSRF token (X-CSRF-Token)"};
        using Write = std::string (*)(store::Store&, const Params&);
        const Write write = path == "/api/sources/merge"     ? merge_sources
                            : path == "/api/sources/split"   ? split_source
                            : path == "/api/matches/confirm" ? confirm_match
                            : path == "/api/matches/reject"  ? reject_match
                            : path == "/api/disputes"        ? add_dispute
                                                             : nullptr;
        if (!write) throw ApiError{404, fmt::format("no such endpoint: POST {}", path)};
        std::string body;
        try {
            body = write(*m_db, r.params);
        } catch (const Error& e) {
            // what the store refuses to correct ("no mention written 'X'", "carried by this
            // document only") is about the request
            throw ApiError{400, e.what()};
        }
        ++m_writes;
        return {200, "application/json", body};
    }
    if (r.method != "GET") throw ApiError{405, fmt::format("method {} is not allowed", r.method)};
    if (path == "/api/version")
        return {200, "application/json",
                nlohmann::ordered_json{{"version", version()},
                                       {"read_only", m_options.read_only}}
                    .dump()};
    if (path == "/api/claims") return {200, "application/json", claims_page(*m_db, links(), r.params)};
    if (path == "/api/sources") return {200, "application/json", cached(r, [&] { return sources(*m_db, r.params); })};
    if (path == "/api/documents") return {200, "application/json", cached(r, [&] { return documents(*m_db); })};
    if (path == "/api/disputes") return {200, "application/json", cached(r, [&] { return disputes(*m_db); })};
    if (path == "/api/timeline") return {200, "application/json", timelines(timelines_for(r))};
    if (path == "/api/timeline/chart") return {200, "image/svg+xml", timeline_chart(timelines_for(r), r.params)};
    if (path == "/api/graph") return {200, "image/svg+xml", graph_svg(*m_db, r.params)};
    if (const std::string id = rest_of(path, "/api/claims/"); !id.empty())
        return {200, "application/json", claim(*m_db, links(), id)};
    if (const std::string id = rest_of(path, "/api/sources/"); !id.empty())
        return {200, "application/json", source(*m_db, id)};
    if (const std::string id = rest_of(path, "/api/documents/"); !id.empty())
        return {200, "application/json", document(*m_db, id)};
    if (const std::string id = rest_of(path, "/api/trace/"); !id.empty())
        return {200, "application/json", trace(*m_db, id)};
    throw ApiError{404, fmt::format("no such endpoint: GET {}", path)};
}

}  // namespace claimgraph::serve
