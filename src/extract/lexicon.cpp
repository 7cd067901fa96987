#include "extract/lexicon.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#include <string>

namespace claimgraph::extract {

namespace {

// A quick pre-check before hashing: which (first byte, length) pairs occur in a set.
// Most tokens of a text belong to none of the word lists, and this rejects them without
// hashing or comparing strings (string hashing and comparison were about a fifth of
// extraction's perf profile).
class Shape {
public:
    void add(std::string_view w) {
        if (!w.empty()) bits_[index(w)] = true;
    }
    bool may_contain(std::string_view w) const { return !w.empty() && bits_[index(w)]; }

private:
    static std::size_t index(std::string_view w) {
        return static_cast<unsigned char>(w[0]) * 32 + std::min<std::size_t>(w.size(), 31);
    }
    std::array<bool, 256 * 32> bits_{};
};

class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words) : set_(words) {
        for (std::string_view w : words) shape_.add(w);
    }
    bool contains(std::string_view w) const { return shape_.may_contain(w) && set_.count(w) != 0; }

private:
    std::unordered_set<std::string_view> set_;
    Shape shape_;
};

bool in(const WordSet& set, std::string_view w) { return set.contains(w); }

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
    {"remark", {"remarked"}, clause, speech, true},
    {"observe", {"observed", "observes"}, clause, speech, true},
    {"continue", {"continued"}, clause, speech, true},
    {"joke", {"joked", "jokes", "joking"}, clause, speech, true},
    {"quip", {"quipped"}, clause, speech, true},
    {"boast", {}, clause, speech, true},
    {"brag", {"bragged", "brags", "bragging"}, clause, speech, true},
    {"caution", {"cautioned", "cautions"}, clause, speech, true},
    {"counter", {"countered"}, clause, speech, true},
    {"retort", {"retorted"}, clause, speech, true},
    {"charge", {"charged", "charges"}, clause, speech, true},
    {"proclaim", {}, clause, speech, true},
    {"repeat", {"repeated"}, clause, speech, true},
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
    {"defend", {}, object, speech, false},
    {"applaud", {}, object, speech, false},
    {"cite", {}, object, speech, false},
    {"question", {"questioned", "questioning"}, object, speech, false},
    {"challenge", {"challenged"}, object, speech, false},
    {"call", {"called", "calls", "calling"}, object, speech, false},
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
    {"know", {"knows", "knew"}, clause, other, false},
    {"fear", {"fear", "fears", "feared"}, clause, other, true},
    {"worry", {"worry", "worries", "worried"}, clause, other, true},
    {"hope", {"hope", "hopes", "hoped", "hoping"}, object, other, true},
    {"expect", {"expect", "expects"}, object, other, true},
    {"doubt", {"doubted", "doubts"}, clause, other, false},
    {"suspect", {"suspected", "suspects"}, clause, other, false},
    {"assume", {}, clause, other, false},
    {"realize", {}, clause, other, false},
    {"recognize", {}, clause, other, false},
    {"understand", {"understands", "understood"}, clause, other, false},
    {"agree", {"agree", "agrees", "agreed"}, object, other, false},
    {"disagree", {}, object, other, false},
    {"want", {"want", "wants", "wanted"}, object, other, false},
    {"plan", {"plans", "planned"}, object, other, false},
    {"intend", {}, object, other, false},
    {"wish", {"wished", "wishes"}, object, other, false},
    {"seek", {"seeks", "sought"}, object, other, false},
    {"support", {"support", "supports", "supported"}, object, other, false},
    {"oppose", {}, object, other, false},
    {"favor", {"favors", "favored"}, object, other, false},
    {"see", {"see", "sees", "saw"}, object, other, false},
    {"regard", {"regarded", "regards"}, object, other, false},
    // findings
    {"show", {"show", "shows", "showed", "shown"}, clause, other, false},
    {"find", {"find", "finds", "found"}, clause, other, false},
    {"indicate", {}, clause, other, false},
    {"conclude", {}, clause, other, true},
    {"project", {"projected", "projects"}, object, other, false},
};

