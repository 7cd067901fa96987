// Store: who a source named by a surname, a title or a short name alone presumably is
// (resolve/presumed.h), recomputed from the stored sources inside every write transaction,
// so that what a listing says is a function of what is stored, not of the order it came in.
#include <algorithm>
#include <unordered_map>

#include <SQLiteCpp/SQLiteCpp.h>

#include "resolve/matching.h"
#include "resolve/names.h"
#include "resolve/presumed.h"
#include "store/store.h"

namespace claimgraph::store {

bool Store::refresh_presumed() {
    std::vector<resolve::StoredSource> sources;
    std::unordered_map<std::string, std::size_t> at;
    {
        // people, and bodies and outlets named by one word: anonymous and collective sources
        // are never presumed anyone. Bodies and outlets named in full are read only when one
        // is named by one word (an archive holds tens of thousands)
        SQLite::Statement& q = cached(
            "SELECT id, name, type, role, pinned FROM sources WHERE type = 'person' OR "
            "(type IN ('organization', 'agency', 'outlet') AND instr(name, ' ') = 0)");
        SQLite::Statement& bodies = cached(
            "SELECT id, name, type, role, pinned FROM sources WHERE type IN ('organization', 'agency', 'outlet') AND "
            "instr(name, ' ') > 0");
        bool lone_body = false;
        const auto read = [&](SQLite::Statement& rows) {
            while (rows.executeStep()) {
                resolve::StoredSource s;
                s.record.id = rows.getColumn(0).getString();
                s.record.name = rows.getColumn(1).getString();
                s.record.type = source_type_from_string(rows.getColumn(2).getString()).value_or(SourceType::person);
                s.record.role = rows.getColumn(3).getString();
                s.pinned = rows.getColumn(4).getInt() != 0;
                lone_body = lone_body || s.record.type != SourceType::person || resolve::as_acronym(s.record.name);
                at.emplace(s.record.id, sources.size());
                sources.push_back(std::move(s));
            }
            rows.reset();
        };
        read(q);
        if (lone_body) read(bodies);
    }
    {
        // a key of two words or more ("jimmy carter", not "spelt:…" or "titled:…") names it in full
        SQLite::Statement& q = cached(
            "SELECT DISTINCT k.source_id FROM source_keys k JOIN sources s ON s.id = k.source_id "
            "WHERE s.type = 'person' AND instr(s.name, ' ') = 0 AND k.kind = 'name' AND instr(k.key, ' ') > 0 "
            "AND instr(k.key, ':') = 0");
        while (q.executeStep())
            if (const auto it = at.find(q.getColumn(0).getString()); it != at.end()) sources[it->second].named = true;
        q.reset();
    }
    {
        // one scan of the aliases, kept for the sources read (in the table's order: by
        // source, then alias)
        SQLite::Statement& q = cached("SELECT source_id, alias FROM source_aliases");
        while (q.executeStep())
            if (const auto it = at.find(q.getColumn(0).getString()); it != at.end())
                sources[it->second].record.aliases.push_back(q.getColumn(1).getString());
        q.reset();
    }
    const auto days_of = [&](const std::string& id) {
        SQLite::Statement& q = cached(
            "SELECT DISTINCT d.date FROM edges e JOIN documents d ON d.id = e.document_id "
            "WHERE e.relation = 'attributes' AND e.to_id = ? AND d.date IS NOT NULL");
        std::vector<long> days;
        q.bind(1, id);
        while (q.executeStep())
            if (const auto day = resolve::day_number(q.getColumn(0).getString())) days.push_back(*day);
        q.reset();
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        return days;
    };
    const auto texts_of = [&](const std::string& id) {
        SQLite::Statement& q = cached(
            "SELECT d.text FROM documents d WHERE d.id IN (SELECT e.document_id FROM edges e "
            "WHERE e.relation = 'attributes' AND e.to_id = ?) ORDER BY d.id");
        std::vector<std::string> texts;
        q.bind(1, id);
        while (q.executeStep()) texts.push_back(q.getColumn(0).getString());
        q.reset();
        return texts;
    };
    const std::vector<resolve::Presumption> now = resolve::presume(sources, days_of, texts_of);
    std::vector<resolve::Presumption> stored;
    {
        SQLite::Statement& q = cached("SELECT source_id, person_id, basis FROM presumed_sources ORDER BY source_id");
        while (q.executeStep())
            stored.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()});
        q.reset();
    }
    if (stored == now) return false;  // most commits change none: nothing written
    m_db->exec("DELETE FROM presumed_sources");
    SQLite::Statement& insert = cached("INSERT INTO presumed_sources (source_id, person_id, basis) VALUES (?, ?, ?)");
    for (const resolve::Presumption& p : now) {
        insert.bind(1, p.source_id);
        insert.bind(2, p.person_id);
        insert.bind(3, p.basis);
        insert.exec();
        insert.reset();
    }
    return true;
}

}  // namespace claimgraph::store
