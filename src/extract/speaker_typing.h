// The second half of reading a speaker phrase (speaker.h's parse_speaker): once the phrase's
// name and description are cut apart, the kind of source the name is and its name, role and
// body.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/context.h"
#include "extract/speaker.h"

namespace claimgraph::extract {

/// The parts of a speaker phrase parse_speaker cut: the phrase's words [a, b), the name
/// [name_a, name_b) and the description set off from it [desc_a, desc_b) (empty when
/// none); `listed` when the phrase lists several people ("Teachers, nurses and
/// firefighters").
struct NameParts {
    std::size_t a, b, name_a, name_b, desc_a, desc_b;
    bool listed;
};

/// Fills in `sp` (its mention's type, name, role and body, its head, gender and number,
/// whether it needs resolving) from the name `parts` gives: a share of the people asked, a
/// group, a pronoun, the author of a document, an agency, a body, several speakers, a
/// medium, or a person.
void type_speaker(const Context& ctx, const NameParts& parts, SpeakerPhrase& sp);

/// The steps of type_speaker, shared by speaker_typing.cpp and speaker_bodies.cpp.
namespace typing {

/// The typing of the name parse_speaker cut, into `sp`: each step types it and says so, or
/// leaves it to the next (type_speaker runs them in this order). It reads the name's first
/// word past any determiner (`core`) and last word (`head`), its words in lower case, whether
/// a word is capitalised or a body's, and whether it reads as a description ("the
/// governor").
struct Typing {
    Typing(const Context& c, const NameParts& p, SpeakerPhrase& phrase);
    /// A share of the people asked, several speakers listed, or a pronoun.
    bool as_share_group_or_pronoun();
    /// The author a phrase names: of a message, a decision or a survey, a person or body
    /// named with "of", a medium the lexicon knows, a publication, someone of a group or
    /// holding a role, someone unnamed at a body.
    bool as_author_or_named_body();
    /// A news agency, a document and its author, or people of a group.
    bool as_agency_document_or_people();
    /// A body by its name, a title or body after "the", or a place speaking as its
    /// government.
    bool as_body_or_title();
    /// Several speakers together, a station by its call sign, an acronym, or someone
    /// unnamed before a name.
    bool as_several_or_short();
    /// A person, perhaps with a role and the body they speak for, unless the phrase names an
    /// agency or outlet after a description.
    void as_person();

    const Context& ctx;
    SpeakerPhrase& sp;
    SourceMention& m;
    std::size_t name_a, name_b, desc_a, desc_b;
    bool listed;
    const Token& head;
    std::size_t core;
    std::string lower_all, lower_core;
    bool any_cap = false, org_head = false, agency_word = false, definite = false;
};

/// The agency or outlet the lexicon knows by one of these names (agencies first, the names
/// in order): the mention becomes that body, named as the lexicon names it.
bool known_medium(std::initializer_list<std::string_view> names, SourceMention& m);

}  // namespace typing

}  // namespace claimgraph::extract
