// The resolve stage, first version: turns one document's extraction into graph nodes
// and edges with stable ids. Sources are identified by their normalised name; the same
// claim by the same speaker gets the same statement id in every document.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/records.h"

namespace claimgraph::resolve {

/// Builds the DocumentDelta for one extraction: the document, its statements (reports edges
/// with content spans), their speakers (attributes edges with the mention and cue),
/// spokesperson → body (attributes), relays (agency —reports→ statement), document-level
/// agency credits (document —reports→ agency) and the outlet (document —attributes→ outlet);
/// and the shingles of its body that copy detection compares (linking::shingles_of).
DocumentDelta build_delta(const Extraction& ex);

/// The words of a statement's content, lower case, without a leading "that": the key
/// under which the same words meet across documents.
std::string match_key(std::string_view content);

/// Capitalised words that may name a place or event (keys, as resolve/names.h makes
/// them), without function words, days, months, countries, continents and the generic words
/// of place names ("New", "Bay", "County").
std::vector<std::string> proper_names(std::string_view text, bool skip_first);

/// The names a text gives as places: after a locative ("in Sosnovka", "near Kharkiv"),
/// after "town of", "region of" and the like, and before "region", "province" and the like
/// ("the Belgorod region"). Keys as proper_names makes them; countries and continents are
/// left out (too wide to tell one event from another), and so are a name's generic words
/// ("New" of "New York", "Bay", "County", "Los").
std::vector<std::string> place_names(std::string_view text);

/// The places a document is about: the place names of its title and body and the
/// capitals of its dateline.
std::set<std::string> document_places(const Document& d);

}  // namespace claimgraph::resolve
