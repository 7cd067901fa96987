#include "syntax/tagger_features.h"

#include <algorithm>

#include "util/text.h"

namespace claimgraph::syntax::tagging {

namespace {

using learn::feature;
using learn::hash_text;

// "Xxxx" → "Xx", "1,234" → "d,d", "e-mail" → "x-x": each run of one kind as one
// character, at most eight; its hash (no string is built).
std::uint64_t shape_of(std::string_view w) {
    char out[8];
    std::size_t n = 0;
    for (unsigned char c : w) {
        const char k = (c >= 'A' && c <= 'Z')   ? 'X'
                       : (c >= 'a' && c <= 'z') ? 'x'
                       : (c >= '0' && c <= '9') ? 'd'
                       : c >= 0x80              ? 'u'
                                                : static_cast<char>(c);
        if (n == 0 || out[n - 1] != k) out[n++] = k;
        if (n == 8) break;
    }
    return hash_text(std::string_view(out, n));
}

// The last n code points... in bytes: English words are ASCII, and a cut UTF-8 sequence is
// still a consistent feature.
std::string_view tail(std::string_view s, std::size_t n) { return s.size() <= n ? s : s.substr(s.size() - n); }

}  // namespace

std::vector<WordInfo> infos(const Sentence& s, const HashTable64& ambiguity, const HashTable64* dictionary) {
    std::vector<WordInfo> out(s.words.size());
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        const std::string& f = s.words[i].form;
        const std::string lower = text::lower(f);
        WordInfo& w = out[i];
        w.lower = hash_text(lower);
        w.form = hash_text(f);
        w.shape = shape_of(f);
        for (std::size_t k = 0; k < 5; ++k) w.suffix[k] = hash_text(tail(lower, k + 1));
        for (std::size_t k = 0; k < 4; ++k) w.prefix[k] = hash_text(std::string_view(lower).substr(0, k + 1));
        w.length = std::min<std::size_t>(lower.size(), 12);
        w.lexical = w.lower;
        if (lower == f) {
            if (const std::uint64_t* a = ambiguity.find(lower_case_key(w.lower)))
                w.ambiguity = *a;
            else
                w.lexical = 0x756e7365656eULL;
        } else if (const std::uint64_t* a = ambiguity.find(w.lower)) {
            w.ambiguity = *a;
        }
        if (dictionary)
            if (const std::uint64_t* c = dictionary->find(w.form)) w.fixed = static_cast<std::size_t>(*c);
        w.first_upper = !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
        w.has_digit = f.find_first_of("0123456789") != std::string::npos;
        w.has_hyphen = f.find('-') != std::string::npos;
    }
    return out;
}

// The features of a word that depend on it alone, wherever it stands: looked up once per
// word and thread when tagging (learn/partial_sums.h).
void word_features(const WordInfo& x, std::vector<std::uint64_t>& out) {
    out.push_back(feature(1, 0));
    out.push_back(feature(2, x.lexical));
    out.push_back(feature(3, x.form));
    for (std::uint64_t k = 0; k < 5; ++k) out.push_back(feature(40 + k, x.suffix[k]));
    for (std::uint64_t k = 0; k < 4; ++k) out.push_back(feature(50 + k, x.prefix[k]));
    out.push_back(feature(11, x.shape));
    out.push_back(feature(22, x.ambiguity));
    out.push_back(feature(33, x.first_upper, x.has_digit, x.has_hyphen));
    out.push_back(feature(35, x.length, x.shape));
}

// The features of word i that depend on where it stands: its neighbours, the classes of
// the two words before it (`none` for none) and, in the second pass, the first pass's
// classes of every word.
void context_features(const std::vector<WordInfo>& w, std::size_t i, std::size_t p1, std::size_t p2,
                      const std::vector<std::size_t>* first, std::vector<std::uint64_t>& out) {
    constexpr std::uint64_t kNone = 0x6e6f6e65ULL;
    const auto at = [&](long k) -> const WordInfo* {
        return k < 0 || k >= static_cast<long>(w.size()) ? nullptr : &w[static_cast<std::size_t>(k)];
    };
    const long n = static_cast<long>(i);
    const WordInfo& x = w[i];
    const auto lower = [&](long k) {
        const WordInfo* y = at(k);
        return y ? y->lower : kNone;
    };
    const auto amb = [&](long k) {
        const WordInfo* y = at(k);
        return y ? y->ambiguity : kNone;
    };
    out.push_back(feature(12, lower(n - 1)));
    out.push_back(feature(13, lower(n + 1)));
    out.push_back(feature(14, lower(n - 2)));
    out.push_back(feature(15, lower(n + 2)));
    out.push_back(feature(16, p1));
    out.push_back(feature(17, p2));
    out.push_back(feature(18, p1, p2));
    out.push_back(feature(19, p1, x.lexical));
    out.push_back(feature(20, at(n - 1) ? at(n - 1)->suffix[2] : kNone));
    out.push_back(feature(21, at(n + 1) ? at(n + 1)->suffix[2] : kNone));
    out.push_back(feature(23, amb(n + 1)));
    out.push_back(feature(24, amb(n + 2)));
    out.push_back(feature(25, x.ambiguity, amb(n + 1)));
    out.push_back(feature(26, x.lexical, lower(n + 1)));
    out.push_back(feature(27, lower(n - 1), x.lexical));
    out.push_back(feature(28, at(n + 1) ? at(n + 1)->shape : kNone));
    out.push_back(feature(29, at(n - 1) ? at(n - 1)->shape : kNone));
    out.push_back(feature(30, i == 0, x.shape));
    out.push_back(feature(31, p1, x.suffix[2]));
    out.push_back(feature(32, p1, amb(n + 1)));
    out.push_back(feature(34, x.ambiguity, p1));
    out.push_back(feature(36, x.suffix[2], lower(n + 1)));
    out.push_back(feature(37, lower(n - 1), x.suffix[2]));
    out.push_back(feature(38, p1, p2, x.ambiguity));
    if (!first) return;
    // the second pass sees what the first gave the words after this one
    const std::size_t none = 0xffff;
    const std::size_t r1 = i + 1 < w.size() ? (*first)[i + 1] : none, r2 = i + 2 < w.size() ? (*first)[i + 2] : none;
    const std::size_t own = (*first)[i];
    out.push_back(feature(60, r1));
    out.push_back(feature(61, r2));
    out.push_back(feature(62, r1, r2));
    out.push_back(feature(63, r1, x.lexical));
    out.push_back(feature(64, p1, r1));
    out.push_back(feature(65, own));
    out.push_back(feature(66, own, x.lexical));
    out.push_back(feature(67, p1, own, r1));
    out.push_back(feature(68, r1, x.suffix[2]));
    out.push_back(feature(69, r1, lower(n + 1)));
}

// All the features of word i (training).
void features(const std::vector<WordInfo>& w, std::size_t i, std::size_t p1, std::size_t p2,
              const std::vector<std::size_t>* first, std::vector<std::uint64_t>& out) {
    out.clear();
    word_features(w[i], out);
    context_features(w, i, p1, p2, first, out);
}

}  // namespace claimgraph::syntax::tagging
