// Finds quotations: pairs of quote marks in a paragraph.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/tokenizer.h"

namespace claimgraph::extract {

struct Quote {
    std::size_t open = 0;  ///< token index of the opening mark
    std::size_t close = 0;  ///< token index of the closing mark, or of the last token when unclosed
    bool closed = true;  ///< false: runs to the end of the paragraph (multi-paragraph quote)
    std::size_t words = 0;  ///< word and number tokens inside
};

/// The top-level quotations of paragraph `p`, in order. Marks nested inside a quotation
/// (‘…’ inside “…”) are part of it. Apostrophes never open a quotation; a straight mark
/// opens when it follows a space and closes when it follows a word or punctuation.
std::vector<Quote> find_quotes(const Tokens& toks, std::size_t p);

}  // namespace claimgraph::extract
