// What extraction finds in one document: attributed statements and document-level
// provenance. All spans are byte offsets into Document::text, end exclusive.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace claimgraph {

struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const Span&) const = default;
    auto operator<=>(const Span&) const = default;
};

enum class StatementKind { direct, indirect, mixed };
const char* to_string(StatementKind kind);

/// Who speaks or relays. `collective` is a named group ("Russian authorities"),
/// `anonymous` an unnamed one ("sources", "reports").
enum class SourceType { person, organization, agency, outlet, collective, anonymous };
const char* to_string(SourceType type);
std::optional<SourceType> source_type_from_string(const std::string& s);
/// Which of two types a source keeps when its mentions disagree (the stronger, so that
/// the type does not depend on the order of ingest): agency 5, outlet 4, organization 3,
/// person 2, collective 1, anonymous 0. The linker and the store's SQL both use it.
int type_strength(SourceType type);

struct Cue {
    Span span;
    std::string text;
    std::string lemma;
    std::string cls = "speech";  ///< what it attributes: speech, belief, intention, finding, other
};

/// A speaker as written, split into parts, and what it resolved to.
struct SourceMention {
    std::optional<Span> span;  ///< the mention; nullopt when inferred from context only
    std::string text;  ///< the mention as written ("She", "the ministry")
    std::string name;  ///< canonical name ("Maria Zakharova")
    SourceType type = SourceType::person;
    std::string role;  ///< "spokeswoman", "regional governor"
    std::string organization;  ///< the body the speaker talks for ("Foreign Ministry")
    /// What that body is: an organisation, or an outlet ("Matthew Ingram of The Globe and
    /// Mail"). The extractor decides it (extract::body_type), as it decides `type`.
    SourceType organization_type = SourceType::organization;
    std::optional<Span> resolved_from;  ///< antecedent of a pronoun or description
    /// The mention as another name of the source ("the ministry", "Mr. Obama"), "" when it
    /// is no name or role phrase (a clause).
    /// The extractor sets it (extract::alias_of).
    std::string alias;
};

/// An agency or outlet that relayed the statement ("speaking to Russia's state news agency").
struct Via {
    std::string name;
    SourceType type = SourceType::agency;
    Span span;
};

/// A number on a casualty-like measure ("at least 21 killed").
struct Figure {
    std::string measure;  ///< killed, wounded, missing, drones_shot_down, …
    long long value = 0;
    std::optional<std::string> qualifier;  ///< "at least", "more than", …
    std::string text;  ///< the number as written
    Span span;
};

struct Attribution {
    StatementKind kind = StatementKind::indirect;
    std::vector<Span> content;  ///< pieces of the content, in order (split quotes: two)
    std::string content_text;  ///< the pieces joined with " … "
    std::optional<Cue> cue;
    std::optional<SourceMention> source;
    std::vector<Via> via;
    std::vector<Figure> figures;
    /// What found it: "labelled" (layout: "NAME:", "― Name"), "quote" (a quotation and its
    /// speaker), "rules" (word rules of reported speech), "parse" (a cue verb's clause in
    /// the parse), "model" (a cue the learned model read).
    std::string evidence;
    /// How likely the statement is right (content and speaker), calibrated on held-out
    /// articles; below 0 when no model gave one (`--model none`).
    double confidence = -1;

    Span covering() const { return {content.front().start, content.back().end}; }
};

/// Document-level provenance: "(With inputs from agency)", "Image Source : AP", "(AP) —".
struct ProvenanceMark {
    std::string kind;  ///< agency-inputs, image-credit, dateline
    std::string text;
    Span span;
    std::optional<std::string> agency;  ///< the agency named, if any
};

struct Extraction {
    Document document;
    std::vector<ProvenanceMark> provenance;
    std::vector<Attribution> statements;
};

/// The statement id: derived from the speaker's name and the normalised content, so the
/// same claim by the same speaker has the same id in every document.
std::string statement_id(const Attribution& a);
/// The source id for a canonical name (names compare by text::name_key).
std::string source_id(const std::string& name);

}  // namespace claimgraph
