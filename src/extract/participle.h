// Participles that report what the clause's subject said: "…, saying (that) …", "…,
// adding that …", "…, calling X Y", "began by saying …".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/context.h"
#include "extract/lexicon.h"

namespace claimgraph::extract {

/// Whether `w` (lower case) is an -ing form of five letters or more ("saying", not "sing").
inline bool is_ing_form(std::string_view w) { return w.size() > 4 && w.ends_with("ing"); }

/// The statement made by the participle `verb` at token `i` of sentence `s`, emitted when
/// its speaker and content are found: the token after its content, or nothing.
std::optional<std::size_t> find_participle(Context& ctx, const Sentence& s, std::size_t i, const CueVerb& verb);

/// The participles of sentence `s` that hang on a statement the parse's models found after
/// the word rules had read the sentence ("The justice criticized the ruling, saying …":
/// the justice is no speaker the word lists know, so the rules left ", saying" unread).
void find_participles_after(Context& ctx, const Sentence& s);

}  // namespace claimgraph::extract
