// How a mention was identified with its source: the steps the extractor and the linker
// took, recorded on the mention's attributes edge (Edge::match) as "basis: evidence"
// joined by "; ". An empty record means the name as written (its key, names.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::resolve::identity {

// clang-format off
inline constexpr std::string_view kCoreference   = "coreference";     ///< "she", "the company": the words read as (extractor)
inline constexpr std::string_view kMiddleName    = "name";            ///< "Mark Jay Heller" known as "mark heller"
inline constexpr std::string_view kSurname       = "surname of";      ///< a surname of a person the article names in full
inline constexpr std::string_view kMisspelt      = "one letter from"; ///< a surname one letter off one person's
inline constexpr std::string_view kRespelt       = "spelling of";     ///< "Heidar Alishvandi" → "Heydar Alishbandi" across articles
inline constexpr std::string_view kDescription   = "description of";  ///< words one named person's role begins with
inline constexpr std::string_view kQualified     = "body of";         ///< "Health Ministry" → "Russia's Health Ministry"
inline constexpr std::string_view kAcronym       = "initials of";     ///< "HP" → "Hewlett-Packard"
inline constexpr std::string_view kRoleHolder    = "role held by";    ///< "her spokesman" → the article's spokesman
inline constexpr std::string_view kRoleAcross    = "role";            ///< "Lohan's attorney" across articles
inline constexpr std::string_view kTitled        = "title and surname"; ///< "Governor Gladkov" across articles
inline constexpr std::string_view kSubject       = "subject of the article"; ///< "the company" → the body the headline names
inline constexpr std::string_view kOwn           = "this article's own"; ///< anonymous or unresolved: never another article's
inline constexpr std::string_view kMerged        = "merged";          ///< a later document showed a stored source to be this one
inline constexpr std::string_view kGraphFile     = "graph file";      ///< a curated graph's source found stored (stored_identity.h)
// clang-format on

/// One step: its basis and the evidence (a name or key; may be empty).
struct Step {
    std::string basis, evidence;
};

/// "basis: evidence" (or the basis alone).
std::string step(std::string_view basis, std::string_view evidence = {});

/// The steps of a record, in order.
std::vector<Step> steps(std::string_view record);

/// `record` with `more` appended ("; " between).
std::string append(const std::string& record, const std::string& more);

}  // namespace claimgraph::resolve::identity
