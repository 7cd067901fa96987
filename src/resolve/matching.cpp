#include "resolve/matching.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "extract/lexicon.h"
#include "resolve/names.h"

namespace claimgraph::resolve {

// Words that carry no content for matching claims.
bool is_stopword(std::string_view w) {
    // clang-format off
    static const std::unordered_set<std::string_view> words{
        "a", "an", "the", "that", "this", "these", "those", "of", "in", "on", "at", "to", "for", "from", "by",
        "with", "and", "or", "but", "is", "was", "were", "are", "be", "been", "had", "has", "have", "it", "its",
        "their", "his", "her", "they", "he", "she", "we", "would", "will", "could", "not", "no", "did", "do",
        "does", "as", "after", "over", "still", "also", "when", "which", "who", "all", "any"};
    // clang-format on
    return words.count(w) > 0;
}

namespace {

bool names_nothing_alone(std::string_view w) {
    return (w.size() == 1 && w[0] >= 'a' && w[0] <= 'z') || extract::is_honorific(w);
}

}  // namespace

std::set<std::string> content_words(const std::string& match_key) {
    std::set<std::string> out;
    for (const std::string& w : key_words(match_key))
        if (!is_stopword(w) && !names_nothing_alone(w)) out.insert(w);
    return out;
}

std::set<std::string> numbers_in(const std::string& match_key) {
    std::set<std::string> out;
    for (const std::string& w : key_words(match_key))
        if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) out.insert(w);
    return out;
}

std::size_t common_words(const std::set<std::string>& a, const std::set<std::string>& b) {
    const auto& small = a.size() <= b.size() ? a : b;
    const auto& large = a.size() <= b.size() ? b : a;
    std::size_t common = 0;
    for (const std::string& w : small) common += large.count(w);
    return common;
}

double jaccard_of(std::size_t common, std::size_t a, std::size_t b) {
    if (a == 0 && b == 0) return 1.0;
    return static_cast<double>(common) / static_cast<double>(a + b - common);
}

double containment_of(std::size_t common, std::size_t a, std::size_t b) {
    const std::size_t small = std::min(a, b);
    return small == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(small);
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
    return jaccard_of(common_words(a, b), a.size(), b.size());
}

double containment(const std::set<std::string>& a, const std::set<std::string>& b) {
    return containment_of(common_words(a, b), a.size(), b.size());
}

std::set<std::pair<std::string, long long>> figure_set(const std::vector<Figure>& fs) {
    std::set<std::pair<std::string, long long>> out;
    for (const Figure& f : fs) out.emplace(f.measure, f.value);
    return out;
}

/// Days since the epoch of a "YYYY-MM-DD…" date; nullopt when it does not parse.
std::optional<long> day_number(const std::optional<std::string>& date) {
    if (!date || date->size() < 10) return std::nullopt;
    const std::string& d = *date;
    const int y = std::atoi(d.substr(0, 4).c_str()), m = std::atoi(d.substr(5, 2).c_str()),
              dd = std::atoi(d.substr(8, 2).c_str());
    if (y < 1 || m < 1 || m > 12 || dd < 1 || dd > 31) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(dd)}};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days{ymd}.time_since_epoch().count();
}

// The ISO date of a day number (days since 1970-01-01).
std::string iso_date(long day) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{day}}};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

// The days around a statement's date in which its match or its event can lie: same_event
// allows two days; a claim repeated by a later outlet is matched within a week.
DateWindow around(const std::optional<std::string>& date, long days) {
    const auto d = day_number(date);
    if (!d) return {};
    return {iso_date(*d - days), iso_date(*d + days + 1), iso_date(*d)};
}

namespace {

// The distinct words of a match key, sorted, as views into it: the content words (no
// stopword) or the numbers. match_kind compares every candidate of a speaker's window, and
// std::set<std::string> per pair was most of its time in ingest's profile.
enum class Kept { content, numbers };
std::vector<std::string_view> sorted_words(std::string_view key, Kept kept) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < key.size();) {
        std::size_t e = key.find(' ', i);
        if (e == std::string_view::npos) e = key.size();
        const std::string_view w = key.substr(i, e - i);
        const bool keep =
            !w.empty() && (kept == Kept::content ? !is_stopword(w)
                                                 : std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }));
        if (keep) out.push_back(w);
        i = e + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::size_t common_words(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    std::size_t n = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++n, ++i, ++j;
        }
    }
    return n;
}

}  // namespace

// How a new statement matches a stored one by the same source: "" when it does not.
std::string match_kind(const KnownStatement& a, const KnownStatement& b) {
    if (a.match_key == b.match_key) return "exact";
    const auto fa = figure_set(a.figures), fb = figure_set(b.figures);
    if (fa != fb || sorted_words(a.match_key, Kept::numbers) != sorted_words(b.match_key, Kept::numbers)) {
        // the figures decide: "21 killed" is never "24 killed"
        if (fa != fb || fa.empty()) return "";
    }
    // (jaccard and containment of the content words)
    const auto wa = sorted_words(a.match_key, Kept::content), wb = sorted_words(b.match_key, Kept::content);
    const std::size_t common = common_words(wa, wb), smaller = std::min(wa.size(), wb.size());
    if (jaccard_of(common, wa.size(), wb.size()) >= 0.6 ||
        (smaller >= 4 && containment_of(common, wa.size(), wb.size()) >= 0.8))
        return "near";
    if (!fa.empty() && fa == fb && same_event(a, b)) return "figure";
    return "";
}

int match_rank(const std::string& kind) { return kind == "exact" ? 3 : kind == "near" ? 2 : kind == "figure" ? 1 : 0; }

namespace {

// same_event's rule; `one_document`: no place on a side is no bar, dated or not.
bool of_one_event(const KnownStatement& a, const KnownStatement& b, bool one_document) {
    const auto da = day_number(a.date), db = day_number(b.date);
    if (da && db && std::labs(*da - *db) > 2) return false;
    // a place in common, or none on either side (read in place: the disputes step asks
    // this of hundreds of candidates for each figure)
    const auto words = [](std::string_view places, auto&& each) {
        for (std::size_t i = 0; i < places.size();) {
            std::size_t e = places.find(' ', i);
            if (e == std::string_view::npos) e = places.size();
            if (e > i && each(places.substr(i, e - i))) return true;
            i = e + 1;
        }
        return false;
    };
    const auto none = [](std::string_view places) { return places.find_first_not_of(' ') == std::string_view::npos; };
    // (across documents, no place on a side says nothing of the event unless both dates do:
    // an undated statement is of the event it names a place of)
    if (none(a.places) || none(b.places)) return one_document || (da && db);
    return words(a.places,
                 [&](std::string_view p) { return words(b.places, [p](std::string_view q) { return p == q; }); });
}

}  // namespace

bool same_event(const KnownStatement& a, const KnownStatement& b) { return of_one_event(a, b, false); }

bool same_event_in_document(const KnownStatement& a, const KnownStatement& b) { return of_one_event(a, b, true); }

graph::EventKey event_key(const KnownStatement& s) { return {day_number(s.date), key_words(s.places)}; }

}  // namespace claimgraph::resolve
