// Extraction end to end: provenance and datelines, offsets, participles and whose they are,
// "according to", stances, beliefs and findings, a statement in an opening clause.
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/extractor_model.h"
#include "load/loader.h"
#include "extract/lexicon.h"
#include "test_support.h"

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;
using testing::find_statement;

TEST(Extract, FindsDocumentProvenance) {
    const auto ex = extract_text(
        "Image Source : AP Smoke over the city.\n\nKYIV (Reuters) \xE2\x80\x94 Officials said "
        "the bridge was hit.\n\n(With inputs from agency)\n");
    ASSERT_EQ(ex.provenance.size(), 3u);
    EXPECT_EQ(ex.provenance[0].kind, "image-credit");
    EXPECT_EQ(ex.provenance[0].agency, "AP");
    EXPECT_EQ(ex.provenance[1].kind, "dateline");
    EXPECT_EQ(ex.provenance[1].agency, "Reuters");
    EXPECT_EQ(ex.provenance[2].kind, "agency-inputs");
    EXPECT_EQ(ex.provenance[2].text, "(With inputs from agency)");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "the bridge was hit");  // the dateline is not content
}

TEST(Extract, ADatelineWithNoAgencyIsNeitherContentNorSpeaker) {
    // "ODESA, Ukraine —", "OTTAWA --": no provenance mark (no agency), but no part of the
    // first sentence's content or subject either
    const auto ex = extract_text(
        "ODESA, Ukraine \xE2\x80\x94 The port will reopen on Monday, an official said.\n\n"
        "LVIV -- Mayor Ana Vale said the bridge was hit.");
    EXPECT_TRUE(ex.provenance.empty());
    const Attribution* a = find_statement(ex, "The port will reopen");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "The port will reopen on Monday");
    const Attribution* b = find_statement(ex, "the bridge was hit");
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->source);
    EXPECT_EQ(b->source->text, "Mayor Ana Vale");
    // capitals that are no dateline stay: "NATO said the bridge was hit."
    const auto nato = extract_text("NATO said the bridge was hit.");
    ASSERT_EQ(nato.statements.size(), 1u);
    ASSERT_TRUE(nato.statements[0].source);
    EXPECT_EQ(nato.statements[0].source->text, "NATO");
}

TEST(Extract, OffsetsAreBytesOfTheFileAsGiven) {
    const std::string text = "\xEF\xBB\xBFtitle: T\r\n\r\nCaf\xC3\xA9 owners said that prices rose.\r\n";
    const auto ex = extract_text(text);
    ASSERT_EQ(ex.statements.size(), 1u);
    const Span s = ex.statements[0].content[0];
    EXPECT_EQ(text.substr(s.start, s.end - s.start), "that prices rose");
}

TEST(Extract, AParticipleTakesTheSpeakerOfItsClause) {
    const auto ex =
        extract_text("The mayor said the bridge would reopen in May, adding that repairs had cost $4 million.");
    const Attribution* first = find_statement(ex, "bridge would reopen");
    const Attribution* added = find_statement(ex, "repairs had cost");
    ASSERT_NE(first, nullptr);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(first->content_text, "the bridge would reopen in May");
    EXPECT_EQ(added->content_text, "that repairs had cost $4 million");
    EXPECT_EQ(added->cue->lemma, "add");
    ASSERT_TRUE(added->source.has_value());
    EXPECT_EQ(added->source->text, "The mayor");
}

TEST(Extract, AParticipleWithoutAnEarlierStatementTakesTheSentenceSubject) {
    const auto ex = extract_text("Senator Ada Brook posted a video on Sunday, saying the tax plan would hurt farmers.");
    const Attribution* a = find_statement(ex, "tax plan would hurt");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "the tax plan would hurt farmers");
    ASSERT_TRUE(a->source.has_value());
    EXPECT_EQ(a->source->name, "Ada Brook");
}

