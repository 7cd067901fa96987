// Store: a fact-checker's verdicts on claims (model/verdict.h), kept in the order given.
#include "store/store.h"

#include <tuple>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/sql.h"
#include "util/error.h"

namespace claimgraph::store {

namespace {

// each claim's latest verdict
constexpr const char* kLatest =
    "SELECT statement_id, rating, note, url, reviewer, date FROM verdicts v "
    "WHERE seq = (SELECT max(seq) FROM verdicts WHERE statement_id = v.statement_id)";

Verdict read_verdict(SQLite::Statement& q) {
    return {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
            q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString()};
}

bool same(const Verdict& a, const Verdict& b) {
    return std::tie(a.statement, a.rating, a.note, a.url, a.reviewer, a.date) ==
           std::tie(b.statement, b.rating, b.note, b.url, b.reviewer, b.date);
}

}  // namespace

bool Store::add_verdict_locked(const Verdict& v) {
    if (!rating_from_word(v.rating))
        throw Error(fmt::format("unknown rating '{}' (expected {})", v.rating, rating_words()));
    if (!has_statement(v.statement)) throw Error(fmt::format("no claim has the id '{}'", v.statement));
    // prepared once: an import records a verdict per claim of its file
    SQLite::Statement& latest = cached(std::string(kLatest) + " AND statement_id = ?");
    latest.bind(1, v.statement);
    const bool unchanged = latest.executeStep() && same(read_verdict(latest), v);
    latest.reset();
    if (unchanged) return false;
    sql::exec(cached("INSERT INTO verdicts (statement_id, rating, note, url, reviewer, date) VALUES (?,?,?,?,?,?)"),
              v.statement, v.rating, v.note, v.url, v.reviewer, v.date);
    return true;
}

bool Store::add_verdict(const Verdict& v) {
    try {
        SQLite::Transaction tx(*m_db);
        const bool added = add_verdict_locked(v);
        tx.commit();
        return added;
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot record the verdict: {}", m_path, e.what()));
    }
}

std::size_t Store::remove_verdicts(const std::string& statement) {
    try {
        SQLite::Statement q(*m_db, "DELETE FROM verdicts WHERE statement_id = ?");
        q.bind(1, statement);
        return static_cast<std::size_t>(q.exec());
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot withdraw the verdicts: {}", m_path, e.what()));
    }
}

std::vector<Verdict> Store::verdicts(const std::optional<std::string>& ids) const {
    std::vector<Verdict> out;
    try {
        SQLite::Statement q(*m_db, std::string(kLatest) +
                                       (ids ? " AND statement_id IN (SELECT value FROM json_each(?))" : "") +
                                       " ORDER BY statement_id");
        if (ids) q.bind(1, *ids);
        while (q.executeStep()) out.push_back(read_verdict(q));
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot read the verdicts: {}", m_path, e.what()));
    }
    return out;
}

}  // namespace claimgraph::store
