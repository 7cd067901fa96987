// A synthetic news corpus of any size for the benchmarks: many outlets, wire stories that
// several outlets carry with small edits, recurring speakers, death tolls that change,
// background paragraphs, all in the styles extraction reads. Written by us; no real
// articles. Deterministic: the same --docs gives the same bytes.
//
//   claimgraph_gen_corpus --docs N [--out FILE.jsonl]   (default: standard output)
//
// One JSON Lines batch: {"id", "title", "outlet", "date", "text"} per article, the format
// `claimgraph ingest` reads (docs/commands.md, ingest: "JSON Lines batches"). The articles are about as long
// and as dense in attributions as real wire stories (4.1 KB and 3.3 per KB; PolNeAR's dev
// texts: 4.6 KB and 3.1, by our extractor), so that MB/s compare.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <span>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace {

using Words = std::span<const char* const>;

// splitmix64: a small, fast, well-mixed generator; each story seeds its own, so that a
// story's copies share its paragraphs whatever the corpus size.
class Rng {
public:
    // the seed is mixed first: seeds n and n + 1 must not give one sequence shifted by a step
    explicit Rng(std::uint64_t seed) : m_state(mix(seed)) {}
    std::uint64_t next() { return mix(m_state += 0x9E3779B97F4A7C15ULL); }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    const char* pick(Words w) { return w[below(w.size())]; }

private:
    static std::uint64_t mix(std::uint64_t z) {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::uint64_t m_state;
};

constexpr const char* kWires[] = {"Example Wire", "Continental Press", "Meridian News Service"};
constexpr const char* kOutletFronts[] = {"Harbour", "Northfield", "Valley", "Coast", "River", "Capital", "Metro",
                                         "Lakeside", "Highland", "Eastern", "Western", "Union"};
constexpr const char* kOutletEnds[] = {"Times", "Post", "Herald", "Courier", "Gazette", "Record", "Ledger",
                                       "Observer", "Journal", "Standard"};
// Town names from two halves: 48 × 40 = 1,920 places, so that the events of a few days
// are in different towns, as they are in the news.
constexpr const char* kFronts[] = {"Ash", "Bright", "Cald", "Dun", "Elm", "Fen", "Glen", "Hol", "Iron", "Kes", "Lind",
                                   "Mar", "North", "Oak", "Pen", "Quar", "Rad", "Stan", "Thorn", "Ul", "Vale", "Wick",
                                   "Yar", "Zell", "Amber", "Birch", "Coral", "Dover", "Ember", "Frost", "Gold", "Heath",
                                   "Ivy", "Juniper", "Kings", "Lark", "Mill", "Nettle", "Orchard", "Pine", "Quill",
                                   "Raven", "Salt", "Timber", "Umber", "Violet", "Willow", "York"};
constexpr const char* kEnds[] = {"by", "field", "ford", "ham", "haven", "hurst", "ley", "mere", "moor", "mouth",
                                 "port", "ridge", "stead", "stow", "ton", "vale", "wick", "worth", "bridge", "brook",
                                 "burn", "cliff", "combe", "croft", "dale", "den", "firth", "gate", "holm", "keld",
                                 "land", "lode", "mark", "ness", "rigg", "sby", "shaw", "side", "wald", "well"};
// People from first × last names: 40 × 60 = 2,400; each region has its own officials,
// who recur in every story from there.
constexpr const char* kFirst[] = {"Lena", "Tomas", "Ada", "Oleh", "Irina", "Dev", "Maria", "Karl", "Nadia", "Jonas",
                                  "Sara", "Pavel", "Anika", "Bruno", "Clara", "Dmitri", "Elena", "Felix", "Greta",
                                  "Hugo", "Ines", "Jakob", "Katya", "Luis", "Mira", "Nils", "Olga", "Piotr", "Rosa",
                                  "Stefan", "Tara", "Viktor", "Wanda", "Yusuf", "Zofia", "Aron", "Beata", "Cyril",
                                  "Dana", "Emil"};
constexpr const char* kLast[] = {"Fisk", "Berg", "Brook", "Marko", "Sokol", "Patel", "Lund", "Weiss", "Karim", "Elm",
                                 "Quist", "Dorn", "Halvorsen", "Novak", "Reyes", "Okafor", "Lindqvist", "Moreau",
                                 "Kowalski", "Tanaka", "Varga", "Jensen", "Petrov", "Costa", "Haddad", "Nilsson",
                                 "Ferreira", "Horvat", "Ibrahim", "Keller", "Laine", "Mendes", "Nagy", "Ortega",
                                 "Popescu", "Quinn", "Rahman", "Schmidt", "Toivonen", "Urban", "Vidal", "Wolff",
                                 "Yilmaz", "Zeller", "Abbott", "Bauer", "Castillo", "Duda", "Eriksen", "Fontaine",
                                 "Gallo", "Hughes", "Ivanova", "Janssen", "Kaya", "Larsen", "Mikkelsen", "Nowak",
                                 "Olsen", "Pereira"};
constexpr const char* kRoles[] = {"regional governor", "mayor", "interior minister", "police spokeswoman",
                                  "fire chief", "regional health director", "emergency services chief",
                                  "deputy governor"};
constexpr const char* kBodies[] = {"the health ministry", "the defence ministry", "the emergency service",
                                   "the interior ministry", "the city council", "the port authority",
                                   "the regional administration", "the transport ministry"};
struct Event {
    const char* noun;    // "strike"
    const char* struck;  // "a strike hit a market"
};
constexpr Event kEvents[] = {{"strike", "a strike hit a market"},
                             {"blast", "an explosion tore through a fertiliser plant"},
                             {"fire", "a fire swept through a shopping centre"},
                             {"collapse", "a bridge collapsed during the morning rush"},
                             {"flood", "flood water broke through a river embankment"},
                             {"shelling", "shells hit a residential district"},
                             {"crash", "a passenger train left the tracks"}};
constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
// Background prose: sentences with no attribution, from word lists, so that the background
// of two stories seldom matches (the fixed templates around the attributions still repeat).
constexpr const char* kAdjectives[] = {
    "old", "new", "narrow", "busy", "quiet", "central", "northern", "southern", "main", "former", "local", "small",
    "large", "crowded", "damaged", "temporary", "regional", "municipal", "rebuilt", "wooden", "concrete", "modern",
    "historic", "industrial", "residential", "coastal", "rural", "eastern", "western", "upper", "lower", "outer"};
constexpr const char* kNouns[] = {
    "market", "station", "bridge", "school", "hospital", "depot", "square", "warehouse", "clinic", "harbour",
    "factory", "library", "church", "stadium", "tower", "district", "road", "railway", "canal", "shelter",
    "bakery", "garage", "pharmacy", "courthouse", "orchard", "quarry", "mill", "tram line", "ferry terminal",
    "power station", "water plant", "bus depot", "grain store", "border post", "checkpoint", "playground"};
constexpr const char* kPastVerbs[] = {
    "reopened", "closed", "was rebuilt", "was extended", "was repaired", "was evacuated", "was expanded",
    "was renovated", "was converted", "was cleared", "was inspected", "was painted", "was sold", "was moved"};
constexpr const char* kTimes[] = {"last spring", "in the autumn", "two years ago", "after the war", "in 2016",
                                  "in 2019", "last winter", "in the summer", "a decade ago", "in 2011", "in 2008",
                                  "three years ago", "earlier this year", "in the 1990s"};
constexpr const char* kQuoteOpen[] = {"This was a deliberate attack on", "We will not abandon",
                                      "Our thoughts are with", "Nobody expected this in", "We are doing everything for",
                                      "There was no warning for", "We owe answers to", "I have spoken to"};
constexpr const char* kQuoteWho[] = {"the families", "the people of this town", "the rescue teams", "the traders",
                                     "the residents", "every family here", "the volunteers", "the survivors"};
constexpr const char* kFields[] = {"security", "transport", "public health", "economic", "engineering", "energy"};
constexpr const char* kInstitutes[] = {"the Institute for Regional Studies", "the Harbour Policy Centre",
                                       "the National Safety Council", "the University of Northfield",
                                       "the Lakeside Research Group", "the Centre for Civil Protection"};

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

std::string person(std::size_t first, std::size_t last) {
    return fmt::format("{} {}", kFirst[first % std::size(kFirst)], kLast[last % std::size(kLast)]);
}

// One story (a wire original): the event, its place, its speakers and figures.
struct Story {
    std::size_t n;
    std::string place, region, wire, governor, spokesperson, analyst, resident;
    const char* role;
    const char* body;
    const char* other_body;
    Event event;
    unsigned killed, hurt;
    int day;  ///< days after 2020-01-01: an archive advances in time
};

// About 40 stories a day (some 140 articles, as a news archive of a few dozen outlets has).
constexpr std::size_t kStoriesPerDay = 40;

std::string iso_day(int day, unsigned hour, unsigned minute) {
    using namespace std::chrono;
    const year_month_day d{sys_days{year{2020} / January / 1} + days{day}};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()), hour, minute);
}