TEST(Extract, AParticiplesSubjectIsANounBeforeTheClausesVerb) {
    // "The mayor vetoed …": the subject ends at the clause's verb after a lower-case noun,
    // after a setting the sentence opens with
    for (const std::string& sentence :
         {std::string("The mayor vetoed the ferry budget on Monday, saying the city could not afford it."),
          std::string("In August, the port council fined the ferry company, saying it had misled passengers.")}) {
        extract::Options fast;
        fast.fast = true;
        const auto ex = extract_text(sentence, fast);
        const Attribution* a = find_statement(ex, "could not afford it");
        if (!a) a = find_statement(ex, "misled passengers");
        ASSERT_NE(a, nullptr) << sentence;
        ASSERT_TRUE(a->source.has_value()) << sentence;
        EXPECT_TRUE(a->source->text == "The mayor" || a->source->text == "the port council") << a->source->text;
        EXPECT_EQ(a->cue->lemma, "say");
    }
    // and the model still reads the clause's own verb, which the word rules never parsed for
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract::extract(
        load::load_text("t.txt", "The mayor vetoed the ferry budget on Monday, saying the city could not afford it.\n"),
        model->options({}, false));
    bool vetoed = false;
    for (const Attribution& a : ex.statements) vetoed = vetoed || (a.cue && a.cue->text == "vetoed");
    EXPECT_TRUE(vetoed);
}

TEST(Extract, SayingAfterAPrepositionIsWhatTheSubjectSaid) {
    // "began by saying", "aside from saying" (the statement before ends at its comma)
    const auto by = extract_fast("Dr. Ana Berg then went on the radio and began by saying the clinic would stay open.");
    const Attribution* a = find_statement(by, "clinic would stay open");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->source->name, "Ana Berg");
    EXPECT_EQ(a->cue->text, "saying");
    const auto aside =
        extract_fast("The governor refuses to name a successor, aside from saying he wants someone from the coast.");
    const Attribution* b = find_statement(aside, "someone from the coast");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->content_text, "he wants someone from the coast");
    EXPECT_EQ(b->source->text, "The governor");
    for (const Attribution& other : aside.statements)
        EXPECT_EQ(other.content_text.find("aside"), std::string::npos) << other.content_text;
    // a participle that says nothing is no statement: "a vote for admitting two states"
    const auto vote = extract_fast("Senators cast a vote for admitting two states that had applied.");
    EXPECT_EQ(find_statement(vote, "two states"), nullptr);
}

