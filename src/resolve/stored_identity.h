// Which stored source a source named in a curated graph file is: the identity rules of
// ingest (names.h, surnames.h), asked of the store, so that importing "Governor Gladkov"
// joins the Gladkov the articles already gave instead of making a second one.
#pragma once

#include <string>

#include "model/records.h"
#include "resolve/corpus.h"

namespace claimgraph::resolve {

struct StoredIdentity {
    std::string id;     ///< the stored source it is; "" when none
    std::string basis;  ///< how it was found, an identity step ("graph file: name Vyacheslav Gladkov")
    std::string doubt;  ///< why a source that may be stored was left apart ("" when none)
};

/// The stored source `r` (a graph file's source, not stored under its own id) is, by its
/// name, then its aliases, then its title and surname ("governor" + "Gladkov"), as ingest
/// would find it. Anonymous and collective sources are never joined ("officials" in one
/// document are not those of another); nor is a surname alone without a title (across
/// documents it is anyone's). A name two stored sources share comes back with a `doubt`.
StoredIdentity stored_identity(const Corpus& db, const SourceRecord& r);

}  // namespace claimgraph::resolve
