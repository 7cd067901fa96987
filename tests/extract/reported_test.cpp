// Reported speech whose speaker is the subject before the verb (reported.cpp).
#include <gtest/gtest.h>

#include "extract/extractor_model.h"
#include "extract/lexicon.h"
#include "load/loader.h"
#include "test_support.h"

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;
using testing::find_statement;

TEST(Reported, AVerbOfBeliefAfterItsPeopleDescribesThemWhenTheySpeakLater) {
    // "Residents worried about the fire said the road was unsafe" was the residents'
    // worry, whose content ran "the fire said the road was unsafe"
    const auto ex = extract_text(
        "Residents worried about the fire said the road was unsafe.\n\n"
        "Councillors opposed to the plan said it would fail.\n\n"
        "Harbour pilots feared the storm would close the port.");
    ASSERT_EQ(ex.statements.size(), 3u);
    const Attribution* residents = find_statement(ex, "road was unsafe");
    const Attribution* councillors = find_statement(ex, "it would fail");
    const Attribution* pilots = find_statement(ex, "storm would close");
    ASSERT_TRUE(residents && councillors && pilots);
    EXPECT_EQ(residents->content_text, "the road was unsafe");
    EXPECT_EQ(residents->cue->text, "said");
    EXPECT_EQ(residents->source->text, "Residents worried about the fire");
    EXPECT_EQ(councillors->cue->text, "said");
    EXPECT_EQ(councillors->source->text, "Councillors opposed to the plan");
    // with no speech verb after it, the verb of belief is the frame
    EXPECT_EQ(pilots->cue->text, "feared");
}

TEST(Reported, ARelativeClausesAntecedentSpeaksAgainAfterIt) {
    // "X, who said A, said B": two statements of X's
    const auto ex = extract_text(
        "Dana Kell, who said she usually votes for the port party, said the new terminal is too costly.");
    const Attribution* first = find_statement(ex, "she usually votes for the port party");
    ASSERT_NE(first, nullptr);
    ASSERT_TRUE(first->source);
    EXPECT_EQ(first->source->name, "Dana Kell");
    const Attribution* second = find_statement(ex, "the new terminal is too costly");
    ASSERT_NE(second, nullptr);
    ASSERT_TRUE(second->source);
    EXPECT_EQ(second->source->name, "Dana Kell");
    EXPECT_EQ(second->content_text, "the new terminal is too costly");
    // the clause's comma inside a closing mark: "who calls it a “disgrace,” said B" (the
    // clause's content had run on over "said B", and B was lost)
    const auto marked = extract_fast(
        "Lund, who calls the contract a \u201Cdisgrace,\u201D said he does not believe the effort needs an "
        "alternative.");
    const Attribution* calls = find_statement(marked, "the contract a");
    ASSERT_NE(calls, nullptr);
    EXPECT_EQ(calls->content_text, "the contract a \u201Cdisgrace,\u201D");
    const Attribution* believes = find_statement(marked, "he does not believe the effort needs an alternative");
    ASSERT_NE(believes, nullptr);
    ASSERT_TRUE(believes->source);
    EXPECT_EQ(believes->source->name, "Lund");
    ASSERT_TRUE(believes->cue);
    EXPECT_EQ(believes->cue->text, "said");
    // a relative clause that made no statement gives its comma to no one
    const auto plain = extract_text("The cranes, which were built in 1990, said to be unsafe, were removed.");
    EXPECT_EQ(find_statement(plain, "to be unsafe"), nullptr);
}

TEST(Reported, ASettingBetweenConjunctionAndVerbKeepsTheSpeaker) {
    // "X first said A, but in a later interview said B": both X's, A ending at the comma
    const auto ex = extract_text(
        "The clerk first said he did not recall the deletions, but in a later interview said he had deleted the "
        "archive.");
    const Attribution* first = find_statement(ex, "he did not recall the deletions");
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->content_text, "he did not recall the deletions");
    const Attribution* second = find_statement(ex, "he had deleted the archive");
    ASSERT_NE(second, nullptr);
    ASSERT_TRUE(second->source);
    EXPECT_EQ(second->source->text, "The clerk");
}

