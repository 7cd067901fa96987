// Figures on casualty-like measures in a statement's content ("at least 21 killed").
#pragma once

#include <vector>

#include "extract/context.h"

namespace claimgraph::extract {

/// Finds figures in token range `r`: a number (digits or words) tied to a measure word
/// (killed, dead, wounded, injured, missing, drones shot down) within a few words, with
/// a qualifier such as "at least" or "more than" when one stands before the number.
std::vector<Figure> find_figures(const Context& ctx, Range r);

}  // namespace claimgraph::extract
