// The state of extraction over one document, shared by the frame finders.
#pragma once

#include <algorithm>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mentions.h"
#include "extract/quotes.h"
#include "extract/tokenizer.h"
#include "model/attribution.h"

namespace claimgraph::extract {

class BoundsChooser;

/// A token range [first, last).
struct Range {
    std::size_t first = 0, last = 0;
    bool empty() const { return first >= last; }
    std::size_t size() const { return last > first ? last - first : 0; }
};

struct Context {
    std::string_view text;
    Tokens toks;
    std::vector<Quote> quotes;  ///< every top-level quotation, in order
    std::vector<int> quote_at;  ///< per token: index of the quotation it lies in (marks included), or -1
    std::vector<Sentence> sentences;  ///< every sentence, in order
    std::vector<char> used;  ///< per token: already part of a statement
    /// Words the text gives a first name or a title anywhere ("Donald Trump", "Mr. Trump"),
    /// lower case: a person's names. Built when first needed (speaker.cpp).
    mutable std::optional<std::set<std::string>> person_names;
    /// Bodies' words the text gives a first name as surnames ("cross" of "Richard Cross"),
    /// lower case. Built when first needed (speaker_words.cpp).
    mutable std::optional<std::set<std::string>> body_surnames;
    MentionTracker mentions;
    std::vector<Attribution> out;
    const BoundsChooser* bounds = nullptr;
    bool join_turns = false;  ///< a quote carrying on the previous statement's speaker joins it
    bool speech_only = false;  ///< statements of other cues (beliefs, plans) are not made, and take no words
    const char* stage =
        "rules";  ///< the finder at work (Attribution::evidence)  ///< moves contents' edges (learned); none: the rules' edges

    const Token& tok(std::size_t i) const { return toks.tokens[i]; }
    std::size_t size() const { return toks.tokens.size(); }
    /// The bytes a token range covers.
    Span span(Range r) const { return {tok(r.first).start, tok(r.last - 1).end}; }
    std::string_view slice(Range r) const {
        const Span s = span(r);
        return text.substr(s.start, s.end - s.start);
    }
    bool is(std::size_t i, std::string_view lower) const { return i < size() && tok(i).lower == lower; }
    bool in_quote(std::size_t i) const { return quote_at[i] >= 0; }
    /// The sentence token i lies in (the next one when i lies between two); null past the last.
    const Sentence* sentence_of(std::size_t i) const {
        const auto s =
            std::partition_point(sentences.begin(), sentences.end(), [&](const Sentence& x) { return x.last <= i; });
        return s == sentences.end() ? nullptr : &*s;
    }
    /// Token i is the first of its sentence (capitalised as any sentence's first word is).
    bool opens_sentence(std::size_t i) const {
        const Sentence* s = sentence_of(i);
        return s && s->first == i;
    }
    /// No token of `r` is part of a statement yet.
    bool free(Range r) const {
        for (std::size_t i = r.first; i < r.last; ++i)
            if (used[i]) return false;
        return true;
    }
    void mark_used(Range r) {
        for (std::size_t i = r.first; i < r.last; ++i) used[i] = 1;
    }
};

}  // namespace claimgraph::extract
