#include "serve/http_server.h"

#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "serve/assets.h"
#include "util/error.h"

namespace claimgraph::serve {

namespace {

// Scripts and styles from the server alone, no inline script, no plug-in, no frame, no
// request to anywhere else; images only as data the page builds.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

constexpr const char* kTokenCookie = "claimgraph_token";

void json_error(httplib::Response& res, int status, const std::string& message) {
    res.status = status;
    res.set_content(nlohmann::json{{"error", message}}.dump(), "application/json; charset=utf-8");
}

// the value of one cookie of the Cookie header, "" when absent
std::string cookie(const httplib::Request& req, const std::string& name) {
    const std::string all = req.get_header_value("Cookie");
    for (std::size_t at = 0; at < all.size();) {
        std::size_t end = all.find(';', at);
        if (end == std::string::npos) end = all.size();
        std::string part = all.substr(at, end - at);
        part.erase(0, part.find_first_not_of(' '));
        if (part.starts_with(name + "=")) return part.substr(name.size() + 1);
        at = end + 1;
    }
    return "";
}

// constant time, so that a token is not guessed one digit at a time from response times
bool same_token(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff = static_cast<unsigned char>(diff | (a[i] ^ b[i]));
    return diff == 0;
}

}  // namespace

bool is_loopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

std::string random_token() {
    std::random_device device;
    std::string out;
    for (int i = 0; i < 4; ++i) out += fmt::format("{:08x}", device());
    return out;
}

struct HttpServer::Impl {
    Api& api;
    httplib::Server server;
    int socket = -1;  ///< the listening socket, once made
    std::atomic<bool> started{false}, finished{false}, stop_asked{false};  ///< run()'s, stop()'s
    explicit Impl(Api& a) : api(a) {}
};

HttpServer::HttpServer(Api& api, ServerOptions options)
    : m_impl(std::make_unique<Impl>(api)), m_options(std::move(options)) {
    httplib::Server& s = m_impl->server;
    s.set_payload_max_length(1 << 20);
    s.set_tcp_nodelay(true);  // small answers go at once, not after a delayed acknowledgement (40 ms)
    // SO_REUSEADDR alone: cpp-httplib's default adds SO_REUSEPORT, with which a second
    // server on the same port starts too and the two share its requests
    s.set_socket_options([this](socket_t sock) {
        const int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        m_impl->socket = sock;
    });
    s.set_read_timeout(10, 0);
    s.set_write_timeout(10, 0);
    // every answer: the policy, no sniffing, no referrer, never in a frame
    s.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
        res.set_header("Content-Security-Policy", kContentSecurityPolicy);
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("Referrer-Policy", "no-referrer");
        res.set_header("X-Frame-Options", "DENY");
        res.set_header("Cache-Control", "no-store");
    });
    s.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        // on loopback, where no token is asked, a page elsewhere that names this server by
        // a host name of its own (DNS rebinding) gets nothing: the Host must be the
        // loopback address served. Off loopback the token guards every request, and the
        // desk reaches the server by whatever name its network gives it.
        const std::string host = req.get_header_value("Host");
        const std::string port = ":" + std::to_string(m_port);
        const bool host_ok = !is_loopback(m_options.host) || host == "localhost" + port || host == "127.0.0.1" + port ||
                             host == "[::1]" + port;
        if (!host_ok) {
            json_error(res, 403, fmt::format("Host '{}' is not the address this server answers on", host));
            return httplib::Server::HandlerResponse::Handled;
        }
        if (m_options.token.empty()) return httplib::Server::HandlerResponse::Unhandled;
        std::string given = cookie(req, kTokenCookie);
        const std::string bearer = req.get_header_value("Authorization");
        if (bearer.starts_with("Bearer ")) given = bearer.substr(7);
        if (req.has_param("token")) given = req.get_param_value("token");
        if (!same_token(given, m_options.token)) {
            json_error(res, 401, "this server needs its token: open the address it printed, with ?token=…");
            return httplib::Server::HandlerResponse::Handled;
        }
        // the page's later requests carry it as a cookie no script can read
        if (req.has_param("token"))
            res.set_header("Set-Cookie", fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict", kTokenCookie,
                                                     m_options.token));
        return httplib::Server::HandlerResponse::Unhandled;
    });
    const auto to_api = [this](const httplib::Request& req, httplib::Response& res) {
        Request r;
        r.method = req.method;
        r.path = req.path;
        for (const auto& [k, v] : req.params)
            if (k != "token") r.params.emplace(k, v);
        if (req.method == "POST" &&
            req.get_header_value("Content-Type").starts_with("application/x-www-form-urlencoded")) {
            httplib::Params form;
            httplib::detail::parse_query_text(req.body, form);
            for (const auto& [k, v] : form) r.params.emplace(k, v);
        }
        r.csrf = req.get_header_value("X-CSRF-Token");
        const Response out = m_impl->api.handle(r);
        res.status = out.status;
        // with the charset named, cpp-httplib leaves the answer uncompressed: it compresses
        // exactly "application/json" and "image/svg+xml" with brotli at its slowest setting
        // (1.1 s for the 1 MB list of sources of 1,000 articles), more than it saves on a
        // desk's own machine or network
        res.set_content(out.body, out.content_type + "; charset=utf-8");
    };
    s.Get("/api/.*", to_api);
    s.Post("/api/.*", to_api);
    s.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
        if (req.path == "/favicon.ico") {  // none: said without an error in the console
            res.status = 204;
            return;
        }
        const auto a = asset(req.path);
        if (!a) return json_error(res, 404, "no such page");
        std::string body(a->bytes);
        // the page carries the token its writes must send back (a page of another site
        // cannot read it)
        if (req.path == "/" || req.path == "/index.html")
            if (const auto at = body.find("@CSRF@"); at != std::string::npos)
                body.replace(at, 6, m_impl->api.options().csrf_token);
        res.set_content(body, a->content_type);
    });
    s.Post(".*", [](const httplib::Request&, httplib::Response& res) { json_error(res, 404, "no such endpoint"); });
}

HttpServer::~HttpServer() = default;

void HttpServer::bind() {
    httplib::Server& s = m_impl->server;
    if (m_options.port == 0) {
        m_port = s.bind_to_any_port(m_options.host);
        if (m_port < 0) throw Error(fmt::format("cannot listen on {}: no free port", m_options.host));
    } else {
        if (!s.bind_to_port(m_options.host, m_options.port))
            throw Error(fmt::format("cannot listen on {}:{}: the port is in use or the address is not this machine's",
                                    m_options.host, m_options.port));
        m_port = m_options.port;
    }
    // cpp-httplib listens with a queue of 5 connections: at 100 at once the kernel drops
    // the rest and the clients wait seconds for a retry; the queue the system allows
    if (m_impl->socket >= 0) ::listen(m_impl->socket, SOMAXCONN);
}

void HttpServer::run() {
    m_impl->started = true;
    if (!m_impl->stop_asked) m_impl->server.listen_after_bind();
    m_impl->finished = true;
}

void HttpServer::stop() {
    m_impl->stop_asked = true;
    // cpp-httplib's stop() does nothing before its loop runs: asked then (a Ctrl-C at
    // start, a test that stops at once), it is asked again until the loop has ended
    while (m_impl->started && !m_impl->finished) {
        if (m_impl->server.is_running()) m_impl->server.stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace claimgraph::serve