const std::unordered_map<std::string_view, CueVerb>& verb_table() {
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
        std::unordered_map<std::string_view, CueVerb> t;
        for (auto& [form, verb] : pending) {
            storage.push_back(std::move(form));
            t.emplace(storage.back(), verb);  // the first entry for a form wins
        }
        return t;
    }();
    return table;
}

// Keep in step with the frames of reported.cpp: according_to, as_reported, hedge_adverb, phrase_cue.
const WordSet kCueOpeners{"according", "as", "reportedly", "allegedly", "purportedly", "called", "calls", "call",
                          "calling", "placed", "put", "laid", "puts", "places", "lays", "putting", "pointed",
                          "points", "point", "pointing"};
const WordSet kPublicationHeads{"record", "ledger", "times", "post", "gazette", "herald", "courier", "journal",
                                "tribune", "chronicle", "observer", "guardian", "telegraph", "express", "globe",
                                "inquirer", "examiner", "bulletin", "dispatch", "sentinel", "standard", "mirror",
                                "news", "mail", "star", "sun", "independent", "advertiser", "gazette"};
const WordSet kPronouns{"he", "she", "they", "it", "we", "i", "you"};
const WordSet kDeterminers{"the", "a", "an", "this", "that", "these", "those", "his", "her",
                           "their", "its", "our", "my", "your", "another", "some", "several",
                           "many", "two", "three", "both", "one", "other", "all", "most", "every", "any"};
const WordSet kAuxiliaries{"is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
                           "had", "will", "would", "can", "could", "should", "shall", "may",
                           "might", "must", "do", "does", "did", "not", "n't", "also"};
// Past forms that do not end in -ed: a clause that has one has a verb ("the shells fell").
const WordSet kIrregularPast{
    "fell", "rose", "struck", "took", "gave", "made", "went", "came", "saw", "won", "lost", "left", "met",
    "began", "broke", "brought", "built", "bought", "caught", "chose", "drove", "fought", "found", "got",
    "grew", "held", "kept", "knew", "led", "meant", "paid", "ran", "sent", "shot", "spent", "stood",
    "stole", "thought", "wrote", "became", "sold", "fled", "hid", "sank", "swept", "threw", "tore", "flew",
    "shook", "sought", "taught", "felt", "heard", "lay", "hung", "drew", "fed", "froze", "lit", "rode",
    "sat", "spoke", "stuck", "swore", "withdrew", "overtook", "upheld", "forgot", "forgave", "overcame",
    "underwent", "undertook", "understood", "arose", "bore", "beat", "bent", "bled", "blew", "bound",
    "dealt", "dug", "dove", "drank", "ate", "forbade", "foresaw", "ground", "hit", "hurt", "cost", "cut",
    "let", "put", "quit", "set", "shut", "split", "spread", "lent", "slept", "slid", "sped", "spun",
    "stank", "stung", "strove", "swam", "swung", "woke", "wore", "wove", "wept", "wound", "mistook"};
const WordSet kAdverbs{"also", "earlier", "later", "previously", "repeatedly", "publicly",
                       "then", "now", "further", "again", "separately", "reportedly", "once",
                       "recently", "initially", "already", "subsequently", "privately",
                       "still", "just", "falsely", "has", "have", "had", "had", "would", "will",
                       "later", "first", "last", "simply", "flatly", "strongly", "could", "might",
                       "may", "should", "can", "does", "did", "do", "not", "n't", "never",
                       "openly", "quickly", "immediately", "personally", "actually", "really",
                       "clearly", "firmly", "vehemently", "sharply", "harshly", "explicitly",
                       "largely", "generally", "widely", "long", "always", "often", "even",
                       "sometimes", "frequently", "ultimately", "eventually", "finally",
                       "directly", "specifically", "essentially", "apparently", "only",
                       "certainly", "probably", "likely", "increasingly", "quietly", "loudly",
                       "angrily", "bluntly", "forcefully", "formally", "officially", "yet"};
