// Raw text into sentences of words as the English treebanks write them: the extractor's
// tokens (extract/tokenizer.h), with contractions split ("don't" → do n't, "we'll" → we
// 'll) and hyphenated words split at the hyphen (al-Ani → al - Ani) but after a prefix
// (e-mail, co-workers, non-commercial), and sentences ended at every sentence end,
// quotations or not.
#pragma once

#include <string_view>
#include <vector>

#include "syntax/conllu.h"

namespace claimgraph::syntax {

/// The sentences of text[from, end), words with byte offsets into `text`.
std::vector<Sentence> tokenize(std::string_view text, std::size_t from = 0);

}  // namespace claimgraph::syntax