Story story(std::size_t n) {
    Rng r(2 * n);
    const std::size_t town = (n * 7919) % (std::size(kFronts) * std::size(kEnds));
    const std::size_t region = town / std::size(kEnds);  // a region: the towns of one front
    Story s;
    s.n = n;
    s.place = std::string(kFronts[region]) + kEnds[town % std::size(kEnds)];
    s.region = std::string(kFronts[(region * 5) % std::size(kFronts)]) + "shire";
    s.wire = kWires[n % std::size(kWires)];
    // the region's officials recur in all its stories; analysts and residents vary
    s.governor = person(region * 3, region * 7);
    s.spokesperson = person(region * 3 + 1 + n % 2, region * 7 + 11 + n % 2);
    s.analyst = person(r.below(std::size(kFirst)), r.below(std::size(kLast)));
    s.resident = person(r.below(std::size(kFirst)), r.below(std::size(kLast)));
    s.role = kRoles[region % std::size(kRoles)];
    const std::size_t body = r.below(std::size(kBodies));
    s.body = kBodies[body];
    s.other_body = kBodies[(body + 1 + r.below(std::size(kBodies) - 1)) % std::size(kBodies)];  // another one
    s.event = kEvents[r.below(std::size(kEvents))];
    s.killed = 3 + static_cast<unsigned>(r.below(29));
    s.hurt = 10 + static_cast<unsigned>(r.below(53));
    s.day = static_cast<int>(n / kStoriesPerDay);
    return s;
}

