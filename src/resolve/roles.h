// A person known by a role ("her spokesman", "Lindsay Lohan's attorney", "the Kremlin
// spokesman"): the title, the class of titles it shares with others ("attorney" is a
// "lawyer"), and whose role it is, so that the named person holding it can be found in
// the article or, for a role of someone named, across articles.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mentions.h"
#include "model/records.h"

namespace claimgraph::resolve {

/// A title and whose it is: "Lohan's lawyer" → {lawyer, lohan}; "her spokesman" →
/// {spokesman, ""}.
struct HeldRole {
    std::string title;  ///< the title's class (title_class)
    std::string possessor;  ///< the last word of the holder's name, lower case; "" when none
    /// whether the words point at someone the text names: not "a friend", "one longtime
    /// adviser" (someone new, often unnamed on purpose) nor "his brother" (whose?)
    bool definite = true;
    /// whether a pronoun says whose it is ("her spokesman"): someone the text's speakers
    /// may name, not any name given that title
    bool pronoun = false;
    bool operator==(const HeldRole&) const = default;
};

/// The class a title belongs to, lower case: "attorney", "counsel" → lawyer;
/// "spokeswoman", "spokesperson", "publicist" → spokesman; others are their own.
std::string title_class(std::string_view title);

/// Every title a phrase gives with its possessor: "Lohan's lawyer Mark Heller" →
/// {lawyer, lohan}; "Williams' longtime publicist" → {spokesman, williams}; "Kremlin
/// spokesman Dmitry Peskov" → {spokesman, kremlin}.
std::vector<HeldRole> roles_in(std::string_view phrase);

/// A person source named by a role alone ("spokesman", "Lawyer", "Lindsay Lohan's
/// attorney"): that role; none for a name ("Harlan Boll") or any other source.
std::optional<HeldRole> role_only(const SourceRecord& r);

/// Whether a mention of `r` as written (its aliases) opens with one of `words` (lower
/// case): "a consulting firm" for {"a", "an"}, "her spokesman" for {"her"}.
bool written_opening(const SourceRecord& r, std::initializer_list<std::string_view> words);

/// The sex a person's role or mentions give ("Mrs.", "spokeswoman", "she"; "Mr.", "he"):
/// unknown when none does, or when they disagree.
extract::Gender gender_of(const SourceRecord& r);
/// The same of one phrase ("Ms.", "a spokeswoman for the mayor").
extract::Gender gender_of(std::string_view phrase);

/// The roles a named person is given by its role and the mentions it was written as.
std::vector<HeldRole> roles_of(const SourceRecord& r);

/// The people a text names after a title ("quoting her lawyer Mark Heller as saying"),
/// by title class: the identity keys of their names (first and last word for a name of
/// three). What "lawyer says" in the headline means when the lawyer never speaks by name.
std::map<std::string, std::set<std::string>> titled_names(std::string_view text);

/// The titles a text writes right before a surname alone, by the surname's key: "President
/// Obama's choices" gives obama → {president} (title_at's reading: "vice president").
/// Where an article writes "Obama said" and never his full name, the office it means.
std::map<std::string, std::set<std::string>> surname_titles(std::string_view text);

/// The key under which a possessed role meets the one named person holding it across
/// articles: "role:lawyer of lohan".
std::string role_key(const HeldRole& role);

}  // namespace claimgraph::resolve