TEST(Reported, TalkingAboutSomethingAttributesItsTopic) {
    // "talked about X", "spoke about X": what the speaker raised (class "other": a topic, not
    // a claim, so --scope speech leaves it out)
    const auto ex = extract_text("The mayor talked about the new bridge. Lund spoke about her health.");
    const Attribution* bridge = find_statement(ex, "the new bridge");
    ASSERT_NE(bridge, nullptr);
    ASSERT_TRUE(bridge->source);
    EXPECT_EQ(bridge->source->text, "The mayor");
    ASSERT_TRUE(bridge->cue);
    EXPECT_EQ(bridge->cue->text, "talked about");
    EXPECT_NE(find_statement(ex, "her health"), nullptr);
    extract::Options speech;
    speech.speech_only = true;
    EXPECT_EQ(find_statement(extract_text("The mayor talked about the new bridge.", speech), "bridge"), nullptr);
    // "pointed to X": what the speaker offers
    const auto pointed = extract_text("Lund pointed to the latest polls.");
    const Attribution* polls = find_statement(pointed, "the latest polls");
    ASSERT_NE(polls, nullptr);
    ASSERT_TRUE(polls->cue);
    EXPECT_EQ(polls->cue->text, "pointed to");
    // "speaking to reporters" is no topic
    EXPECT_EQ(find_statement(extract_text("Speaking to reporters, Lund left the port."), "reporters"), nullptr);
}

TEST(Reported, ASecondVerbSharesTheSubjectPastASettingOrAPassive) {
    // "By the end of the day, X apologized and said …" and "X was forced into … and said
    // that …": the statement had been lost
    for (const std::string opening : {"By the end of the day, Mayor Berg apologized and",
                                      "Mayor Berg was forced into damage control and"}) {
        const auto ex = extract_fast(opening + " said that her words had been misconstrued.");
        const Attribution* a = find_statement(ex, "her words had been misconstrued");
        ASSERT_NE(a, nullptr) << opening;
        ASSERT_TRUE(a->source);
        EXPECT_EQ(a->source->name, "Berg");
    }
    // a passive "told" shares the auxiliary, not a speaker
    const auto hauled = extract_fast("Mayor Berg was hauled in and told that the port would close.");
    const Attribution* told = find_statement(hauled, "the port would close");
    if (told && told->source) {
        EXPECT_NE(told->source->name, "Berg");
    }
}

TEST(Reported, AnAsideSetOffByDashesAfterTheVerbIsSkipped) {
    // "said — on Channel 9, as it happens — that …": what was said follows the aside (the
    // aside had been taken for it)
    const auto ex = extract_fast(
        "Her campaign chairman Omar Dalil said \u2014 on Channel 9, as it happens \u2014 that Berg raised about $4 "
        "million that day.");
    const Attribution* a = find_statement(ex, "Berg raised");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "that Berg raised about $4 million that day");
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Omar Dalil");
}

TEST(Reported, AParticiplesSpeakerIsTheSubjectPastItsAsides) {
    // "X (Lab.) on Saturday criticized …, saying …", "X, who faces …, rescinded …, saying …",
    // "The Harwich businessman has praised Berg, saying …": the participle had no speaker
    const std::pair<std::string, std::string> cases[] = {
        {"Councillor Eva Holm (Lab.) on Saturday criticized the port accord adopted after two weeks of talks, "
         "saying the deal was nowhere near enough.",
         "Eva Holm"},
        {"Councillor Eva Holm, who faces a tough vote in her ward, rescinded her endorsement of Berg, saying the "
         "deal was nowhere near enough.",
         "Eva Holm"},
        {"The Harwich businessman has praised Berg, saying the deal was nowhere near enough.",
         "Harwich businessman"},
    };
    for (const auto& [text, speaker] : cases) {
        const auto ex = extract_fast(text);
        const Attribution* a = find_statement(ex, "the deal was nowhere near enough");
        if (!a || !a->source) {
            ADD_FAILURE() << "no statement with a speaker: " << text;
            continue;
        }
        EXPECT_EQ(a->source->name, speaker) << text;
    }
    // two subjects past an aside are not the first alone; "rail against X for warning": X warns
    const auto two = extract_fast(
        "Councillor Eva Holm (Lab.) and Councillor Ana Vale (Ind.) sent the referral, asking him to probe the "
        "claims.");
    for (const Attribution& a : two.statements) {
        ASSERT_TRUE(a.source);
        EXPECT_NE(a.source->name, "Eva Holm") << a.content_text;
    }
    const auto rail =
        extract_fast("Berg on Friday held a briefing to rail against her rivals for warning about a port in decline.");
    for (const Attribution& a : rail.statements) {
        ASSERT_TRUE(a.source);
        EXPECT_NE(a.source->name, "Berg") << a.content_text;
    }
}