TEST(Extract, AccordingToOpeningASentenceTakesTheSourceToItsComma) {
    // (source, content) of the one statement, "" when there is not one
    const auto read = [&](const std::string& sentence) -> std::pair<std::string, std::string> {
        const auto ex = extract_fast(sentence);
        if (ex.statements.size() != 1 || !ex.statements[0].source) return {};
        return {ex.statements[0].source->text, ex.statements[0].content_text};
    };
    using Read = std::pair<std::string, std::string>;
    // a name, a phrase with a preposition, a description set off by commas
    EXPECT_EQ(read("According to Mayor Ana Lund, the bridge is safe."), (Read{"Mayor Ana Lund", "the bridge is safe"}));
    EXPECT_EQ(read("According to the officer in charge of the dock, the crane had failed."),
              (Read{"the officer in charge of the dock", "the crane had failed"}));
    EXPECT_EQ(read("According to Jana Holm, a spokeswoman for the port, the crane had failed."),
              (Read{"Jana Holm, a spokeswoman for the port", "the crane had failed"}));
    // a connective before it is no part of the content
    EXPECT_EQ(read("But, according to the survey, most dock workers remain undecided."),
              (Read{"the survey", "most dock workers remain undecided"}));
    // inside the clause: the clause on both sides of it
    const auto ex = extract_fast("Fundraising, according to the campaign, has surged since May.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content.size(), 2u);
    EXPECT_EQ(ex.statements[0].content_text, "Fundraising \u2026 has surged since May");
}

TEST(Extract, AccordingToInsideAClauseWhoseStartIsTakenGivesNoEmptyPiece) {
    // the words before the frame belong to the statement before (its quotation ran on):
    // what is left of the clause is the content, and no piece is empty
    const auto ex = extract_fast(
        "Lund wrote on Twitter: \u201cThe rules were broken during the break.\u201d The implication, according to "
        "the aide, is that the mayor cheated by meeting her staff.");
    bool according = false;
    for (const Attribution& a : ex.statements) {
        for (const Span& piece : a.content) EXPECT_LT(piece.start, piece.end) << a.content_text;
        according = according || (a.cue && a.cue->lemma == "according to");
    }
    EXPECT_TRUE(according);
}

TEST(Extract, StancesAndIntentionsAreAttributedToTheirSubject) {
    const auto ex = extract_text(
        "Governor Lena Fisk endorsed the harbour plan on Monday. Local farmers want the state "
        "to build a second dam.");
    const Attribution* endorsed = find_statement(ex, "harbour plan");
    ASSERT_NE(endorsed, nullptr);
    EXPECT_EQ(endorsed->cue->lemma, "endorse");
    EXPECT_EQ(endorsed->source->name, "Lena Fisk");
    const Attribution* want = find_statement(ex, "second dam");
    ASSERT_NE(want, nullptr);
    EXPECT_EQ(want->content_text, "the state to build a second dam");
    EXPECT_EQ(want->source->text, "Local farmers");
}

TEST(Extract, AVerbWithoutANamedSubjectIsNoStance) {
    // "She drew support": "support" is a noun here; "the city's plans" too
    const auto ex = extract_text("She drew support from the unions. The city's plans include a new school.");
    EXPECT_TRUE(ex.statements.empty());
}

TEST(Extract, BeliefsAndFindingsAreClaims) {
    const auto ex = extract_text(
        "Officials believe the fire was set deliberately. A state audit found that the "
        "agency had overspent by $2 million.");
    const Attribution* belief = find_statement(ex, "set deliberately");
    ASSERT_NE(belief, nullptr);
    EXPECT_EQ(belief->cue->lemma, "believe");
    EXPECT_EQ(belief->source->text, "Officials");
    const Attribution* finding = find_statement(ex, "overspent");
    ASSERT_NE(finding, nullptr);
    EXPECT_EQ(finding->content_text, "that the agency had overspent by $2 million");
    EXPECT_EQ(finding->source->text, "A state audit");
}

TEST(Extract, AClosingAccordingToAttributesTheWholeClause) {
    // "Vale plans to visit …, according to a campaign aide": the aide's, not Vale's plan
    const auto ex = extract_text(
        "The port reopened.\n\nVale plans to visit the harbour on Sunday, according to a "
        "campaign aide.\n");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->text, "a campaign aide");
    EXPECT_EQ(ex.statements[0].content_text, "Vale plans to visit the harbour on Sunday");
}

TEST(Extract, AClosingAccordingToAfterAStatementRelaysIt) {
    // "Brel told the judge that …, according to the Associated Press": Brel's words, the AP
    // relaying them (the origin is the speaker, not the outlet)
    const auto ex = extract_text(
        "The port reopened.\n\nAttorney Tomas Brel told Judge Ana Ruiz that Vale had "
        "checked into a clinic, according to the Associated Press.\n");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->name, "Tomas Brel");
    ASSERT_EQ(ex.statements[0].via.size(), 1u);
    EXPECT_EQ(ex.statements[0].via[0].type, SourceType::agency);
}

TEST(Extract, ADocumentsNounEndsTheSourceAfterAccordingTo) {
    // "according to the Gazette report": the report's noun is the source's, not a verb whose
    // subject was "according to the Gazette" (a second statement of "the Gazette", role
    // "according to the", whose content was the clause's rest)
    const auto ex = extract_text(
        "The port reopened.\n\nIvo Brel, according to the Gazette report, rejected the pressure from the "
        "ministry.\n\nThe toll rose to 12, according to a Harbour Watchdog report released by the mayor's "
        "office.\n");
    ASSERT_EQ(ex.statements.size(), 2u);
    for (const Attribution& a : ex.statements) {
        ASSERT_TRUE(a.source && a.cue);
        EXPECT_EQ(a.cue->lemma, "according to");
        EXPECT_EQ(a.source->role, "");
    }
    EXPECT_EQ(ex.statements[0].source->name, "Gazette");
    EXPECT_EQ(ex.statements[0].source->type, SourceType::outlet);
    EXPECT_NE(ex.statements[0].content_text.find("rejected the pressure"), std::string::npos);
    EXPECT_EQ(ex.statements[1].content_text, "The toll rose to 12");
}

