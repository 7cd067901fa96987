#include "load/html.h"

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <unordered_set>

#include <fmt/format.h>
#include <optional>
#include <vector>

#include "util/error.h"
#include "util/text.h"

namespace claimgraph::load {

namespace {

struct OutputDeleter {
    void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

std::optional<std::string> attribute(const GumboNode* n, const char* name) {
    if (n->type != GUMBO_NODE_ELEMENT) return std::nullopt;
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    if (!a) return std::nullopt;
    return std::string(a->value);
}

bool is_tag(const GumboNode* n, GumboTag tag) { return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag; }

// Elements whose text is never article text.
bool skipped(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_FIGCAPTION: return true;
    default: return false;
    }
}

// Elements that end a paragraph.
bool is_block(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: return true;
    default: return false;
    }
}

// Collects text into paragraphs: runs of whitespace become one space; block elements
// close the current paragraph. Iterative, so that deeply nested markup cannot exhaust
// the stack.
class TextCollector {
public:
    void run(const GumboNode* root) {
        struct Frame {
            const GumboNode* node;
            unsigned next;
        };
        std::vector<Frame> stack{{root, 0}};
        open_block(root);
        while (!stack.empty()) {
            Frame& f = stack.back();
            const GumboNode* n = f.node;
            if (n->type != GUMBO_NODE_ELEMENT || f.next >= n->v.element.children.length) {
                if (n->type == GUMBO_NODE_ELEMENT && is_block(n->v.element.tag)) close_paragraph();
                stack.pop_back();
                continue;
            }
            const auto* child = static_cast<const GumboNode*>(n->v.element.children.data[f.next++]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
                child->type == GUMBO_NODE_CDATA) {
                add_text(child->v.text.text);
            } else if (child->type == GUMBO_NODE_ELEMENT && !skipped(child->v.element.tag)) {
                open_block(child);
                stack.push_back({child, 0});
            }
        }
        close_paragraph();
    }

    std::vector<std::string> paragraphs;

private:
    void open_block(const GumboNode* n) {
        if (n->type == GUMBO_NODE_ELEMENT && is_block(n->v.element.tag)) close_paragraph();
    }
    void add_text(std::string_view s) {
        for (char c : s) {
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                pending_space_ = !current_.empty();
            } else {
                if (pending_space_) current_ += ' ';
                pending_space_ = false;
                current_ += c;
            }
        }
    }
    void close_paragraph() {
        if (!current_.empty()) paragraphs.push_back(std::move(current_));
        current_.clear();
        pending_space_ = false;
    }
    std::string current_;
    bool pending_space_ = false;
};

// Visits elements depth-first in document order, without recursion, until `f` returns
// true; returns the element it stopped at.
template <typename F>
const GumboNode* find_element(const GumboNode* root, F&& f) {
    std::vector<const GumboNode*> stack{root};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        if (f(n)) return n;
        const GumboVector& c = n->v.element.children;
        for (unsigned i = c.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(c.data[i - 1]));
    }
    return nullptr;
}

const GumboNode* find_first(const GumboNode* root, GumboTag tag) {
    return find_element(root, [tag](const GumboNode* n) { return n->v.element.tag == tag; });
}

std::string text_of(const GumboNode* n) {
    TextCollector t;
    t.run(n);
    return text::join(t.paragraphs, " ");
}

std::optional<std::string> nonempty(std::optional<std::string> s) {
    if (!s) return s;
    std::string t(text::trim(*s));
    if (t.empty()) return std::nullopt;
    return t;
}

// "2016-03-04T10:00:00Z" → "2016-03-04"; other forms are kept as written.
std::string iso_date(const std::string& s) {
    if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
        bool digits = true;
        for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) digits = digits && s[i] >= '0' && s[i] <= '9';
        if (digits) return s.substr(0, 10);
    }
    return s;
}

