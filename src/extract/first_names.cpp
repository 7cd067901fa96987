#include "extract/first_names.h"

#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

// Common English-language first names and those of people often in the news, written by
// us from general knowledge (no list was copied); each given overwhelmingly to one sex.
const WordSet kMale{
    "aaron",   "adam",     "alan",     "albert",  "alexander", "andrew",  "anthony",  "antonio",  "arthur",
    "barack",  "ben",      "benjamin", "bernard", "bernie",    "bill",    "billy",    "bob",      "bobby",
    "brad",    "brandon",  "brian",    "bruce",   "carl",      "carlos",  "charles",  "chris",    "christopher",
    "chuck",   "craig",    "dan",      "daniel",  "dave",      "david",   "dennis",   "donald",   "doug",
    "douglas", "edward",   "eric",     "frank",   "fred",      "gary",    "george",   "gerald",   "greg",
    "gregory", "harold",   "harry",    "henry",   "howard",    "hugh",    "ian",      "jack",     "jacob",
    "jake",    "james",    "jason",    "jeb",     "jeff",      "jeffrey", "jerry",    "jim",      "jimmy",
    "joe",     "joel",     "john",     "jon",     "jonathan",  "jorge",   "jose",     "joseph",   "josh",
    "joshua",  "juan",     "keith",    "ken",     "kenneth",   "kevin",   "larry",    "lawrence", "louis",
    "luis",    "marco",    "mark",     "martin",  "matt",      "matthew", "michael",  "mike",     "mitch",
    "mitt",    "mohammed", "muhammad", "nathan",  "neil",      "newt",    "nicholas", "nick",     "patrick",
    "paul",    "peter",    "phil",     "philip",  "ralph",     "rand",    "randy",    "raymond",  "reince",
    "richard", "rick",     "rob",      "robert",  "roger",     "ron",     "ronald",   "rudy",     "russell",
    "ryan",    "sam",      "samuel",   "scott",   "sean",      "sergei",  "stephen",  "steve",    "steven",
    "ted",     "thomas",   "tim",      "timothy", "todd",      "tom",     "tony",     "victor",   "vladimir",
    "walter",  "wayne",    "william",  "zachary"};
const WordSet kFemale{
    "alice",     "amanda",    "amy",       "angela",   "ann",      "anna",      "anne",      "barbara", "betsy",
    "betty",     "beverly",   "brenda",    "carly",    "carol",    "carolyn",   "catherine", "cheryl",  "christina",
    "christine", "cynthia",   "deborah",   "debbie",   "debra",    "diana",     "diane",     "donna",   "doris",
    "dorothy",   "elaine",    "elizabeth", "ellen",    "emily",    "emma",      "evelyn",    "frances", "gloria",
    "hannah",    "heather",   "helen",     "hillary",  "huma",     "ivanka",    "jane",      "janet",   "janice",
    "jennifer",  "jessica",   "jill",      "joan",     "joyce",    "judith",    "judy",      "julia",   "julie",
    "karen",     "katherine", "kathleen",  "kathryn",  "kathy",    "kellyanne", "kimberly",  "laura",   "lauren",
    "linda",     "lisa",      "loretta",   "lori",     "louise",   "madeleine", "margaret",  "maria",   "marie",
    "marilyn",   "martha",    "mary",      "megan",    "melania",  "melissa",   "michelle",  "nancy",   "nicole",
    "nikki",     "olivia",    "pamela",    "patricia", "rachel",   "rebecca",   "rose",      "ruth",    "sally",
    "samantha",  "sandra",    "sara",      "sarah",    "sharon",   "shirley",   "stephanie", "susan",   "teresa",
    "theresa",   "tina",      "valerie",   "victoria", "virginia", "wendy"};

}  // namespace

Gender first_name_gender(std::string_view name) {
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos || space + 1 >= name.size()) return Gender::unknown;
    const std::string first = text::lower(name.substr(0, space));
    if (kMale.contains(first)) return Gender::male;
    if (kFemale.contains(first)) return Gender::female;
    return Gender::unknown;
}

}  // namespace claimgraph::extract
