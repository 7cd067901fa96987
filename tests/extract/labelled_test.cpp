// Speech labelled by layout: a transcript's "NAME: …", a headline's "Name: …", a reader
// quote signed with a dash; and the labels that name no one (a wire story's sections,
// "Editor's note:", times).
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/extractor_model.h"
#include "load/loader.h"

namespace claimgraph {

namespace {

struct Said {
    std::string source, content;
};

std::vector<Said> said(const std::string& text) {
    extract::Options o;
    o.fast = true;
    std::vector<Said> out;
    for (const auto& a : extract::extract(load::load_text("t.txt", text), o).statements)
        out.push_back({a.source ? a.source->text : "", a.content_text});
    return out;
}

}  // namespace

TEST(Labelled, ATranscriptLabelSpeaksTheRestOfItsParagraph) {
    const auto got = said(
        "Governor Anna Keller and the host Tom Reyes spoke on Sunday.\n\n"
        "REYES: Will the bridge open before the winter, governor?\n\n"
        "KELLER: We expect the first lanes to open in November, and the rest by spring.\n");
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].source, "REYES");
    EXPECT_EQ(got[0].content,
              "Will the bridge open before the winter, governor");  // final mark left out, as everywhere
    EXPECT_EQ(got[1].source, "KELLER");
    EXPECT_EQ(got[1].content, "We expect the first lanes to open in November, and the rest by spring");
}

// The learned model places no edge inside a turn: a quotation in it ("Shark Tank") is the
// speaker's words like the rest.
TEST(Labelled, ATurnKeepsItsWholeParagraphWithTheModel) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract::extract(
        load::load_text("t.txt",
                        "Governor Anna Keller and the host Tom Reyes spoke on Sunday.\n\n"
                        "KELLER: Well, look, my rival apparently thinks this is an episode of \u201CShark "
                        "Tank.\u201D But this is a bridge, Tom. It is serious business, and the town knows it.\n"),
        model->options({}, false));
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text,
              "Well, look, my rival apparently thinks this is an episode of \u201CShark Tank.\u201D But this is a "
              "bridge, Tom. It is serious business, and the town knows it");
}

// An interviewer the article never names still speaks when the label opens several
// paragraphs of the transcript; a label in capitals used once, unnamed, is a rubric.
TEST(Labelled, ACapitalLabelOfSeveralParagraphsIsASpeaker) {
    const auto got = said(
        "Governor Anna Keller spoke on Sunday's programme.\n\n"
        "HOST: Will the bridge open before the winter, governor?\n\n"
        "KELLER: We expect the first lanes to open in November.\n\n"
        "HOST: And the rest of the bridge after that, then?\n\n"
        "WEATHER: Rain is expected over the whole region on Monday.\n");
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0].source, "HOST");
    EXPECT_EQ(got[1].source, "KELLER");
    EXPECT_EQ(got[2].source, "HOST");
}

TEST(Labelled, AHeadlineLabelSpeaksItsHeadline) {
    const auto got = said("Keller: Bridge Lanes Will Open in November\n\nThe governor spoke to farmers on Sunday.\n");
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].source, "Keller");
    EXPECT_EQ(got[0].content, "Bridge Lanes Will Open in November");
}

TEST(Labelled, ADashSignsTheQuoteBeforeIt) {
    const auto got = said(
        "From our mailbag this week.\n\n"
        "\u201CThe port has been closed for a month and nobody explains why.\u201D \u2015 Maria Ortiz\n"
        "\u201CWe need the ferries back before the holidays.\u201D \u2015 Oscar P. Lind\n");
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].source, "Maria Ortiz");
    EXPECT_EQ(got[0].content, "\u201CThe port has been closed for a month and nobody explains why.\u201D");
    EXPECT_EQ(got[1].source, "Oscar P. Lind");
}

// A signed reader quote is made before the quotes are read in order: an unsigned quote
// at the top of the article must not carry it on as a further piece (on PolNeAR this gave
// a statement whose content started at the end of the article and ended at its top).
TEST(Labelled, AQuoteAtTheTopDoesNotCarryOnASignatureBelowIt) {
    const std::string text =
        "Readers on the ferry strike.\n\n"
        "\"We need the ferries back before the holidays, and we need them running every day.\"\n\n"
        "Photo: harbour office.\n\n"
        "\u201CThe port has been closed for a month and nobody explains why.\u201D \u2015 Maria Ortiz\n";
    for (const bool turns : {false, true}) {
        extract::Options o;
        o.join_turns = turns;
        const auto ex = extract::extract(load::load_text("t.txt", text), o);
        for (const auto& a : ex.statements)
            for (std::size_t k = 1; k < a.content.size(); ++k) EXPECT_LT(a.content[k - 1].end, a.content[k].start);
        const auto signed_quote = std::find_if(ex.statements.begin(), ex.statements.end(), [](const Attribution& a) {
            return a.source && a.source->text == "Maria Ortiz";
        });
        ASSERT_NE(signed_quote, ex.statements.end());
        EXPECT_EQ(signed_quote->content.size(), 1u);
        EXPECT_EQ(signed_quote->content_text, "\u201CThe port has been closed for a month and nobody explains why.\u201D");
    }
}

