// Relays: a speaker who told a publication is the origin, the publication relays it
// ("told Reuters", "told Bill Smith of Fox News"); anyone else who heard it relays nothing.
#include <gtest/gtest.h>

#include "test_support.h"

namespace claimgraph {

using testing::extract_text;

namespace {

// The one statement the text gives, its speaker's name and its relays' names.
struct Relayed {
    std::string speaker;
    std::vector<std::string> via;
};

Relayed only_statement(const std::string& text) {
    const Extraction ex = extract_text(text);
    EXPECT_EQ(ex.statements.size(), 1u) << text;
    if (ex.statements.empty()) return {};
    const Attribution& a = ex.statements.front();
    Relayed r{a.source ? a.source->name : "", {}};
    for (const Via& v : a.via) r.via.push_back(v.name);
    return r;
}

}  // namespace

TEST(Relay, AQuotationsSpeakerWhoToldAnOutletAfterItIsRelayedByIt) {
    const Relayed known =
        only_statement("\xE2\x80\x9CWe are running out of fuel,\xE2\x80\x9D a resident told Reuters.");
    EXPECT_EQ(known.speaker, "resident");
    EXPECT_EQ(known.via, std::vector<std::string>{"Reuters"});
    const Relayed named =
        only_statement("\xE2\x80\x9CWe are running out of fuel,\xE2\x80\x9D a resident told the Harbour Gazette.");
    EXPECT_EQ(named.via, std::vector<std::string>{"Harbour Gazette"});
}

TEST(Relay, AChannelsNumberIsPartOfItsName) {
    const Relayed quoted =
        only_statement("\xE2\x80\x9CWe are running out of fuel,\xE2\x80\x9D a resident told Channel 9 on Sunday.");
    EXPECT_EQ(quoted.via, std::vector<std::string>{"Channel 9"});
    const Relayed reported = only_statement("A resident told Channel 9 that the town was running out of fuel.");
    EXPECT_EQ(reported.speaker, "resident");
    EXPECT_EQ(reported.via, std::vector<std::string>{"Channel 9"});
}

TEST(Relay, AJournalistsOutletRelaysWhatTheJournalistWasTold) {
    const Relayed of =
        only_statement("\xE2\x80\x9CLook, it is a phony system,\xE2\x80\x9D Vale told Megyn Holt of Fox News.");
    EXPECT_EQ(of.speaker, "Vale");
    EXPECT_EQ(of.via, std::vector<std::string>{"Fox News"});
    const Relayed owned =
        only_statement("\xE2\x80\x9CLook, it is a phony system,\xE2\x80\x9D Vale told CNN's Ana Cole.");
    EXPECT_EQ(owned.via, std::vector<std::string>{"CNN"});
    const Relayed before =
        only_statement("He told Ana Cole of Fox News, \xE2\x80\x9CThe levy will not rise this year.\xE2\x80\x9D");
    EXPECT_EQ(before.via, std::vector<std::string>{"Fox News"});
}

TEST(Relay, TheDayAfterAnOutletIsNotPartOfItsName) {
    const Relayed r = only_statement("Vale told The Harbour Gazette Tuesday that the levy would not rise.");
    EXPECT_EQ(r.speaker, "Vale");
    EXPECT_EQ(r.via, std::vector<std::string>{"Harbour Gazette"});
}

TEST(Relay, APersonOrAnAudienceWhoHeardItRelaysNothing) {
    EXPECT_TRUE(
        only_statement("\xE2\x80\x9CLook, it is a phony system,\xE2\x80\x9D Vale told Megyn Holt.").via.empty());
    EXPECT_TRUE(only_statement("Vale told reporters that the levy would not rise.").via.empty());
    EXPECT_TRUE(only_statement("Vale told Bill Post that the levy would not rise.").via.empty());
}

TEST(Relay, AWireThatClosesASentenceRelaysItsSpeakersStatement) {
    const Extraction ex =
        extract_text("The toll rose to 12 overnight, regional governor Ivan Petrenko said, Interfax reported.");
    ASSERT_EQ(ex.statements.size(), 1u);  // the wire's frame is no statement of its own
    const Attribution& a = ex.statements[0];
    EXPECT_EQ(a.content_text, "The toll rose to 12 overnight");
    ASSERT_TRUE(a.source);
    EXPECT_EQ(a.source->name, "Ivan Petrenko");
    ASSERT_EQ(a.via.size(), 1u);
    EXPECT_EQ(a.via[0].name, "Interfax");
    const Relayed quoted = only_statement(
        "\xE2\x80\x9CThe bridge will not reopen before May,\xE2\x80\x9D said Elena Sadovskaya, head of the port "
        "authority, reports the Harbour Gazette.");
    EXPECT_EQ(quoted.speaker, "Elena Sadovskaya");
    EXPECT_EQ(quoted.via, std::vector<std::string>{"Harbour Gazette"});
}

TEST(Relay, AClosingRelaysWordsAreNotTheContents) {
    const Extraction ex = extract_text(
        "Lawyer Mark Heller told the judge that Vale had checked into a clinic, but prosecutors have not signed off "
        "on it, reports AP.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text,
              "that Vale had checked into a clinic, but prosecutors have not signed off on it");
    ASSERT_EQ(ex.statements[0].via.size(), 1u);
    EXPECT_EQ(ex.statements[0].via[0].name, "AP");
}

TEST(Relay, TheStationThatClosesASentenceIsThePublicationNamedBefore) {
    const Relayed r = only_statement(
        "\xE2\x80\x9CWe are running out of fuel,\xE2\x80\x9D a resident told Channel 9, the station reported.");
    EXPECT_EQ(r.speaker, "resident");
    EXPECT_EQ(r.via, std::vector<std::string>{"Channel 9"});
}

TEST(Relay, AClosingPublicationReportsWhatNoOneElseSays) {
    // no speaker of its own: the publication reports it
    const Relayed alleged =
        only_statement("Vale allegedly sent the letter to the council twice, the Harbour Gazette reported.");
    EXPECT_EQ(alleged.speaker, "Harbour Gazette");
    EXPECT_TRUE(alleged.via.empty());
    // no verb of speech before it: the wire is the speaker, as it always was
    const Relayed wire = only_statement("The toll rose to 12 overnight, Interfax reported.");
    EXPECT_EQ(wire.speaker, "Interfax");
    EXPECT_TRUE(wire.via.empty());
}

TEST(Relay, AnInterviewOrAStatementGivenToAPublicationIsRelayedByIt) {
    const Relayed quoted = only_statement(
        "\xE2\x80\x9CWe are running out of fuel,\xE2\x80\x9D a resident said in an interview with Reuters.");
    EXPECT_EQ(quoted.via, std::vector<std::string>{"Reuters"});
    const Relayed reported =
        only_statement("The mayor said in an interview with the Harbour Gazette that the bridge was safe.");
    EXPECT_EQ(reported.speaker, "mayor");
    EXPECT_EQ(reported.via, std::vector<std::string>{"Harbour Gazette"});
    const Relayed inverted =
        only_statement("The toll rose to 12 overnight, the mayor said in a statement to Channel 9.");
    EXPECT_EQ(inverted.speaker, "mayor");
    EXPECT_EQ(inverted.via, std::vector<std::string>{"Channel 9"});
    // an interview with anyone else relays nothing
    EXPECT_TRUE(only_statement("The mayor said in an interview with Ana Vale that the bridge was safe.").via.empty());
}

TEST(Relay, TheOneQuotedAsSayingSpeaksAndWhoQuotedRelays) {
    const Extraction ex =
        extract_text("Interfax quoted regional governor Ivan Petrenko as saying the toll had risen to 12.");
    ASSERT_EQ(ex.statements.size(), 1u);
    const Attribution& a = ex.statements[0];
    EXPECT_EQ(a.content_text, "the toll had risen to 12");
    ASSERT_TRUE(a.source);
    EXPECT_EQ(a.source->name, "Ivan Petrenko");
    EXPECT_EQ(a.source->role, "regional governor");
    ASSERT_EQ(a.via.size(), 1u);
    EXPECT_EQ(a.via[0].name, "Interfax");
    // what was said before the frame: a clause, or a quotation
    const Relayed before = only_statement("The toll had risen to 12, RIA Novosti quoted Petrenko as saying.");
    EXPECT_EQ(before.speaker, "Petrenko");
    EXPECT_EQ(before.via, std::vector<std::string>{"RIA Novosti"});
    const Extraction quoted = extract_text(
        "\xE2\x80\x9CHe is crazy like a fox,\xE2\x80\x9D Mr. Vale quoted Mr. Petrenko as saying of the mayor.");
    ASSERT_EQ(quoted.statements.size(), 1u);
    EXPECT_EQ(quoted.statements[0].content_text.rfind("\xE2\x80\x9CHe is crazy like a fox,", 0), 0u);
    ASSERT_TRUE(quoted.statements[0].source);
    EXPECT_EQ(quoted.statements[0].source->name, "Petrenko");
}

TEST(Relay, AccordingToAfterAQuotationsFrameRelaysItsStatement) {
    // the quotation's speaker speaks and the publication relays: it had been no relay, and
    // with a setting after the name a statement of the publication's own ("reporters, according
    // to Reuters, during …")
    for (const std::string after : {"", ", during a briefing aboard the ferry"}) {
        const Relayed r = only_statement(
            "\xE2\x80\x9CThe port is safe,\xE2\x80\x9D the mayor told reporters, "
            "according to Reuters" +
            after + ".");
        EXPECT_EQ(r.speaker, "mayor") << after;
        EXPECT_EQ(r.via, std::vector<std::string>{"Reuters"}) << after;
    }
}

TEST(Relay, AccordingToAReportAfterAQuotationsFrameRelaysItsStatement) {
    // ("a City Hall pool report": its last word a cue verb, which the phrase reader leaves)
    const Relayed r = only_statement(
        "\xE2\x80\x9CThe port is safe,\xE2\x80\x9D the mayor said of the cranes, according to a City Hall pool "
        "report.");
    EXPECT_EQ(r.speaker, "mayor");
    EXPECT_EQ(r.via, std::vector<std::string>{"City Hall pool"});
}

TEST(Relay, APublicationAfterToldAtAFramesEndIsNoSpeaker) {
    // "…, his top aide, Ana Vale, told the Harbour Gazette." had been the Gazette's statement
    const Relayed r = only_statement(
        "The mayor remains committed to seeing the vote through, his top aide, Ana Vale, told the Harbour Gazette.");
    EXPECT_EQ(r.speaker, "Ana Vale");
    EXPECT_EQ(r.via, std::vector<std::string>{"Harbour Gazette"});
}

}  // namespace claimgraph