// A paragraph of background: three to five sentences without attribution.
std::string background(Rng& r, const Story& s) {
    std::string p;
    const std::size_t sentences = 3 + r.below(3);
    for (std::size_t i = 0; i < sentences; ++i) {
        if (!p.empty()) p += ' ';
        switch (r.below(4)) {
            case 0:
                p += fmt::format("The {} {} near the {} {} {} {}.", r.pick(kAdjectives), r.pick(kNouns),
                                 r.pick(kAdjectives), r.pick(kNouns), r.pick(kPastVerbs), r.pick(kTimes));
                break;
            case 1:
                p += fmt::format("About {} people live in {}, which lies {} kilometres from the regional capital.",
                                 (r.below(90) + 5) * 1000, s.place, r.below(200) + 10);
                break;
            case 2:
                p += fmt::format("Its {} {} and {} {} {} {}, and a {} {} {} {}.", r.pick(kAdjectives), r.pick(kNouns),
                                 r.pick(kAdjectives), r.pick(kNouns), r.pick(kPastVerbs), r.pick(kTimes),
                                 r.pick(kAdjectives), r.pick(kNouns), r.pick(kPastVerbs), r.pick(kTimes));
                break;
            default:
                p += fmt::format("Traffic on the {} {} in {} was diverted past the {} {} for {} hours.",
                                 r.pick(kAdjectives), r.pick(kNouns), s.place, r.pick(kAdjectives), r.pick(kNouns),
                                 r.below(20) + 2);
        }
    }
    return p + "\n\n";
}

