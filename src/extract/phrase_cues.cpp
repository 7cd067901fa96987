// Cues of several words (phrase_cues.h); reported.cpp reads their frames.
#include "extract/phrase_cues.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/word_set.h"

namespace claimgraph::extract {

// Multi-word cues: a verb and its particle ("called for", "pointed out that …", "pointed
// to the polls", "talked about the plan": the topic), "placed the blame on".
std::optional<PhraseCue> phrase_cue(const Context& ctx, std::size_t i) {
    struct ParticleCue {
        std::string_view lemma;
        std::array<std::string_view, 4> forms;
        std::string_view particle;
        CueFrame frame;
        CueClass cls;
    };
    static constexpr ParticleCue kParticleCues[] = {
        {"call for", {"called", "calls", "call", "calling"}, "for", CueFrame::object_content, CueClass::other},
        {"talk about", {"talk", "talks", "talked", "talking"}, "about", CueFrame::object_content, CueClass::speech},
        {"speak about", {"speak", "speaks", "spoke", "speaking"}, "about", CueFrame::object_content, CueClass::speech},
        {"point to", {"pointed", "points", "point", "pointing"}, "to", CueFrame::object_content, CueClass::speech},
        {"point out", {"pointed", "points", "point", "pointing"}, "out", CueFrame::clause, CueClass::speech},
    };
    const std::string& w = ctx.tok(i).lower;
    for (const ParticleCue& p : kParticleCues)
        if (std::find(p.forms.begin(), p.forms.end(), w) != p.forms.end() && ctx.is(i + 1, p.particle))
            return PhraseCue{{i, i + 2}, std::string(p.lemma), p.frame, p.cls};
    // "expressed concern that …", "expressed hope that …": what was expressed
    static const WordSet kExpressed{"concern", "concerns", "hope",           "confidence", "doubt",       "doubts",
                                    "fear",    "fears",    "optimism",       "skepticism", "frustration", "worry",
                                    "regret",  "surprise", "disappointment", "dismay"};
    // (or voiced, a stance as PolNeAR reads it: "voiced concern that …")
    // (the first letter first: this is asked of every cue word)
    const char first = w.empty() ? '\0' : w.front();
    const bool expressed =
        first == 'e' && (w == "expressed" || w == "expresses" || w == "express" || w == "expressing");
    const bool voiced = first == 'v' && (w == "voiced" || w == "voices" || w == "voice" || w == "voicing");
    if ((expressed || voiced) && i + 2 < ctx.size() && kExpressed.contains(ctx.tok(i + 1).lower) &&
        ctx.is(i + 2, "that"))
        return expressed ? PhraseCue{{i, i + 2}, "express", CueFrame::clause, CueClass::speech}
                         : PhraseCue{{i, i + 2}, "voice", CueFrame::clause, CueClass::other};
    // "made it clear that …", "made clear that …": a stance, by word or deed
    if (first == 'm' && (w == "made" || w == "makes" || w == "make" || w == "making")) {
        const std::size_t clear = ctx.is(i + 1, "it") ? i + 2 : i + 1;
        if (clear + 1 < ctx.size() && ctx.is(clear, "clear") && ctx.is(clear + 1, "that"))
            return PhraseCue{{i, clear + 1}, "make clear", CueFrame::clause, CueClass::other};
    }
    if ((w == "placed" || w == "put" || w == "laid" || w == "puts" || w == "places" || w == "lays") &&
        ctx.is(i + 1, "the") && ctx.is(i + 2, "blame"))
        return PhraseCue{{i, i + 3}, "blame"};
    // "put the death toll at 14": the toll is the claim
    if ((w == "put" || w == "puts" || w == "putting" || w == "placed" || w == "places") && ctx.is(i + 1, "the") &&
        (ctx.is(i + 2, "toll") || (ctx.is(i + 2, "death") && ctx.is(i + 3, "toll"))))
        return PhraseCue{{i, i + 1}, "put"};
    return std::nullopt;
}

}  // namespace claimgraph::extract
