// What a failure of the store means: one document not stored (the batch goes on) or the
// database itself failed (nothing more can be written), told apart without SQLiteCpp's
// types outside the store.
#pragma once

#include <exception>

#include "util/error.h"

namespace claimgraph::store {

/// Store::add could not store one document (a constraint, a reference to nothing, a value
/// SQLite refuses): everything it wrote is undone and the transaction around it goes on,
/// with the documents before it. `what()` is the cause alone.
class DocumentNotStored : public Error {
public:
    using Error::Error;
};

/// The database itself failed (a full disk, an I/O error, a lock, corruption): nothing
/// more can be written in this run. The transaction in progress is rolled back; every one
/// committed before stays. `what()` is the cause alone.
class DatabaseFailure : public Error {
public:
    using Error::Error;
};

/// Whether `e` is (or wraps) a failure of the database itself rather than of one piece of
/// work: an SQLite error of the kinds DatabaseFailure stands for.
bool is_database_failure(const std::exception& e);

/// Whether `e` is an error SQLite reported, of any kind (what the command line calls a
/// database error), so that no caller outside the store needs SQLiteCpp's types.
bool is_sqlite_error(const std::exception& e);

}  // namespace claimgraph::store
