// The sex a common first name gives the person it names ("Bernie Sanders" is a man, so
// a later "she" is someone else), for pronoun agreement. Names given to both sexes
// ("Jordan", "Kelly", "Leslie") are in neither list.
#pragma once

#include <string_view>

#include "extract/mentions.h"

namespace claimgraph::extract {

/// The sex the first word of `name` gives, when the name has a surname after it and that
/// word is a common first name of one sex ("Hillary Clinton", "Donald J. Trump");
/// unknown otherwise ("Clinton", "Jordan Smith").
Gender first_name_gender(std::string_view name);

}  // namespace claimgraph::extract
