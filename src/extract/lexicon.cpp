#include "extract/lexicon.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace claimgraph::extract {

namespace {

using WordSet = std::unordered_set<std::string_view>;

bool in(const WordSet& set, std::string_view w) { return set.count(w) != 0; }

struct VerbEntry {
    std::string_view lemma;
    std::initializer_list<std::string_view> forms;
    CueFrame frame;
    CueClass cls;
    bool inversion;
};

const std::unordered_map<std::string_view, CueVerb>& verb_table() {
    static const auto table = [] {
        const std::initializer_list<VerbEntry> entries = {
            {"say", {"say", "says", "said", "saying"}, CueFrame::clause, CueClass::speech, true},
            {"tell", {"tell", "tells", "told", "telling"}, CueFrame::object_clause, CueClass::speech, true},
            {"claim", {"claim", "claims", "claimed", "claiming"}, CueFrame::clause, CueClass::speech, true},
            {"report", {"report", "reports", "reported"}, CueFrame::clause, CueClass::speech, true},
            {"state", {"states", "stated"}, CueFrame::clause, CueClass::speech, true},
            {"add", {"add", "adds", "added", "adding"}, CueFrame::clause, CueClass::speech, true},
            {"announce", {"announce", "announces", "announced"}, CueFrame::clause, CueClass::speech, true},
            {"accuse", {"accuse", "accuses", "accused"}, CueFrame::object_content, CueClass::speech, false},
            {"deny", {"deny", "denies", "denied"}, CueFrame::clause, CueClass::speech, false},
            {"warn", {"warn", "warns", "warned"}, CueFrame::clause, CueClass::speech, true},
            {"insist", {"insist", "insists", "insisted"}, CueFrame::clause, CueClass::speech, true},
            {"argue", {"argue", "argues", "argued"}, CueFrame::clause, CueClass::speech, true},
            {"assert", {"assert", "asserts", "asserted"}, CueFrame::clause, CueClass::speech, true},
            {"allege", {"allege", "alleges", "alleged"}, CueFrame::clause, CueClass::speech, true},
            {"confirm", {"confirm", "confirms", "confirmed"}, CueFrame::clause, CueClass::speech, true},
            {"explain", {"explain", "explains", "explained"}, CueFrame::clause, CueClass::speech, true},
            {"note", {"notes", "noted"}, CueFrame::clause, CueClass::speech, true},
            {"write", {"write", "writes", "wrote"}, CueFrame::clause, CueClass::speech, true},
            {"tweet", {"tweet", "tweets", "tweeted"}, CueFrame::clause, CueClass::speech, true},
            {"declare", {"declare", "declares", "declared"}, CueFrame::clause, CueClass::speech, true},
            {"admit", {"admit", "admits", "admitted"}, CueFrame::clause, CueClass::speech, true},
            {"acknowledge", {"acknowledge", "acknowledges", "acknowledged"}, CueFrame::clause, CueClass::speech, true},
            {"contend", {"contend", "contends", "contended"}, CueFrame::clause, CueClass::speech, true},
            {"maintain", {"maintains", "maintained"}, CueFrame::clause, CueClass::speech, true},
            {"predict", {"predict", "predicts", "predicted"}, CueFrame::clause, CueClass::speech, true},
            {"reveal", {"reveal", "reveals", "revealed"}, CueFrame::clause, CueClass::speech, true},
            {"disclose", {"disclosed"}, CueFrame::clause, CueClass::speech, true},
            {"stress", {"stressed"}, CueFrame::clause, CueClass::speech, true},
            {"emphasize", {"emphasized", "emphasised"}, CueFrame::clause, CueClass::speech, true},
            {"complain", {"complained"}, CueFrame::clause, CueClass::speech, true},
            {"reply", {"replied"}, CueFrame::clause, CueClass::speech, true},
            {"respond", {"responded"}, CueFrame::clause, CueClass::speech, true},
            {"recall", {"recalled"}, CueFrame::clause, CueClass::speech, true},
            {"concede", {"conceded"}, CueFrame::clause, CueClass::speech, true},
            {"testify", {"testified"}, CueFrame::clause, CueClass::speech, true},
            {"vow", {"vowed", "vows"}, CueFrame::clause, CueClass::speech, true},
            {"pledge", {"pledged"}, CueFrame::clause, CueClass::speech, true},
            {"promise", {"promised"}, CueFrame::clause, CueClass::speech, true},
            {"threaten", {"threatened"}, CueFrame::clause, CueClass::speech, false},
            {"estimate", {"estimated", "estimates"}, CueFrame::clause, CueClass::speech, true},
            {"blame", {"blamed", "blames"}, CueFrame::object_content, CueClass::speech, false},
            {"describe", {"described"}, CueFrame::object_content, CueClass::speech, false},
            {"dismiss", {"dismissed"}, CueFrame::object_content, CueClass::speech, false},
            {"reject", {"rejected"}, CueFrame::object_content, CueClass::speech, false},
            {"urge", {"urged"}, CueFrame::object_content, CueClass::speech, false},
            {"inform", {"informed"}, CueFrame::object_clause, CueClass::speech, false},
            {"assure", {"assured"}, CueFrame::object_clause, CueClass::speech, false},
            {"believe", {"believe", "believes", "believed"}, CueFrame::clause, CueClass::other, true},
            {"think", {"think", "thinks", "thought"}, CueFrame::clause, CueClass::other, true},
            {"show", {"show", "shows", "showed", "shown"}, CueFrame::clause, CueClass::other, false},
            {"find", {"find", "finds", "found"}, CueFrame::clause, CueClass::other, false},
            {"suggest", {"suggest", "suggests", "suggested"}, CueFrame::clause, CueClass::other, false},
            {"indicate", {"indicate", "indicates", "indicated"}, CueFrame::clause, CueClass::other, false},
            {"conclude", {"concluded", "concludes"}, CueFrame::clause, CueClass::other, true},
            {"fear", {"fear", "fears", "feared"}, CueFrame::clause, CueClass::other, false},
            {"expect", {"expect", "expects", "expected"}, CueFrame::clause, CueClass::other, false},
        };
        std::unordered_map<std::string_view, CueVerb> t;
        for (const auto& e : entries)
            for (std::string_view f : e.forms) t.emplace(f, CueVerb{e.lemma, e.frame, e.cls, e.inversion});
        return t;
    }();
    return table;
}

const WordSet kPronouns{"he", "she", "they", "it", "we", "i", "you"};
const WordSet kDeterminers{"the", "a", "an", "this", "that", "these", "those", "his", "her",
                           "their", "its", "our", "my", "your", "another", "some", "several",
                           "many", "two", "three", "both", "one", "other", "all", "most"};
const WordSet kAuxiliaries{"is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
                           "had", "will", "would", "can", "could", "should", "shall", "may",
                           "might", "must", "do", "does", "did", "not", "n't", "also"};
const WordSet kAdverbs{"also", "earlier", "later", "previously", "repeatedly", "publicly",
                       "then", "now", "further", "again", "separately", "reportedly", "once",
                       "recently", "initially", "already", "subsequently", "privately",
                       "still", "just", "falsely", "has", "have", "had", "had", "would", "will",
                       "later", "first", "last", "simply", "flatly", "strongly"};
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
    "pictures", "data", "documents", "records", "statistics", "figures", "estimates"};
