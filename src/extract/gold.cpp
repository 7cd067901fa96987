#include "extract/gold.h"

#include <iterator>

#include <fmt/format.h>

#include "load/loader.h"
#include "util/error.h"
#include "util/json_read.h"

namespace claimgraph::extract {

namespace {

// byte offset of each code point offset (one more than the code points: the end)
std::vector<std::size_t> code_point_bytes(const std::string& text) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
    out.push_back(text.size());
    return out;
}

std::vector<Span> spans(const nlohmann::json& a, const std::string& key, const std::vector<std::size_t>& bytes) {
    std::vector<Span> out;
    const auto add = [&](const nlohmann::json& s, const nlohmann::json& e) {
        if (!s.is_number_unsigned() || !e.is_number_unsigned()) return;
        const auto from = s.get<std::size_t>(), to = e.get<std::size_t>();
        if (from < to && to < bytes.size()) out.push_back({bytes[from], bytes[to]});
    };
    if (auto it = a.find(key + "_spans"); it != a.end() && it->is_array() && !it->empty()) {
        for (const auto& pair : *it)
            if (pair.is_array() && pair.size() == 2) add(pair[0], pair[1]);
    } else if (a.contains(key + "_start") && a.contains(key + "_end")) {
        add(a[key + "_start"], a[key + "_end"]);
    }
    return out;
}

}  // namespace

std::vector<GoldArticle> read_gold(const std::string& path, const std::string& split) {
    const std::string bytes = load::read_input(path);
    std::vector<GoldArticle> out;
    std::size_t line_no = 0;
    for (std::size_t at = 0; at < bytes.size();) {
        std::size_t end = bytes.find('\n', at);
        if (end == std::string::npos) end = bytes.size();
        const std::string_view line(bytes.data() + at, end - at);
        at = end + 1;
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        try {
            const nlohmann::json j = parse_json(line);
            GoldArticle g;
            g.id = j.value("id", fmt::format("{}:{}", path, line_no));
            g.split = j.value("official_split", std::string());
            if (!split.empty() && g.split != split) continue;
            g.document.path = g.id;
            g.document.text = j.at("text").get<std::string>();
            const auto cp = code_point_bytes(g.document.text);
            for (const auto& a : j.value("attributions", nlohmann::json::array())) {
                GoldAttribution ga;
                ga.source = spans(a, "source", cp);
                ga.cue = spans(a, "cue", cp);
                ga.content = spans(a, "content", cp);
                const auto text_of = [&](const char* key) {
                    return a.contains(key) && a[key].is_string() ? a[key].get<std::string>() : std::string();
                };
                ga.cue_class = text_of("cue_class");
                ga.kind = text_of("kind");
                ga.source_text = text_of("source");
                ga.source_reference = text_of("source_reference");
                g.attributions.push_back(std::move(ga));
            }
            out.push_back(std::move(g));
        } catch (const std::exception& e) {
            throw Error(fmt::format("{}:{}: not a gold article: {}", path, line_no, e.what()));
        }
    }
    return out;
}

std::vector<GoldArticle> read_gold(const std::vector<std::string>& paths, const std::string& split) {
    std::vector<GoldArticle> out;
    for (const std::string& path : paths) {
        auto more = read_gold(path, split);
        out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return out;
}

}  // namespace claimgraph::extract
