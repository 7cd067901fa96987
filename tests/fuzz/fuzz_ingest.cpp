// libFuzzer target: a sequence of 2–5 small articles, generated from the input, ingested
// one after another into one database — names, roles, possessives, "the ministry",
// pronouns, surnames alone, headlines ending "…, lawyer says", the same words twice. After
// each document the store must be sound (Store::problems: integrity, foreign keys, no edge
// or mention naming what is not stored) and no document may be refused: whatever articles
// say, in whatever order, ingest stores them (issue 16).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "extract/extractor.h"
#include "load/loader.h"
#include "resolve/graph_builder.h"
#include "resolve/linker.h"
#include "store/store.h"
#include "util/error.h"

namespace {

const std::vector<std::string> kSpeakers{"Dana Vale",
                                         "Dana Vale's lawyer",
                                         "her lawyer",
                                         "the singer",
                                         "Vale",
                                         "Governor Vale",
                                         "lawyer",
                                         "Russia's Defence Ministry",
                                         "the ministry",
                                         "Defence Ministry",
                                         "the Russian Ministry of Defense",
                                         "spokeswoman Maria Zakharova",
                                         "Zakharova",
                                         "She",
                                         "He",
                                         "officials",
                                         "local officials",
                                         "Reuters",
                                         "the Baltic Record",
                                         "Health Ministry spokeswoman Irina Volkova",
                                         "Volkova",
                                         "regional governor Vyacheslav Gladkov",
                                         "Gladkov",
                                         "Governor Gladkov",
                                         "police",
                                         "Sen. Chris Murphy",
                                         "Murphy",
                                         "Patrick Murphy",
                                         "General Staff spokesman Dmytro Lykhovy",
                                         "Lykhovy"};
const std::vector<std::string> kContents{
    "the singer entered the clinic on Thursday",
    "Dana Vale enters clinic to begin 60-day stay",
    "the strike killed 14 people in Sosnovka",
    "the strike killed at least 20 people in Sosnovka",
    "the death toll had risen to 24",
    "Ukrainian forces had struck the market in Sosnovka",
    "the bridge, the river path and the quay would stay closed for weeks",
    "the bridge, the river path and the quay would stay closed for weeks, with traffic on a detour",
    "the bridge and the river would stay closed, with traffic on a detour and buses",
    "Kyiv of carrying out the attack",
    "Moscow of staging the attack"};
const std::vector<std::string> kCues{"said", "says", "told reporters", "denied", "accused", "claimed"};
const std::vector<std::string> kOutlets{"", "Daily A", "Daily B", "Reuters"};
const std::vector<std::string> kDates{"", "2026-03-14", "2026-03-15", "2026-03-20"};

// One article: a header, then 1–4 sentences of the shapes news uses.
std::string article(FuzzedDataProvider& in) {
    std::string text = std::string("title: ") + in.PickValueInArray({"a", "b", "c"}) + "\n";
    if (const std::string o = kOutlets[in.ConsumeIntegralInRange<std::size_t>(0, kOutlets.size() - 1)]; !o.empty())
        text += "outlet: " + o + "\n";
    if (const std::string d = kDates[in.ConsumeIntegralInRange<std::size_t>(0, kDates.size() - 1)]; !d.empty())
        text += "date: " + d + "\n";
    text += "\n";
    const int sentences = in.ConsumeIntegralInRange(1, 4);
    for (int i = 0; i < sentences; ++i) {
        const std::string& who = kSpeakers[in.ConsumeIntegralInRange<std::size_t>(0, kSpeakers.size() - 1)];
        const std::string& what = kContents[in.ConsumeIntegralInRange<std::size_t>(0, kContents.size() - 1)];
        const std::string& cue = kCues[in.ConsumeIntegralInRange<std::size_t>(0, kCues.size() - 1)];
        switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0: text += who + " " + cue + " " + what + ".\n\n"; break;
        case 1: text += "\u201C" + what + ",\u201D " + who + " said.\n\n"; break;
        case 2: text += what + ", " + (who == "lawyer" ? "lawyer" : who) + " says\n\n"; break;  // a headline
        default: text += what + ", " + who + " " + cue + " on Saturday.\n\n"; break;
        }
    }
    return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimgraph;
    FuzzedDataProvider in(data, size);
    store::Store db(":memory:", store::OpenMode::read_write);
    const int documents = in.ConsumeIntegralInRange(2, 5);
    // as ingest writes: documents in transactions, each its own savepoint, what they
    // write (the full-text rows, the shingles) kept until the COMMIT
    const bool batched = in.ConsumeBool();
    if (batched) db.begin_batch();
    std::string all;  // the articles so far, printed with a finding
    for (int d = 0; d < documents; ++d) {
        const std::string text = article(in);
        all += "--- fuzz-" + std::to_string(d) + ".txt\n" + text;
        Document doc = load::load_text("fuzz-" + std::to_string(d) + ".txt", text);
        DocumentDelta batch = resolve::build_delta(extract::extract(doc));
        try {
            resolve::link(batch, db);
            db.add(batch);
        } catch (const Error& e) {
            std::fprintf(stderr, "document %d was refused: %s\n%s\n", d, e.what(), all.c_str());
            std::abort();
        }
        if (batched) {
            if (d + 1 < documents && in.ConsumeBool()) continue;  // checked once committed
            db.commit_batch();
            if (d + 1 < documents) db.begin_batch();
        }
        if (const auto wrong = db.problems(); !wrong.empty()) {
            std::fprintf(stderr, "after document %d: %s\n%s\n", d, wrong.front().c_str(), all.c_str());
            std::abort();
        }
    }
    return 0;
}
