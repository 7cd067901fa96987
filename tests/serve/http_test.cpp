// claimgraph serve over a real socket (serve/http_server.h): the page and its policy, the
// token and Host guards, 100 requests at once, a client that hangs up mid-answer, and an
// ingest writing to the database the server has open. Articles written here.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "serve/api.h"
#include "serve/http_server.h"
#include "store/store.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

namespace {

const std::map<std::string, std::string> kArticles = {
    {"a.txt",
     "title: Storm hits Port Alden\noutlet: Harbour Gazette\ndate: 2026-03-12\n\n"
     "Governor Jane Doe said that 14 people were killed in the storm in Port Alden.\n"},
    {"b.txt",
     "title: Union disputes toll\noutlet: Coast Daily\ndate: 2026-03-12\n\n"
     "Union spokesman Tom Reed said that 11 people were killed in the storm in Port Alden.\n"}};

// A server on a free port of 127.0.0.1, answering in a thread until the end of the test.
class Served {
public:
    explicit Served(const std::string& db, const std::string& token = "", const std::string& host = "127.0.0.1")
        : m_host(host),
          m_api(std::make_unique<store::Store>(db, store::OpenMode::read_write), {false, "c5rf"}),
          m_server(m_api, {host, 0, token}) {
        m_server.bind();
        m_thread = std::thread([this] { m_server.run(); });
    }
    ~Served() {
        m_server.stop();
        m_thread.join();
    }
    int port() const { return m_server.port(); }
    httplib::Client client() const {
        httplib::Client c(m_host, port());
        c.set_read_timeout(60, 0);  // requests answered in turn, slowly under the sanitizers
        return c;
    }

private:
    std::string m_host;
    serve::Api m_api;
    serve::HttpServer m_server;
    std::thread m_thread;
};

}  // namespace

TEST(ServeHttp, ThePageComesWithAStrictPolicyItsCodeAndItsCsrfTokenAndNothingElse) {
    Served s(testing::ingest_articles(kArticles));
    httplib::Client c = s.client();
    const auto page = c.Get("/");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    const std::string csp = page->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(page->get_header_value("X-Frame-Options"), "DENY");
    EXPECT_NE(page->body.find("content=\"c5rf\""), std::string::npos);
    EXPECT_EQ(page->body.find("<script>"), std::string::npos);  // no inline script
    // the page's two scripts, each named by the page, served as script, with its own code
    for (const auto& [script, holds] : {std::pair{"/page.js", "textContent"}, std::pair{"/app.js", "function route"}}) {
        EXPECT_NE(page->body.find(std::string("<script src=\"") + script + "\" defer>"), std::string::npos) << script;
        const auto js = c.Get(script);
        ASSERT_TRUE(js) << script;
        EXPECT_EQ(js->status, 200) << script;
        EXPECT_NE(js->get_header_value("Content-Type").find("javascript"), std::string::npos) << script;
        EXPECT_NE(js->body.find(holds), std::string::npos) << script;
    }
    for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/src/serve/web/app.js", "/etc/passwd"}) {
        const auto r = c.Get(path);
        ASSERT_TRUE(r) << path;
        EXPECT_TRUE(r->status == 404 || r->status == 400) << path << " " << r->status;
        EXPECT_EQ(r->body.find("root:"), std::string::npos);
    }
    const auto api = c.Get("/api/claims?per_page=1");
    ASSERT_TRUE(api);
    EXPECT_EQ(nlohmann::json::parse(api->body)["total"], 2);
    // answers go as they are, even to a browser that takes brotli (see http_server.cpp)
    const auto sources = c.Get("/api/sources", {{"Accept-Encoding", "gzip, deflate, br"}});
    ASSERT_TRUE(sources);
    EXPECT_EQ(sources->get_header_value("Content-Encoding"), "");
    EXPECT_EQ(sources->get_header_value("Content-Type"), "application/json; charset=utf-8");
    // a page of another origin cannot write: no token, no write
    const auto forged = c.Post("/api/disputes", "from=1234&to=5678", "application/x-www-form-urlencoded");
    ASSERT_TRUE(forged);
    EXPECT_EQ(forged->status, 403);
}

TEST(ServeHttp, ATokenIsNeededWhenGivenAndTheHostMustBeTheOneServed) {
    Served s(testing::ingest_articles(kArticles), "s3cret");
    httplib::Client c = s.client();
    const auto none = c.Get("/api/claims");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, 401);
    EXPECT_EQ(c.Get("/?token=wrong")->status, 401);
    const auto with = c.Get("/?token=s3cret");
    ASSERT_TRUE(with);
    EXPECT_EQ(with->status, 200);
    const std::string cookie = with->get_header_value("Set-Cookie");
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_EQ(c.Get("/api/claims", {{"Cookie", cookie.substr(0, cookie.find(';'))}})->status, 200);
    EXPECT_EQ(c.Get("/api/claims", {{"Authorization", "Bearer s3cret"}})->status, 200);
    // a name that resolves here by a trick (DNS rebinding) is refused
    EXPECT_EQ(c.Get("/api/claims?token=s3cret", {{"Host", "evil.example"}})->status, 403);

    // off loopback (127.0.0.2 stands for a desk's network address) the token guards, and the
    // server answers to the name the network gives it
    Served desk(testing::ingest_articles(kArticles), "s3cret", "127.0.0.2");
    httplib::Client d = desk.client();
    EXPECT_EQ(d.Get("/api/claims", {{"Host", "desk-server.example"}})->status, 401);
    EXPECT_EQ(d.Get("/api/claims?token=s3cret", {{"Host", "desk-server.example"}})->status, 200);
}

