#include "util/json_writer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "util/utf8.h"

namespace claimgraph::json {

namespace {

// Bytes that cannot be copied as they are: control characters, '"', '\\', and every
// byte of a multi-byte sequence (checked for valid UTF-8).
constexpr std::array<bool, 256> kSpecial = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
    t['"'] = t['\\'] = true;
    for (int c = 0x80; c < 0x100; ++c) t[static_cast<std::size_t>(c)] = true;
    return t;
}();

// Whether one of the eight bytes of `v` may need more than a copy (a control character,
// '"', '\\', or a byte of a multi-byte sequence). It may say so of a byte that does not
// (a borrow runs on from a byte that does): that block is then read byte by byte, so the
// answer only decides how fast a run of plain bytes is skipped.
bool may_hold_special(std::uint64_t v) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
    return ((v & kHigh) | ((v - kOnes * 0x20) & ~v & kHigh) | has_zero(v ^ (kOnes * '"')) |
            has_zero(v ^ (kOnes * '\\'))) != 0;
}

}  // namespace

void append_string(std::string& out, std::string_view s) {
    out += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t checked = 0;  // the bytes before it were read byte by byte, or are plain
    for (std::size_t i = 0; i < s.size();) {
        if (i >= checked) {  // plain text goes by eight bytes at a time
            std::uint64_t v = 0;
            while (i + 8 <= s.size() && (std::memcpy(&v, s.data() + i, 8), !may_hold_special(v))) i += 8;
            checked = i + 8;
            if (i >= s.size()) break;
        }
        const auto b = static_cast<unsigned char>(s[i]);
        if (!kSpecial[b]) {
            ++i;
            continue;
        }
        if (b >= 0x80) {
            std::size_t len = 1;
            const char32_t cp = utf8::decode(s, i, len);
            if (!(cp == U'\uFFFD' && len == 1)) {  // valid: copied with the run
                i += len;
                continue;
            }
        }
        out.append(s.data() + run, i - run);
        switch (b) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (b < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[b >> 4];
                out += kHex[b & 0xF];
            } else {
                out += "\xEF\xBF\xBD";  // an invalid byte: U+FFFD
            }
        }
        run = ++i;
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void Writer::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back()) m_out += ',';
        m_first.back() = false;
    }
}

Writer& Writer::open(char bracket) {
    before_value();
    m_out += bracket;
    m_first.push_back(true);
    return *this;
}

Writer& Writer::close(char bracket) {
    m_out += bracket;
    m_first.pop_back();
    return *this;
}

Writer& Writer::key(std::string_view k) {
    before_value();
    if (std::none_of(k.begin(), k.end(), [](char c) { return kSpecial[static_cast<unsigned char>(c)]; })) {
        // a key as the code writes it ("content", "start"): one copy with its quotes and colon
        const std::size_t at = m_out.size();
        m_out.resize(at + k.size() + 3);
        char* p = m_out.data() + at;
        *p = '"';
        if (!k.empty()) std::memcpy(p + 1, k.data(), k.size());
        p[k.size() + 1] = '"';
        p[k.size() + 2] = ':';
    } else {
        append_string(m_out, k);
        m_out += ':';
    }
    m_after_key = true;
    return *this;
}

Writer& Writer::value(std::string_view s) {
    before_value();
    append_string(m_out, s);
    return *this;
}

Writer& Writer::value(bool b) {
    before_value();
    m_out += b ? "true" : "false";
    return *this;
}

Writer& Writer::null() {
    before_value();
    m_out += "null";
    return *this;
}

}  // namespace claimgraph::json
