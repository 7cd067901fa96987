// claimgraph serve's HTTP side, the one place cpp-httplib is used: the page and its code
// from the binary (serve/assets.h), /api/ to serve::Api, and the guards a shared machine
// needs (a token off 127.0.0.1, Host checked, a strict Content-Security-Policy).
#pragma once

#include <memory>
#include <string>

#include "serve/api.h"

namespace claimgraph::serve {

struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;  ///< 0: any free port (HttpServer::port says which)
    std::string token;  ///< required of every request when not empty
};

class HttpServer {
public:
    HttpServer(Api& api, ServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// Binds the address; throws Error when it cannot (the port in use, a bad host).
    void bind();
    int port() const noexcept { return m_port; }
    /// Answers requests until stop(); returns then (at once when stop() came first).
    void run();
    /// Stops run() from any thread, before or after it began; returns when it has ended.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    ServerOptions m_options;
    int m_port = 0;
};

/// Whether `host` is this machine's loopback address as `--host` names it (127.0.0.1,
/// localhost, ::1): the addresses served without a token.
bool is_loopback(const std::string& host);

/// 32 random hexadecimal digits: a CSRF or access token.
std::string random_token();

}  // namespace claimgraph::serve