// The bare "call" of a plural subject names something as the speaker sees it ("Critics call
// it a tax"), a stance of class "other" as "called" is; after a noun it makes a compound
// with ("a conference call with reporters") or before "centers" it is a noun.
TEST(Reported, CriticsCallItATaxButAConferenceCallIsANoun) {
    const auto ex = testing::extract_text(
        "Critics call the toll a tax on the poor.\n\n"
        "Lund spoke in a conference call with reporters on Monday.\n\n"
        "The dockers call centers in the port every week.");
    const Attribution* a = testing::find_statement(ex, "the toll a tax on the poor");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->text, "Critics");
    ASSERT_TRUE(a->cue);
    EXPECT_EQ(extract::cue_class_of(a->cue->lemma), "other");
    EXPECT_EQ(testing::find_statement(ex, "with reporters"), nullptr);
    EXPECT_EQ(testing::find_statement(ex, "centers in the port"), nullptr);
}

// The bare present of "know", "seek" and "understand" after a plural subject is the verb
// ("Reporters know they are being spun"); the lexicon had listed only their other forms.
TEST(Reported, ThePluralPresentOfKnowSeekAndUnderstand) {
    const auto ex = testing::extract_text(
        "Reporters know they are being spun by the port authority.\n\n"
        "Dockers seek a new contract before the winter.\n\n"
        "Most councillors understand that the cranes must stay.");
    const Attribution* a = testing::find_statement(ex, "they are being spun by the port authority");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->text, "Reporters");
    EXPECT_NE(testing::find_statement(ex, "a new contract before the winter"), nullptr);
    EXPECT_NE(testing::find_statement(ex, "the cranes must stay"), nullptr);
}

// "attacked on its record by Ana Vale, who cites …": "who" speaks for the agent after
// "by", and the clause before it is no role of hers.
TEST(Reported, WhoAfterAnAgentSpeaksForTheAgent) {
    const auto ex = extract_text(
        "The port has been attacked on its safety record by Ana Vale, who cites the fire as evidence of neglect.\n\n"
        "A clumsy answer could be mined for gaffes by Republicans who expect to face her in the autumn.");
    const Attribution* cites = find_statement(ex, "the fire as evidence");
    ASSERT_TRUE(cites && cites->source);
    EXPECT_EQ(cites->source->name, "Ana Vale");
    EXPECT_EQ(cites->source->role, "");
    EXPECT_EQ(cites->source->text, "Ana Vale, who");
    // (and after "among" or "from" where a clause's verb comes before: "set off alarm among
    // legal experts, who worry …" had a collective named "Set off alarm among legal experts")
    const auto among = extract_text(
        "The ruling set off a wave of alarm among legal experts, who worry that the port will close.\n\n"
        "The plan drew criticism from harbour pilots, who say the channel is too narrow.");
    const Attribution* worry = find_statement(among, "port will close");
    const Attribution* narrow = find_statement(among, "too narrow");
    ASSERT_TRUE(worry && worry->source && narrow && narrow->source);
    EXPECT_EQ(worry->source->name, "Legal experts");
    EXPECT_EQ(narrow->source->name, "Harbour pilots");
    const Attribution* expect = find_statement(ex, "to face her");
    ASSERT_TRUE(expect && expect->source);
    EXPECT_EQ(expect->source->name, "Republicans");
}

