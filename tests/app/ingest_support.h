// What the ingest tests ask of a database after an ingest.
#pragma once

#include <string>
#include <vector>

#include "store/store.h"
#include "test_support.h"

namespace claimgraph::testing {

/// What `doctor` would report of the database (opened writable: the full-text check too).
inline std::vector<std::string> problems(const std::string& db) {
    return store::Store(db, store::OpenMode::read_write).problems();
}

inline std::size_t document_count(const std::string& db) {
    return store::Store(db, store::OpenMode::read_only).documents().size();
}

// Three reports of one claim by the mayor: A ~ B and B ~ C are near copies (content-word
// overlap at least 0.6), A and C are not.
struct Chain {
    std::string dir = testing::temp_dir();
    std::string a = dir + "/a.txt", b = dir + "/b.txt", c = dir + "/c.txt";
    Chain() {
        testing::write_file(a,
                            "outlet: A\ndate: 2026-05-01\n\nMayor Anna Berg said the bridge, the river path and the "
                            "quay would stay closed for weeks.\n");
        testing::write_file(b,
                            "outlet: B\ndate: 2026-05-02\n\nMayor Anna Berg said the bridge, the river path and the "
                            "quay would stay closed for weeks, with traffic on a detour.\n");
        testing::write_file(c,
                            "outlet: C\ndate: 2026-05-03\n\nMayor Anna Berg said the bridge and the river would stay "
                            "closed, with traffic on a detour and buses.\n");
    }
};

}  // namespace claimgraph::testing
