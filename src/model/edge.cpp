#include "model/edge.h"

#include <charconv>
#include <fmt/format.h>

namespace claimgraph {

const char* to_string(Relation relation) {
    switch (relation) {
    case Relation::reports: return "reports";
    case Relation::attributes: return "attributes";
    case Relation::disputes: return "disputes";
    }
    return "?";
}

std::optional<Relation> relation_from_string(const std::string& s) {
    for (Relation r : {Relation::reports, Relation::attributes, Relation::disputes})
        if (s == to_string(r)) return r;
    return std::nullopt;
}

namespace {

std::string offset_text(std::size_t v) { return std::to_string(v); }
std::string confidence_text(double v) { return fmt::format("{:.2f}", v); }

// A byte offset written as edge_attributes writes one (no sign, no leading zero).
std::optional<std::size_t> parse_offset(std::string_view s) {
    std::size_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || offset_text(v) != s) return std::nullopt;
    return v;
}

std::optional<double> parse_confidence(std::string_view s) {
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || confidence_text(v) != s) return std::nullopt;
    return v;
}

// [[start,end],…] with at least one pair, as spans_json writes it.
std::optional<std::vector<Span>> parse_spans(std::string_view s) {
    std::vector<Span> out;
    std::size_t i = 0;
    const auto eat = [&](char c) { return i < s.size() && s[i] == c ? (++i, true) : false; };
    const auto number = [&](std::size_t& v) {
        const auto [end, ec] = std::from_chars(s.data() + i, s.data() + s.size(), v);
        if (ec != std::errc()) return false;
        i = static_cast<std::size_t>(end - s.data());
        return true;
    };
    if (!eat('[')) return std::nullopt;
    do {
        Span sp;
        if (!eat('[') || !number(sp.start) || !eat(',') || !number(sp.end) || !eat(']')) return std::nullopt;
        out.push_back(sp);
    } while (eat(','));
    if (!eat(']') || i != s.size() || spans_json(out) != s) return std::nullopt;
    return out;
}

// The fields behind the attribute names, for reading and writing alike.
struct Field {
    const char* name;
    std::string Edge::*text = nullptr;
    std::optional<std::size_t> Edge::*offset = nullptr;
};

// clang-format off
constexpr Field kFields[] = {
    {"document", &Edge::document}, {"start", nullptr, &Edge::start}, {"end", nullptr, &Edge::end},
    {"text", &Edge::text}, {"cue", &Edge::cue}, {"cue_start", nullptr, &Edge::cue_start},
    {"cue_end", nullptr, &Edge::cue_end}, {"kind", &Edge::kind}, {"match", &Edge::match},
    {"basis", &Edge::basis}, {"measure", &Edge::measure},
};
// clang-format on

}  // namespace

double two_decimals(double v) {
    const std::string s = confidence_text(v);
    double out = 0;
    std::from_chars(s.data(), s.data() + s.size(), out);
    return out;
}

std::string spans_json(const std::vector<Span>& spans) {
    std::string out = "[";
    for (const Span& s : spans) out += fmt::format("{}[{},{}]", out.size() > 1 ? "," : "", s.start, s.end);
    return out + "]";
}

Edge::Edge(std::string from_id, std::string to_id, Relation r, const std::map<std::string, std::string>& attributes)
    : Edge(std::move(from_id), std::move(to_id), r) {
    for (const auto& [k, v] : attributes) set_edge_attribute(*this, k, v);
}

std::map<std::string, std::string> edge_attributes(const Edge& e) {
    std::map<std::string, std::string> out = e.other;
    for (const Field& f : kFields) {
        if (f.text && !(e.*f.text).empty()) out[f.name] = e.*f.text;
        if (f.offset && e.*f.offset) out[f.name] = offset_text(*(e.*f.offset));
    }
    if (!e.spans.empty()) out["spans"] = spans_json(e.spans);
    if (e.confidence) out["confidence"] = confidence_text(*e.confidence);
    if (e.confirmed) out["confirmed"] = "1";
    return out;
}

void set_edge_attribute(Edge& e, const std::string& key, std::string value) {
    for (const Field& f : kFields) {
        if (key != f.name) continue;
        if (f.text && !value.empty()) {
            e.*f.text = std::move(value);
            e.other.erase(key);
            return;
        }
        if (f.offset) {
            if (auto v = parse_offset(value)) {
                e.*f.offset = v;
                e.other.erase(key);
                return;
            }
        }
        e.other[key] = std::move(value);
        return;
    }
    bool typed = false;
    if (key == "spans") {
        if (auto v = parse_spans(value)) e.spans = std::move(*v), typed = true;
    } else if (key == "confidence") {
        if (auto v = parse_confidence(value)) e.confidence = v, typed = true;
    } else if (key == "confirmed" && value == "1") {
        e.confirmed = typed = true;
    }
    if (typed)
        e.other.erase(key);
    else
        e.other[key] = std::move(value);
}

}  // namespace claimgraph