const WordSet kPrepositions{"of", "for", "at", "on", "in", "from", "with", "by", "to", "about",
                            "over", "under", "near", "across", "during", "into", "after",
                            "before", "since", "through", "against", "among", "between",
                            "without", "within", "outside", "inside", "per", "via"};
const WordSet kSubordinators{"when", "while", "because", "after", "before", "if", "as",
                             "although", "though", "since", "until", "unless", "whereas",
                             "but", "and", "or", "so", "yet", "which", "who", "whom", "whose",
                             "where", "that", "than"};
const WordSet kRoleNouns{
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "governor", "minister",
    "president", "mayor", "secretary", "senator", "official", "chief", "director", "head",
    "leader", "commander", "general", "ambassador", "envoy", "adviser", "advisor", "aide",
    "analyst", "expert", "professor", "researcher", "lawyer", "attorney", "judge",
    "prosecutor", "chairman", "chairwoman", "chair", "ceo", "founder", "officer",
    "representative", "deputy", "candidate", "nominee", "manager", "coordinator",
    "economist", "scientist", "doctor", "witness", "resident", "premier", "chancellor",
    "king", "queen", "prince", "pope", "sheriff", "commissioner", "superintendent",
    "inspector", "investigator", "correspondent", "reporter", "editor", "columnist",
    "activist", "veteran", "member", "lawmaker", "legislator", "congressman",
    "congresswoman", "councillor", "councilor", "councilman", "councilwoman", "negotiator",
    "strategist", "pollster", "historian", "diplomat", "colonel", "captain", "lieutenant",
    "sergeant", "admiral", "marshal", "mp", "mep", "rep", "sen", "gov", "dr", "prof", "gen",
    "col", "lt", "capt", "sgt", "spokesmen", "president-elect", "vice", "ombudsman",
    "administrator", "executive", "owner", "partner", "student", "teacher", "mother",
    "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend",
    "neighbour", "neighbor", "survivor", "victim", "physician", "nurse", "surgeon",
    "engineer", "author", "writer", "host", "anchor", "presenter", "coach", "player"};
const WordSet kRoleModifiers{
    "regional", "local", "deputy", "senior", "former", "foreign", "health", "defense",
    "defence", "interior", "justice", "finance", "prime", "vice", "assistant", "acting",
    "chief", "top", "press", "state", "federal", "national", "general", "associate",
    "executive", "interim", "military", "civilian", "district", "county", "city", "police",
    "fire", "emergency", "security", "intelligence", "presidential", "ministry", "white",
    "house", "government", "campaign", "party", "union", "company", "army", "navy", "u.s.",
    "russian", "ukrainian", "american", "british", "european", "provincial", "municipal",
    "combat", "retired", "longtime", "veteran", "lead", "principal", "first", "economic",
    "political", "legal", "independent"};
const WordSet kOrgHeads{
    "ministry", "kremlin", "department", "force", "agency", "office", "council", "commission",
    "committee", "government", "army", "forces", "police", "party", "union", "court", "bank",
    "company", "corporation", "inc", "inc.", "corp", "corp.", "ltd", "university", "service",
    "administration", "pentagon", "parliament", "congress", "senate", "embassy", "command",
    "guard", "authority", "organization", "organisation", "institute", "foundation",
    "association", "group", "campaign", "network", "board", "bureau", "cabinet", "duma",
    "nato", "un", "eu", "fbi", "cia", "who", "cross", "navy", "military", "centre", "center",
    "secretariat", "directorate", "federation", "coalition", "alliance", "church", "club",
    "hospital", "school", "department's", "house", "staff", "prosecutor's", "unit",
    "headquarters", "firm", "fund", "society", "tribunal", "assembly", "legislature"};
