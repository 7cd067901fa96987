// Source identity across documents: the key under which spellings of one speaker meet.
// "Russia's Defence Ministry", "the Russian Ministry of Defense" and "Russian Defence
// Ministry" all have the key "russia defense ministry"; "Kiev" and "Kyiv" both "kyiv".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::resolve {

/// The identity key of a source name: lower case, without a leading article or
/// possessive, British spellings and transliteration variants mapped to one form,
/// demonyms to their country ("Russian" → "russia"), and "Ministry of X" reordered to
/// "X Ministry" ("Ministry of Foreign Affairs" → "foreign ministry").
std::string source_key(std::string_view name);

/// The words of a key.
std::vector<std::string> key_words(const std::string& key);

/// The country a word of a key names or stands for ("russia", "moscow", "kremlin" →
/// "russia"; "kyiv" → "ukraine"), if it is one this build knows.
std::optional<std::string_view> country_of(std::string_view key_word);

/// The country a source speaks for when its key names one ("russia defense ministry"
/// → "russia"); nullopt otherwise.
std::optional<std::string> country_of_key(const std::string& key);

/// The acronyms a body's name may be written as, lower case: the initials of its
/// capitalised words ("Hewlett-Packard" → "hp", "United Nations" → "un"), with a leading
/// "The" too ("The Hollywood Reporter" → "hr", "thr"), and of the words before "of"
/// ("Central Elections Commission of Turkmenistan" → "cec"). None for a name of one word.
std::vector<std::string> acronyms_of(std::string_view name);

/// The name as an acronym ("HP", "THR": two to six capital letters), lower case.
std::optional<std::string> as_acronym(std::string_view name);

/// The outlet a document's metadata names, without what feeds and archives append:
/// "Wikinews (English), via the GUM corpus" → "Wikinews", "Metro Ledger | World" →
/// "Metro Ledger". The whole text when nothing comes before such a mark.
std::string outlet_name(std::string_view metadata);

}  // namespace claimgraph::resolve
