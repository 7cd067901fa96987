// A streaming JSON writer for output that is large and regular (one object per article,
// thousands of statements): it appends to a string with no intermediate tree. Its bytes
// are those of nlohmann::json::dump() for the same values (compact, keys in the order
// written, UTF-8 kept, invalid UTF-8 replaced by U+FFFD), which a test checks.
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace claimgraph::json {

class Writer {
public:
    explicit Writer(std::string& out) : m_out(out) {}

    Writer& begin_object() { return open('{'); }
    Writer& end_object() { return close('}'); }
    Writer& begin_array() { return open('['); }
    Writer& end_array() { return close(']'); }
    /// The key of the next member of the current object.
    Writer& key(std::string_view k);

    Writer& value(std::string_view s);
    Writer& value(const char* s) { return value(std::string_view(s)); }
    Writer& value(const std::string& s) { return value(std::string_view(s)); }
    template <std::integral T>
    requires(!std::same_as<T, bool>) Writer& value(T n) {
        before_value();
        const fmt::format_int digits(n);
        m_out.append(digits.data(), digits.size());
        return *this;
    }
    Writer& value(bool b);
    Writer& null();
    /// A number with `decimals` digits after the point ("0.83"): the same bytes everywhere.
    Writer& fixed(double v, int decimals) {
        before_value();
        m_out += fmt::format("{:.{}f}", v, decimals);
        return *this;
    }
    /// The string, or null when it is absent.
    Writer& value(const std::optional<std::string>& s) { return s ? value(*s) : null(); }

    /// key(k).value(v)
    template <typename T>
    Writer& member(std::string_view k, const T& v) {
        key(k);
        return value(v);
    }

private:
    void before_value();
    Writer& open(char bracket);
    Writer& close(char bracket);

    std::string& m_out;
    /// per open container: no element written yet (a byte each: vector<bool>'s bit arithmetic
    /// showed in profiles)
    std::vector<unsigned char> m_first;
    bool m_after_key = false;
};

/// Appends `s` as a JSON string literal (quotes included).
void append_string(std::string& out, std::string_view s);

}  // namespace claimgraph::json