const WordSet kCollective{
    "officials", "authorities", "diplomats", "witnesses", "residents", "experts", "analysts",
    "lawmakers", "activists", "people", "observers", "critics", "investigators", "rescuers",
    "medics", "doctors", "officers", "soldiers", "troops", "police", "media", "leaders",
    "prosecutors", "protesters", "scientists", "researchers", "economists", "politicians",
    "democrats", "republicans", "members", "employees", "workers", "spokespeople",
    "representatives", "ministers", "governments", "agencies", "forces", "militants",
    "rebels", "separatists", "insurgents", "volunteers", "survivors", "families",
    "relatives", "neighbours", "neighbors", "organizers", "organisers", "advocates",
    "supporters", "opponents", "voters", "parents", "students", "teachers", "lawyers",
    "attorneys", "judges", "administrators", "executives", "staff", "staffers", "aides",
    "advisers", "advisors", "allies", "partners", "countries", "states", "groups",
    "bloggers", "users", "journalists", "correspondents", "reporters", "commentators",
    "pundits", "polls", "surveys", "studies", "images", "videos", "footage", "photos",
    "pictures", "data", "documents", "records", "statistics", "figures", "estimates",
    "percent", "%", "majority", "plurality", "minority", "half", "third", "quarter",
    "respondents", "americans", "conservatives", "liberals", "progressives", "moderates",
    "independents", "backers", "donors", "delegates", "candidates", "senators", "fans",
    "citizens", "residents", "consumers", "customers", "businesses", "companies", "others",
    "many", "some", "most", "few", "both", "all", "everyone", "nobody", "none", "anyone",
    "polling", "filings", "transcripts", "emails", "memos", "projections", "models",
    "calculations", "tallies", "counts", "numbers", "returns", "exit"};
const WordSet kAnonymous{"sources", "source", "reports", "report", "official", "officials",
                         "insiders", "insider", "someone", "people", "person", "rumours",
                         "rumors", "accounts"};
const WordSet kEvidence{"images", "image", "videos", "video", "footage", "photos", "photo",
                        "pictures", "picture", "polls", "poll", "surveys", "survey", "data",
                        "documents", "document", "records", "record", "statistics", "figures",
                        "report", "reports", "study", "studies", "analysis", "research",
                        "evidence", "investigation", "review", "audit", "results", "tests",
                        "test", "findings", "estimates", "maps", "satellite", "logs", "filings", "filing",
                        "transcript", "transcripts", "emails", "email", "memo", "memos",
                        "projections", "projection", "models", "model", "calculations", "tally",
                        "count", "numbers", "returns", "polling", "census", "inquiry", "probe",
                        "assessment", "forecast", "forecasts", "book", "article", "paper",
                        "letter", "lawsuit", "complaint", "indictment", "ruling", "decision",
                        "statement", "memo", "ad", "advertisement", "website", "post", "tweet"};
const WordSet kTimeWords{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month",
    "year", "january", "february", "april", "june", "july", "august",
    "september", "october", "november", "december", "weekend", "day", "earlier", "later",
    "last", "this", "next", "recently", "overnight"};
const WordSet kFemaleRoles{"spokeswoman", "chairwoman", "congresswoman", "councilwoman",
                           "businesswoman", "queen", "mother", "wife", "sister", "daughter",
                           "mrs", "ms", "miss", "madam", "actress", "princess", "grandmother"};
const WordSet kMaleRoles{"spokesman", "chairman", "congressman", "councilman", "businessman",
                         "king", "father", "husband", "brother", "son", "mr", "sir", "prince",
                         "pope", "grandfather"};