bool is_void_element(std::string_view name) {
    // clang-format off
    static const std::unordered_set<std::string_view> v{"area", "base", "br", "col", "embed", "hr", "img",
                                                       "input", "link", "meta", "param", "source", "track",
                                                       "wbr", "p", "li", "option", "td", "tr", "th", "dt", "dd"};
    // clang-format on
    return v.count(name) != 0;
}

// How deep the markup nests, estimated in one pass over the tags (script and style
// bodies and comments skipped; elements that need no end tag do not count). gumbo's tree
// construction costs time proportional to depth per element, so a page nested
// thousands deep would take minutes: such pages are refused before parsing.
std::size_t estimated_depth(std::string_view html) {
    std::size_t depth = 0, deepest = 0, i = 0;
    while ((i = html.find('<', i)) != std::string_view::npos) {
        if (html.substr(i, 4) == "<!--") {
            const std::size_t e = html.find("-->", i + 4);
            if (e == std::string_view::npos) break;
            i = e + 3;
            continue;
        }
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
        std::string name;
        while (j < html.size() && name.size() < 16 &&
               ((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= 'A' && html[j] <= 'Z') ||
                (html[j] >= '0' && html[j] <= '9')))
            name += static_cast<char>(html[j] >= 'A' && html[j] <= 'Z' ? html[j] - 'A' + 'a' : html[j]);
        if (name.empty()) {
            ++i;
            continue;
        }
        const std::size_t close = html.find('>', j);
        if (close == std::string_view::npos) break;
        const bool self_closing = close > 0 && html[close - 1] == '/';
        if (!closing && (name == "script" || name == "style")) {
            const std::size_t e = html.find("</" + name, close);
            i = e == std::string_view::npos ? html.size() : e;
            continue;
        }
        if (closing) {
            if (!is_void_element(name) && depth > 0) --depth;
        } else if (!self_closing && !is_void_element(name)) {
            deepest = std::max(deepest, ++depth);
        }
        i = close + 1;
    }
    return deepest;
}

// The most attributes of one element gumbo is given. gumbo checks each attribute against
// those before it in its tag, so an element with 100,000 attributes took 34 s; a real page
// has a few, and 64 a tag keep the work linear in the page whatever its tags hold.
constexpr std::size_t kMaxAttributes = 64;

// The page with every start tag cut to its first kMaxAttributes attributes (the others
// carry no article text), in one pass; the page itself when no tag has more.
std::string bounded_attributes(std::string_view html) {
    std::string out;
    std::size_t copied = 0, i = 0;
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    while ((i = html.find('<', i)) != std::string_view::npos) {
        if (html.substr(i, 4) == "<!--") {
            const std::size_t e = html.find("-->", i + 4);
            if (e == std::string_view::npos) break;
            i = e + 3;
            continue;
        }
        if (i + 1 >= html.size() || !letter(html[i + 1])) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < html.size() && !space(html[j]) && html[j] != '>' && html[j] != '/') ++j;
        const std::string name = text::lower(html.substr(i + 1, j - i - 1));
        std::size_t count = 0, cut = std::string_view::npos;
        while (j < html.size() && html[j] != '>') {
            if (space(html[j]) || html[j] == '/') {
                ++j;
                continue;
            }
            if (++count == kMaxAttributes + 1) cut = j;
            while (j < html.size() && !space(html[j]) && html[j] != '>' && html[j] != '/' && html[j] != '=') ++j;
            std::size_t k = j;
            while (k < html.size() && space(html[k])) ++k;
            if (k < html.size() && html[k] == '=') {
                ++k;
                while (k < html.size() && space(html[k])) ++k;
                if (k < html.size() && (html[k] == '"' || html[k] == '\'')) {
                    const std::size_t e = html.find(html[k], k + 1);
                    k = e == std::string_view::npos ? html.size() : e + 1;
                } else {
                    while (k < html.size() && !space(html[k]) && html[k] != '>') ++k;
                }
                j = k;
            }
        }
        if (cut != std::string_view::npos) {
            out.append(html.substr(copied, cut - copied));
            out += '>';
            copied = j < html.size() ? j + 1 : html.size();
        }
        i = j;
        if ((name == "script" || name == "style") && i < html.size()) {  // their bodies are not markup
            const std::size_t e = html.find("</" + name, i);
            i = e == std::string_view::npos ? html.size() : e;
        }
    }
    if (copied == 0) return std::string(html);
    out.append(html.substr(copied));
    return out;
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
    std::size_t i = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
    const std::string head = text::lower(bytes.substr(i, 15));
    return head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<!--");
}

