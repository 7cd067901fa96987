// Helpers shared by the direct-quote and reported-speech frame finders.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/context.h"

namespace claimgraph::extract {

/// One statement found by a frame, in token terms; emit() turns it into an Attribution.
struct Found {
    std::vector<Range> content;
    std::optional<Range> cue;
    std::string lemma;
    std::optional<Range> source;  ///< the speaker mention
    std::optional<SourceMention> inferred;  ///< a speaker carried over from context
    std::optional<Range> via;  ///< "speaking to X", "told Reuters"
    bool exact = false;  ///< the frame fixes the content's edges: the bounds model does not move them
};

/// Not part of a statement yet, nor of a quotation.
inline bool free_token(const Context& ctx, std::size_t i) { return !ctx.used[i] && !ctx.in_quote(i); }

/// A statement's content as text: its pieces joined with " … ".
std::string content_text_of(const Context& ctx, const std::vector<Span>& content);

/// The first token of the sentence that no earlier statement used.
std::size_t free_start(const Context& ctx, const Sentence& s);

/// Whether a speaker frame ends at token i: at punctuation or the sentence's end, after an
/// optional time phrase ("on Sunday", "on Saturday evening").
bool ends_frame(const Context& ctx, std::size_t i, std::size_t ceiling);

/// "said before he died", "said while in Kyiv": a clause of when or why, not of what (what
/// was said is elsewhere, often the quotation before).
bool opens_time_clause(const Context& ctx, std::size_t i);

/// A verb of speech at token i ("said", "told"), not a noun after its determiner.
bool speech_verb_at(const Context& ctx, std::size_t i);

/// Builds the Attribution (kind from the quote marks in the content, speaker resolved,
/// figures found), appends it to ctx.out and marks its tokens used. A speaker phrase
/// "A, quoting B," becomes B, relayed by A. False when it makes none (with --scope
/// speech, a belief or plan; a content that is a lone "that"): ctx.out.back() is then
/// another statement's.
bool emit(Context& ctx, const Found& f);

/// The relay a phrase names ("told Reuters", "according to the Associated Press"): a known
/// agency or outlet; else an agency when it says so ("the state news agency"), else a
/// publication ("Channel 9", "The Daily Planet").
Via relay_of(const Context& ctx, Range r);

/// The cue with its fixed continuations: "said in a statement", "said in an interview".
Range cue_with_extension(const Context& ctx, std::size_t verb, std::size_t ceiling);

/// Skips what may stand between a cue and its content: time phrases ("on Saturday",
/// "Tuesday"), "in a statement" when the cue did not take it, a comma.
std::size_t skip_to_content(const Context& ctx, std::size_t from, std::size_t ceiling);

/// The end (exclusive) of reported content that starts at `from` in a sentence ending at
/// `ceiling`: the sentence's end, or an earlier clause boundary (", which", ", adding",
/// "; "). A final period is left out unless a closing quote mark follows it.
std::size_t content_end(const Context& ctx, std::size_t from, std::size_t ceiling);

/// A comma or a dash (not the en dash of a range) at token k: what sets a participle off
/// from the clause before it ("…, saying", "… - only saying").
bool sets_off(const Context& ctx, std::size_t k);

/// An adverb that may stand between a comma (or a dash) and a participle that reports:
/// ", falsely suggesting", "— only saying", ", also noting".
bool participle_adverb(std::string_view lower_word);

/// A cue word used as a noun: after a determiner ("the report"), or after one and an
/// adjective of order ("his first report", "the latest statement").
bool reads_as_noun(const Context& ctx, std::size_t i);

/// Drops trailing punctuation from a content range unless it ends with a closing quote.
Range trim_content(const Context& ctx, Range r);

/// True when the range reads as a clause (has a verb-like word, "that", or a quote).
bool looks_like_clause(const Context& ctx, Range r);

/// A listener that publishes what it hears: a known agency or outlet, "the agency", a title
/// of capitalised words after "The" ("The Daily Planet"), a capitalised name ending in a
/// publication's word ("Fox News", "Army Radio"), or a channel and its number ("Channel 9").
bool names_publication(const Context& ctx, Range r);
/// The publication a listener's phrase names, which relays what it was told: the whole
/// phrase ("Reuters", "the Harbour Gazette", "Channel 9"), or the outlet of a journalist
/// ("Bill Smith of Fox News", "CNN's Ana Cole"); a closing day left out.
std::optional<Range> publication_in(const Context& ctx, Range r);

/// "Speaking to X," / "In an interview with X," / "According to X," at the start of the
/// sentence, before the speaker: X.
std::optional<Range> relay_before(const Context& ctx, std::size_t sentence_first, std::size_t subject_first);

/// "Interfax, quoting the state news agency TASS," as a subject: TASS speaks, Interfax
/// relays; "The Defence Ministry, quoted by TASS,": the ministry speaks, TASS relays. The
/// quoted origin and the relay, when the phrase has one of those shapes.
std::optional<std::pair<Range, Range>> quoting_within(const Context& ctx, Range subject);

}  // namespace claimgraph::extract