const WordSet kAnonymous{"sources", "source", "reports", "report", "official", "officials",
                         "insiders", "insider", "someone", "people", "person", "rumours",
                         "rumors", "accounts"};
const WordSet kEvidence{"images", "image", "videos", "video", "footage", "photos", "photo",
                        "pictures", "picture", "polls", "poll", "surveys", "survey", "data",
                        "documents", "document", "records", "record", "statistics", "figures",
                        "report", "reports", "study", "studies", "analysis", "research",
                        "evidence", "investigation", "review", "audit", "results", "tests",
                        "test", "findings", "estimates", "maps", "satellite", "logs"};
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
    "madrid", "georgia", "tbilisi", "armenia", "azerbaijan", "baku", "yerevan", "riyadh"};
const WordSet kHonorifics{"mr", "mrs", "ms", "miss", "dr", "sir", "madam"};

const std::unordered_map<std::string_view, std::string_view> kAgencies{
    {"ap", "AP"}, {"the associated press", "AP"}, {"associated press", "AP"},
    {"reuters", "Reuters"}, {"afp", "AFP"}, {"agence france-presse", "AFP"},
    {"agence france presse", "AFP"}, {"tass", "TASS"}, {"ria novosti", "RIA Novosti"},
    {"ria", "RIA Novosti"}, {"interfax", "Interfax"}, {"xinhua", "Xinhua"},
    {"bloomberg", "Bloomberg"}, {"ukrinform", "Ukrinform"}, {"anadolu", "Anadolu"},
    {"anadolu agency", "Anadolu"}, {"dpa", "dpa"}, {"efe", "EFE"}, {"ians", "IANS"},
    {"pti", "PTI"}, {"ani", "ANI"}, {"upi", "UPI"}, {"kyodo", "Kyodo"}, {"yonhap", "Yonhap"},
    {"the canadian press", "The Canadian Press"}, {"canadian press", "The Canadian Press"},
    {"unian", "UNIAN"}, {"ria-novosti", "RIA Novosti"}, {"sputnik", "Sputnik"}};
const std::unordered_map<std::string_view, std::string_view> kOutlets{
    {"bbc", "BBC"}, {"the bbc", "BBC"}, {"cnn", "CNN"}, {"fox news", "Fox News"},
    {"nbc", "NBC"}, {"nbc news", "NBC News"}, {"cbs", "CBS"}, {"cbs news", "CBS News"},
    {"abc", "ABC"}, {"abc news", "ABC News"}, {"al jazeera", "Al Jazeera"},
    {"the new york times", "The New York Times"}, {"the washington post", "The Washington Post"},
    {"the guardian", "The Guardian"}, {"politico", "Politico"}, {"msnbc", "MSNBC"},
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

std::optional<CueVerb> cue_verb(std::string_view w) {
    const auto& t = verb_table();
    auto it = t.find(w);
    if (it == t.end()) return std::nullopt;
    return it->second;
}

bool is_pronoun_subject(std::string_view w) { return in(kPronouns, w); }
bool is_determiner(std::string_view w) { return in(kDeterminers, w); }
bool is_auxiliary(std::string_view w) { return in(kAuxiliaries, w); }
bool is_adverb_between(std::string_view w) { return in(kAdverbs, w); }
bool is_preposition(std::string_view w) { return in(kPrepositions, w); }
bool is_subordinator(std::string_view w) { return in(kSubordinators, w); }
bool is_role_noun(std::string_view w) { return in(kRoleNouns, w); }
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
