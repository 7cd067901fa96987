// Speakers the parse finds: the subject's head word, a relative pronoun's antecedent, a
// participle that adds to the speaker before it, and circumstances that speak for no one.
#include <gtest/gtest.h>

#include <stdexcept>

#include "extract/extractor_model.h"
#include "load/loader.h"
#include "test_support.h"

namespace claimgraph {

using testing::find_statement;

namespace {

// What `extract` prints by default: the built-in model reading the sentences parsed.
Extraction extract_text(const std::string& text) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    if (!model) throw std::runtime_error("this build has no extractor model");
    return extract::extract(load::load_text("t.txt", text), model->options({}, false));
}

// The statement whose cue is `cue`, or nullptr.
const Attribution* by_cue(const Extraction& ex, const std::string& cue) {
    for (const Attribution& a : ex.statements)
        if (a.cue && a.cue->text == cue) return &a;
    return nullptr;
}

}  // namespace

TEST(ParsedSpeaker, ASubjectsHeadWordNotItsLastSaysItCanSpeak) {
    const auto ex = extract_text(
        "Although Vale lacks a record, elected officials from both parties say he has earned a reputation as a "
        "hard worker.");
    const Attribution* a = find_statement(ex, "he has earned a reputation");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->text, "elected officials from both parties");
}

TEST(ParsedSpeaker, ARelativePronounSpeaksForTheNounItFollows) {
    const auto ex = extract_text(
        "To settle the question, they turned to the Harbour Police Department which reported \u201C212 thefts\u201D "
        "in the port between January and May.");
    const Attribution* a = by_cue(ex, "reported");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->text, "which");
    EXPECT_EQ(a->source->name, "Harbour Police Department");
}

TEST(ParsedSpeaker, AVerbSharingARelativeClausesSubjectSharesItsSpeaker) {
    const auto ex = extract_text(
        "Mr. Vale, who understood that a vote would fail, told his advisers to find another way to fund it.");
    const Attribution* a = by_cue(ex, "told");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Vale");
}

TEST(ParsedSpeaker, AParticipleAfterAQuotationAddsToItsSpeaker) {
    const auto ex = extract_text(
        "In a statement, Vale Shipping said: \u201CThe terminal was a success when it opened a decade ago,\u201D "
        "adding that its cargo doubled in less than a year.");
    const Attribution* a = find_statement(ex, "its cargo doubled");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Vale Shipping");
}

TEST(ParsedSpeaker, ASpeechOrAMessageIsNoSpeaker) {
    // the author follows the speech's place and day; whatever reads the clause, the speech
    // is not who spoke
    const auto speech =
        extract_text("In a speech in Port Elm, Veltria Friday, Ana Reyes laid out her plans to widen the harbour.");
    for (const Attribution& a : speech.statements)
        if (a.source) {
            EXPECT_EQ(a.source->text.find("speech"), std::string::npos) << a.source->text;
        }
    // "In a Facebook message posted Friday": where she said it, not who
    const auto message = extract_text("In a Facebook message posted Friday, Reyes said she would run for governor.");
    const Attribution* a = find_statement(message, "she would run for governor");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Reyes");
    for (const Attribution& b : message.statements)
        if (b.source) {
            EXPECT_NE(b.source->text.substr(0, 3), "In ") << b.source->text;
        }
}


TEST(ParsedSpeaker, AClauseStopsWhereAStatementReadFirstBegins) {
    // the rules read "she did not discuss their terms" first; the parse's complement of
    // "said" runs over it, and keeps the words before it
    const auto ex = extract_text(
        "Port spokeswoman Dana Vale said all crane crews sign the new contract, though she did not discuss its "
        "terms.");
    const Attribution* a = by_cue(ex, "said");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "all crane crews sign the new contract");
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Dana Vale");
    EXPECT_NE(find_statement(ex, "its terms"), nullptr);
}

// "President Obama on Friday declared …" had the speaker "Friday"
TEST(ParsedSpeaker, WhenTheSubjectSpokeIsNoPartOfIt) {
    const auto ex = extract_text(
        "The port reopened.\n\nMayor Ana Ruiz on Friday declared the old pier a national landmark.\n");
    const Attribution* a = by_cue(ex, "declared");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Ana Ruiz");
    EXPECT_EQ(a->source->text, "Mayor Ana Ruiz");
}

