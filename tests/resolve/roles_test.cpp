// Roles as the linker reads them (resolve/roles.h), on names written here.
#include <gtest/gtest.h>

#include "resolve/roles.h"
#include "resolve/salience.h"
#include "resolve/surnames.h"

namespace claimgraph {

namespace {

SourceRecord person(const std::string& name, const std::string& role = "") {
    SourceRecord r;
    r.id = "x";
    r.name = name;
    r.type = SourceType::person;
    r.role = role;
    return r;
}

}  // namespace

TEST(Roles, TitlesOfOneClass) {
    EXPECT_EQ(resolve::title_class("Attorney"), "lawyer");
    EXPECT_EQ(resolve::title_class("counsel"), "lawyer");
    EXPECT_EQ(resolve::title_class("publicist"), "spokesman");
    EXPECT_EQ(resolve::title_class("spokeswoman"), "spokesman");
    EXPECT_EQ(resolve::title_class("coroner"), "coroner");
    // two words that make one title
    EXPECT_EQ(resolve::title_of("Vice President"), "vice president");
    EXPECT_EQ(resolve::title_of("the State Department's inspector general"), "inspector general");
    EXPECT_EQ(resolve::title_of("Attorney General"), "attorney general");
    EXPECT_EQ(resolve::title_of("former general"), "general");
}

TEST(Roles, APhrasesTitlesAndWhoseTheyAre) {
    using H = resolve::HeldRole;
    EXPECT_EQ(resolve::roles_in("Lind's lawyer Tomas Brel"), (std::vector<H>{{"lawyer", "lind"}}));
    EXPECT_EQ(resolve::roles_in("Lind lawyer Tomas Brel"), (std::vector<H>{{"lawyer", "lind"}}));
    EXPECT_EQ(resolve::roles_in("Orel' longtime publicist, Dan Orel"), (std::vector<H>{{"spokesman", "orel"}}));
    EXPECT_EQ(resolve::roles_in("spokesman Dan Orel"), (std::vector<H>{{"spokesman", ""}}));
    EXPECT_TRUE(resolve::roles_in("Dan Orel").empty());
    // a title in the possessive says whose, not what this person is
    EXPECT_EQ(resolve::roles_in("the governor's spokesman"), (std::vector<H>{{"spokesman", ""}}));
    EXPECT_TRUE(resolve::roles_in("who attended King's news conference").empty());
    EXPECT_EQ(resolve::roles_in("Vice President Ivo Vale"), (std::vector<H>{{"vice president", ""}}));
}

TEST(Roles, APersonKnownByARoleAlone) {
    const auto possessed = resolve::role_only(person("Vera Lind's attorney"));
    ASSERT_TRUE(possessed);
    EXPECT_EQ(possessed->title, "lawyer");
    EXPECT_EQ(possessed->possessor, "lind");
    EXPECT_TRUE(possessed->definite);
    const auto headline = resolve::role_only(person("Lawyer"));
    ASSERT_TRUE(headline);
    EXPECT_EQ(headline->possessor, "");
    ASSERT_TRUE(resolve::role_only(person("The coroner")));
    // someone new, or whose relative: never resolved to a named person
    ASSERT_TRUE(resolve::role_only(person("a spokesman")));
    EXPECT_FALSE(resolve::role_only(person("a spokesman"))->definite);
    SourceRecord aide = person("top aide");  // the name has lost the mention's "a"
    aide.aliases = {"a top aide"};
    ASSERT_TRUE(resolve::role_only(aide));
    EXPECT_FALSE(resolve::role_only(aide)->definite);
    SourceRecord hers = person("spokesman");
    hers.aliases = {"her spokesman"};
    ASSERT_TRUE(resolve::role_only(hers));
    EXPECT_TRUE(resolve::role_only(hers)->pronoun);
    ASSERT_TRUE(resolve::role_only(person("brother")));
    EXPECT_FALSE(resolve::role_only(person("brother"))->definite);
    // a party or nationality before the title says only what kind; a body's name makes a name
    EXPECT_FALSE(resolve::role_only(person("the Kremlin spokesman")));
    const auto party = resolve::role_only(person("Republican presidential candidate"));
    ASSERT_TRUE(party);
    EXPECT_EQ(party->possessor, "");
    EXPECT_TRUE(party->definite);
    EXPECT_FALSE(resolve::role_only(person("Republican strategists")));  // a group
    // names, not roles
    EXPECT_FALSE(resolve::role_only(person("Mr. King")));
    EXPECT_FALSE(resolve::role_only(person("Dan Orel", "spokesman")));
    EXPECT_FALSE(resolve::role_only(person("Deputy Chief")));
    SourceRecord body = person("spokesman");
    body.type = SourceType::organization;
    EXPECT_FALSE(resolve::role_only(body));
}

TEST(Roles, NamesATextGivesAfterATitle) {
    const auto named = resolve::titled_names(
        "The agency quoted her lawyer Dan Jay Orel as saying so. Spokeswoman Ana Ruiz, and the lawyer, declined.");
    EXPECT_EQ(named.at("lawyer"), (std::set<std::string>{"dan orel"}));
    EXPECT_EQ(named.at("spokesman"), (std::set<std::string>{"ana ruiz"}));
    EXPECT_EQ(named.size(), 2u);
    // no president in a vice president, no honorific in a name, no caption's noun
    const auto more = resolve::titled_names(
        "Vice President Ivo Vale spoke. The envoy, diplomat Sir Peter Lane, agreed.\n"
        "[Video: President Ana Ruiz Speech at the Harbour (9/17/16)] The speech was short.");
    EXPECT_EQ(more.at("vice president"), (std::set<std::string>{"ivo vale"}));
    EXPECT_EQ(more.at("diplomat"), (std::set<std::string>{"peter lane"}));
    EXPECT_EQ(more.at("president"), (std::set<std::string>{"ana ruiz"}));
}

TEST(Roles, TitlesATextGivesASurnameAlone) {
    const auto titles = resolve::surname_titles(
        "President Marsh's choices were praised. Vice President Vale agreed, and Governor Ivo Brel did not. "
        "Senator K. spoke; Mr. Lind left.");
    EXPECT_EQ(titles.at("marsh"), (std::set<std::string>{"president"}));  // the possessive's owner
    EXPECT_EQ(titles.at("vale"), (std::set<std::string>{"vice president"}));
    EXPECT_FALSE(titles.count("brel"));  // a full name is no surname alone
    EXPECT_FALSE(titles.count("ivo"));
    EXPECT_FALSE(titles.count("k"));     // an initial is no surname
    EXPECT_FALSE(titles.count("lind"));  // an honorific is no title
    EXPECT_EQ(resolve::surname_titles("Secretary Vale spoke. President Vale replied. Vale said so.").at("vale"),
              (std::set<std::string>{"president", "secretary"}));
}

TEST(Salience, TheBodyAnArticleIsAbout) {
    const std::string text =
        "Veltrix rushes out a patch.\n\nNormally, Veltrix ships fixes monthly. Today the company said "
        "attacks on Harbor Browser users were rising, and Veltrix urged them to update. Analyst Dana Veltrix "
        "Moss agreed.\n";
    // "Veltrix" after "Dana" is a name's word: no body stands out
    EXPECT_FALSE(resolve::salient_body(text, {}));
    const std::string plain =
        "Veltrix rushes out a patch.\n\nNormally, Veltrix ships fixes monthly. Today the company said "
        "attacks on Harbor Browser users were rising, and Veltrix urged them to update.\n";
    EXPECT_EQ(resolve::salient_body(plain, {}), "Veltrix");
    EXPECT_FALSE(resolve::salient_body(plain, {"veltrix"}));  // a person of the article
    // a title-case headline above it, "The Veltrix blog", "George W. Bush": no name's words
    const std::string headline =
        "Veltrix Rushes Out Emergency Fix\n\nVeltrix has rushed out a fix. The Veltrix blog said attacks rose, "
        "and Veltrix urged users to update, as George W. Bush did not.\n";
    EXPECT_EQ(resolve::salient_body(headline, {}), "Veltrix");
    EXPECT_FALSE(resolve::salient_body("George W. Bush spoke. Later Bush left, and Bush wrote.", {}));
    // parties and peoples are no body
    EXPECT_FALSE(resolve::salient_body("Then Republicans met. Later Republicans voted, and Republicans left.", {}));
    // two names written as often: the one the headline names first, its subject
    const std::string tie =
        "Users said Veltrix was slow and HB was at risk. Later, Veltrix said HB, and Veltrix and HB agreed.\n";
    EXPECT_FALSE(resolve::salient_body(tie, {}));
    EXPECT_EQ(resolve::salient_body(tie, {}, "Veltrix releases fix for HB bug"), "Veltrix");
    EXPECT_EQ(resolve::salient_body(tie, {}, "HB bug fixed by Veltrix"), "HB");
    EXPECT_FALSE(resolve::salient_body(tie, {}, "Markets fall"));  // the headline names neither
}

}  // namespace claimgraph
