// In-document coreference: earlier mentions of speakers and organisations, and the
// resolution of pronouns and definite descriptions ("the ministry") to them.
#pragma once

#include <cstddef>
#include <map>
#include <set>
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
    /// A lone capitalised name with nothing that says it is a person ("Microsoft said"):
    /// a later "it" or "the company" may refer to it.
    bool bare_name = false;
    /// The sex of a "he" or "she" its sentence wrote before it ("why he will not be
    /// supporting nominee Donald Trump": whoever "he" is, a later one is more likely the same).
    Gender pronoun_before = Gender::unknown;
    /// Written right after a preposition ("amid attacks from Senator Marco Rubio"): no subject.
    bool after_preposition = false;
};

class MentionTracker {
public:
    /// Records a mention, in any order; lookups only consider mentions that end before the
    /// position asked about.
    void add(Entity e);

    /// The nearest earlier speaker a pronoun can refer to ("she", "they", "it"). For "he"
    /// and "she", first one whose surname is among `named` (lower-case words the sentence
    /// writes before the pronoun: "King said … that he planned" is King's, whoever spoke
    /// last). Never one the pronoun's own sentence names after it (`named_after`: its
    /// lower-case words outside quotations, capitalised ones with a leading '^'): in "He
    /// told the judge" or "She said Rahimi had lied" the subject is someone else.
    /// When no speaker fits "he" or "she", a person the text titled from byte `titled_since`
    /// on does ("That is what lawyer Ivo Brel did. He told the judge …").
    const Entity* resolve_pronoun(const std::string& pronoun, std::size_t before,
                                  const std::set<std::string>& named = {},
                                  const std::set<std::string>& named_after = {},
                                  std::size_t titled_since = std::string::npos) const;

    /// The nearest earlier mention a definite description can refer to: "the ministry"
    /// → a mention whose name has the word "ministry"; "the governor" → one whose role does;
    /// "the company", "the software giant" (a business noun) → else the nearest
    /// organisation that spoke, else the nearest bare name that spoke.
    const Entity* resolve_description(const std::string& head, SourceType type, std::size_t before) const;

    /// How far back (in bytes) a pronoun or description looks for what it refers to:
    /// further than any news article's paragraphs reach, and a bound that keeps a
    /// 100 MB input linear.
    static constexpr std::size_t kLookback = 20000;

private:
    template <typename Fn>
    const Entity* nearest_before(std::size_t before, Fn&& accept) const;

    std::multimap<std::size_t, Entity> m_entities;  ///< by start; equal starts in insertion order
    /// the gender one mention of a name showed, for its other mentions ("DeGeneres said"), by surname
    std::map<std::string, Gender> m_gender;
};

}  // namespace claimgraph::extract
