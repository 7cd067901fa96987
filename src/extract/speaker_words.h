// The words of a speaker phrase, for speaker.cpp and source_mention.cpp: names, titles,
// roles and acronyms as the tokens write them. Internal to src/extract/.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/context.h"
#include "extract/speaker.h"

namespace claimgraph::extract::speaker_words {

/// Whether tokens k-2, k-1, k are a share of the people asked, "4 in 10", "one in five"
/// (digits or number words).
bool share_ends_at(const Context& ctx, std::size_t k);

bool is_relative_pronoun(std::string_view w);

/// "officials" → "Officials": a common-noun source named as a listing shows it.
std::string capitalized(std::string name);

/// Tokens [a, b) as a name is written ("" when empty).
std::string join_tokens(const Context& ctx, std::size_t a, std::size_t b);

/// Past leading determiners and possessor phrases ("the country's health minister").
std::size_t skip_determiners(const Context& ctx, std::size_t a, std::size_t b);

/// "today", "also", "meanwhile": an adverb that may open a speaker phrase.
bool is_leading_adverb(std::string_view w);

/// A role noun or modifier, an honorific or an abbreviation ("Sen.").
bool is_title_word(const Token& t);
/// A word without the full stop an abbreviation may carry ("mr." → "mr").
inline std::string_view without_full_stop(std::string_view w) { return w.ends_with('.') ? w.substr(0, w.size() - 1) : w; }

/// The gender a role word of tokens [a, b) gives ("spokeswoman").
Gender gender_of(const Context& ctx, std::size_t a, std::size_t b);

/// A word that may be a first name: capitalised, and no title, body or place.
bool first_name(const Token& t);
/// A word of initials, lower case: letters each followed by a full stop, the last one's
/// perhaps a token of its own ("g.k.", "h.w", "g"), six characters at most.
bool is_initials(std::string_view lower);

/// Tokens [core, name_b) as a person named before "of": "Peter Lang of The Harbour Times"
/// (the body they write or speak for, into m.organization), "Senator Bernie Sanders of
/// Vermont" (the place they are from, dropped); false, and `m` untouched, for anything else.
bool person_of(const Context& ctx, std::size_t core, std::size_t name_b, SourceMention& m);

/// Tokens [core, name_b) as the holder of a role for someone named ("spokeswoman for
/// Janney", "the senator from Vermont", "a spokesman for Mayor Ivo Brel"): the holder
/// speaks, a person named by the phrase with the role in lower case (the body they work for
/// into m.organization); false, and `m` untouched, for anything else.
bool holder_of_role(const Context& ctx, std::size_t core, std::size_t name_b, SourceMention& m);

/// Tokens [core, name_b) as a body named with "of" that no word list knows: a place's
/// government ("the city of Portmore", "The Republic of Varnia") or a union named after its
/// people ("the Communications Workers of America"); false, and `m` untouched, otherwise.
bool body_of(const Context& ctx, std::size_t core, std::size_t name_b, SourceMention& m);

/// Tokens [core, name_b) as someone unnamed before a preposition and capitalised words ("Polls
/// in New Hampshire", "one woman in Qeshm", "an exchange student in Montana", "an average of
/// polls by RealClearPolitics": the document, the group, the holder of a role, the maker),
/// into sp.mention; false, and `sp` untouched, otherwise.
bool unnamed_before_name(const Context& ctx, std::size_t core, std::size_t name_b, SpeakerPhrase& sp);

/// Tokens [a, b) as a name with the role and body before it ("Foreign Ministry
/// spokeswoman Maria Zakharova"), into sp.mention.
void parse_name_role(const Context& ctx, std::size_t a, std::size_t b, SpeakerPhrase& sp);

/// Whether the text anywhere gives `lower_name` a first name or a title ("Donald Trump",
/// "Mr. Trump"), so that a lone "Trump" is a person's name.
bool named_as_person(const Context& ctx, const std::string& lower_name);

/// Tokens [a, b) are a common first name and a surname that is also a body's word
/// ("Richard Cross", "Anna Church", "Margaret Court"): a person, not the Red Cross.
bool person_with_body_surname(const Context& ctx, std::size_t a, std::size_t b);
bool person_with_body_surname(std::string_view name);
/// The text names someone by such a surname ("Richard Cross"), so that a lone "Cross" is
/// that person (`lower`: the word in lower case).
bool body_word_as_surname(const Context& ctx, std::string_view lower);
/// `name` is such a person's: "Richard Cross", or "Cross" alone where the text names him so.
bool named_by_body_surname(const Context& ctx, std::string_view name);

/// Tokens [r.first, r.last) are a lawmaker's party and state ("R-S.C.", "D-Calif.", "D-W.
/// Va.)"): five tokens at most, capitalised, full stops and a closing bracket aside.
bool party_tag_at(const Context& ctx, Range r);

/// Two to six capital letters ("HP", "NATO"), not a title ("MP", "CEO", "Dr") and not a
/// name the text gives a first name ("TRUMP:" in a transcript that names Donald Trump).
bool is_acronym(const Context& ctx, const Token& t);

/// "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church", "The leader
/// of the Anti-Defamation League, Jonathan Greenblatt": a description of one person (a role
/// noun, then a word neither role nor title before the name it ends on) and, after the comma
/// at `comma`, a full name: the end of that name (0 when the phrase [a, b) is not so; a
/// group or a list, "three economists -- David Autor at …", is not). `before` is the last
/// word before the comma (its abbreviation's full stop aside).
std::size_t name_after_description(const Context& ctx, std::size_t a, std::size_t before, std::size_t comma,
                                   std::size_t b);

/// Whether the words at `k` list a group's members or examples ("including Gov. Chris
/// Christie", "such as Ted Cruz", "among them the mayor").
bool lists_examples(const Context& ctx, std::size_t k);

/// The "(" of a bracket that closes right before `end` and opens after `floor` ("Elijah
/// Cummings (D-Md.)"), else `floor`.
std::size_t opening_bracket(const Context& ctx, std::size_t floor, std::size_t end);

/// Where a participle opens what is said of the noun before it, in [from, to) ("Democrats
/// supporting Mrs. Clinton", "voters in six states going to the polls"): who speaks is the
/// noun, not whom the participle's words name; `to` when no participle does.
std::size_t participle_after_noun(const Context& ctx, std::size_t from, std::size_t to);

/// Where a participle or "out" before a closing time opens what is said of the noun before
/// it, in [from, to): "a Monmouth poll out Monday", "a poll released last week" (the poll
/// speaks, not "Monday"); `to` when the phrase ends in no time so introduced.
std::size_t time_after_noun(const Context& ctx, std::size_t from, std::size_t to);

/// A person's description set off by commas (`desc`, maybe empty) as their role, when they
/// have none yet ("Rita Ramos, the port's director,"; not an age, a relative clause or a
/// circumstance), and the gender its words give.
void describe(const Context& ctx, Range desc, SpeakerPhrase& sp);

/// Whether token k is a name a form of address opens ("King" of "Mr. King", "Mr" "."
/// "King"), no earlier than `floor`.
bool addressed(const Context& ctx, std::size_t floor, std::size_t k);

/// Whether tokens [a, b) are a list of three or more groups of people, the last after "and"
/// or "or" ("artists, writers, actors and scientists"): one collective source, not an
/// apposition at its first comma.
bool list_of_people(const Context& ctx, std::size_t a, std::size_t b);

// (speaker_kinds.cpp: which kind of speaker a phrase names)

/// Whether tokens [a, b) join two speakers with an "and" before a determiner or possessive
/// ("She and her husband", "Mr. Autor and his colleagues", "The Kentucky Republican and the
/// New York businessman"), not one person's two roles ("the front-runner and former
/// secretary of state") nor an "and" after a preposition ("a coalition of unions and …").
bool joins_two_speakers(const Context& ctx, std::size_t a, std::size_t b);

/// Where the document a phrase of tokens [a, b) names ends when words on its subject
/// follow ("video of the episode", "an analysis of her calendar", "interviews with party
/// leaders"): right after an evidence noun among the phrase's first five words that a
/// preposition follows; `b` when none does.
std::size_t evidence_end(const Context& ctx, std::size_t a, std::size_t b);

/// Past the adverbs that open a sentence at token `a` and the comma after them, before
/// `end`: "Then he cut into Bush", "However, she", "Perhaps not coincidentally, Mr. Trump
/// has …" (`a` when none opens it).
std::size_t past_opening_adverbs(const Context& ctx, std::size_t a, std::size_t end);

/// Past the time that opens a sentence at token `a` without a comma, before `end`: "On
/// Sunday morning Mr. Trump made …", "Last week the mayor …" (a preposition, then time words
/// of which one at least names a day, a month or a part of one); `a` when none opens it.
std::size_t past_opening_time(const Context& ctx, std::size_t a, std::size_t end);

/// Past an opening phrase that starts at token `a` and ends at its comma, fewer than `reach`
/// tokens on and before `end`, no quotation in it ("Although Vale is no candidate, …", "In
/// a statement, …"): the token after the comma, or `a` when no such comma closes it.
std::size_t past_to_comma(const Context& ctx, std::size_t a, std::size_t end, std::size_t reach);

/// What a speaker named in lower case by a noun that is no person's is instead ("the
/// team", "the editorial", "those surveyed": a body, a group, or this article's unnamed
/// source); nullopt for a person's noun ("the woman", "a retired neurosurgeon", "the
/// senator") or a name with a capital.
std::optional<SourceType> not_a_person(std::string_view name);

/// Whether token k is a word that opens its sentence and is capitalised only for that, a
/// determiner, preposition, adverb or question word ("Another tweeted", "Beyond …",
/// "Especially …"): no person's name.
bool opening_function_word(const Context& ctx, std::size_t k);

/// Where a time phrase that ends tokens (a, b) starts ("The city council on Wednesday",
/// "Judge Reeves late Thursday night"), or `b` when none does.
std::size_t time_phrase_start(const Context& ctx, std::size_t a, std::size_t b);

/// A document's author speaks for it ("President Vale's announcement", "a message from the
/// Commission"): `sp` takes the name, type, role and body the author's words give, and
/// keeps the whole phrase as the words written.
void speaks_as_author(const Context& ctx, Range author_words, SpeakerPhrase& sp);

/// The head of the phrase [core, name_b) for who speaks and how many: the group before
/// "of", "to" or "for" ("a few researchers of the scandal", "aides to Clinton") or before
/// where it is ("Officials at the prison", "workers in the port"), else its last word.
std::size_t group_head(const Context& ctx, std::size_t core, std::size_t name_b);

/// Where a relative clause after a noun in (from, to) opens ("the groups who wrote to
/// her": the groups speak), or `to`; "those who …" stays whole.
std::size_t before_relative_clause(const Context& ctx, std::size_t from, std::size_t to);

}  // namespace claimgraph::extract::speaker_words
