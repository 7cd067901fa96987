#include "load/metadata.h"

#include <array>
#include <chrono>
#include <cstdio>

#include <fmt/format.h>

#include "util/text.h"

namespace claimgraph::load {

namespace {

bool digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int number(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

std::optional<std::chrono::year_month_day> calendar(int y, int m, int d) {
    if (y < 1800 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

std::string iso(const std::chrono::year_month_day& ymd) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

int month_of(std::string_view word) {
    // clang-format off
    static const std::array<const char*, 12> names{"january", "february", "march",     "april",   "may",      "june",
                                                   "july",    "august",   "september", "october", "november", "december"};
    // clang-format on
    std::string w = text::lower(word);
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (w == "sept") w = "sep";
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string_view name = names[i];
        if (w == name || (w.size() == 3 && name.starts_with(w))) return static_cast<int>(i) + 1;
    }
    return 0;
}

// "2024-03-02" and "2024/03/02", and what follows the date
std::optional<std::chrono::year_month_day> numeric_date(std::string_view s, std::string_view& rest) {
    if (s.size() < 10 || !(s[4] == '-' || s[4] == '/') || s[7] != s[4]) return std::nullopt;
    if (!digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) || !digits(s.substr(8, 2))) return std::nullopt;
    rest = s.substr(10);
    return calendar(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2)));
}

// "March 2, 2024", "Mar. 2 2024", "2 March 2024", after an optional weekday
std::optional<std::chrono::year_month_day> written_date(std::string_view s) {
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') {
            word += s[i];
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (words.size() == 4 && !month_of(words[0]) && !digits(words[0])) words.erase(words.begin());  // weekday
    if (words.size() != 3) return std::nullopt;
    if (int m = month_of(words[0]);
        m && digits(words[1]) && words[1].size() <= 2 && digits(words[2]) && words[2].size() == 4)
        return calendar(number(words[2]), m, number(words[1]));
    if (int m = month_of(words[1]);
        m && digits(words[0]) && words[0].size() <= 2 && digits(words[2]) && words[2].size() == 4)
        return calendar(number(words[2]), m, number(words[0]));
    return std::nullopt;
}

// The time after an ISO date: "T09:40", " 09:40:05", with an optional ".123", "Z" or
// "+03:00"; the text of the date-time in UTC when an offset is given.
std::optional<std::string> with_time(const std::chrono::year_month_day& ymd, std::string_view rest) {
    if (rest.empty()) return iso(ymd);
    if (rest[0] != 'T' && rest[0] != ' ') return std::nullopt;
    rest.remove_prefix(1);
    if (rest.size() < 5 || rest[2] != ':' || !digits(rest.substr(0, 2)) || !digits(rest.substr(3, 2)))
        return std::nullopt;
    const int h = number(rest.substr(0, 2)), mi = number(rest.substr(3, 2));
    int sec = -1;
    rest.remove_prefix(5);
    if (rest.size() >= 3 && rest[0] == ':' && digits(rest.substr(1, 2))) {
        sec = number(rest.substr(1, 2));
        rest.remove_prefix(3);
        if (!rest.empty() && rest[0] == '.') {
            std::size_t n = 1;
            while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
            if (n == 1) return std::nullopt;
            rest.remove_prefix(n);
        }
    }
    if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
    int offset = 0;  // minutes east of UTC
    bool zoned = false;
    if (rest == "Z") {
        zoned = true;
    } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' && digits(rest.substr(1, 2)) &&
               digits(rest.substr(4, 2))) {
        const int oh = number(rest.substr(1, 2)), om = number(rest.substr(4, 2));
        if (oh > 14 || om > 59) return std::nullopt;
        offset = (rest[0] == '+' ? 1 : -1) * (oh * 60 + om);
        zoned = true;
    } else if (!rest.empty()) {
        return std::nullopt;
    }
    std::chrono::sys_days day{ymd};
    int minutes = h * 60 + mi;
    if (zoned) {
        minutes -= offset;
        while (minutes < 0) minutes += 24 * 60, day -= std::chrono::days{1};
        while (minutes >= 24 * 60) minutes -= 24 * 60, day += std::chrono::days{1};
    }
    std::string out = fmt::format("{}T{:02}:{:02}", iso(std::chrono::year_month_day{day}), minutes / 60, minutes % 60);
    if (sec >= 0) out += fmt::format(":{:02}", sec);
    return out;
}

}  // namespace

