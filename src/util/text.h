// Small string helpers shared by every stage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace claimgraph::text {

/// An ASCII capital folded to lower case; any other byte as it is.
constexpr char fold_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
/// ASCII lower-casing; other bytes unchanged (enough for lexicon look-ups).
std::string lower(std::string_view s);
/// Strips ASCII whitespace at both ends.
std::string_view trim(std::string_view s);
bool equals_icase(std::string_view a, std::string_view b);
/// Collapses runs of whitespace into one space, trims, and folds typographic
/// apostrophes and quotes in names (’ → ') so that names compare equal.
std::string normalize_name(std::string_view s);
/// normalize_name(s) in pieces, for callers that hash it rather than keep it: put(piece) is
/// called with views whose concatenation is normalize_name(s), in order.
template <typename Put>
void normalized_pieces(std::string_view s, Put&& put);
/// The key under which names are identified: normalize_name, lower-cased.
std::string name_key(std::string_view s);
/// Text as a terminal should show it (issue 17): control characters (C0 but for none, DEL,
/// C1) escaped as `\x1b`, `\n`, `\t`, `\r`, `\u0085`; bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C) as `\u202e`;
/// bytes that are not UTF-8 as `\xff`. Everything else as it is. So a name or a file name
/// cannot move the cursor, recolour the terminal, reorder what follows or forge a line.
std::string printable(std::string_view s);
/// Article text inside Markdown (report.md, diff): shown as text, never as markup, HTML, an
/// image or a link on GitHub (issue 17). Line breaks become spaces; \ ` * _ [ ] < > ! | ~ &
/// @ are backslash-escaped, and so are the colon of "://" and the dot of "www." (so that no
/// URL or address becomes an automatic link); control characters as text::printable shows
/// them.
std::string markdown_text(std::string_view s);
/// Shortens to at most `max_bytes` bytes on a code-point boundary, adding "…" when cut.
std::string truncate(std::string_view s, std::size_t max_bytes);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
/// The parts of `s` between the separators, as join wrote them ("a; b" by "; " is a, b); an
/// empty `s` has none, and a separator at the end adds no empty part.
std::vector<std::string> split(std::string_view s, std::string_view sep);
/// A count with its noun, singular for one: counted(1, "claim") is "1 claim", counted(3,
/// "claim") "3 claims". `plural` for nouns that do not take an "s".
std::string counted(std::size_t n, std::string_view noun, std::string_view plural = {});
/// part of whole, in per cent (0 when whole is 0): training and evaluation reports.
double percent(std::size_t part, std::size_t whole);
/// Of two names of one source, whether `a` is the one to show rather than `b`: a proper
/// name ("Valeska Paris") before a description ("Australian woman"), then the longer,
/// then the first in byte order — so the choice does not depend on the order of ingest.
bool better_name(std::string_view a, std::string_view b);
/// Whether role a is the one to show rather than b, of all a source is given: a role
/// before none, a role before a form of address alone ("former President" before "Mr."),
/// then the one of fewer words, then the first in byte order. A total order, so the role
/// shown does not depend on the order documents came in.
bool better_role(std::string_view a, std::string_view b);

template <typename Put>
void normalized_pieces(std::string_view s, Put&& put) {
    bool pending_space = false, started = false;
    const auto piece = [&](std::string_view bytes) {
        if (pending_space) put(std::string_view(" "));
        pending_space = false;
        started = true;
        put(bytes);
    };
    std::size_t i = 0;
    while (i < s.size()) {
        // (a run of ASCII that is no space, most of any name or text, goes as one piece)
        std::size_t run = i;
        while (run < s.size() && static_cast<unsigned char>(s[run]) < 0x80 && !utf8::is_space(s[run])) ++run;
        if (run > i) {
            piece(s.substr(i, run - i));
            i = run;
            continue;
        }
        std::size_t n = 1;
        const char32_t cp = utf8::decode(s, i, n);  // one byte for ASCII
        if (utf8::is_space(cp))
            pending_space = started;
        else if (cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC')
            piece("'");
        else if (cp == U'\uFFFD' && n == 1)
            piece("\uFFFD");  // an invalid byte
        else
            piece(s.substr(i, n));  // valid UTF-8: as it is
        i += n;
    }
}

}  // namespace claimgraph::text
