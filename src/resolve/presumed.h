// Who a speaker named by a surname, a title or a short name alone presumably is: the one
// person or body the whole archive names so in full ("Obama" → Barack Obama, "the coroner"
// → Gary Hargrove, "the Academy" → Academy of Motion Picture Arts and Sciences).
//
// Ingest cannot merge such a source into the person when it meets it: whether the person is
// the *only* one so named depends on what the archive holds, and a merge made while one
// Clinton was stored would stay when a second came, so the graph would depend on the order
// of ingest. A presumption is instead a function of the stored sources alone, computed anew
// at every commit (Store::refresh_presumed): the same archive gives the same presumptions
// whatever order its articles came in, and a second namesake undoes one. The source stays
// as it is; listings read its claims as the person's, saying so and why.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/records.h"

namespace claimgraph::resolve {

/// A stored source as presumption reads it: its record (name, type, role, aliases as
/// written) and whether a person's correction fixed it (then it is left as it is).
struct StoredSource {
    SourceRecord record;
    bool pinned = false;
    /// whether a key of its full name finds it ("Carter" read in its article as the Jimmy
    /// Carter the text names): who it is is known, nothing is presumed of it
    bool named = false;
};

/// The days (day_number, matching.h) of the documents that name a source, ascending: asked
/// only of the sources a presumption weighs.
using DaysOf = std::function<std::vector<long>(const std::string& source_id)>;

/// The texts of the documents that name a source: asked only of an outlet's short name
/// that one outlet fits, whose own articles may name another in full ("The Journal notes"
/// after "the Wall Street Journal editorial board").
using TextsOf = std::function<std::vector<std::string>(const std::string& source_id)>;

/// How near in time a source and the one it is presumed to be must be named: a surname
/// alone is someone of that story's coverage, whose outlets and follow-ups write within a
/// week ("Bush" of one month's coverage is not the Jeb Bush of another's). A source named
/// in undated documents only is of no known time, and not kept apart by it.
inline constexpr long kPresumedDays = 7;

/// A source read as another: `source_id` (the surname, title or short name alone) is
/// presumably `person_id`, for the reason `basis` gives.
struct Presumption {
    std::string source_id, person_id, basis;
    bool operator==(const Presumption&) const = default;
};

inline constexpr std::string_view kPresumedSurname = "surname alone: the one person the archive names so";
inline constexpr std::string_view kPresumedTitle = "title alone: the one person the archive gives this title";
inline constexpr std::string_view kPresumedBody = "short name: the one body the archive names so";
inline constexpr std::string_view kPresumedRole = "title and whose: the one person the archive gives this role";
inline constexpr std::string_view kPresumedTail = "end of a longer name: the one person the archive names so in full";
inline constexpr std::string_view kPresumedOutlet = "short name: the one outlet the archive names so";
inline constexpr std::string_view kPresumedAcronym = "acronym: the one body the archive names with these initials";

/// Every presumption `sources` support, sorted by source id:
/// - a person named by one word that is a surname ("Obama", "Mr. White"), no title alone,
///   is the one person named in full with that surname, of no other sex;
/// - a person named by two words that end the full name of three or more of another
///   ("Boone Isaacs" of Cheryl Boone Isaacs) is that one, of no other sex;
/// - a person named by a bare title written with "the" ("The coroner", "the President"),
///   never with "a", is the one person named in full given that title unqualified
///   ("Coroner Gary Hargrove"; "AMA President" is another title);
/// - a person named by a title with whose it is, no name ("the Ohio governor", "Cameron's
///   spokesman"), never written as someone new ("a …") nor as a pronoun's ("her …"), is the
///   one person named in full whose role or a mention gives that title of that place or
///   body ("Ohio Gov. John Kasich");
/// - a body named by one word written with "the" ("the Academy") is the one body named
///   in full by that word and more ("Academy of …", "Indian Navy");
/// - an outlet named by one word ("Herald", "the Globe") is the one outlet named in full
///   by that word last ("Boston Herald"), unless an article naming it writes another name
///   in full that ends with the word ("the Wall Street Journal editorial board … The
///   Journal notes", where the one stored is the Independent Journal);
/// - a source named by an acronym ("CEC", "HP") is the one body whose name or a mention of
///   it has those initials ("Central Elections Commission of Turkmenistan", "Hewlett-Packard").
/// Only those named within kPresumedDays of a document of the source count, and none when two or more fit; none for pronouns, anonymous or
/// collective sources, or a source a person's correction fixed.
std::vector<Presumption> presume(const std::vector<StoredSource>& sources, const DaysOf& days_of,
                                 const TextsOf& texts_of = {});

}  // namespace claimgraph::resolve