// "the groups who wrote to her on Thursday say" had been the person "groups who wrote to
// her", to whom a later "she" resolved
TEST(ParsedSpeaker, ARelativeClauseAfterTheSubjectNamesNoOne) {
    const auto ex = extract_text(
        "While the mayor has condemned the toll, the harbour groups who wrote to her on Thursday say they are "
        "worried about the ferries.\n");
    const Attribution* a = find_statement(ex, "worried about the ferries");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Harbour groups");
    EXPECT_EQ(a->source->type, SourceType::collective);
}

// "The other man, his cousin James York, 40," had been named "cousin James York, 40"
TEST(ParsedSpeaker, ASecondDescriptionAfterTheNameIsNoPartOfIt) {
    const auto ex = extract_text(
        "The port reopened.\n\nThe other man, his cousin Ivo Brel, 40, cited the captain's fondness for the "
        "harbour master as a reason to worry.\n");
    const Attribution* a = by_cue(ex, "cited");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Ivo Brel");
}

TEST(ParsedSpeaker, AnotherStatementsSpeakerIsSharedByItsHeadWordWhenTheParsesPhraseRunsOn) {
    // the parse's subject is "The Vale campaign on Monday"; the word rules' speaker of
    // "saying" is "The Vale campaign"
    const auto ex = extract_text(
        "The Vale campaign on Monday also doubled down on its attacks on Petrenko's fitness to be mayor, saying "
        "she is capable \"on paper\" but suggesting that might not be enough.");
    const Attribution* a = by_cue(ex, "doubled");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Vale campaign");
    EXPECT_FALSE(a->source->span);  // shared, not a mention of its own
}

TEST(ParsedSpeaker, APerfectsSubjectThatTheParseCallsPassiveSpeaks) {
    const auto ex = extract_text(
        "Rival Marta Ilves, however, has indicated she would not go above a 12 percent levy at this time.");
    const Attribution* a = by_cue(ex, "indicated");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_NE(a->source->name.find("Marta Ilves"), std::string::npos);
}

TEST(ParsedSpeaker, APassivePerfectsSubjectDoesNotSpeak) {
    // "have been told": the residents were told, they did not tell
    const auto ex = extract_text("Residents have been told the ferry will run until then.");
    const Attribution* a = by_cue(ex, "told");
    ASSERT_NE(a, nullptr);
    EXPECT_FALSE(a->source && a->source->name == "Residents");
}

TEST(ParsedSpeaker, APerfectWithTwoPassiveSubjectsHasNoSpeakerFromThem) {
    // the parse reads "Republicans" and "Matter movement" as two passive subjects: it is
    // lost, and no piece of the name speaks
    const auto ex = extract_text(
        "In what might be the first time Republicans and the Black Lives Matter movement have ever agreed on "
        "anything, the group is calling on the mayor to resign.");
    const Attribution* a = by_cue(ex, "agreed");
    ASSERT_NE(a, nullptr);
    EXPECT_FALSE(a->source && a->source->name == "Matter movement");
}

// The word lists do not know a justice for a speaker, so the word rules left ", saying"
// unread; the model's reading of "criticized" gives the participle its speaker.
TEST(ParsedSpeaker, AParticipleHangsOnAStatementTheModelFound) {
    const auto ex =
        extract_text("The justice criticized the ruling on Monday, saying the harbour would pay for it for a decade.");
    const Attribution* a = by_cue(ex, "saying");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "justice");
    EXPECT_EQ(a->content_text, "the harbour would pay for it for a decade");
}

// the content's edges the model places stop before a dash and the participle after it
TEST(ParsedSpeaker, AContentsEdgeStopsBeforeADashAndAParticiple) {
    const auto ex = extract_text(
        "The mayor denounced what she called the reckless plan of the council last week - saying it offered no "
        "answer to the dock workers.");
    const Attribution* a = by_cue(ex, "saying");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "it offered no answer to the dock workers");
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->text, "The mayor");
    for (const Attribution& other : ex.statements)
        EXPECT_TRUE(&other == a || other.content_text.find("dock workers") == std::string::npos);
}

}  // namespace claimgraph
