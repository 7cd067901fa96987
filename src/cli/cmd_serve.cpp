// `claimgraph serve`: the graph in a browser, on this machine (serve/http_server.h).
#include <atomic>
#include <chrono>
#include <csignal>
#include <ostream>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "serve/api.h"
#include "serve/http_server.h"
#include "store/store.h"
#include "util/error.h"

namespace claimgraph::cli {

namespace {

struct ServeOptions {
    std::string db, host = "127.0.0.1", token;
    int port = 8080;
    bool read_only = false;
};

volatile std::sig_atomic_t g_serve_stop = 0;
extern "C" void on_serve_stop(int) { g_serve_stop = 1; }

void run_serve(Io& io, const ServeOptions& o) {
    ServeOptions options = o;
    bool generated = false;
    if (!serve::is_loopback(o.host) && o.token.empty()) {
        // off this machine's loopback, every request needs the token: one is made and
        // printed once
        options.token = serve::random_token();
        generated = true;
    }
    auto db = o.read_only ? open_existing(o.db) : open_existing_for_writing(o.db);
    serve::Api api(std::move(db), {o.read_only, serve::random_token()});
    serve::HttpServer server(api, {options.host, options.port, options.token});
    server.bind();
    const std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
    std::string address = fmt::format("http://{}:{}/", host, server.port());
    if (!options.token.empty()) address += "?token=" + options.token;
    io.out << fmt::format("serving '{}' at {}{} (Ctrl-C stops)\n", o.db, address, o.read_only ? ", read-only" : "");
    if (generated) io.out << "the token above is needed by every request; it is not shown again\n";
    io.out << std::flush;
    g_serve_stop = 0;
    auto old_int = std::signal(SIGINT, on_serve_stop);
    auto old_term = std::signal(SIGTERM, on_serve_stop);
    auto old_pipe = std::signal(SIGPIPE, SIG_IGN);  // a browser that closes mid-answer
    std::atomic<bool> done{false};
    std::thread watcher([&] {
        while (!g_serve_stop && !done) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        server.stop();
    });
    server.run();
    done = true;
    watcher.join();
    std::signal(SIGINT, old_int);
    std::signal(SIGTERM, old_term);
    std::signal(SIGPIPE, old_pipe);
    io.out << "stopped\n";
}

}  // namespace

void setup_serve(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ServeOptions>();
    add_db_option(sub, o->db);
    sub.add_option("--port", o->port, "port to listen on (default 8080; 0: any free port, printed)")
        ->check(CLI::Range(0, 65535));
    sub.add_option("--host", o->host,
                   "address to listen on (default 127.0.0.1, this machine only; any other needs --token, or one "
                   "is made and printed)");
    sub.add_option("--token", o->token, "the token every request must carry (?token=, then a cookie)");
    sub.add_flag("--read-only", o->read_only, "browse only: every correction is refused");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_serve(io, *o); }; });
}

}  // namespace claimgraph::cli
