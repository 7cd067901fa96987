// Reported speech: "X said (that) …", "…, said X", "according to X, …", "reportedly".
#pragma once

#include <optional>

#include "extract/context.h"

namespace claimgraph::extract {

/// Finds reported-speech statements in sentence `s` among tokens not yet used by a
/// direct quotation. Content that contains quoted words is `mixed`.
void find_reported(Context& ctx, const Sentence& s);

/// The speaker of the last statement found in sentence `s` before token `before`: the
/// subject that a participle (", adding …") or a second verb ("… and said …") shares.
std::optional<SourceMention> earlier_speaker(const Context& ctx, const Sentence& s, std::size_t before);

/// The subject that opens the sentence (from token `start`, past its opening adverbs and
/// setting) of a verb after "and" at token `verb` ("She chose the slogan and posted that …",
/// "The mayor toured the port and added: “…”"), when it names a speaker; `say`: the verb is
/// "say", which stays active after a passive ("was forced into damage control and said").
std::optional<Range> opening_subject(const Context& ctx, std::size_t start, std::size_t verb, bool say);

/// Whether the cue verb at token `i` is a passive that describes its subject rather than
/// reporting what the subject said: "a son accused of killing", "Man charged with murder",
/// "a man said to have been released".
bool passive_participle(const Context& ctx, std::size_t i);

/// "Did I say that right?", "Does Vale claim …?": a question with "do" before the subject
/// `subject` (its first word, or the word before it, opening its sentence) asks what was
/// said, and states nothing.
bool asks_with_do(const Context& ctx, Range subject);

}  // namespace claimgraph::extract