const WordSet kPlaces{
    "russia", "ukraine", "kyiv", "kiev", "moscow", "washington", "beijing", "china", "london",
    "britain", "paris", "france", "berlin", "germany", "israel", "jerusalem", "iran", "tehran",
    "brussels", "tokyo", "japan", "seoul", "pyongyang", "ankara", "turkey", "warsaw", "poland",
    "minsk", "belarus", "canada", "ottawa", "india", "delhi", "pakistan", "islamabad", "syria",
    "damascus", "egypt", "cairo", "qatar", "doha", "taiwan", "taipei", "hamas", "hezbollah",
    "nato", "america", "mexico", "brazil", "australia", "canberra", "rome", "italy", "spain",
    "madrid", "georgia", "tbilisi", "armenia", "azerbaijan", "baku", "yerevan", "riyadh",
    "norway", "sweden", "finland", "denmark", "netherlands", "belgium", "austria", "switzerland",
    "greece", "hungary", "romania", "bulgaria", "serbia", "croatia", "moldova", "lithuania", "latvia",
    "estonia", "ireland", "portugal", "malaysia", "indonesia", "thailand", "vietnam", "philippines",
    "singapore", "myanmar", "bangladesh", "afghanistan", "iraq", "baghdad", "lebanon", "beirut",
    "jordan", "amman", "yemen", "libya", "tunisia", "algeria", "morocco", "sudan", "ethiopia", "kenya",
    "nigeria", "venezuela", "colombia", "argentina", "chile", "peru", "cuba", "kazakhstan", "uzbekistan",
    "north korea", "south korea", "saudi arabia", "new zealand", "united states", "united kingdom",
    "south africa", "sri lanka", "the united states", "the united kingdom", "gaza", "the west bank"};
const WordSet kHonorifics{"mr", "mrs", "ms", "miss", "dr", "sir", "madam"};

const std::unordered_map<std::string_view, std::string_view> kAgencies{
    {"ap", "AP"}, {"the associated press", "AP"}, {"associated press", "AP"},
    {"reuters", "Reuters"}, {"afp", "AFP"}, {"agence france-presse", "AFP"},
    {"agence france presse", "AFP"}, {"tass", "TASS"}, {"ria novosti", "RIA Novosti"},
    {"ria", "RIA Novosti"}, {"interfax", "Interfax"}, {"xinhua", "Xinhua"},
    {"bloomberg", "Bloomberg"}, {"ukrinform", "Ukrinform"}, {"anadolu", "Anadolu"},
    {"anadolu agency", "Anadolu"}, {"dpa", "dpa"}, {"efe", "EFE"}, {"ians", "IANS"},
    {"pti", "PTI"}, {"ani", "ANI"}, {"kcna", "KCNA"}, {"korean central news agency", "KCNA"},
    {"irna", "IRNA"}, {"sana", "SANA"}, {"wafa", "WAFA"}, {"bernama", "Bernama"}, {"antara", "Antara"},
    {"belta", "BelTA"}, {"upi", "UPI"}, {"kyodo", "Kyodo"}, {"yonhap", "Yonhap"},
    {"the canadian press", "The Canadian Press"}, {"canadian press", "The Canadian Press"},
    {"unian", "UNIAN"}, {"ria-novosti", "RIA Novosti"}, {"sputnik", "Sputnik"}};
const std::unordered_map<std::string_view, std::string_view> kOutlets{
    {"bbc", "BBC"}, {"the bbc", "BBC"}, {"cnn", "CNN"}, {"fox news", "Fox News"},
    {"nbc", "NBC"}, {"nbc news", "NBC News"}, {"cbs", "CBS"}, {"cbs news", "CBS News"},
    {"abc", "ABC"}, {"abc news", "ABC News"}, {"al jazeera", "Al Jazeera"},
    {"the new york times", "The New York Times"}, {"the washington post", "The Washington Post"},
    {"the guardian", "The Guardian"}, {"the globe and mail", "The Globe and Mail"},
    {"globe and mail", "The Globe and Mail"}, {"politico", "Politico"}, {"msnbc", "MSNBC"},
    {"the wall street journal", "The Wall Street Journal"}, {"axios", "Axios"},
    {"the times", "The Times"}, {"sky news", "Sky News"}, {"npr", "NPR"},
    {"the hill", "The Hill"}, {"cbc", "CBC"}, {"cbc news", "CBC News"}, {"rt", "RT"},
    {"izvestia", "Izvestia"}, {"kommersant", "Kommersant"}, {"the kyiv independent", "The Kyiv Independent"}};

