// A person named by a surname alone ("Murphy said", "Governor Gladkov said"): whom it can
// be, within its document and across the corpus, decided so that the order in which
// documents are ingested does not change the answer (issue 16).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/records.h"

namespace claimgraph::resolve {

/// A word of a name as written: a capital, then letters with a lower-case one among them,
/// hyphens and apostrophes inside ("O'Rourke", "Cobb-Hunter", "LaRue"), or an initial
/// ("J."); not an acronym ("CEC") nor "I".
bool is_name_word(std::string_view w);

/// The surname of a person's name as written: its last word when that is a proper name
/// ("Kathryn Waters" → waters), none for a description ("Dana Vale's lawyer" ends in a role
/// noun: "lawyer" alone elsewhere is anyone's lawyer; "spokeswoman for Janney" opens in lower
/// case) or a one-word name. `words` are the name's key words.
std::optional<std::string> surname_of(const SourceRecord& r, const std::vector<std::string>& words);

/// Two people who speak together, by their surnames: "producers Craig Zadan and Neil
/// Meron" and "Zadan and Meron" are "zadan and meron"; nullopt for anything else.
std::optional<std::string> pair_surnames(const SourceRecord& r);

/// The title a role gives a person, as one lower-case role noun: "regional governor" →
/// governor, "Sen." → senator, "Former Arizona governor Jan" → governor; none for an
/// honorific ("Mr.", "Dr.") or a role without a role noun.
std::optional<std::string> title_of(std::string_view role);

/// The title `word` is, read with the word before it when the two make one ("Vice
/// President" → vice president, "inspector general"); none when `word` is no title, or is
/// the "Vice" that opens one.
std::optional<std::string> title_at(std::string_view before, std::string_view word);

/// The key under which a titled surname meets its person across documents:
/// "titled:governor gladkov". Both the person ("regional governor Vyacheslav Gladkov")
/// and the lone mention ("Governor Gladkov") compute it.
std::string titled_key(const std::string& title, const std::string& surname);

/// The keys under which spellings of one person's name meet across documents, when the
/// outlets transliterate or mistype it: "Heydar Alishbandi", "Heidar Alishvandi" and
/// "Zelensky" / "Zelenskiy" / "Zelenskyy" beside the same given name. Both words folded
/// ("y" as "i", a doubled letter as one, an "h" after a vowel but before none left out:
/// "John" / "Jon"), then the given name with the surname as folded
/// and, for a surname written with seven letters or more, with each of its letters but the first
/// left out in turn: two names share a key when their given names fold alike and their
/// surnames are one letter apart past the first. The first key is the folded name. None
/// for a name that is not a given name and a surname ("J. Smith", a description, a body).
std::vector<std::string> spelling_keys(const SourceRecord& r, const std::vector<std::string>& words);

/// A person's name with one middle name or initial ("Mark Jay Heller", "Donald J. Trump"):
/// its first and last key words ("mark heller"), the key the shorter spelling has too. None
/// for a name of two words or of more than three ("George H. W. Bush" is not "George W.
/// Bush"), or one not written as a name.
std::optional<std::string> first_and_last(const SourceRecord& r, const std::vector<std::string>& words);

/// The same for key words alone, whoever wrote them: a name of three words whose first is
/// more than an initial, as its first and last ("mark jay heller" → "mark heller").
std::optional<std::string> first_and_last(const std::vector<std::string>& words);

/// The full names a document's text gives people ("Sen. Chris Murphy (D-Conn.)" → Chris
/// Murphy), by surname: what a lone "Murphy said" in the same article means when Murphy
/// is not among its speakers.
/// The words a text writes in lower case right after an article ("the comedian", "a
/// speech"): common nouns, which a capitalised headline word may also be.
std::set<std::string> nouns_after_articles(std::string_view text);

class FullNames {
public:
    explicit FullNames(std::string_view text);
    /// The identity key (names.h) of the one full name in the text ending in `surname`
    /// (a key word); nullopt when there is none or more than one (initials aside: "Donald
    /// J. Trump" and "Donald Trump" are one).
    std::optional<std::string> key_for(const std::string& surname) const;

private:
    std::map<std::string, std::set<std::string>> m_keys;  ///< surname → keys of the full names
    std::map<std::string, std::string> m_written;  ///< key → the key of the name as written (all its words)
};

}  // namespace claimgraph::resolve