Document read_html(std::string path, std::string_view html) {
    if (estimated_depth(html) > kMaxHtmlDepth)
        throw Error(fmt::format("'{}': HTML nested deeper than {} elements, not read", path, kMaxHtmlDepth));
    const std::string page = bounded_attributes(html);
    std::unique_ptr<GumboOutput, OutputDeleter> out(
        gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size()));
    Document doc;
    doc.path = std::move(path);
    doc.format = "html";

    std::optional<std::string> og_title, title_tag, site, published, canonical, og_url, author;
    find_element(out->root, [&](const GumboNode* n) {
        if (is_tag(n, GUMBO_TAG_META)) {
            const auto key = attribute(n, "property") ? attribute(n, "property")
                             : attribute(n, "name")   ? attribute(n, "name")
                                                      : attribute(n, "itemprop");
            const auto content = attribute(n, "content");
            if (!key || !content) return false;
            const std::string k = text::lower(*key);
            if (k == "og:title" && !og_title)
                og_title = content;
            else if ((k == "og:site_name" || k == "application-name") && !site)
                site = content;
            else if ((k == "article:published_time" || k == "date" || k == "pubdate" || k == "datepublished" ||
                      k == "dc.date" || k == "publish-date") &&
                     !published)
                published = content;
            else if (k == "og:url" && !og_url)
                og_url = content;
            else if ((k == "author" || k == "article:author") && !author)
                author = content;
        } else if (is_tag(n, GUMBO_TAG_LINK)) {
            const auto rel = attribute(n, "rel");
            if (rel && text::lower(*rel) == "canonical" && !canonical) canonical = attribute(n, "href");
        } else if (is_tag(n, GUMBO_TAG_TITLE) && !title_tag) {
            std::string t;
            const GumboVector& c = n->v.element.children;
            for (unsigned i = 0; i < c.length; ++i) {
                const auto* ch = static_cast<const GumboNode*>(c.data[i]);
                if (ch->type == GUMBO_NODE_TEXT) t += ch->v.text.text;
            }
            title_tag = t;
        } else if (is_tag(n, GUMBO_TAG_TIME) && !published) {
            published = attribute(n, "datetime");
        }
        return false;  // visit every element
    });

    const GumboNode* main = find_first(out->root, GUMBO_TAG_ARTICLE);
    if (!main) main = find_first(out->root, GUMBO_TAG_MAIN);
    if (!main) main = find_first(out->root, GUMBO_TAG_BODY);
    if (!main) main = out->root;
    TextCollector body;
    body.run(main);

    const GumboNode* h1 = find_first(out->root, GUMBO_TAG_H1);
    std::optional<std::string> headline = h1 ? nonempty(text_of(h1)) : std::nullopt;
    doc.title = nonempty(og_title) ? nonempty(og_title) : nonempty(title_tag) ? nonempty(title_tag) : headline;
    doc.outlet = nonempty(site);
    if (auto d = nonempty(published)) doc.date = iso_date(*d);
    doc.url = nonempty(canonical) ? nonempty(canonical) : nonempty(og_url);
    doc.author = nonempty(author);

    std::vector<std::string> paragraphs;
    // the headline opens the text, as in print; the body may already start with it
    const std::optional<std::string> top = headline ? headline : doc.title;
    if (top && (body.paragraphs.empty() || body.paragraphs.front() != *top)) paragraphs.push_back(*top);
    for (auto& p : body.paragraphs) paragraphs.push_back(std::move(p));
    doc.text = text::join(paragraphs, "\n\n");
    if (!doc.text.empty()) doc.text += '\n';
    return doc;
}

}  // namespace claimgraph::load