const std::unordered_map<std::string_view, long long> kNumberWords{
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
    {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},
    {"forty", 40}, {"fifty", 50}, {"hundred", 100}, {"dozen", 12}, {"dozens", 24}};

}  // namespace

namespace {

const Shape& verb_shape() {
    static const Shape shape = [] {
        Shape s;
        for (const auto& [form, verb] : verb_table()) s.add(form);
        return s;
    }();
    return shape;
}

}  // namespace

std::optional<CueVerb> cue_verb(std::string_view w) {
    if (!verb_shape().may_contain(w)) return std::nullopt;
    const auto& t = verb_table();
    auto it = t.find(w);
    if (it == t.end()) return std::nullopt;
    return it->second;
}

bool is_cue_opener(std::string_view w) { return in(kCueOpeners, w); }

std::string_view cue_class_of(std::string_view lemma) {
    static const WordSet kIntention = {"want", "plan", "intend", "wish", "seek", "hope", "aim", "expect", "try", "vow"};
    static const WordSet kFinding = {"show", "find", "indicate", "conclude", "project", "suggest", "reveal", "estimate"};
    static const WordSet kSpeechPhrases = {"according to", "say", "reportedly", "quote", "speak", "point out"};
    if (in(kSpeechPhrases, lemma)) return "speech";
    if (in(kIntention, lemma)) return "intention";
    if (in(kFinding, lemma)) return "finding";
    if (auto v = cue_verb(lemma)) return v->cls == CueClass::speech ? "speech" : "belief";
    return "other";
}
bool is_publication_head(std::string_view w) { return in(kPublicationHeads, w); }
bool is_pronoun_subject(std::string_view w) { return in(kPronouns, w); }
bool is_determiner(std::string_view w) { return in(kDeterminers, w); }
bool is_auxiliary(std::string_view w) { return in(kAuxiliaries, w); }
bool is_adverb_between(std::string_view w) { return in(kAdverbs, w); }
bool is_irregular_past(std::string_view w) { return in(kIrregularPast, w); }
bool is_preposition(std::string_view w) { return in(kPrepositions, w); }
bool is_subordinator(std::string_view w) { return in(kSubordinators, w); }
bool is_role_noun(std::string_view w) {
    if (in(kRoleNouns, w)) return true;
    // plurals: senators, spokesmen's kin "advisers"
    return w.size() > 3 && w.back() == 's' && in(kRoleNouns, w.substr(0, w.size() - 1));
}
bool is_role_modifier(std::string_view w) { return in(kRoleModifiers, w); }
bool is_org_head(std::string_view w) { return in(kOrgHeads, w); }
bool is_collective_noun(std::string_view w) { return in(kCollective, w); }
bool is_anonymous_noun(std::string_view w) { return in(kAnonymous, w); }
bool is_evidence_noun(std::string_view w) { return in(kEvidence, w); }
bool is_time_word(std::string_view w) { return in(kTimeWords, w); }
bool is_female_role(std::string_view w) { return in(kFemaleRoles, w); }
bool is_male_role(std::string_view w) { return in(kMaleRoles, w); }
bool is_honorific(std::string_view w) { return in(kHonorifics, w); }
bool is_place_name(std::string_view w) { return in(kPlaces, w); }

std::optional<std::string_view> known_agency(std::string_view w) {
    auto it = kAgencies.find(w);
    if (it == kAgencies.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string_view> known_outlet(std::string_view w) {
    auto it = kOutlets.find(w);
    if (it == kOutlets.end()) return std::nullopt;
    return it->second;
}

std::optional<long long> number_word(std::string_view w) {
    auto it = kNumberWords.find(w);
    if (it == kNumberWords.end()) return std::nullopt;
    return it->second;
}

}  // namespace claimgraph::extract