// The wire copy, and an outlet's version of it: `edit` 0 is the original; others trim a
// paragraph, reword the attribution, give the risen toll or add the outlet's own line, as
// outlets do.
std::string article(const Story& s, unsigned edit, const std::string& outlet) {
    Rng r(2 * s.n + 1);  // the story's words: the same in every copy
    const unsigned killed = s.killed + (edit % 3 == 2 ? 2 : 0);
    const char* day = kDays[(static_cast<std::size_t>(s.day) + 3) % 7];
    std::string t = fmt::format("{} {}: {} killed, {} says\n\n", s.place, s.event.noun, killed, s.role);
    t += fmt::format("{} ({}) \u2014 At least {} people were killed and {} injured when {} in {} on {}, {} {} said",
                     upper(s.place), s.wire, killed, s.hurt, s.event.struck, s.place, day, s.role, s.governor);
    t += edit % 2 ? ".\n\n"
                  : fmt::format(", adding that rescuers were still searching the {} {} near the {}.\n\n",
                                r.pick(kAdjectives), r.pick(kNouns), r.pick(kNouns));
    t += fmt::format("\u201C{} {},\u201D {} said in a statement. \u201CThose responsible will be found.\u201D\n\n",
                     r.pick(kQuoteOpen), r.pick(kQuoteWho), s.governor);
    t += background(r, s);
    if (edit != 1)
        t += fmt::format("According to {}, the {} {} in {} had been inspected {} and {} staff were on duty at the "
                         "{} {}.\n\n",
                         s.body, r.pick(kAdjectives), r.pick(kNouns), s.place, r.pick(kTimes), r.below(40) + 5,
                         r.pick(kAdjectives), r.pick(kNouns));
    t += fmt::format("{} denied that the {} {} had been warned, saying the {} in {} was \u201Centirely unexpected.\u201D "
                     "Residents of the {} {} told reporters they heard {} loud bangs shortly after {} {}.\n\n",
                     capitalised(s.other_body), r.pick(kAdjectives), r.pick(kNouns), s.event.noun, s.place,
                     r.pick(kAdjectives), r.pick(kNouns), r.below(4) + 2, r.below(12) + 1,
                     r.below(2) ? "a.m." : "p.m.");
    if (s.n % 3 == 0)  // another body's toll: a figure dispute
        t += fmt::format("{} put the death toll in {} at {}.\n\n", capitalised(s.other_body), s.place,
                         s.killed + 1 + r.below(6));
    t += background(r, s);
    t += fmt::format("A further {} people were taken to the {} hospital in the {} region, said {}, a spokeswoman for "
                     "{}, who added that {} of them were in critical condition in {}.\n\n",
                     s.hurt, r.pick(kAdjectives), s.region, s.spokesperson, s.body, r.below(9) + 2, s.place);
    t += background(r, s);
    t += fmt::format("{}, a {} analyst at {}, said the {} {} would take {} months to rebuild and that the {} {} "
                     "should have been moved {}.\n\n",
                     s.analyst, r.pick(kFields), r.pick(kInstitutes), r.pick(kAdjectives), r.pick(kNouns),
                     r.below(20) + 2, r.pick(kAdjectives), r.pick(kNouns), r.pick(kTimes));
    t += fmt::format("\u201CWe lost everything,\u201D said {}, who has run a {} {} near the {} in {} for {} years.\n\n",
                     s.resident, r.pick(kAdjectives), r.pick(kNouns), r.pick(kNouns), s.place, r.below(30) + 2);
    t += background(r, s);
    t += background(r, s);
    if (edit >= 2) t += fmt::format("{} could not independently verify the figures.\n\n", outlet);
    t += fmt::format("Officials in {} believe the death toll could rise. A preliminary report found that the {} "
                     "sirens near the {} {} had failed in {} districts.\n\n",
                     s.place, r.pick(kAdjectives), r.pick(kAdjectives), r.pick(kNouns), r.below(5) + 2);
    t += background(r, s);
    t += background(r, s);
    t += "(With inputs from agencies)\n";
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
    std::vector<std::string> outlets;
    for (const char* f : kOutletFronts)
        for (const char* e : kOutletEnds) outlets.push_back(fmt::format("{} {}", f, e));
    std::ofstream file;
    if (!out_path.empty()) file.open(out_path, std::ios::binary);
    std::ostream& out = out_path.empty() ? std::cout : file;
    // a story in 3.5 outlets on average: the wire original, then 0 to 5 outlets' versions
    std::size_t written = 0;
    for (std::size_t n = 0; written < docs; ++n) {
        const Story s = story(n);
        const unsigned versions = 1 + static_cast<unsigned>(n % 6);
        for (unsigned v = 0; v < versions && written < docs; ++v, ++written) {
            const std::string outlet = v == 0 ? s.wire : outlets[(n * 13 + v * 31) % outlets.size()];
            nlohmann::ordered_json j{{"id", fmt::format("s{}-v{}", n, v)},
                                     {"title", fmt::format("{} {}, story {}", s.place, s.event.noun, n)},
                                     {"outlet", outlet},
                                     {"date", iso_day(s.day, 8 + v, static_cast<unsigned>((n * 7) % 60))},
                                     {"text", article(s, v, outlet)}};
            out << j.dump() << '\n';
        }
    }
    return out ? 0 : 1;
}
