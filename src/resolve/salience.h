// The body an article is about: what "the company" or "the software giant" means when no
// organisation of the article speaks by name before it ("Microsoft rushes out a patch …
// Normally, Microsoft releases bulletins … today the company announced …").
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace claimgraph::resolve {

/// The one-word name written most often in `text` (at least three times, and more often
/// than any other) where it stands alone: not opening a sentence, not beside another
/// capitalised word ("Internet Explorer", "Donald Trump"), not a title, weekday, month or
/// place, never written after a first name or honorific, and none of `people` (lower-case
/// words of the article's people). With a `headline`, only the words it has compete
/// ("IE" as often as "Microsoft" below "Microsoft releases fix for IE bug"... is no tie
/// when the headline says "Microsoft" alone). Nullopt when no name stands out.
std::optional<std::string> salient_body(std::string_view text, const std::set<std::string>& people,
                                        std::string_view headline = {});

}  // namespace claimgraph::resolve
