// Speaker phrases: finding the noun phrase that names who speaks, and splitting it into
// name, role and organisation ("Foreign Ministry spokeswoman Maria Zakharova").
#pragma once

#include <optional>
#include <string>

#include "extract/context.h"

namespace claimgraph::extract {

/// The subject noun phrase that ends right before token `verb` (adverbs such as "also"
/// skipped), not reaching before `floor`. Appositions ("Todd Wilcox, a veteran,") are
/// included with their commas. nullopt when no plausible speaker stands there.
std::optional<Range> subject_before(const Context& ctx, std::size_t floor, std::size_t verb);

/// The noun phrase that starts at token `from` ("regional governor Vyacheslav Gladkov"),
/// ending before `ceiling`, at punctuation, a verb or a clause word.
std::optional<Range> phrase_after(const Context& ctx, std::size_t from, std::size_t ceiling);

/// True when the phrase can name a speaker: a pronoun, a name, or a noun such as
/// "officials", "the ministry", "the report".
bool plausible_speaker(const Context& ctx, Range r);

/// True when the phrase's head is a name, a pronoun or a noun that speaks (role,
/// organisation, collective, evidence): what verbs other than "say" need as subject.
bool strong_speaker(const Context& ctx, Range r);

/// What a speaker phrase says about who speaks. Pronouns and definite descriptions
/// ("the ministry") come back with `needs_resolution` set; resolve with MentionTracker.
struct SpeakerPhrase {
    SourceMention mention;
    bool needs_resolution = false;
    std::string head;     ///< lower-cased head noun or pronoun ("ministry", "she")
    Gender gender = Gender::unknown;
    bool plural = false;
};
SpeakerPhrase parse_speaker(const Context& ctx, Range r);

/// Fills in a SourceMention for phrase `r` (parsing it, resolving it against earlier
/// mentions, and recording it as a new mention).
SourceMention make_source(Context& ctx, Range r);

}  // namespace claimgraph::extract