std::optional<std::string> normalize_date(std::string_view text) {
    const std::string_view s = text::trim(text);
    std::string_view rest;
    if (auto ymd = numeric_date(s, rest)) return with_time(*ymd, rest);
    if (auto ymd = written_date(s)) return iso(*ymd);
    return std::nullopt;
}

bool is_web_link(std::string_view url) {
    const std::string u = text::lower(text::trim(url));
    std::string_view rest;
    if (u.starts_with("https://"))
        rest = std::string_view(u).substr(8);
    else if (u.starts_with("http://"))
        rest = std::string_view(u).substr(7);
    else
        return false;
    if (rest.empty() || rest[0] == '/' || rest[0] == '?' || rest[0] == '#') return false;
    for (char c : u)
        if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') return false;
    return true;
}

std::optional<std::string> date_near_top(std::string_view body) {
    // longer labels first: "published on" before "published"
    static const std::array<std::string_view, 10> labels{
        "first published", "last updated", "published on", "updated on", "posted on",
        "published",       "updated",      "posted",       "dated",      "date"};
    body = body.substr(0, std::min<std::size_t>(body.size(), 500));
    int lines = 0;
    for (std::size_t pos = 0; pos < body.size() && lines < 3;) {
        const std::size_t eol = std::min(body.find('\n', pos), body.size());
        std::string_view line = text::trim(body.substr(pos, eol - pos));
        pos = eol + 1;
        if (line.empty()) continue;
        ++lines;
        const std::string lower = text::lower(line.substr(0, std::min<std::size_t>(line.size(), 20)));
        for (std::string_view label : labels)
            if (lower.starts_with(label) &&
                (line.size() == label.size() || line[label.size()] == ' ' || line[label.size()] == ':')) {
                line.remove_prefix(label.size());
                line = text::trim(line);
                if (!line.empty() && (line[0] == ':' || line[0] == '-')) line = text::trim(line.substr(1));
                break;
            }
        // the longest run of up to six words from here that is a date ("Dec 31, 2023",
        // "2023-12-31 14:05"); what follows it is the article
        std::optional<std::string> best;
        std::size_t end = 0;
        for (int words = 0; words < 6 && end < line.size(); ++words) {
            end = std::min(line.find(' ', end + 1), line.size());
            std::string_view c = line.substr(0, end);
            while (!c.empty() && (c.back() == '.' || c.back() == ',' || c.back() == ';' || c.back() == '|'))
                c.remove_suffix(1);
            if (auto d = normalize_date(c)) best = d;
        }
        if (best) return best;
    }
    return std::nullopt;
}

std::vector<std::string> check_metadata(Document& doc, const std::string& where) {
    std::vector<std::string> warnings;
    const auto quoted = [](const std::string& v) { return "'" + text::truncate(v, 80) + "'"; };
    if (doc.date && !doc.date->empty()) {
        if (auto d = normalize_date(*doc.date)) {
            doc.date = *d;
        } else {
            warnings.push_back(fmt::format("{}: date {} is not a date (such as 2024-03-02 or March 2, 2024); left out",
                                           where, quoted(*doc.date)));
            doc.date.reset();
        }
    }
    // no date from a header, the page or the batch: one written at the top of the text
    if (!doc.date || doc.date->empty())
        doc.date = date_near_top(std::string_view(doc.text).substr(std::min(doc.body_start, doc.text.size())));
    if (doc.url && !doc.url->empty() && !is_web_link(*doc.url)) {
        warnings.push_back(fmt::format("{}: url {} is not an http(s) link; left out", where, quoted(*doc.url)));
        doc.url.reset();
    }
    return warnings;
}

}  // namespace claimgraph::load