TEST(Extract, AStatementInAnOpeningClauseEndsWhereTheMainClausesSpeakerBegins) {
    // "When the F.B.I. director, James B. Comey, said that …,'' both private experts and
    // federal investigators immediately understood …": two statements (the first had run on
    // over the second's speaker and taken its words); "Although X said …, Y defended …" too
    const auto ex = extract_text(
        "The port reopened.\n\nWhen the harbour director, James B. Brel, said on Tuesday that his staff had no "
        "''direct evidence'' that the port had been ''successfully hacked,'' both private experts and federal "
        "investigators immediately understood his meaning: It very likely had been breached.\n\nAlthough the "
        "Rockets said they would not speak to the lawsuit, the team's general manager defended the league's "
        "safety practices.\n");
    const Attribution* brel = find_statement(ex, "successfully hacked");
    const Attribution* experts = find_statement(ex, "had been breached");
    const Attribution* rockets = find_statement(ex, "speak to the lawsuit");
    const Attribution* manager = find_statement(ex, "safety practices");
    ASSERT_TRUE(brel && experts && rockets && manager);
    EXPECT_NE(brel, experts);
    EXPECT_EQ(brel->content_text.find("experts"), std::string::npos) << brel->content_text;
    EXPECT_NE(rockets, manager);
    // a reported clause may hold such a clause where no subordinate clause opens the sentence
    const auto held = extract_text(
        "The port reopened.\n\nShe said that, if elected, she would ask the mayor to "
        "lead the plan.\n");
    ASSERT_FALSE(held.statements.empty());
    EXPECT_NE(held.statements[0].content_text.find("lead the plan"), std::string::npos);
}

TEST(Extract, APluralNounBeforeItsVerbIsNoCue) {
    // "Initial estimates indicate that …" had been a person "Initial" whose cue was "estimates"
    const auto ex = extract_text(
        "The port reopened.\n\nInitial estimates indicate that the repair will take twelve days.\n\nVarious "
        "reports suggest that the crane was never insured.\n");
    ASSERT_EQ(ex.statements.size(), 2u);
    for (const Attribution& a : ex.statements) {
        ASSERT_TRUE(a.source && a.cue);
        EXPECT_NE(a.source->name.find(' '), std::string::npos) << a.source->name;  // "Initial estimates"
    }
    EXPECT_EQ(ex.statements[0].cue->text, "indicate");
    EXPECT_EQ(ex.statements[1].cue->text, "suggest");
}

TEST(Extract, AnAudienceRelaysNothingAndAPersonWhoRelaysIsAPerson) {
    // "Speaking to students at Drexel University, …" had made the students a relay, typed as a
    // publication; "according to Sheriff Ivo Pickell" a publication named "Ivo Pickell"
    const auto ex = extract_text(
        "The port reopened.\n\nSpeaking to students at Varnia University, the mayor said the port was "
        "safe.\n\nIn an interview with Anna Berg on her podcast, the mayor said the crane was fixed.\n\nThe "
        "driver said the road was closed, according to County Sheriff Ivo Pickell.\n");
    const Attribution* safe = find_statement(ex, "port was safe");
    const Attribution* fixed = find_statement(ex, "crane was fixed");
    const Attribution* closed = find_statement(ex, "road was closed");
    ASSERT_TRUE(safe && fixed && closed);
    EXPECT_TRUE(safe->via.empty());
    ASSERT_EQ(fixed->via.size(), 1u);
    EXPECT_EQ(fixed->via[0].name, "Anna Berg");
    EXPECT_EQ(fixed->via[0].type, SourceType::person);
    ASSERT_EQ(closed->via.size(), 1u);
    EXPECT_EQ(closed->via[0].name, "Ivo Pickell");
    EXPECT_EQ(closed->via[0].type, SourceType::person);
}

