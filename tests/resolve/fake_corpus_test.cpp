// The cross-document linker against an in-memory corpus: what a second store backend
// would implement (resolve/corpus.h), and the linker's decisions tested without SQLite.
#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "resolve/corpus.h"
#include "resolve/graph_builder.h"
#include "resolve/linker.h"
#include "resolve/names.h"
#include "resolve/surnames.h"
#include "test_support.h"
#include "util/hash.h"

namespace claimgraph {

namespace {

// Earlier documents as plain lists; every look-up a linear scan (dates and places
// ignored: the linker checks what it needs of them itself).
class FakeCorpus : public resolve::Corpus {
public:
    std::map<std::string, std::string> keys;  ///< identity key → source id
    std::map<std::string, SourceType> types;  ///< source id → type
    std::map<std::string, std::string> names;  ///< source id → name
    std::set<std::string> pinned;  ///< source ids a person's correction fixed
    std::vector<KnownStatement> statements;  ///< one per mention, `id` its claim
    std::vector<std::pair<std::string, std::size_t>> sharing;

    std::optional<std::string> source_for_key(const std::string& key) const override {
        auto it = keys.find(key);
        return it == keys.end() ? std::nullopt : std::optional(it->second);
    }
    std::optional<SourceType> source_type(const std::string& id) const override {
        auto it = types.find(id);
        return it == types.end() ? std::nullopt : std::optional(it->second);
    }
    std::optional<std::string> source_name(const std::string& id) const override {
        auto it = names.find(id);
        return it == names.end() ? std::nullopt : std::optional(it->second);
    }
    bool source_pinned(const std::string& id) const override { return pinned.count(id) > 0; }
    std::vector<KnownStatement> known_statements(const std::vector<std::string>& ids) const override {
        return where([&](const KnownStatement& s) { return std::count(ids.begin(), ids.end(), s.id) > 0; });
    }
    std::vector<resolve::ClaimState> claim_states(const std::vector<std::string>& ids) const override {
        std::vector<resolve::ClaimState> out;
        for (const KnownStatement& k : known_statements(ids)) out.push_back({k.id, k.date, k.pinned});
        return out;
    }
    std::optional<std::string> statement_source(const std::string& id) const override {
        const auto known = known_statements({id});
        return known.empty() ? std::nullopt : std::optional(known.front().source_id);
    }
    std::vector<std::string> ids_by_match_key(const std::string& key, const std::string& source) const override {
        std::vector<std::string> out;
        for (const KnownStatement& s :
             where([&](const KnownStatement& s) { return s.match_key == key && s.source_id == source; }))
            out.push_back(s.id);
        return out;
    }
    std::vector<KnownStatement> statements_by_source(const std::string& source,
                                                     const resolve::DateWindow&) const override {
        return where([&](const KnownStatement& s) { return s.source_id == source; });
    }
    std::vector<KnownStatement> unattributed_by_match_key(const std::string& key,
                                                          const resolve::DateWindow&) const override {
        return where([&](const KnownStatement& s) { return s.source_id.empty() && s.match_key == key; });
    }
    std::vector<KnownStatement> statements_with_measure(const std::string& measure, const std::string&,
                                                        const resolve::DateWindow&) const override {
        return where([&](const KnownStatement& s) {
            return std::any_of(s.figures.begin(), s.figures.end(),
                               [&](const Figure& f) { return f.measure == measure; });
        });
    }
    std::vector<KnownStatement> statements_with_cue(const std::string& cue, const std::string&,
                                                    const resolve::DateWindow&) const override {
        return where([&](const KnownStatement& s) { return s.cue == cue; });
    }
    std::vector<KnownStatement> statements_in_event(const std::string& except, const std::string&,
                                                    const resolve::DateWindow&) const override {
        return where([&](const KnownStatement& s) { return s.id != except; });
    }
    std::vector<std::pair<std::string, std::size_t>> documents_sharing(
        const std::vector<std::int64_t>&) const override {
        return sharing;
    }

private:
    template <typename Keep>
    std::vector<KnownStatement> where(Keep keep) const {
        std::vector<KnownStatement> out;
        for (const KnownStatement& s : statements)
            if (keep(s)) out.push_back(s);
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        return out;
    }
};

constexpr const char* kArticle =
    "outlet: Harbour Gazette\ndate: 2026-03-12\n\n"
    "Port director Lena Marsh said that 14 people were killed in the storm.\n";

// The source id a speaker nobody stored before gets: her identity key's.
std::string marsh() { return stable_id({"source", resolve::source_key("Lena Marsh")}); }

// The edge of `relation` from `from` (any target when `to` is empty).
const Edge* edge(const DocumentDelta& b, const std::string& from, Relation relation, const std::string& to = "") {
    auto it = std::find_if(b.edges.begin(), b.edges.end(), [&](const Edge& e) {
        return e.from == from && e.relation == relation && (to.empty() || e.to == to);
    });
    return it == b.edges.end() ? nullptr : &*it;
}

}  // namespace

TEST(FakeCorpus, ASpeakerTheCorpusKnowsUnderHerKeyIsTheStoredSource) {
    DocumentDelta b = resolve::build_delta(testing::extract_text(kArticle));
    ASSERT_EQ(b.statements.size(), 1u);
    FakeCorpus corpus;
    corpus.keys[resolve::source_key("Lena Marsh")] = "stored-marsh";
    corpus.types["stored-marsh"] = SourceType::person;
    resolve::link(b, corpus);
    EXPECT_NE(edge(b, b.statements[0].id, Relation::attributes, "stored-marsh"), nullptr);
    EXPECT_EQ(edge(b, b.statements[0].id, Relation::attributes, marsh()), nullptr);

    // a corpus that does not know her: the id her key gives, and the key recorded for it
    DocumentDelta fresh = resolve::build_delta(testing::extract_text(kArticle));
    resolve::link(fresh, FakeCorpus{});
    EXPECT_NE(edge(fresh, fresh.statements[0].id, Relation::attributes, marsh()), nullptr);
    EXPECT_TRUE(std::any_of(fresh.source_keys.begin(), fresh.source_keys.end(), [](const SourceKey& k) {
        return k.key == resolve::source_key("Lena Marsh") && k.source_id == marsh();
    }));
}

TEST(FakeCorpus, TheSameWordsByTheSameSpeakerAreOneClaimAndAnotherSpeakersFigureIsADispute) {
    DocumentDelta b = resolve::build_delta(testing::extract_text(kArticle));
    ASSERT_EQ(b.statements.size(), 1u);
    const StatementRecord mine = b.statements[0];
    FakeCorpus corpus;
    KnownStatement same;
    same.id = "stored-claim";
    same.text = mine.text;
    same.match_key = mine.match_key;
    same.source_id = marsh();
    same.date = "2026-03-12";
    same.figures = mine.figures;
    corpus.statements.push_back(same);
    resolve::link(b, corpus);
    // one claim now: the stored one and this mention (the earlier id names it), matched exactly
    ASSERT_EQ(b.statement_merges.size(), 1u);
    const StatementMerge& m = b.statement_merges.front();
    const std::string stored = "stored-claim";
    EXPECT_EQ(std::minmax(m.from, m.into), std::minmax(stored, b.statements[0].id));
    EXPECT_EQ(m.how, "exact");

    // another speaker's 11 killed the same day: a figure dispute, no match
    DocumentDelta other = resolve::build_delta(testing::extract_text(kArticle));
    FakeCorpus disputed;
    KnownStatement eleven = same;
    eleven.id = "stored-eleven";
    eleven.text = "11 people were killed in the storm";
    eleven.match_key = "11 people killed storm";
    eleven.source_id = "stored-harbour-union";
    eleven.places = mine.places;
    eleven.figures = {{"killed", 11, std::nullopt, "11", {}}};
    ASSERT_EQ(mine.figures.size(), 1u);
    ASSERT_EQ(mine.figures.front().measure, "killed");
    disputed.statements.push_back(eleven);
    resolve::link(other, disputed);
    EXPECT_TRUE(other.statement_merges.empty());
    // the later of the two disputes the earlier (same day: by id)
    const std::string here = other.statements[0].id;
    const Edge* dispute = here < "stored-eleven" ? edge(other, "stored-eleven", Relation::disputes, here)
                                                 : edge(other, here, Relation::disputes, "stored-eleven");
    ASSERT_NE(dispute, nullptr);
    EXPECT_EQ(dispute->basis, "figure");
    EXPECT_EQ(dispute->measure, "killed");
}

TEST(FakeCorpus, AnotherSpellingOfAStoredPersonJoinsHerAndAPersonsCorrectionIsNeverUndone) {
    constexpr const char* kRespelt =
        "outlet: Island Wire\ndate: 2026-03-12\n\n"
        "Port director Lena Marschall said that 14 people were killed in the storm.\n";
    SourceRecord stored;
    stored.name = "Lena Marshall";
    stored.type = SourceType::person;
    const auto stored_keys = resolve::spelling_keys(stored, resolve::key_words(resolve::source_key(stored.name)));
    ASSERT_FALSE(stored_keys.empty());
    FakeCorpus corpus;
    for (const std::string& k : stored_keys) corpus.keys[k] = "stored-marsh";
    corpus.types["stored-marsh"] = SourceType::person;
    corpus.names["stored-marsh"] = "Lena Marshall";
    DocumentDelta b = resolve::build_delta(testing::extract_text(kRespelt));
    ASSERT_EQ(b.statements.size(), 1u);
    resolve::link(b, corpus);
    // one of the two ids survives, whichever came first: the least; the other is merged
    const std::string own = stable_id({"source", resolve::source_key("Lena Marschall")});
    const std::string keep = std::min<std::string>(own, "stored-marsh");
    const Edge* said = edge(b, b.statements[0].id, Relation::attributes, keep);
    ASSERT_NE(said, nullptr);
    EXPECT_NE(said->match.find("spelling of: Lena Marshall"), std::string::npos) << said->match;
    ASSERT_EQ(b.merges.size(), 1u);
    EXPECT_EQ(b.merges[0].into, keep);

    // fixed by a person (sources merge / split): joined, never merged
    corpus.pinned.insert("stored-marsh");
    DocumentDelta again = resolve::build_delta(testing::extract_text(kRespelt));
    resolve::link(again, corpus);
    EXPECT_NE(edge(again, again.statements[0].id, Relation::attributes, "stored-marsh"), nullptr);
    EXPECT_TRUE(again.merges.empty());
}

}  // namespace claimgraph