// What a thing is called after its noun and a comma ("also called …", "dubbed …") is no
// one's statement: the rules took "also called Qeshm" for a statement without a speaker, and
// the model's cue reader "A settlement order, also called …" for the order's.
TEST(Reported, ANameGivenInAnAsideIsNoStatement) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    for (const char* text : {"A settlement order, also called deferred prosecution, would mean the case is halted and "
                             "the charges stayed in exchange for a fine.",
                             "The island's main town, also called Qeshm, was undamaged.",
                             "A payment scheme, also called a remediation deal, would mean the trial is halted and the "
                             "charges stayed in exchange for an admission of wrongdoing."}) {
        for (const extract::Options& o : {extract::Options{}, model->options({}, false)}) {
            const auto ex = extract::extract(load::load_text("t.txt", text), o);
            for (const Attribution& a : ex.statements)
                ADD_FAILURE() << text << "\n  " << (a.source ? a.source->text : "") << ": " << a.content_text;
        }
    }
    // the active verb after a speaker still speaks
    const auto called = extract_text("The mayor, speaking on Tuesday, called the plan a disgrace.");
    EXPECT_NE(find_statement(called, "the plan a disgrace"), nullptr);
}

TEST(Reported, AParticipleHangsOnTheMainClauseAfterAnOpeningClause) {
    const auto ex = extract_text(
        "Although Vale is not yet a candidate, Petrenko sent a jab his way by suggesting that Vale was worth less "
        "than reported.");
    const Attribution* a = find_statement(ex, "that Vale was worth less than reported");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Petrenko");
    // "Despite …," opens such a clause too (its capital had made a speaker "Despite")
    const auto despite = extract_fast(
        "Despite his low standing in the polls, Petrenko had a reply ready, quickly reminding viewers that Vale "
        "had hired a banker.");
    const Attribution* b = find_statement(despite, "that Vale had hired a banker");
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->source);
    EXPECT_EQ(b->source->name, "Petrenko");
}

TEST(Reported, AParticiplesQuotationMayFollowAColon) {
    // (the word rules alone: the participle, not the parse, reads it)
    const auto ex = extract_fast(
        "Mayor Ana Vale reacted to the ruling on Thursday, saying: \u201CThe port will reopen in May.\u201D");
    const Attribution* a = find_statement(ex, "The port will reopen in May");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "\u201CThe port will reopen in May.\u201D");
    EXPECT_EQ(a->kind, StatementKind::direct);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Ana Vale");
}

TEST(Reported, AParticipleMayFollowADashAnAdverbOrBefore) {
    for (const std::string frame :
         {"The mayor vetoed the budget, falsely claiming", "The mayor declined to claim victory - only saying",
          "\u201CWe are ready,\u201D the mayor told reporters, before insisting"}) {
        const auto ex = extract_fast(frame + " that the port had closed for good.");
        const Attribution* a = find_statement(ex, "the port had closed for good");
        ASSERT_NE(a, nullptr) << frame;
        EXPECT_EQ(a->content_text.find("that the port"), 0u) << frame;
        ASSERT_TRUE(a->source) << frame;
        EXPECT_EQ(a->source->name, "mayor") << frame;
        for (const Attribution& other : ex.statements)
            EXPECT_TRUE(&other == a || other.content_text.find("port") == std::string::npos) << frame;
    }
}

TEST(Reported, AShareOfThePeopleAskedSpeaks) {
    const auto ex = extract_fast(
        "Two in three said the levy was too high and one in four said the port was badly run.\n\n"
        "4 in 10 said they would vote for Vale.\n\n"
        "About 40 percent said they would vote for Holm.\n\n"
        "Dock workers, in fact, insist that the cranes are unsafe.\n\n"
        "Half of the pilots said the channel was too shallow, and three-quarters said the same of the quay.");
    ASSERT_NE(find_statement(ex, "the channel was too shallow"), nullptr);
    EXPECT_EQ(find_statement(ex, "the channel was too shallow")->content_text, "the channel was too shallow");
    const auto speaker = [&](const std::string& content) -> std::string {
        const Attribution* a = find_statement(ex, content);
        if (!a) return "(no statement)";
        if (!a->source) return "(no speaker)";
        EXPECT_EQ(a->source->type, SourceType::collective) << content;
        return a->source->name;
    };
    EXPECT_EQ(speaker("the levy was too high"), "Two in three");
    EXPECT_EQ(find_statement(ex, "the levy was too high")->content_text, "the levy was too high");
    EXPECT_EQ(speaker("the port was badly run"), "One in four");
    EXPECT_EQ(speaker("they would vote for Vale"), "4 in 10");
    EXPECT_EQ(speaker("they would vote for Holm"), "About 40 percent");
    EXPECT_EQ(speaker("that the cranes are unsafe"), "Dock workers");
}