TEST(Extract, OneListOfOpeningClausesAndOneOfNameParticles) {
    // the participle reader and the content's end share one list of words that open a
    // clause before the main one ("Once …," had been no such word for the participle, and
    // "Despite …," none for the content's end), and the name reader and the role one list of
    // name particles ("dos" of "dos Santos" had been a role)
    const auto ex = extract_text(
        "The port reopened.\n\nOnce Ivo Brel took office, Mr. Tull moved fast, announcing that the port would "
        "reopen.\n\nThe plan works, dos Santos says.\n\nDespite saying the port was open, the ministers do "
        "not believe the port is safe.\n");
    const Attribution* reopen = find_statement(ex, "port would reopen");
    const Attribution* works = find_statement(ex, "plan works");
    const Attribution* open = find_statement(ex, "port was open");
    const Attribution* safe = find_statement(ex, "port is safe");
    ASSERT_TRUE(reopen && works && open && safe && reopen->source && works->source);
    EXPECT_EQ(reopen->source->name, "Tull");
    EXPECT_EQ(works->source->role, "");
    EXPECT_NE(open, safe);  // the ministers' belief is no part of the first statement
}

TEST(Extract, ADayIsNoSpeaker) {
    // the parse once made "early Friday" the subject of "saying"
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract::extract(load::load_text("t.txt",
                                                     "The port reopened.\n\nVale unleashed a series of "
                                                     "tweets early Friday saying that rival Ana Ruiz had "
                                                     "shown bad judgment.\n"),
                                     model->options({}, false));
    ASSERT_FALSE(ex.statements.empty());
    for (const Attribution& a : ex.statements) {
        if (a.source) {
            EXPECT_EQ(a.source->text.find("Friday"), std::string::npos) << a.source->text;
        }
    }
}

TEST(Extract, AStudyOpeningTheSentenceIsItsSource) {
    const auto ex = extract_text("In a poll released Monday, 52 percent of voters backed the levy.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "52 percent of voters backed the levy");
    EXPECT_EQ(ex.statements[0].source->text, "a poll released Monday");
    // no comma closes the phrase: the sentence's own speaker follows it, and the
    // circumstance before the name is no part of the speaker
    const auto said = extract_text(
        "In a Monday statement President Ivo Vale said he intended to nominate Dr. Ana Reyes, the port's chief.");
    ASSERT_EQ(said.statements.size(), 1u);
    ASSERT_TRUE(said.statements[0].source);
    EXPECT_EQ(said.statements[0].source->name, "Ivo Vale");
    EXPECT_EQ(said.statements[0].source->text, "President Ivo Vale");
    // a speech is its author's, who opens the clause with a verb of her own
    // (the text's first line is its headline)
    const auto speech =
        extract_text("The port reopened.\n\nIn an August speech, Vale attacked the ideology of the radical groups.\n");
    ASSERT_EQ(speech.statements.size(), 1u);
    ASSERT_TRUE(speech.statements[0].source);
    EXPECT_EQ(speech.statements[0].source->text, "Vale");
    ASSERT_TRUE(speech.statements[0].cue);
    EXPECT_EQ(speech.statements[0].cue->text, "attacked");
    EXPECT_EQ(speech.statements[0].content_text, "the ideology of the radical groups");
    // a document a name writes speaks for its author
    const auto announced =
        extract_text("President Ivo Vale's announcement noted that Dr. Reyes had run the port for ten years.");
    ASSERT_EQ(announced.statements.size(), 1u);
    ASSERT_TRUE(announced.statements[0].source);
    EXPECT_EQ(announced.statements[0].source->name, "Ivo Vale");
    EXPECT_EQ(announced.statements[0].source->type, SourceType::person);
}

TEST(Extract, APossessorSpeaksWithoutItsApostropheS) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract::extract(
        load::load_text("t.txt",
                        "The senator won partly because of Mr. Obama's patronizing suggestion at a debate that "
                        "she was likable enough."),
        model->options({}, true));
    bool found = false;
    for (const Attribution& a : ex.statements) {
        if (!a.source || !a.source->span) continue;
        EXPECT_EQ(a.source->text.find("'s"), std::string::npos) << a.source->text;
        EXPECT_NE(a.source->text.front(), ',') << a.source->text;
        found = found || a.source->name == "Obama";
    }
    EXPECT_TRUE(found);
}

}  // namespace claimgraph
