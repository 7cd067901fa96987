// A synthetic news corpus of any size for the benchmarks: many outlets, wire stories that
// several outlets carry with small edits, recurring speakers, death tolls that change, all
// in the styles extraction reads. Written by us; no real articles. Deterministic.
//
//   claimgraph_gen_corpus --docs N [--out FILE.jsonl]   (default: standard output)
//
// One JSON Lines batch: {"id", "title", "outlet", "date", "text"} per article, the format
// `claimgraph ingest` reads (README, "JSON Lines batches").
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace {

const char* const kOutlets[] = {"Example Wire", "Harbour Times", "Northfield Post", "Daily Ledger", "Evening Courier",
                                "Metro Gazette", "Valley Record", "Coast Herald", "River Digest", "Capital Journal",
                                "Morning Standard", "Weekly Observer"};
// Town names from two halves: 48 × 40 = 1,920 places, so that the events of a few days
// are in different towns, as they are in the news.
const char* const kFronts[] = {"Ash", "Bright", "Cald", "Dun", "Elm", "Fen", "Glen", "Hol", "Iron", "Kes", "Lind",
                               "Mar", "North", "Oak", "Pen", "Quar", "Rad", "Stan", "Thorn", "Ul", "Vale", "Wick",
                               "Yar", "Zell", "Amber", "Birch", "Coral", "Dover", "Ember", "Frost", "Gold", "Heath",
                               "Ivy", "Juniper", "Kings", "Lark", "Mill", "Nettle", "Orchard", "Pine", "Quill", "Raven",
                               "Salt", "Timber", "Umber", "Violet", "Willow", "York"};
const char* const kEnds[] = {"by", "field", "ford", "ham", "haven", "hurst", "ley", "mere", "moor", "mouth", "port",
                             "ridge", "stead", "stow", "ton", "vale", "wick", "worth", "bridge", "brook", "burn",
                             "cliff", "combe", "croft", "dale", "den", "firth", "gate", "holm", "keld", "land",
                             "lode", "mark", "ness", "rigg", "sby", "shaw", "side", "wald", "well"};
const char* const kPeople[] = {"Lena Fisk", "Tomas Berg", "Ada Brook", "Oleh Marko", "Irina Sokol", "Dev Patel",
                               "Maria Lund", "Karl Weiss", "Nadia Karim", "Jonas Elm", "Sara Quist", "Pavel Dorn"};
const char* const kRoles[] = {"regional governor", "mayor", "interior minister", "police spokeswoman",
                              "health ministry spokesman", "fire chief"};
const char* const kBodies[] = {"the health ministry", "the defence ministry", "the emergency service",
                               "the interior ministry", "the city council", "the port authority"};

// One story (a wire original): the event, its place, its speakers and figures.
struct Story {
    std::size_t n;
    const char* place;
    const char* person;
    const char* role;
    const char* body;
    const char* other;
    unsigned killed, hurt;
    int day;  ///< days after 2020-01-01: an archive advances in time
};

// About 140 articles a day, as a news archive of a few dozen outlets has.
constexpr std::size_t kStoriesPerDay = 40;

std::string iso_day(int day, unsigned hour, unsigned minute) {
    using namespace std::chrono;
    const year_month_day d{sys_days{year{2020} / January / 1} + days{day}};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()), hour, minute);
}

const char* place_of(std::size_t n) {
    static std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const char* f : kFronts)
            for (const char* e : kEnds) v.push_back(std::string(f) + e);
        return v;
    }();
    return names[(n * 7919) % names.size()].c_str();
}

Story story(std::size_t n) {
    return {n,
            place_of(n),
            kPeople[(n * 7) % 12],
            kRoles[n % 6],
            kBodies[(n / 3) % 6],
            kPeople[(n * 5 + 3) % 12],
            3 + static_cast<unsigned>(n % 29),
            10 + static_cast<unsigned>(n % 53),
            static_cast<int>(n / kStoriesPerDay)};
}

// The wire copy, and an outlet's version of it: `edit` 0 is the original; others trim a
// paragraph, reword the attribution or add the outlet's own line, as outlets do.
std::string article(const Story& s, unsigned edit, const char* outlet) {
    const unsigned killed = s.killed + (edit % 3 == 2 ? 2 : 0);  // a later copy with the risen toll
    std::string t = fmt::format("{} strike: {} killed, {} says\n\n", s.place, killed, s.role);
    t += fmt::format("{} (Example Wire) \u2014 At least {} people were killed and {} wounded when a strike hit a market "
                     "in {} on {}, {} {} said, adding that rescuers were still searching the rubble.\n\n",
                     s.place, killed, s.hurt, s.place, edit % 2 ? "Saturday" : "Sunday", s.role, s.person);
    t += fmt::format("\u201CThis was a deliberate attack on civilians,\u201D {} said in a statement. \u201CThose "
                     "responsible will be found.\u201D\n\n",
                     s.person);
    if (edit != 1)
        t += fmt::format("According to {}, the market had been closed for repairs, but dozens of traders had returned "
                         "on {}.\n\n",
                         s.body, edit ? "Friday" : "Saturday");
    t += fmt::format("{} denied that any military target was nearby, saying the area was \u201Centirely "
                     "residential.\u201D Local residents told reporters they heard two explosions shortly after noon.\n\n",
                     s.body);
    t += fmt::format("A further {} people were taken to hospital, said {}, a spokeswoman for {}, who added that four "
                     "of them were in critical condition.\n\n",
                     s.hurt, s.other, s.body);
    if (edit >= 2) t += fmt::format("{} could not independently verify the figures.\n\n", outlet);
    t += "Officials believe the death toll could rise. A preliminary report found that the warning sirens had failed "
         "in two districts.\n\n(With inputs from agencies)\n";
    return t;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t docs = 1000;
    std::string out_path;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--docs" && i + 1 < argc) docs = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--out" && i + 1 < argc) out_path = argv[++i];
        else {
            std::fprintf(stderr, "usage: claimgraph_gen_corpus --docs N [--out FILE.jsonl]\n");
            return 2;
        }
    }
    std::ofstream file;
    if (!out_path.empty()) file.open(out_path, std::ios::binary);
    std::ostream& out = out_path.empty() ? std::cout : file;
    // a story in 4 outlets on average: the wire original, then 1 to 5 versions
    std::size_t written = 0;
    for (std::size_t n = 0; written < docs; ++n) {
        const Story s = story(n);
        const unsigned versions = 1 + static_cast<unsigned>(n % 6);
        for (unsigned v = 0; v < versions && written < docs; ++v, ++written) {
            const char* outlet = v == 0 ? kOutlets[0] : kOutlets[1 + (n + v) % 11];
            nlohmann::ordered_json j{{"id", fmt::format("s{}-v{}", n, v)},
                                     {"title", fmt::format("{} strike, story {}", s.place, n)},
                                     {"outlet", outlet},
                                     {"date", iso_day(s.day, 8 + v, static_cast<unsigned>((n * 7) % 60))},
                                     {"text", article(s, v, outlet)}};
            out << j.dump() << '\n';
        }
    }
    return out ? 0 : 1;
}
