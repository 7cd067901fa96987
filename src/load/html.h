// Saved web pages: the article's text and metadata, read with a real HTML5 parser (gumbo).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "model/document.h"

namespace claimgraph::load {

/// Pages whose markup nests deeper than this are refused (gumbo's time grows with depth).
inline constexpr std::size_t kMaxHtmlDepth = 1000;

/// True when the bytes look like an HTML page (a doctype or <html> first).
bool looks_like_html(std::string_view bytes);

/// The article in an HTML page: its main text (the first <article>, else <main>, else
/// <body>; scripts, styles, navigation, headers, footers, asides and forms left out) as
/// paragraphs separated by blank lines, the headline (<h1>, else the title) first; title,
/// outlet, date, url and author from the page's meta tags. `doc.text` is that extracted
/// text, so statement offsets refer to it, not to the HTML bytes. Throws Error when the
/// markup nests deeper than kMaxHtmlDepth.
Document read_html(std::string path, std::string_view html);

}  // namespace claimgraph::load