TEST(Reported, VerbsOfLoudHarshOrPassingSpeechReport) {
    const auto ex = extract_fast(
        "Mayor Ana Vale decried the ruling on the harbour levy.\n\n"
        "\u201CClose the gates!\u201D the dock workers shouted.\n\n"
        "Councillor Petr Holm also blasted the plan to sell the terminal.\n\n"
        "The harbour master commented that the cranes were unsafe.");
    const auto expressed = extract_fast(
        "The harbour master expressed concern that the cranes were rusting. He did express hope that the port "
        "would reopen.");
    const Attribution* concern = find_statement(expressed, "that the cranes were rusting");
    ASSERT_NE(concern, nullptr);
    ASSERT_TRUE(concern->cue);
    EXPECT_EQ(concern->cue->text, "expressed concern");
    EXPECT_NE(find_statement(expressed, "that the port would reopen"), nullptr);
    // a stance, by word or deed: no speech ("made it clear that …", "voiced concern that …")
    const auto clear = extract_fast(
        "The mayor made it clear that the cranes would stay. The pilots voiced concern that the channel "
        "was too shallow.");
    for (const std::string content : {"that the cranes would stay", "that the channel was too shallow"}) {
        const Attribution* a = find_statement(clear, content);
        ASSERT_NE(a, nullptr) << content;
        ASSERT_TRUE(a->cue) << content;
        EXPECT_NE(a->cue->cls, "speech") << content;
    }
    const Attribution* commented = find_statement(ex, "that the cranes were unsafe");
    ASSERT_NE(commented, nullptr);
    ASSERT_TRUE(commented->source);
    EXPECT_EQ(commented->source->text, "The harbour master");
    const Attribution* decried = find_statement(ex, "the ruling on the harbour levy");
    ASSERT_NE(decried, nullptr);
    ASSERT_TRUE(decried->cue);
    EXPECT_EQ(decried->cue->text, "decried");
    const Attribution* shouted = find_statement(ex, "Close the gates!");
    ASSERT_NE(shouted, nullptr);
    ASSERT_TRUE(shouted->source);
    EXPECT_EQ(shouted->source->text, "the dock workers");
    const Attribution* blasted = find_statement(ex, "the plan to sell the terminal");
    ASSERT_NE(blasted, nullptr);
    ASSERT_TRUE(blasted->source);
    EXPECT_EQ(blasted->source->name, "Petr Holm");
}

TEST(Reported, AContentGoesOnPastAnAsideBetweenDashes) {
    const auto ex = extract_text(
        "The Harbour Gazette reported Saturday that Ana Vale, founder of the Harbour Fund \xE2\x80\x94 a group that "
        "backs the mayor \xE2\x80\x94 was planning to run for the council.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text.find("that Ana Vale"), 0u);
    EXPECT_NE(ex.statements[0].content_text.find("was planning to run for the council"), std::string::npos);
    // one dash ends it; and after the aside, a clause of its own is another statement's
    const auto two = extract_text(
        "Vale has said the levy must rise \xE2\x80\x94 a dream for many in the city \xE2\x80\x94 while Petrenko has "
        "said the plan is too vague.");
    ASSERT_EQ(two.statements.size(), 2u);
    EXPECT_EQ(two.statements[0].content_text.find("while"), std::string::npos);
    ASSERT_TRUE(two.statements[1].source);
    EXPECT_EQ(two.statements[1].source->name, "Petrenko");
}

TEST(Reported, ASharesSupportIsANounUnlessItTakesAnObject) {
    const auto noun = extract_text("Vale achieved 45 percent support among the city's voters, a new poll found.");
    for (const Attribution& a : noun.statements) EXPECT_FALSE(a.cue && a.cue->text == "support") << a.content_text;
    const auto verb = extract_text("In the poll, 12 percent support the Harbour Party's candidate.");
    ASSERT_EQ(verb.statements.size(), 1u);
    ASSERT_TRUE(verb.statements[0].cue);
    EXPECT_EQ(verb.statements[0].cue->text, "support");
}

}  // namespace claimgraph