TEST(ServeHttp, AHundredRequestsAtOnceAndAClientThatHangsUpMidAnswer) {
    Served s(testing::ingest_articles(kArticles));
    std::atomic<int> ok{0};
    std::vector<std::thread> clients;
    for (int i = 0; i < 100; ++i)
        clients.emplace_back([&, i] {
            httplib::Client c = s.client();
            const char* path = i % 3 == 0 ? "/api/graph" : i % 3 == 1 ? "/api/claims" : "/api/sources";
            const auto r = c.Get(path);
            if (r && r->status == 200) ++ok;
        });
    for (std::thread& t : clients) t.join();
    EXPECT_EQ(ok.load(), 100);
    // ask for the whole graph and hang up before reading it, ten times
    for (int i = 0; i < 10; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        ASSERT_GE(fd, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<std::uint16_t>(s.port()));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        const std::string request = "GET /api/graph HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(s.port()) + "\r\n\r\n";
        ASSERT_EQ(::send(fd, request.data(), request.size(), MSG_NOSIGNAL), static_cast<ssize_t>(request.size()));
        ::close(fd);
    }
    const auto after = s.client().Get("/api/claims");
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, 200);
}

TEST(ServeHttp, APortInUseIsAnErrorNotASharedPort) {
    const std::string db = testing::ingest_articles(kArticles);
    Served first(db);
    serve::Api api(std::make_unique<store::Store>(db, store::OpenMode::read_only), {true, "x"});
    serve::HttpServer second(api, {"127.0.0.1", first.port(), ""});
    try {
        second.bind();
        FAIL() << "a second server bound the port in use";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("in use"), std::string::npos) << e.what();
    }
}

TEST(ServeHttp, StoppedBeforeItRunsOrJustAfterItReturns) {
    const std::string db = testing::ingest_articles(kArticles);
    serve::Api api(std::make_unique<store::Store>(db, store::OpenMode::read_only), {true, "x"});
    serve::HttpServer early(api, {"127.0.0.1", 0, ""});
    early.bind();
    early.stop();  // a Ctrl-C before the loop began
    early.run();   // returns at once (it hung before stop() waited for the loop)
    for (int i = 0; i < 20; ++i) {  // stopped as the loop starts, at every moment
        serve::HttpServer s(api, {"127.0.0.1", 0, ""});
        s.bind();
        std::thread t([&] { s.run(); });
        if (i % 2) std::this_thread::sleep_for(std::chrono::microseconds(50 * i));
        s.stop();
        t.join();
    }
    SUCCEED();
}

TEST(ServeHttp, AnIngestIntoTheOpenDatabaseChangesTheVersionAndTheListings) {
    const std::string db = testing::ingest_articles(kArticles);
    Served s(db);
    httplib::Client c = s.client();
    const auto before = nlohmann::json::parse(c.Get("/api/version")->body)["version"];
    const std::string dir = testing::temp_dir();
    testing::write_file(dir + "/c.txt",
                        "title: Harbour reopens\noutlet: Coast Daily\ndate: 2026-03-14\n\n"
                        "The port authority said that the harbour would reopen on Monday.\n");
    const auto r = testing::run_cli({"ingest", "-q", "--db", db, dir + "/c.txt"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(nlohmann::json::parse(c.Get("/api/version")->body)["version"], before);
    EXPECT_EQ(nlohmann::json::parse(c.Get("/api/claims")->body)["total"], 3);
}

TEST(ServeHttp, ADatabaseBrokenUnderItIsAnErrorInJsonAndTheServerGoesOn) {
    const std::string db = testing::ingest_articles(kArticles);
    Served s(db);
    httplib::Client c = s.client();
    ASSERT_EQ(c.Get("/api/disputes")->status, 200);
    {
        // another program damages the database: a table the listings read is gone
        SQLite::Database other(db, SQLite::OPEN_READWRITE);
        other.exec("DROP TABLE figures");
    }
    const auto broken = c.Get("/api/claims");
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->status, 500);
    EXPECT_NE(nlohmann::json::parse(broken->body)["error"].get<std::string>().find("figures"), std::string::npos);
    const auto after = c.Get("/api/version");  // still answering
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, 200);
    EXPECT_EQ(c.Get("/")->status, 200);
}

}  // namespace claimgraph
