// A model on disk: a header naming what it is and where it came from, named sections of
// bytes, and a checksum over all of it. The loader refuses a file that is not one, is
// damaged or cut short, was written by another format version, is of another kind, or was
// trained with other feature templates than the program computes.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::learn {

/// Version of the file layout this build writes and reads.
inline constexpr std::uint32_t kModelFormat = 1;

struct ModelFile {
    std::string kind;  ///< "tagger", "parser", …
    std::uint64_t templates = 0;  ///< the feature templates' version (the program's constant)
    std::vector<std::string> labels;  ///< the classes, in order
    std::string data;  ///< the training data: files and a hash of their bytes
    std::string revision;  ///< the trainer's source revision (git)
    std::string created;  ///< when it was trained (UTC, ISO)
    std::map<std::string, std::string> sections;  ///< name → bytes ("weights", …)
};

/// The file's bytes.
std::string write_model(const ModelFile& model);

/// Reads a model file: `name` is how messages call it (a path, "the built-in tagger").
/// Throws claimgraph::Error: "<name>: not a claimgraph model", "…: damaged or cut short
/// (its checksum does not match)", "…: model format N (this claimgraph reads 1)",
/// "…: a parser model, not a tagger", "…: trained with other feature templates (…):
/// retrain it with 'claimgraph train tagger'".
ModelFile read_model(std::string_view bytes, const std::string& name, const std::string& kind, std::uint64_t templates);

/// The hash of a label set, as the header records it.
std::uint64_t labels_hash(const std::vector<std::string>& labels);

}  // namespace claimgraph::learn
