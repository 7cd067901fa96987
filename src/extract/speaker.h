// What a speaker phrase says: its name, role and organisation ("Foreign Ministry
// spokeswoman Maria Zakharova"), its head, gender and number, and the source it names
// (speaker_phrase.h finds the phrase).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/context.h"

namespace claimgraph::extract {

/// What a speaker phrase says about who speaks. Pronouns and definite descriptions
/// ("the ministry") come back with `needs_resolution` set; resolve with MentionTracker.
struct SpeakerPhrase {
    SourceMention mention;
    bool needs_resolution = false;
    std::string head;  ///< lower-cased head noun or pronoun ("ministry", "she")
    Gender gender = Gender::unknown;
    bool plural = false;
    /// The words before the name were no role ("The ad uses footage of"): the phrase is
    /// odd, and a description after it does not become the role either.
    bool no_role = false;
};
SpeakerPhrase parse_speaker(const Context& ctx, Range r);

/// Fills in a SourceMention for phrase `r` (parsing it, resolving it against earlier
/// mentions, and recording it as a new mention).
SourceMention make_source(Context& ctx, Range r);
/// The speaker's words in `r`, the phrase a relative "who" that speaks follows: a form of
/// address after a preposition opens them when what the preposition follows names no
/// person ("attacks by Mr. Trump, who said" → "Mr. Trump"; "a spokesman for Mr. Obama,
/// who said" stays whole).
Range antecedent_of_who(const Context& ctx, Range r);
/// `r` without a focus adverb before the speaker ("Even Rendell, a stalwart supporter,",
/// "Perhaps Russia"; "even as", "even after" open a clause and stay) or a connective that
/// opens the sentence ("However, he", "Then she", "Still, both the United States and
/// Russia").
Range past_opening_adverb(const Context& ctx, Range r);

/// A dateline or headline glued to the name ("Computerworld-Microsoft" in an article of
/// computerworld.com, "Esther Williams-Esther Williams"): the name is what follows it.
void drop_dateline(SourceMention& m, const std::optional<std::string>& outlet);

/// The mention as another name of its source: a name or role phrase ("Mayor Ana Ruiz,
/// head of the port"), "" for a clause ("AFP, the United Nations and the US have both
/// criticised", "a Monday statement President Obama said he intended …") or a phrase of
/// more than ten words.
std::string alias_of(const SourceMention& m);

/// What the body a person speaks for is, from its name: an outlet when the name is a
/// known outlet's or ends in a publication word ("the Baltic Record"), else an
/// organisation. (A known agency's name is the agency: the linker decides that, for every
/// source alike.)
SourceType body_type(std::string_view organization);

}  // namespace claimgraph::extract