TEST(Labelled, SectionLabelsAndPageLabelsNameNoOne) {
    const auto got = said(
        "Markets rose on Tuesday.\n\n"
        "ENERGY: Benchmark crude oil fell 42 cents to $51.69 per barrel in New York.\n\n"
        "KEEPING SCORE: The index gained 18 points to 2,651 by midday.\n\n"
        "Editor's note: This story has been corrected to show the right date.\n\n"
        "The Latest: Crews are still working at the port.\n\n"
        "Updated: 10:45 a.m. with the closing figures from the exchange.\n");
    for (const auto& s : got) ADD_FAILURE() << s.source << ": " << s.content;
}

TEST(Labelled, AHeadlineAboutTheNameIsNoStatementOfIt) {
    const auto got = said(
        "Esther Vale Dead: Film Star Dies At Age 91\n\nBreaking: Ferries Stop At Both Ports\n\n"
        "The actress died on Thursday.\n");
    for (const auto& s : got) ADD_FAILURE() << s.source << ": " << s.content;
}

// A rubric of several words, or a title-case phrase with a preposition, before a
// headline's colon names no one ("Just Leaked: 6 Soldiers Killed" had been a person
// "Just Leaked" giving a death toll); a name before it still speaks.
TEST(Labelled, AHeadlineRubricOfSeveralWordsNamesNoOne) {
    for (const char* headline : {"Ferry Update: Harbour Crossings Resume After Storm\n\n",
                                 "Just Leaked: Six Crew Members Hurt In Harbour Blast\n\n",
                                 "Storm Over Harbour: Ferries Stay In Port For Third Day\n\n",
                                 "Big Win For Vale: Council Backs Bridge Plan\n\n"}) {
        const auto got = said(std::string(headline) + "The council met on Tuesday.\n");
        for (const auto& s : got) ADD_FAILURE() << headline << s.source << ": " << s.content;
    }
    const auto named = said("Ana Vale: Harbour Crossings Will Resume Next Week\n\nAna Vale spoke on Tuesday.\n");
    ASSERT_EQ(named.size(), 1u);
    EXPECT_EQ(named[0].source, "Ana Vale");
}

TEST(Labelled, ANameThatHoldsAPageWordAndAPollSpeak) {
    // "Judicial Watch:" is a name with a page word in it; "Watch:" alone is a page's label;
    // "Poll:" finds
    const auto got = said(
        "Harbour Watch: Port Authority Hid Crane Report For Years\n\n"
        "Watch: Cranes Are Lifted Onto The New Quay\n\n"
        "Poll: Lund Is A Big Turnoff For Harbour Voters\n\n"
        "The port reopened on Monday.\n");
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].source, "Harbour Watch");
    EXPECT_EQ(got[0].content, "Port Authority Hid Crane Report For Years");
    EXPECT_EQ(got[1].source, "Poll");
    EXPECT_EQ(got[1].content, "Lund Is A Big Turnoff For Harbour Voters");
}

}  // namespace claimgraph

namespace claimgraph {

// A headline's "NAME to AUDIENCE: CLAIM" and "NAME on TOPIC: CLAIM": the name before "to",
// "on" or "at" speaks what follows the colon when the article goes on to name it; a phrase
// that is no name ("Big Win at the Port") and the same form further down do not.
TEST(Labelled, AHeadlineNameAddressingSomeoneSpeaksAfterTheColon) {
    EXPECT_EQ(said("Lund to Harbour Workers: The Cranes Will Stay In Vale\n\nMayor Eva Lund spoke on Monday.\n").size(),
              1u);
    const auto got = said(
        "Mayor Keller on the Bridge Delay: \u2018It Will Open Before Winter\u2019\n\n"
        "Mayor Ida Keller spoke on Monday.\n\nLund to the end: the cranes stay in Vale.\n");
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].source, "Mayor Keller");
    EXPECT_EQ(got[0].content, "\u2018It Will Open Before Winter\u2019");
    EXPECT_TRUE(said("Big Win at the Port: Cranes Are Sold To Vale\n\nThe port reopened. Lund spoke.\n").empty());
}

}  // namespace claimgraph

namespace claimgraph {

// A digest's item: a rubric in capitals and a dash, then "Name:" or "Name and Name:" and
// the quotation; a rubric with no name after its dash gives no label.
TEST(Labelled, ANameAfterADigestsRubricSpeaks) {
    const auto got = said(
        "HARBOUR POLLS NOT WRONG, JUST EARLY - Ana Lund and Eva Holm: \u201CThe polls of the port vote closed "
        "a week before it.\u201D\n\n"
        "CRANES STAY - Ida Berg: \u201CNo crane will leave Vale this year.\u201D\n\n"
        "FERRIES - The timetable: every hour from the north quay.\n");
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].source, "Ana Lund and Eva Holm");
    EXPECT_EQ(got[0].content, "\u201CThe polls of the port vote closed a week before it.\u201D");
    EXPECT_EQ(got[1].source, "Ida Berg");
}

}  // namespace claimgraph

namespace claimgraph {

// A colon opening the article's first line (found by fuzz_text under UBSan: the headline
// rule read the token before the paragraph's first) is no label.
TEST(Labelled, AColonOpeningTheHeadlineIsNoLabel) {
    for (const std::string text : {":Lund to Harbour Workers: The Cranes Stay\n\nMayor Eva Lund spoke.\n",
                                   ": to\n\nLund spoke.\n", ":"}) {
        for (const auto& s : said(text))
            EXPECT_NE(s.source, ":") << text;
    }
    EXPECT_TRUE(said(":Lund to Harbour Workers\n\nMayor Eva Lund spoke.\n").empty());
}

}  // namespace claimgraph
