// Reported speech: "X said (that) …", "…, said X", "according to X, …", "reportedly".
#pragma once

#include <cstddef>
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

/// A relative "who" before the cue verb at token `cue_first` (past adverbs: "Barkley, who
/// said …", "…, who also said"), and the phrase it speaks for: the subject before it, or
/// the agent after "by" in it ("attacked by Ana Vale, who cites …"); `subject` is empty when
/// no phrase is found. nullopt when no "who" stands there.
struct WhoSubject {
    std::size_t who;
    std::optional<Range> subject;
};
std::optional<WhoSubject> who_subject(const Context& ctx, std::size_t start, std::size_t cue_first);

/// A participle's speaker ("A government official downplayed the unrest saying …"): given
/// the phrase `subj` found before the participle at `cue_first`, the subject of the clause
/// it hangs on. When that phrase was the clause's verb and object ("His wife released a
/// statement saying …"), `subj` becomes the subject before the verb and the verb and object
/// are returned (no statement of their own); else `subj` is cut before the clause's verb.
std::optional<Range> participle_subject(const Context& ctx, std::size_t start, std::size_t cue_first,
                                        std::optional<Range>& subj);

}  // namespace claimgraph::extract
