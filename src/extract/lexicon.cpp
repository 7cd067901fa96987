#include "extract/lexicon.h"

#include <cstring>

#include "extract/word_set.h"

namespace claimgraph::extract {

namespace {

// The word lists are written as sentences are, not one column per word:
// clang-format off
// Keep in step with the frames of reported.cpp (according_to, as_reported, hedge_adverb) and
// phrase_cues.cpp.
const WordSet kCueOpeners{"according", "as", "reportedly", "allegedly", "purportedly", "called", "calls", "call",
                          "calling", "placed", "put", "laid", "puts", "places", "lays", "putting", "pointed",
                          "points", "point", "pointing", "talk", "talks", "talked", "talking", "speak", "speaks",
                          "spoke", "speaking", "express", "expressed", "expresses", "expressing", "voiced",
                          "voices", "voice", "voicing", "made", "makes", "make", "making"};
const WordSet kPublicationHeads{"record", "ledger", "times", "post", "gazette", "herald", "courier", "journal",
                                "tribune", "chronicle", "observer", "guardian", "telegraph", "express", "globe",
                                "inquirer", "examiner", "bulletin", "dispatch", "sentinel", "standard", "mirror",
                                "news", "mail", "star", "sun", "independent", "advertiser", "gazette",
                                "reporter", "monitor", "enquirer", "review", "report", "radio", "television", "tv"};
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
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "governor", "minister", "speaker", "whip",
    "president", "mayor", "secretary", "senator", "official", "chief", "director", "head",
    "leader", "commander", "general", "ambassador", "envoy", "adviser", "advisor", "aide",
    "analyst", "expert", "professor", "researcher", "lawyer", "attorney", "judge",
    "prosecutor", "chairman", "chairwoman", "chair", "ceo", "founder", "officer",
    "representative", "deputy", "candidate", "nominee", "manager", "coordinator",
    "economist", "scientist", "doctor", "witness", "resident", "premier", "chancellor",
    "king", "queen", "prince", "pope", "sheriff", "undersheriff", "commissioner", "superintendent",
    "inspector", "investigator", "correspondent", "reporter", "editor", "columnist",
    "activist", "veteran", "member", "lawmaker", "legislator", "congressman", "businessman",
    "businesswoman", "billionaire", "tycoon", "mogul",
    "congresswoman", "councillor", "councilor", "councilman", "councilwoman", "negotiator",
    "strategist", "pollster", "historian", "diplomat", "colonel", "captain", "lieutenant",
    "sergeant", "admiral", "marshal", "mp", "mep", "rep", "sen", "gov", "dr", "prof", "gen",
    "col", "lt", "capt", "sgt", "spokesmen", "president-elect", "vice", "ombudsman",
    "administrator", "executive", "owner", "partner", "student", "teacher", "mother",
    "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend",
    "neighbour", "neighbor", "survivor", "victim", "physician", "nurse", "surgeon",
    "engineer", "author", "writer", "host", "anchor", "presenter", "coach", "player",
    "coroner", "publicist", "agent", "detective", "trooper", "constable", "firefighter",
    "paramedic", "pilot", "actor", "actress", "singer", "rapper", "producer", "designer",
    "chef", "dentist", "pharmacist", "psychologist", "psychiatrist", "therapist", "priest",
    "pastor", "bishop", "archbishop", "rabbi", "imam", "dean", "lecturer", "banker",
    "investor", "accountant", "consultant", "architect", "farmer", "staffer", "clerk",
    "auditor", "treasurer", "comptroller", "solicitor", "barrister", "magistrate", "warden",
    "ranger", "curator", "musician", "athlete", "referee", "trainer", "astronaut", "medic",
    "filmmaker", "comedian", "novelist", "poet", "artist", "photographer", "journalist",
    "screenwriter", "playwright", "entertainer", "boxer", "golfer", "footballer", "broadcaster",
    "composer"};
const WordSet kBusinessNouns{
    "company", "firm", "corporation", "giant", "group", "maker", "manufacturer", "retailer",
    "carmaker", "automaker", "chipmaker", "airline", "carrier", "conglomerate", "startup",
    "business", "insurer", "lender", "studio", "chain", "operator"};
const WordSet kRoleModifiers{
    "regional", "local", "deputy", "senior", "former", "foreign", "health", "defense",
    "defence", "interior", "justice", "finance", "prime", "vice", "assistant", "acting",
    "chief", "top", "press", "state", "federal", "national", "general", "associate",
    "executive", "interim", "military", "civilian", "district", "county", "city", "police",
    "fire", "emergency", "security", "intelligence", "presidential", "ministry", "white",
    "house", "government", "campaign", "party", "union", "company", "army", "navy", "u.s.",
    "russian", "ukrainian", "american", "british", "european", "provincial", "municipal",
    "combat", "retired", "longtime", "veteran", "lead", "principal", "first", "economic",
    "political", "legal", "independent", "ranking", "democrat", "republican", "democratic"};
const WordSet kOrgHeads{
    "ministry", "kremlin", "department", "force", "agency", "office", "council", "commission",
    "committee", "government", "army", "forces", "police", "party", "union", "court", "bank",
    "company", "corporation", "inc", "inc.", "corp", "corp.", "ltd", "university", "service",
    "administration", "pentagon", "parliament", "congress", "senate", "embassy", "command",
    "guard", "authority", "organization", "organisation", "institute", "foundation", "patrol",
    "association", "group", "campaign", "network", "board", "bureau", "cabinet", "duma",
    "nato", "un", "eu", "fbi", "cia", "who", "cross", "navy", "military", "centre", "center",
    "secretariat", "directorate", "federation", "coalition", "alliance", "church", "club",
    "hospital", "school", "department's", "house", "staff", "prosecutor's", "unit",
    "headquarters", "firm", "fund", "society", "tribunal", "assembly", "legislature",
    "academy", "museum", "library", "college", "laboratory", "observatory"};
const WordSet kCollective{
    "officials", "authorities", "diplomats", "witnesses", "residents", "experts", "analysts",
    "lawmakers", "activists", "people", "observers", "critics", "investigators", "rescuers",
    "medics", "doctors", "officers", "soldiers", "troops", "police", "cops", "media", "leaders",
    "prosecutors", "protesters", "scientists", "researchers", "economists", "politicians",
    "democrats", "republicans", "members", "employees", "workers", "spokespeople",
    "representatives", "ministers", "governments", "agencies", "forces", "militants",
    "rebels", "separatists", "insurgents", "volunteers", "survivors", "families",
    "relatives", "neighbours", "neighbors", "organizers", "organisers", "advocates",
    "supporters", "opponents", "voters", "parents", "students", "teachers", "lawyers",
    "attorneys", "judges", "administrators", "executives", "staff", "staffers", "aides",
    "advisers", "advisors", "allies", "partners", "countries", "states", "groups", "organizations", "organisations",
    "bloggers", "users", "journalists", "correspondents", "reporters", "commentators",
    "pundits", "polls", "surveys", "studies", "images", "videos", "footage", "photos",
    "pictures", "data", "documents", "records", "statistics", "figures", "estimates",
    "percent", "%", "majority", "plurality", "minority", "half", "third", "quarter",
    "respondents", "americans", "conservatives", "liberals", "progressives", "moderates",
    "millennials", "boomers", "jury", "juries",
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
                        "statement", "announcement", "message", "resolution", "decree", "communique", "memo", "ad", "advertisement", "website", "post", "tweet", "release",
                        "constitution", "charter"};
// clang-format off
// Words in "-ing" that stand before a noun as adjectives or in compounds ("ranking member",
// "the presiding judge", "a leading advocate", "a visiting Chinese delegation"), not
// participles that open what follows a noun ("Democrats opposing the bill", "people working
// for the mayor").
const WordSet kAttributiveIng{"ranking", "leading", "acting", "managing", "presiding", "outgoing", "incoming",
                              "sitting", "ruling", "governing", "founding", "visiting", "reigning", "remaining",
                              "existing", "retiring", "supervising", "consulting", "arresting", "commanding",
                              "dissenting", "polling", "voting", "drafting", "lobbying", "publishing", "buying",
                              "hiring", "staffing", "spending", "funding", "housing", "building", "meeting",
                              "hearing", "briefing", "rising", "growing", "booming", "emerging", "marketing",
                              "banking", "trading", "shipping", "mining", "manufacturing", "engineering",
                              "broadcasting", "advertising", "accounting"};
// clang-format on
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
const WordSet kNameSuffixes{"md", "phd", "jr", "sr", "ii", "iii", "iv", "dds", "dmd", "rn", "esq", "mph", "mba",
                            "jd", "dvm", "facs", "facp", "edd", "psyd", "lcsw", "cpa", "qc", "kc", "obe", "mbe"};

const WordMap<std::string_view> kAgencies{
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
const WordMap<std::string_view> kOutlets{
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

const WordMap<long long> kNumberWords{
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
    {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},
    {"forty", 40}, {"fifty", 50}, {"hundred", 100}, {"dozen", 12}, {"dozens", 24}};

// clang-format on
}  // namespace

bool is_cue_opener(std::string_view w) { return in(kCueOpeners, w); }

bool is_publication_head(std::string_view w) { return in(kPublicationHeads, w); }
bool is_pronoun_subject(std::string_view w) { return in(kPronouns, w); }
bool is_determiner(std::string_view w) { return in(kDeterminers, w); }
bool is_quantifier_pronoun(std::string_view w) {
    static const WordSet kQuantifiers{"many", "most", "some", "several", "both", "another"};
    return in(kQuantifiers, w);
}
bool is_auxiliary(std::string_view w) { return in(kAuxiliaries, w); }
bool is_be_form(std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || w == "being";
}
bool is_adverb_between(std::string_view w) { return in(kAdverbs, w); }
bool is_irregular_past(std::string_view w) { return in(kIrregularPast, w); }
bool is_past_form(std::string_view w) { return is_irregular_past(w) || (w.size() > 4 && w.ends_with("ed")); }
bool is_preposition(std::string_view w) { return in(kPrepositions, w); }
bool is_subordinator(std::string_view w) { return in(kSubordinators, w); }
bool is_clause_opener(std::string_view w) {
    static const WordSet kOpeners{"although", "though", "while", "because", "when",    "if",   "despite", "after",
                                  "before",   "since",  "as",    "unless",  "whereas", "once", "until"};
    return kOpeners.contains(w);
}
bool is_connective(std::string_view w) {
    static const WordSet kConnectives{"but", "and", "however", "still", "yet", "meanwhile", "also", "moreover", "so",
                                      "indeed", "instead", "besides", "furthermore", "nevertheless", "nonetheless",
                                      "again", "likewise", "similarly", "otherwise", "anyway", "further", "now"};
    return kConnectives.contains(w);
}
bool is_opening_adverb(std::string_view w) {
    static const WordSet kTime{"then", "later", "earlier", "afterward", "afterwards", "finally", "eventually"};
    return is_connective(w) || kTime.contains(w);
}
bool is_role_noun(std::string_view w) {
    if (in(kRoleNouns, w)) return true;
    // a compound of roles: "secretary-treasurer", "co-founder", "ex-president" (memchr first:
    // most words asked hold no hyphen)
    if (w.size() > 3 && std::memchr(w.data(), '-', w.size()) != nullptr) {
        const std::size_t dash = w.rfind('-');
        if (dash + 1 < w.size()) return in(kRoleNouns, w.substr(dash + 1));
    }
    // plurals: senators, spokesmen's kin "advisers"
    return w.size() > 3 && w.back() == 's' && in(kRoleNouns, w.substr(0, w.size() - 1));
}
bool is_role_modifier(std::string_view w) { return in(kRoleModifiers, w); }
bool is_business_noun(std::string_view w) { return in(kBusinessNouns, w); }
bool is_org_head(std::string_view w) { return in(kOrgHeads, w); }

bool is_party_tag(std::string_view w) {
    if (w.size() < 4 || (w[0] != 'r' && w[0] != 'd' && w[0] != 'i') || w[1] != '-') return false;
    for (std::size_t i = 2; i < w.size(); ++i)
        if (w[i] < 'a' || w[i] > 'z') return false;
    return true;
}
bool is_collective_noun(std::string_view w) { return in(kCollective, w); }
bool is_anonymous_noun(std::string_view w) { return in(kAnonymous, w); }
bool is_evidence_noun(std::string_view w) { return in(kEvidence, w); }
bool is_agent_noun(std::string_view w) {
    const std::string_view one = w.ends_with('s') ? w.substr(0, w.size() - 1) : w;
    for (std::string_view suffix : {"er", "or", "ist", "ant", "ent", "ian", "an"})
        if (one.size() > suffix.size() + 2 && one.ends_with(suffix)) return true;
    return false;
}
bool is_time_word(std::string_view w) { return in(kTimeWords, w); }
bool is_attributive_ing(std::string_view w) { return in(kAttributiveIng, w); }
bool is_people_plural(std::string_view w) {
    if (is_collective_noun(w)) return true;
    // fishermen, congressmen, businesswomen
    if (w == "men" || w == "women" || (w.size() > 5 && w.ends_with("men"))) return true;
    // (a singular in "-ss" is none: "actress", "witness"; nor a thing in "-ment": "comments")
    if (w.size() < 4 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("ments")) return false;
    return is_agent_noun(w) || is_role_noun(w.substr(0, w.size() - 1));
}
bool is_negated_auxiliary(std::string_view w) { return w.ends_with("n't") || w.ends_with("n\u2019t"); }
bool is_manner_adverb(std::string_view w) {
    static const WordSet kNotAdverbs{"family", "assembly", "elderly", "friendly", "monopoly", "anomaly", "quarterly",
                                     "weekly", "monthly", "yearly", "lonely", "lovely", "deadly", "costly",
                                     "likely", "unlikely", "orderly", "homily", "butterfly", "italy"};
    return w.size() >= 6 && w.ends_with("ly") && !in(kNotAdverbs, w);
}
bool is_female_role(std::string_view w) { return in(kFemaleRoles, w); }
bool is_male_role(std::string_view w) { return in(kMaleRoles, w); }
bool is_honorific(std::string_view w) { return in(kHonorifics, w); }
bool is_name_suffix(std::string_view w) { return in(kNameSuffixes, w); }
bool is_place_name(std::string_view w) { return in(kPlaces, w); }

std::optional<std::string_view> known_agency(std::string_view w) {
    if (const auto* v = kAgencies.find(w)) return *v;
    return std::nullopt;
}

std::optional<std::string_view> known_outlet(std::string_view w) {
    if (const auto* v = kOutlets.find(w)) return *v;
    return std::nullopt;
}

std::optional<long long> number_word(std::string_view w) {
    if (const auto* v = kNumberWords.find(w)) return *v;
    return std::nullopt;
}

}  // namespace claimgraph::extract
