// Where outputs go, and what they may replace (issue 17): a user's files are never
// destroyed by an output, a device or a pipe is written through, a write that fails says so.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace claimgraph {

/// Whether `head` (the first bytes of an existing file) is one of claimgraph's outputs: a
/// diagram (Graphviz SVG, PNG, PDF, DOT named claimgraph), an export (claimgraph JSON,
/// PROV-JSON and PROV-N in its namespace, GraphML, ClaimReview), a trace, a diff or a
/// report page. An empty file counts as one.
bool is_claimgraph_output(std::string_view head);

/// Writes `data` to `path`:
/// - a new name, or an existing regular file that is one of claimgraph's outputs: whole or
///   not at all (a temporary file beside it, renamed over it);
/// - a symbolic link: what it points to, by these rules (the link stays a link);
/// - a character device or a FIFO (/dev/null, a pipe): written straight through;
/// - `protect` (the command's own database) or an SQLite database in use (a -wal or -shm
///   file beside it): refused, with `force` too; any other SQLite database: refused unless
///   `force`;
/// - any other existing file (not one of claimgraph's outputs): refused unless `force`;
/// - a directory, a block device, a socket: refused.
/// Throws Error naming the path.
void write_output_file(const std::string& path, std::string_view data, bool force, const std::string& protect = "");

/// Writes `files` (plain names → bytes) into the folder `path`: a new folder is made whole
/// or not at all; an existing one is written into, each file whole or not at all, and never
/// emptied: a folder holding files other than `files`' names is refused unless `force` (then
/// those files stay as they are); each file by write_output_file's rules. A file whose name
/// `stale` accepts and that is a claimgraph output (an earlier run's page this run has fewer
/// of) is no other file: it is removed once the new files are written. Throws Error naming
/// the path.
void write_output_folder(const std::string& path, const std::map<std::string, std::string>& files, bool force,
                         const std::string& protect = "",
                         const std::function<bool(const std::string&)>& stale = {});

}  // namespace claimgraph
