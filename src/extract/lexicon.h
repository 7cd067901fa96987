// Word lists that extraction reads language with: reporting verbs and their forms,
// role nouns, organisation heads, agencies, collective nouns, pronouns.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::extract {

/// How a cue verb takes its content.
enum class CueFrame {
    clause,  ///< X said [that] CONTENT; CONTENT, X said
    object_clause,  ///< X told REPORTERS [that] CONTENT
    object_content,  ///< X accused KYIV OF …: the content starts at the object
};

enum class CueClass { speech, other };

struct CueVerb {
    std::string_view lemma;
    CueFrame frame = CueFrame::clause;
    CueClass cls = CueClass::speech;
    bool inversion = true;  ///< may stand after its content ("…, said X")
};

/// The reporting verb that `lower_word` is a form of (said, says, saying, told…).
std::optional<CueVerb> cue_verb(std::string_view lower_word);
/// Words other than cue verbs that open a reported-speech frame anywhere in a sentence:
/// "according (to)", "reportedly", "called (for)", "placed (the blame)"…
bool is_cue_opener(std::string_view lower_word);
/// What a cue with this lemma attributes: "speech" (said, told, according to, a quote),
/// "belief" (believes, fears, knows, supports), "intention" (wants, plans, hopes, seeks),
/// "finding" (shows, found, indicates), or "other" for a cue the word lists do not know.
std::string_view cue_class_of(std::string_view lemma);
/// The lexicon's reporting verb of this lemma ("note", whose listed forms are "noted",
/// "notes", "noting"); nullopt when the lexicon has none.
std::optional<CueVerb> cue_lemma(std::string_view lemma);
/// Last words of publication names: record, ledger, times, post, gazette, herald…
bool is_publication_head(std::string_view lower_word);

bool is_pronoun_subject(std::string_view lower_word);
/// A noun a business is referred to by: "the company", "the firm", "the software giant".
bool is_business_noun(std::string_view lower_word);  ///< he she they it we i you
bool is_determiner(std::string_view lower_word);  ///< the a an this that his her their its…
/// A determiner that can stand alone for people: many most some several both another
/// ("Most believe", "Another said").
bool is_quantifier_pronoun(std::string_view lower_word);
bool is_auxiliary(std::string_view lower_word);  ///< is was has had will would…
bool is_be_form(std::string_view lower_word);    ///< is are was were been being
bool is_irregular_past(std::string_view lower_word);  ///< fell, rose, struck… (past forms without -ed)
/// A past form: irregular ("fell") or regular, longer than four letters ("vetoed", not "bed").
bool is_past_form(std::string_view lower_word);
bool is_adverb_between(std::string_view lower_word);  ///< also, earlier, later… (X also said)
bool is_preposition(std::string_view lower_word);
/// A party and a state after a lawmaker's name, in lower case without its full stops:
/// "r-sc" (R-S.C.), "d-calif", "i-vt".
bool is_party_tag(std::string_view lower_word);
bool is_subordinator(std::string_view lower_word);  ///< when while because after if…
/// A word that opens a subordinate clause before a sentence's main clause ("Although …,",
/// "When …,", "Despite …,").
bool is_clause_opener(std::string_view lower_word);
/// A word that links a sentence to the one before: also still however but yet meanwhile…
bool is_connective(std::string_view lower_word);
/// A connective or a time adverb that may open a sentence before its subject ("However",
/// "Still", "Then", "Later").
bool is_opening_adverb(std::string_view lower_word);
bool is_role_noun(std::string_view lower_word);  ///< spokeswoman governor minister…
bool is_role_modifier(std::string_view lower_word);  ///< regional deputy senior former foreign…
bool is_org_head(std::string_view lower_word);  ///< ministry kremlin department…
bool is_collective_noun(std::string_view lower_word);  ///< officials authorities diplomats…
bool is_anonymous_noun(std::string_view lower_word);  ///< sources reports source…
bool is_evidence_noun(std::string_view lower_word);  ///< images polls data report study…
/// A noun for people by what they do or where they are from, singular or plural, by its
/// ending: farmer(s), economist(s), resident(s), politician(s), veteran(s).
bool is_agent_noun(std::string_view lower_word);
bool is_time_word(std::string_view lower_word);  ///< monday … sunday, months, today…
/// A word in "-ing" that stands before a noun as an adjective or in a compound: ranking,
/// presiding, leading, lobbying, polling ("the ranking member", "the lobbying firms").
bool is_attributive_ing(std::string_view lower_word);
/// A plural noun for people: a collective noun (officials, witnesses), an agent noun
/// (writers, scientists, residents), a role noun's plural (nurses) or "-men" (fishermen).
bool is_people_plural(std::string_view lower_word);
/// An adverb of how something was done, by its ending: wrongly, jokingly, defiantly (not
/// a noun or adjective in "-ly": family, early, likely).
bool is_manner_adverb(std::string_view lower_word);
/// A verb form ending in "n't" (straight or curly apostrophe): didn't, isn't, wouldn't.
bool is_negated_auxiliary(std::string_view lower_word);
bool is_female_role(std::string_view lower_word);  ///< spokeswoman chairwoman…
bool is_male_role(std::string_view lower_word);
bool is_honorific(std::string_view lower_word);  ///< mr mrs ms dr
/// A degree or generational suffix written after a name, its full stops left out: md phd
/// jr sr iii ("Jorge Alsip, M.D.", "John Hale Jr.").
bool is_name_suffix(std::string_view lower_without_stops);
bool is_place_name(std::string_view lower_word);  ///< countries and capitals that speak as governments
/// The agency or outlet a lower-cased name denotes ("ap", "reuters", "bbc"), or nullopt.
std::optional<std::string_view> known_agency(std::string_view lower_name);
std::optional<std::string_view> known_outlet(std::string_view lower_name);
/// Number words one … twenty, dozens… as values.
std::optional<long long> number_word(std::string_view lower_word);

}  // namespace claimgraph::extract
