// In-document coreference: earlier mentions of speakers and organisations, and the
// resolution of pronouns and definite descriptions ("the ministry") to them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/attribution.h"

namespace claimgraph::extract {

enum class Gender { unknown, female, male };

struct Entity {
    std::string name;
    SourceType type = SourceType::person;
    std::string role;
    std::string organization;
    Span span;
    Gender gender = Gender::unknown;
    bool plural = false;
    bool speaker = false;  ///< mentioned as the speaker of a statement
};

class MentionTracker {
public:
    /// Records a mention; mentions must be added in text order per position kind, but
    /// lookups only consider mentions that end before the position asked about.
    void add(Entity e);

    /// The nearest earlier speaker a pronoun can refer to ("she", "they", "it").
    const Entity* resolve_pronoun(const std::string& pronoun, std::size_t before) const;

    /// The nearest earlier mention a definite description can refer to: "the ministry"
    /// → a mention whose name has the word "ministry"; "the governor" → one whose role does.
    const Entity* resolve_description(const std::string& head, SourceType type, std::size_t before) const;

private:
    std::vector<Entity> m_entities;
};

}  // namespace claimgraph::extract
