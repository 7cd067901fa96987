#include "extract/figures.h"

#include <array>
#include <charconv>
#include <string_view>

#include "extract/lexicon.h"
#include "extract/word_set.h"

namespace claimgraph::extract {

namespace {

struct MeasureWord {
    std::string_view word;
    std::string_view measure;
};

constexpr std::array<MeasureWord, 16> kMeasures{{
    {"killed", "killed"},
    {"killing", "killed"},
    {"dead", "killed"},
    {"died", "killed"},
    {"deaths", "killed"},
    {"lives", "killed"},
    {"fatalities", "killed"},
    {"wounded", "wounded"},
    {"wounding", "wounded"},
    {"injured", "wounded"},
    {"injuring", "wounded"},
    {"hurt", "wounded"},
    {"injuries", "wounded"},
    {"missing", "missing"},
    {"hospitalized", "hospitalized"},
    {"hospitalised", "hospitalized"},
}};

std::optional<std::string_view> measure_of(std::string_view w) {
    for (const auto& m : kMeasures)
        if (m.word == w) return m.measure;
    return std::nullopt;
}

std::optional<long long> value_of(const Token& t) {
    if (t.kind == TokenKind::number) {
        long long v = 0;
        std::string digits;
        for (char c : t.lower)
            if (c >= '0' && c <= '9')
                digits += c;
            else if (c == '.')
                return std::nullopt;  // decimals are not counts
        if (digits.empty() || digits.size() > 15) return std::nullopt;
        std::from_chars(digits.data(), digits.data() + digits.size(), v);
        return v;
    }
    return number_word(t.lower);
}

// A year as a number writes it: four digits, 1800 to 2100.
bool is_year(const Token& t) {
    if (t.kind != TokenKind::number || t.lower.size() != 4) return false;
    const auto v = value_of(t);
    return v && *v >= 1800 && *v <= 2100;
}

bool is_drone(std::string_view w) { return w == "drones" || w == "drone" || w == "uavs"; }

bool is_downing(const Context& ctx, std::size_t i) {
    const std::string& w = ctx.tok(i).lower;
    if (w == "downed" || w == "intercepted" || w == "destroyed") return true;
    return (w == "shot" || w == "shooting" || w == "shoot") && ctx.is(i + 1, "down");
}

// "at least 21", "more than 100", "a further 110", "some 40"
std::optional<std::string> qualifier_before(const Context& ctx, std::size_t first, std::size_t num) {
    auto two = [&](std::string_view a, std::string_view b) {
        return num >= first + 2 && ctx.is(num - 2, a) && ctx.is(num - 1, b);
    };
    for (auto [a, b] : {std::pair{"at", "least"},
                        {"more", "than"},
                        {"at", "most"},
                        {"up", "to"},
                        {"fewer", "than"},
                        {"less", "than"},
                        {"a", "further"},
                        {"as", "many"}})
        if (two(a, b)) return std::string(a) + " " + b;
    if (num >= first + 1) {
        const std::string& w = ctx.tok(num - 1).lower;
        for (std::string_view q :
             {"about", "around", "nearly", "almost", "over", "some", "approximately", "roughly", "another", "only"})
            if (w == q) return std::string(q);
    }
    return std::nullopt;
}

// What a figure counts beyond its measure: "two other people" (others than those counted
// already: "other"), "three children" (a group among the victims: "children"). Such a
// figure is a measure of its own ("killed_other", "killed_children"): it is no total, and
// never disputes one.
std::optional<std::string> part_after(const Context& ctx, std::size_t num, std::size_t last) {
    // clang-format off
    static const WordSet kGroups{"children", "child", "kids", "women", "men", "soldiers", "troops", "servicemen",
                                 "officers", "policemen", "firefighters", "rescuers", "journalists", "students",
                                 "foreigners", "teenagers", "minors", "infants", "babies", "workers", "miners"};
    // clang-format on
    for (std::size_t j = num + 1; j < last && j <= num + 2; ++j) {
        const std::string& w = ctx.tok(j).lower;
        if (ctx.tok(j).kind == TokenKind::punct) break;
        if (w == "or") break;  // "107 or more": a qualifier, not others
        if (w == "other" || w == "more" || w == "additional") return std::string("other");
        if (in(kGroups, w)) return w == "child" ? std::string("children") : w;
        if (measure_of(w)) break;
    }
    return std::nullopt;
}

// A month's name, in full or abbreviated ("July", "Aug.", "Sept").
bool is_month(std::string_view w) {
    if (w.ends_with('.')) w.remove_suffix(1);
    static const WordSet kMonths{"january",   "february", "march",    "april",    "may",  "june", "july", "august",
                                 "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
                                 "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
    return kMonths.contains(w);
}

// A number that counts no one: a year ("signed into law in 1993", which gave wounded =
// 1993), a date ("9/11", "July 24", "24 July": "LaRue died Saturday, July 24, 2004" had given
// killed = 24), a span or a time of day ("who died four days before the crash", "after 3
// p.m."), an age ("Zurana Horton, 34,", "died at age 44"), or children ("a mother of two
// died", "Mother of 13").
bool counts_no_one(const Context& ctx, Range r, std::size_t i, long long value) {
    static const WordSet kTime{"second", "seconds", "minute", "minutes", "hour", "hours", "day",    "days",
                               "week",   "weeks",   "month",  "months",  "year", "years", "decade", "decades"};
    static const WordSet kParents{"mother",      "father",      "parent",  "mom",     "dad",
                                  "grandmother", "grandfather", "mothers", "fathers", "parents"};
    const Token& t = ctx.tok(i);
    const std::string& next = i + 1 < r.last ? ctx.tok(i + 1).lower : std::string();
    // (a year unless people follow: "2000 people were killed")
    if (is_year(t) && next != "people" && next != "persons" && next != "civilians" && next != "residents") return true;
    if (kTime.contains(next)) return true;
    // a time of day ("shortly after 3 p.m.") or an age ("died at age 44", "aged 34")
    if (next == "p.m." || next == "a.m." || next == "p.m" || next == "a.m" || next == "pm" || next == "o'clock")
        return true;
    if (i > r.first && (ctx.is(i - 1, "age") || ctx.is(i - 1, "aged"))) return true;
    if (t.kind == TokenKind::number && value >= 1 && value <= 31) {
        // (the month before may be abbreviated, its full stop a token of its own: "Aug . 29")
        const std::size_t before = i > r.first && ctx.is(i - 1, ".") ? i - 1 : i;
        if ((before > r.first && is_month(ctx.tok(before - 1).lower)) || is_month(next)) return true;
    }
    // (a date or a fraction written with a slash: "the 9/11 plotter")
    if (next == "/" || (i > r.first && ctx.is(i - 1, "/")) || t.lower.find('/') != std::string::npos) return true;
    if (i >= r.first + 2 && ctx.is(i - 1, "of") && kParents.contains(ctx.tok(i - 2).lower)) return true;
    return i >= r.first + 2 && ctx.is(i - 1, ",") && ctx.tok(i - 2).cap && ctx.tok(i - 2).kind == TokenKind::word &&
           next == ",";
}

// A figure of another time than the news: a year named beside it ("killed 130 people in
// Paris in 2015", "a 2013 assault that killed 67"), a past month or year ("last November",
// "last year"), a rate ("so far this year", "every year", "annually"). It counts the
// victims of another event, which disputes and timelines of this one must not take for a
// revision ("80 killed" in Nice against "130 killed in Paris last November"). "Last night"
// and "last week" are the news itself and stay. Looked for in the figure's clause: six
// words before it, fifteen after, not past the end of a sentence.
bool of_another_time(const Context& ctx, Range r, std::size_t i) {
    static const WordSet kEvery{"each", "every", "per", "a"};
    const auto ends_sentence = [&](std::size_t k) {
        return ctx.is(k, ".") || ctx.is(k, ";") || ctx.is(k, "?") || ctx.is(k, "!");
    };
    const std::size_t from = i > r.first + 6 ? i - 6 : r.first;
    std::size_t first = i;
    while (first > from && !ends_sentence(first - 1)) --first;
    for (std::size_t k = first; k < r.last && k <= i + 15; ++k) {
        if (k > i && ends_sentence(k)) break;
        if (k == i) continue;
        const std::string& w = ctx.tok(k).lower;
        if (is_year(ctx.tok(k)) || w == "annually") return true;
        const std::string& next = k + 1 < r.last ? ctx.tok(k + 1).lower : std::string();
        if (next == "year" && (w == "last" || w == "this" || kEvery.contains(w))) return true;
        if (w == "last" && is_month(next)) return true;
    }
    return false;
}

}  // namespace

std::vector<Figure> find_figures(const Context& ctx, Range r) {
    std::vector<Figure> out;
    for (std::size_t i = r.first; i < r.last; ++i) {
        const Token& t = ctx.tok(i);
        auto value = value_of(t);
        if (!value) continue;
        if (i + 1 < r.last && (ctx.is(i + 1, "%") || ctx.is(i + 1, "percent"))) continue;
        if (i > r.first && ctx.is(i - 1, "including")) continue;  // a part of a figure, not a figure
        if (counts_no_one(ctx, r, i, *value) || of_another_time(ctx, r, i)) continue;
        // "no one had been killed", "not one person died", "none of the 40 passengers were
        // hurt": a count denied, not one of one or forty (it gave killed = 1 and wounded = 40)
        if (i > r.first && (ctx.is(i - 1, "no") || ctx.is(i - 1, "not"))) continue;
        if ((i >= r.first + 2 && ctx.is(i - 2, "none") && ctx.is(i - 1, "of")) ||
            (i >= r.first + 3 && ctx.is(i - 3, "none") && ctx.is(i - 2, "of")))
            continue;
        // the whole a part is of, when the measure is the part's: "two of the three victims
        // died" counts two dead, not three ("30 of the 80 wounded" names the whole's own)
        std::size_t whole = i;  // where the whole's words begin, past a "the"
        if (whole > r.first && ctx.is(whole - 1, "the")) --whole;
        if (whole > r.first + 1 && ctx.is(whole - 1, "of") && value_of(ctx.tok(whole - 2)) &&
            !(i + 1 < r.last && measure_of(ctx.tok(i + 1).lower)))
            continue;
        std::optional<std::string_view> measure;
        // a participle right before the number binds it first: "killing 107 people and
        // wounding 238", "wounded 12 and killed 3", "killed at least 41 civilians" (the
        // qualifier between); never across punctuation or another number
        // (nor across a conjunction: "80 people were killed and 18 others were injured" had
        // given killed = 18)
        for (std::size_t j = i; j > r.first && j + 4 > i && !measure;) {
            const Token& w = ctx.tok(--j);
            if (w.kind == TokenKind::punct || w.kind == TokenKind::number || value_of(w)) break;
            if (w.lower == "and" || w.lower == "or" || w.lower == "but") break;
            if (auto m = measure_of(w.lower); m && (w.lower.ends_with("ed") || w.lower.ends_with("ing"))) measure = m;
        }
        // after the number: "21 people were killed", "110 wounded", "32 Ukrainian drones"
        for (std::size_t j = i + 1; j < r.last && j <= i + 7 && !measure; ++j) {
            const Token& w = ctx.tok(j);
            if (w.kind == TokenKind::punct && w.lower != "-") break;
            // (nor past a conjunction or another number that the measure follows: "flattening
            // seven villages and killing 10 people" had given killed = 7, "30 of the 80 wounded
            // remained in hospital" wounded = 30; "two of the three victims died" stays 2)
            if ((w.lower == "and" || w.lower == "or" || w.lower == "but" || value_of(w)) && j + 1 < r.last &&
                measure_of(ctx.tok(j + 1).lower))
                break;
            if (is_drone(w.lower)) {
                bool downed = false;
                for (std::size_t k = (i >= r.first + 3 ? i - 3 : r.first); k < i; ++k)
                    downed = downed || is_downing(ctx, k);
                for (std::size_t k = j + 1; k < r.last && k <= j + 4; ++k) downed = downed || is_downing(ctx, k);
                if (downed) measure = "drones_shot_down";
                break;
            }
            // ("the two candidates are in a dead heat": no one died)
            if (w.lower == "dead" && j + 1 < r.last &&
                (ctx.is(j + 1, "heat") || ctx.is(j + 1, "end") || ctx.is(j + 1, "even")))
                break;
            // lives are lost when counted ("taking 21 lives") or lost ("12 people lost their
            // lives"), not when risked or lived ("six guards who risked their lives", "the next four
            // or eight years of their lives" had given killed = 6 and 4)
            if (w.lower == "lives" && j > i + 2 && !(ctx.is(j - 1, "their") && ctx.is(j - 2, "lost"))) break;
            measure = measure_of(w.lower);
        }
        // before the number, further or past punctuation: "killed, by their count, 41"
        if (!measure) {
            std::size_t j = i;
            while (j > r.first && j + 4 > i) {
                --j;
                if (auto m = measure_of(ctx.tok(j).lower);
                    m && (ctx.tok(j).lower.ends_with("ed") || ctx.tok(j).lower.ends_with("ing"))) {
                    measure = m;
                    break;
                }
            }
        }
        // "the death toll rose to 16", "the death toll from the strike has risen to 24"
        for (std::size_t j = i; !measure && j > r.first && j + 13 > i; --j)
            if (ctx.tok(j - 1).lower == "toll") measure = "killed";
        if (!measure) continue;
        Figure f;
        f.measure = std::string(*measure);
        if (const auto part = part_after(ctx, i, r.last); part && f.measure != "drones_shot_down")
            f.measure += "_" + *part;
        f.value = *value;
        f.qualifier = qualifier_before(ctx, r.first, i);
        f.span = {t.start, t.end};
        f.text = std::string(ctx.text.substr(t.start, t.end - t.start));
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace claimgraph::extract
