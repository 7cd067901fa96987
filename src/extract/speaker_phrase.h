// Speaker phrases in the text: the noun phrase before a verb or after a cue that may name
// who speaks, and whether it can (speaker.h says what it names).
#pragma once

#include <cstddef>
#include <optional>

#include "extract/context.h"

namespace claimgraph::extract {

/// The longest phrase, in tokens, read back from a verb.
inline constexpr std::size_t kMaxPhraseTokens = 12;

/// A word or a number: what a phrase is made of.
/// (a percent sign is the word "percent": "47% say")
inline bool is_phrase_word(const Token& t) {
    return t.kind == TokenKind::word || t.kind == TokenKind::number || (t.kind == TokenKind::punct && t.lower == "%");
}

/// The end of `r` without the punctuation that closes it (a percent sign stays: "47%").
inline std::size_t end_before_punct(const Context& ctx, Range r) {
    std::size_t last = r.last;
    while (last > r.first && ctx.tok(last - 1).kind == TokenKind::punct && !ctx.is(last - 1, "%")) --last;
    return last;
}

/// The subject noun phrase that ends right before token `verb` (adverbs such as "also"
/// skipped), not reaching before `floor`. Appositions ("Todd Wilcox, a veteran,") are
/// included with their commas. nullopt when no plausible speaker stands there.
std::optional<Range> subject_before(const Context& ctx, std::size_t floor, std::size_t verb);

/// The plain noun phrase (no apposition) that ends right before token `last`, not reaching
/// before `floor`: what a verb or a relative pronoun follows. nullopt when no plausible
/// speaker stands there.
std::optional<Range> phrase_ending_at(const Context& ctx, std::size_t floor, std::size_t last);

/// The noun phrase that starts at token `from` ("regional governor Vyacheslav Gladkov"),
/// ending before `ceiling`, at punctuation, a verb or a clause word.
std::optional<Range> phrase_after(const Context& ctx, std::size_t from, std::size_t ceiling);

/// The first verb of a clause in tokens (from, to): a past form in lower case after a word
/// that is no determiner ("The mayor vetoed the budget", not "the reported toll"); `to`
/// when there is none.
std::size_t clause_verb(const Context& ctx, std::size_t from, std::size_t to);

/// `subject` up to the verb of its own clause, without the adverbs before it: the speaker
/// of a participle with no comma before it ("A government official downplayed the unrest
/// saying …" → "A government official"); `subject` when no such verb is in it or a name
/// ends it ("the spectacle of Mr. Netanyahu denouncing").
Range before_clause_verb(const Context& ctx, Range subject);

/// True when the phrase can name a speaker: a pronoun, a name, or a noun such as
/// "officials", "the ministry", "the report".
bool plausible_speaker(const Context& ctx, Range r);

/// True when the phrase's head is a name, a pronoun or a noun that speaks (role,
/// organisation, collective, evidence): what verbs other than "say" need as subject.
bool strong_speaker(const Context& ctx, Range r);

}  // namespace claimgraph::extract
