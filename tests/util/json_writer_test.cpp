#include "util/json_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <vector>

namespace claimgraph {

namespace {

std::string dumped(const std::string& s) { return nlohmann::json(s).dump(); }

std::string written(std::string_view s) {
    std::string out;
    json::append_string(out, s);
    return out;
}

}  // namespace

TEST(JsonWriter, StringsAreEscapedAsNlohmannDoes) {
    std::string every_ascii;
    for (int c = 0; c < 0x80; ++c) every_ascii += static_cast<char>(c);
    for (const std::string& s : {std::string(), every_ascii, std::string("plain words"),
                                 std::string("\u201CQuoted,\u201D she said \u2014 Jos\u00e9, \u00AB\u00BB, \U0001F600"),
                                 std::string("</script><script>alert(1)</script>"), std::string("back\\slash \"q\"")})
        EXPECT_EQ(written(s), dumped(s)) << s;
}

TEST(JsonWriter, InvalidUtf8BecomesReplacementCharacters) {
    const std::string out = written(
        "a\xFF"
        "b\xC3"
        "c\xED\xA0\x80");  // stray byte, cut sequence, surrogate
    const auto back = nlohmann::json::parse(out).get<std::string>();
    // one replacement per byte that starts no valid sequence
    EXPECT_EQ(back,
              "a\uFFFD"
              "b\uFFFD"
              "c\uFFFD\uFFFD\uFFFD");
}

TEST(JsonWriter, EscapesFoundAtEveryPlaceOfALongString) {
    // plain text is skipped eight bytes at a time: each escape, multi-byte character and
    // invalid byte must be seen wherever it falls in or across those blocks
    const std::vector<std::string> specials = {
        "\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\u00e9", "\u201C", "\U0001F600", "\x7f", "~"};
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        std::string s;
        const std::size_t pieces = 1 + rng() % 6;
        for (std::size_t p = 0; p < pieces; ++p) {
            s.append(rng() % 20, static_cast<char>('a' + rng() % 26));
            s += specials[rng() % specials.size()];
        }
        s.append(rng() % 12, 'z');
        EXPECT_EQ(written(s), dumped(s)) << s;
        // an invalid byte anywhere: one replacement for it, the rest as they were
        std::size_t at = rng() % (s.size() + 1);
        while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;  // between characters
        std::string bad = s.substr(0, at) + "\xFF" + s.substr(at);
        EXPECT_EQ(nlohmann::json::parse(written(bad)).get<std::string>(), s.substr(0, at) + "\uFFFD" + s.substr(at))
            << bad;
    }
}

TEST(JsonWriter, ObjectsAndArraysMatchNlohmann) {
    std::string out;
    json::Writer w(out);
    w.begin_object().member("a", 1).member("b", std::string("x")).key("c").begin_array();
    w.value(std::size_t{18446744073709551615u}).value(-7LL).value(true).null().begin_object().end_object();
    w.begin_array().end_array().end_array();
    w.member("d", std::optional<std::string>()).member("e", std::optional<std::string>("y")).end_object();
    nlohmann::ordered_json j;
    j["a"] = 1;
    j["b"] = "x";
    j["c"] = nlohmann::ordered_json::array({std::size_t{18446744073709551615u}, -7LL, true, nullptr,
                                            nlohmann::ordered_json::object(), nlohmann::ordered_json::array()});
    j["d"] = nullptr;
    j["e"] = "y";
    EXPECT_EQ(out, j.dump());
}

}  // namespace claimgraph
