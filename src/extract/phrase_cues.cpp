// Cues of several words (phrase_cues.h); reported.cpp reads their frames.
#include "extract/phrase_cues.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/word_set.h"

namespace claimgraph::extract {

// Multi-word cues: a verb and its particle ("called for", "pointed out that …", "pointed
// to the polls", "talked about the plan": the topic), "placed the blame on".
namespace {

// What the first word of a phrase cue may open; one look-up answers for every word of the
// text, most of which open none (the lists compared word by word were 1.6% of `extract
// --fast`).
struct Opens {
    bool particle = false;  ///< a verb of kParticleCues
    bool express = false, voice = false, make = false;
    bool blame = false;  ///< "placed the blame"
    bool toll = false;  ///< "put the death toll at"
};

struct ParticleCue {
    std::string_view lemma;
    std::array<std::string_view, 4> forms;
    std::string_view particle;
    CueFrame frame;
    CueClass cls;
};
constexpr ParticleCue kParticleCues[] = {
    {"call for", {"called", "calls", "call", "calling"}, "for", CueFrame::object_content, CueClass::other},
    {"talk about", {"talk", "talks", "talked", "talking"}, "about", CueFrame::object_content, CueClass::speech},
    {"speak about", {"speak", "speaks", "spoke", "speaking"}, "about", CueFrame::object_content, CueClass::speech},
    {"point to", {"pointed", "points", "point", "pointing"}, "to", CueFrame::object_content, CueClass::speech},
    {"point out", {"pointed", "points", "point", "pointing"}, "out", CueFrame::clause, CueClass::speech},
};

const WordMap<Opens>& opens() {
    static const WordMap<Opens> table = [] {
        std::vector<std::pair<std::string_view, Opens>> words;
        const auto add = [&](std::initializer_list<std::string_view> forms, bool Opens::*what) {
            for (std::string_view w : forms) {
                auto it = std::find_if(words.begin(), words.end(), [&](const auto& e) { return e.first == w; });
                if (it == words.end()) it = words.insert(words.end(), {w, Opens{}});
                it->second.*what = true;
            }
        };
        for (const ParticleCue& p : kParticleCues)
            add({p.forms[0], p.forms[1], p.forms[2], p.forms[3]}, &Opens::particle);
        add({"expressed", "expresses", "express", "expressing"}, &Opens::express);
        add({"voiced", "voices", "voice", "voicing"}, &Opens::voice);
        add({"made", "makes", "make", "making"}, &Opens::make);
        add({"placed", "put", "laid", "puts", "places", "lays"}, &Opens::blame);
        add({"put", "puts", "putting", "placed", "places"}, &Opens::toll);
        WordMap<Opens> map;
        for (const auto& [w, o] : words) map.insert(w, o);
        return map;
    }();
    return table;
}

}  // namespace

std::optional<PhraseCue> phrase_cue(const Context& ctx, std::size_t i) {
    const std::string& w = ctx.tok(i).lower;
    const Opens* what = opens().find(w);
    if (!what) return std::nullopt;
    if (what->particle)
        for (const ParticleCue& p : kParticleCues)
            if (std::find(p.forms.begin(), p.forms.end(), w) != p.forms.end() && ctx.is(i + 1, p.particle))
                return PhraseCue{{i, i + 2}, std::string(p.lemma), p.frame, p.cls};
    // "expressed concern that …", "expressed hope that …": what was expressed
    static const WordSet kExpressed{"concern", "concerns", "hope",           "confidence", "doubt",       "doubts",
                                    "fear",    "fears",    "optimism",       "skepticism", "frustration", "worry",
                                    "regret",  "surprise", "disappointment", "dismay"};
    // (or voiced, a stance as PolNeAR reads it: "voiced concern that …")
    if ((what->express || what->voice) && i + 2 < ctx.size() && kExpressed.contains(ctx.tok(i + 1).lower) &&
        ctx.is(i + 2, "that"))
        return what->express ? PhraseCue{{i, i + 2}, "express", CueFrame::clause, CueClass::speech}
                             : PhraseCue{{i, i + 2}, "voice", CueFrame::clause, CueClass::other};
    // "made it clear that …", "made clear that …": a stance, by word or deed
    if (what->make) {
        const std::size_t clear = ctx.is(i + 1, "it") ? i + 2 : i + 1;
        if (clear + 1 < ctx.size() && ctx.is(clear, "clear") && ctx.is(clear + 1, "that"))
            return PhraseCue{{i, clear + 1}, "make clear", CueFrame::clause, CueClass::other};
    }
    if (what->blame && ctx.is(i + 1, "the") && ctx.is(i + 2, "blame")) return PhraseCue{{i, i + 3}, "blame"};
    // "put the death toll at 14": the toll is the claim
    if (what->toll && ctx.is(i + 1, "the") &&
        (ctx.is(i + 2, "toll") || (ctx.is(i + 2, "death") && ctx.is(i + 3, "toll"))))
        return PhraseCue{{i, i + 1}, "put"};
    return std::nullopt;
}

}  // namespace claimgraph::extract
