// The reporting verbs (lexicon.h's cue_verb): each verb's forms, the frame it takes its
// content in, whether it reports speech or a belief, intention or finding.
#include "extract/lexicon.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/word_set.h"

namespace claimgraph::extract {

namespace {

struct VerbEntry {
    std::string_view lemma;
    std::initializer_list<std::string_view> forms;  ///< empty: the regular forms of `lemma`
    CueFrame frame;
    CueClass cls;
    bool inversion;
};

constexpr auto clause = CueFrame::clause;
constexpr auto object_clause = CueFrame::object_clause;
constexpr auto object = CueFrame::object_content;
constexpr auto speech = CueClass::speech;
constexpr auto other = CueClass::other;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The regular inflections of an English verb: criticize → criticizes, criticized,
// criticizing; deny → denies, denied; push → pushes.
std::vector<std::string> regular_forms(std::string_view lemma) {
    const std::string l(lemma);
    std::vector<std::string> f{l};
    const char last = l.back();
    const bool consonant_y = last == 'y' && l.size() > 1 && !is_vowel(l[l.size() - 2]);
    if (consonant_y) {
        const std::string stem = l.substr(0, l.size() - 1);
        f.push_back(stem + "ies");
        f.push_back(stem + "ied");
    } else if (l.ends_with("s") || l.ends_with("sh") || l.ends_with("ch") || l.ends_with("x") || l.ends_with("z")) {
        f.push_back(l + "es");
        f.push_back(l + "ed");
    } else if (last == 'e') {
        f.push_back(l + "s");
        f.push_back(l + "d");
    } else {
        f.push_back(l + "s");
        f.push_back(l + "ed");
    }
    if (last == 'e' && !l.ends_with("ee"))
        f.push_back(l.substr(0, l.size() - 1) + "ing");
    else
        f.push_back(l + "ing");
    return f;
}

// Reporting verbs and how they take their content. Speech verbs report what was said;
// "other" verbs attribute beliefs, intentions, stances and findings, which news reports
// as claims of their subject ("officials believe", "the poll found", "Ryan endorsed Trump").
const std::initializer_list<VerbEntry> kVerbs = {
    // speech, content a clause: X said (that) …; …, X said
    {"say", {"say", "says", "said", "saying"}, clause, speech, true},
    {"tell", {"tell", "tells", "told", "telling"}, object_clause, speech, true},
    {"write", {"write", "writes", "wrote", "writing"}, clause, speech, true},
    {"claim", {}, clause, speech, true},
    {"report", {"report", "reports", "reported", "reporting"}, clause, speech, true},
    {"state", {"stated", "stating"}, clause, speech, true},
    {"add", {}, clause, speech, true},
    {"announce", {}, object, speech, true},
    {"deny", {}, object, speech, false},
    {"warn", {}, clause, speech, true},
    {"insist", {}, clause, speech, true},
    {"argue", {}, clause, speech, true},
    {"assert", {}, clause, speech, true},
    {"allege", {}, clause, speech, true},
    {"confirm", {}, object, speech, true},
    {"explain", {}, clause, speech, true},
    {"note", {"notes", "noted", "noting"}, clause, speech, true},
    {"tweet", {"tweet", "tweets", "tweeted", "tweeting"}, clause, speech, true},
    {"post", {"posted"}, clause, speech, true},
    {"declare", {}, clause, speech, true},
    {"admit", {"admit", "admits", "admitted", "admitting"}, clause, speech, true},
    {"acknowledge", {}, clause, speech, true},
    {"contend", {}, clause, speech, true},
    {"maintain", {"maintained"}, clause, speech, true},
    {"predict", {}, clause, speech, true},
    {"reveal", {}, object, speech, true},
    {"disclose", {"disclosed", "discloses"}, object, speech, true},
    {"stress", {"stressed", "stresses", "stressing"}, clause, speech, true},
    {"emphasize", {}, clause, speech, true},
    {"emphasise", {}, clause, speech, true},
    {"complain", {}, clause, speech, true},
    {"reply", {}, clause, speech, true},
    {"respond", {"responded", "responds", "responding"}, clause, speech, true},
    {"recall", {"recalled", "recalls", "recalling"}, clause, speech, true},
    {"concede", {}, clause, speech, true},
    {"testify", {}, clause, speech, true},
    {"vow", {}, object, speech, true},
    {"pledge", {}, object, speech, true},
    {"promise", {"promised", "promises", "promising"}, object, speech, true},
    {"threaten", {}, object, speech, false},
    {"estimate", {"estimated", "estimates"}, clause, speech, true},
    {"mention", {"mentioned", "mentions"}, object, speech, true},
    {"remark", {"remarked", "remarking"}, clause, speech, true},
    {"comment", {"commented", "commenting"}, clause, speech, true},
    {"observe", {"observed", "observes"}, clause, speech, true},
    {"continue", {"continued"}, clause, speech, true},
    {"joke", {"joked", "jokes", "joking"}, clause, speech, true},
    {"quip", {"quipped"}, clause, speech, true},
    {"boast", {}, clause, speech, true},
    {"brag", {"bragged", "brags", "bragging"}, clause, speech, true},
    {"caution", {"cautioned", "cautions"}, clause, speech, true},
    {"counter", {"countered"}, clause, speech, true},
    {"retort", {"retorted"}, clause, speech, true},
    {"interject", {"interjected", "interjects"}, clause, speech, true},
    {"charge", {"charged", "charges"}, clause, speech, true},
    {"proclaim", {}, clause, speech, true},
    {"repeat", {"repeated", "repeating"}, clause, speech, true},
    {"exclaim", {}, clause, speech, true},
    {"shout", {}, clause, speech, true},
    {"yell", {}, clause, speech, true},
    {"reiterate", {}, clause, speech, true},
    {"lament", {"lamented"}, clause, speech, true},
    {"concur", {"concurred"}, clause, speech, true},
    {"swear", {"swore", "sworn"}, clause, speech, true},
    {"speculate", {}, clause, speech, true},
    {"hint", {"hinted"}, clause, speech, true},
    {"signal", {"signaled", "signalled"}, object, speech, false},
    {"suggest", {}, clause, speech, true},
    {"ask", {}, clause, speech, true},
    {"wonder", {"wondered", "wonders"}, clause, speech, true},
    {"demand", {"demanded", "demanding"}, object, speech, false},
    {"recommend", {}, object, speech, false},
    {"propose", {}, object, speech, false},
    {"remind", {}, object_clause, speech, false},
    {"inform", {}, object_clause, speech, false},
    {"assure", {}, object_clause, speech, false},
    {"notify", {}, object_clause, speech, false},
    {"advise", {"advised", "advises"}, object, speech, false},
    // speech acts that take an object: X accused KYIV OF …, X praised …
    {"accuse", {}, object, speech, false},
    {"blame", {"blamed", "blames", "blaming"}, object, speech, false},
    {"describe", {}, object, speech, false},
    {"dismiss", {}, object, speech, false},
    {"reject", {}, object, speech, false},
    {"urge", {}, object, speech, false},
    {"criticize", {}, object, speech, false},
    {"criticise", {}, object, speech, false},
    {"praise", {"praised", "praises", "praising"}, object, speech, false},
    {"endorse", {}, object, speech, false},
    {"condemn", {}, object, speech, false},
    {"denounce", {}, object, speech, false},
    {"slam", {"slammed", "slams", "slamming"}, object, speech, false},
    {"blast", {"blasted", "blasts", "blasting"}, object, speech, false},
    {"decry", {}, object, speech, false},
    {"assail", {}, object, speech, false},
    {"tout", {"touted", "touts", "touting"}, object, speech, false},
    {"defend", {}, object, speech, false},
    {"applaud", {}, object, speech, false},
    {"cite", {}, object, speech, false},
    {"question", {"questioned", "questioning"}, object, speech, false},
    {"challenge", {"challenged"}, object, speech, false},
    {"call", {"call", "called", "calls", "calling"}, object, speech, false},
    {"label", {"labeled", "labelled"}, object, speech, false},
    {"dub", {"dubbed"}, object, speech, false},
    {"mock", {"mocked", "mocks", "mocking"}, object, speech, false},
    {"ridicule", {"ridiculed"}, object, speech, false},
    {"thank", {"thanked"}, object, speech, false},
    {"congratulate", {}, object, speech, false},
    {"discuss", {}, object, speech, false},
    {"decline", {"declined", "declines", "declining"}, object, speech, false},
    {"refuse", {"refused", "refuses", "refusing"}, object, speech, false},
    {"request", {"requested"}, object, speech, false},
    {"compare", {"compared", "compares", "comparing"}, object, speech, false},
    // beliefs, intentions and stances
    {"believe", {}, clause, other, true},
    {"think", {"think", "thinks", "thought"}, clause, other, true},
    {"know", {"know", "knows", "knew"}, clause, other, false},
    {"fear", {"fear", "fears", "feared"}, clause, other, true},
    {"worry", {"worry", "worries", "worried"}, clause, other, true},
    {"hope", {"hope", "hopes", "hoped", "hoping"}, object, other, true},
    {"expect", {"expect", "expects"}, object, other, true},
    {"doubt", {"doubted", "doubts"}, clause, other, false},
    {"suspect", {"suspected", "suspects"}, clause, other, false},
    {"assume", {}, clause, other, false},
    {"realize", {}, clause, other, false},
    {"recognize", {}, clause, other, false},
    {"understand", {"understand", "understands", "understood"}, clause, other, false},
    {"agree", {"agree", "agrees", "agreed"}, object, other, false},
    {"disagree", {}, object, other, false},
    {"want", {"want", "wants", "wanted"}, object, other, false},
    {"plan", {"plans", "planned"}, object, other, false},
    {"intend", {}, object, other, false},
    {"wish", {"wished", "wishes"}, object, other, false},
    {"seek", {"seek", "seeks", "sought"}, object, other, false},
    {"support", {"support", "supports", "supported"}, object, other, false},
    {"oppose", {}, object, other, false},
    {"favor", {"favors", "favored"}, object, other, false},
    {"see", {"see", "sees", "saw"}, object, other, false},
    {"regard", {"regarded", "regards"}, object, other, false},
    // "…, referring to the convention": what the speaker meant (reported.cpp reads "to" with it)
    {"refer", {"refers", "referred", "referring"}, object, other, false},
    // findings
    {"show", {"show", "shows", "showed", "shown"}, clause, other, true},
    {"find", {"find", "finds", "found"}, clause, other, true},
    {"indicate", {}, clause, other, false},
    {"conclude", {}, clause, other, true},
    {"project", {"projected", "projects"}, object, other, false},
};

const WordMap<CueVerb>& verb_table() {
    static const auto table = [] {
        static std::vector<std::string> storage;  // the generated forms the keys view
        std::vector<std::pair<std::string, CueVerb>> pending;
        for (const auto& e : kVerbs) {
            const CueVerb v{e.lemma, e.frame, e.cls, e.inversion};
            if (e.forms.size() == 0)
                for (auto& f : regular_forms(e.lemma)) pending.emplace_back(std::move(f), v);
            else
                for (std::string_view f : e.forms) pending.emplace_back(std::string(f), v);
        }
        storage.reserve(pending.size());
        WordMap<CueVerb> t;
        for (auto& [form, verb] : pending) {
            storage.push_back(std::move(form));
            t.insert(storage.back(), verb);  // the first entry for a form wins
        }
        return t;
    }();
    return table;
}

}  // namespace

std::optional<CueVerb> cue_verb(std::string_view w) {
    if (const CueVerb* v = verb_table().find(w)) return *v;
    return std::nullopt;
}

std::optional<CueVerb> cue_lemma(std::string_view lemma) {
    static const auto by_lemma = [] {
        std::unordered_map<std::string_view, CueVerb> m;
        for (const auto& e : kVerbs) m.emplace(e.lemma, CueVerb{e.lemma, e.frame, e.cls, e.inversion});
        return m;
    }();
    if (const auto it = by_lemma.find(lemma); it != by_lemma.end()) return it->second;
    return std::nullopt;
}

std::string_view cue_class_of(std::string_view lemma) {
    // clang-format off
    static const WordSet kIntention = {"want", "plan", "intend", "wish", "seek", "hope", "aim", "expect", "try", "vow"};
    // clang-format on
    // clang-format off
    static const WordSet kFinding = {"show", "find", "indicate", "conclude", "project", "suggest", "reveal", "estimate"};
    // clang-format on
    // clang-format off
    static const WordSet kSpeechPhrases = {"according to", "say", "reportedly", "quote", "speak", "point out",
                                           "read", "express"};
    // clang-format on
    // naming something ("called the plan a disgrace", "dubbed it"): a stance, not a report
    // of speech; `--scope speech` leaves it out, as GGT's quotation gold does
    // clang-format off
    static const WordSet kNaming = {"call", "dub", "label"};
    // clang-format on
    if (in(kNaming, lemma)) return "other";
    if (in(kSpeechPhrases, lemma)) return "speech";
    if (in(kIntention, lemma)) return "intention";
    if (in(kFinding, lemma)) return "finding";
    // (by the lexicon's lemma, not by a form: "note" is listed by "noted", "notes", "noting")
    if (const auto v = cue_lemma(lemma)) return v->cls == CueClass::speech ? "speech" : "belief";
    return "other";
}

}  // namespace claimgraph::extract
