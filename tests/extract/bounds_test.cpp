// Where a content begins and ends: the limits an edge may move within (the paragraph's
// free words, the content's sentences, across the attribution only when it stands next
// to the content), the pieces an edge across the attribution makes, and the shipped
// model on sentences we wrote.
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "extract/bounds.h"
#include "extract/extractor.h"
#include "extract/extractor_model.h"
#include "extract/gold.h"
#include "load/loader.h"
#include "test_support.h"

namespace claimgraph {

namespace {

// Chooses the farthest edges it is allowed: what the limits let through, nothing more.
class Widest final : public extract::BoundsChooser {
public:
    extract::Range choose(const extract::Context&, const extract::BoundsQuery& q,
                          const std::vector<extract::Range>& content) const override {
        seen = q;
        (void)content;
        return {q.lo, q.hi};
    }
    mutable extract::BoundsQuery seen;
};

// The article as `extract` reads it by default, with the built-in model.
Extraction with_model(const std::string& text) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    if (!model) throw std::runtime_error("no extractor model is built in");
    return extract::extract(load::load_text("t.txt", text), model->options({}, false));
}

std::vector<std::string> contents(const std::string& text, const extract::BoundsChooser* bounds) {
    extract::Options o;
    o.bounds = bounds;
    std::vector<std::string> out;
    for (const auto& a : extract::extract(load::load_text("t.txt", text), o).statements) out.push_back(a.content_text);
    return out;
}

}  // namespace

TEST(Bounds, AnEdgeRunsAcrossTheAttributionWithinItsSentenceOnly) {
    const Widest widest;
    const auto got =
        contents("Acts of protest, Mr. Obama said, are acts of patriotism. The museum opens on Friday.", &widest);
    ASSERT_EQ(got.size(), 1u);
    // two pieces around the speaker and the cue, which are not content; the next sentence
    // is not reached
    EXPECT_EQ(got[0], "Acts of protest \u2026 are acts of patriotism");
}

TEST(Bounds, TheWritersTimePhraseAfterTheSpeakerIsNotContent) {
    const Widest widest;
    const auto got = contents("At least 20 people were killed, the ministry said on Saturday evening.", &widest);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0], "At least 20 people were killed");
}

TEST(Bounds, AnEdgeNeverTakesWordsOfAnotherStatement) {
    const Widest widest;
    const auto got =
        contents("The mayor said the bridge was safe. \u201CWe are ready,\u201D the governor said.", &widest);
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0], "the bridge was safe");
    EXPECT_EQ(got[1], "\u201CWe are ready,\u201D");
}

TEST(Bounds, AQueryCountsTheContentsCommasAndTheRelativeClauseTheyOpen) {
    const Widest widest;
    const std::string text =
        "The ministry said the city had taken in 900 families, twice the plan, which was set in May, "
        "and more would come.";
    ASSERT_EQ(contents(text, &widest).size(), 1u);
    const extract::BoundsQuery& q = widest.seen;
    ASSERT_EQ(q.clauses.size(), q.hi + 2 - q.outer.first);
    // tokens from the content's first word: the(0) city had taken in 900 families ,(7)
    // twice the plan ,(11) which(12) was set in May ,(17) and(18) …; an end before token j
    // holds the commas before j - 1
    const auto at = [&](std::size_t k) { return static_cast<int>(q.clauses[k]); };
    EXPECT_EQ(at(0), 0);
    EXPECT_EQ(at(8), 0);  // the end right after the first comma: not yet one inside
    EXPECT_EQ(at(9), 1);  // "… families, twice": one comma
    EXPECT_EQ(at(12), 1);
    EXPECT_EQ(at(13), 2 | 4);  // "…, which": the relative clause is open
    EXPECT_EQ(at(18), 2 | 4);  // "… in May," (the end after the third comma)
    ASSERT_GT(q.clauses.size(), 19u);
    EXPECT_EQ(at(19), 3 | 4);  // three commas (the most counted), still open
}

namespace {

// Computes every candidate edge's features twice, from the tokens the query read once and
// from the text afresh (a query without them), and counts the candidates where they differ.
class BothWays final : public extract::BoundsChooser {
public:
    extract::Range choose(const extract::Context& ctx, const extract::BoundsQuery& q,
                          const std::vector<extract::Range>& content) const override {
        extract::BoundsQuery fresh = q;
        fresh.tokens.clear();
        std::vector<std::uint64_t> a, b;
        for (std::size_t k = q.lo; k <= q.hi; ++k) {
            extract::start_features(ctx, q, k, a);
            extract::start_features(ctx, fresh, k, b);
            differ += a != b;
            if (k == q.lo) continue;
            extract::end_features(ctx, q, k, a);
            extract::end_features(ctx, fresh, k, b);
            differ += a != b;
            ++compared;
        }
        return {content.front().first, content.back().last};
    }
    mutable std::size_t differ = 0, compared = 0;
};

}  // namespace

TEST(Bounds, TheTokensAQueryReadsOnceGiveTheFeaturesTheTextGives) {
    // paragraphs on either side (an edge's word before the first is the previous
    // paragraph's), quotation marks, and cue verbs a few words ahead of an edge
    const std::string text =
        "The port reopened on Monday.\n\n"
        "\u201CWe checked every crane,\u201D the harbour chief said, and officials noted that crews "
        "had worked overnight, while the ministry said repairs would take a week.\n\n"
        "Berg said the bridge was safe.";
    const BothWays both;
    ASSERT_GE(contents(text, &both).size(), 3u);
    EXPECT_GT(both.compared, 20u);
    EXPECT_EQ(both.differ, 0u);
}

TEST(Bounds, WithoutAChooserTheRulesEdgesStay) {
    const auto got = contents("At least 20 people were killed in the strike, the ministry said on Saturday.", nullptr);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0], "At least 20 people were killed in the strike");
}

TEST(Bounds, TheShippedModelReadsAnInterpolatedSpeakerAsOneStatement) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr) << "no extractor model is built in (src/extract/models/en-extractor.cgm)";
    const extract::Options o = model->options({}, false);
    ASSERT_NE(o.bounds, nullptr);
    EXPECT_NE(o.cues, nullptr);  // the cue reader on the sentences parsed anyway
    EXPECT_FALSE(o.deep);
    extract::Options speech;
    speech.speech_only = true;
    EXPECT_EQ(model->options(speech, false).cues, nullptr);  // with --scope speech, only with --deep
    EXPECT_NE(model->options(speech, true).cues, nullptr);
    const auto ex = extract::extract(
        load::load_text("t.txt", "Prices at the market, Ms. Petrenko said, have doubled since the winter."), o);
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "Prices at the market \u2026 have doubled since the winter");
    EXPECT_EQ(ex.statements[0].source->text, "Ms. Petrenko");
    // the rules alone read it so too (reported.cpp, interrupted_rest)
    EXPECT_EQ(contents("Prices at the market, Ms. Petrenko said, have doubled since the winter.", nullptr).at(0),
              "Prices at the market \u2026 have doubled since the winter");
}

// The learned end stops where another statement's clause begins: past a comma or "while",
// a cue verb with its own subject ("the ministry plans to …") is that statement's.
TEST(Bounds, TheShippedModelStopsAtAnotherStatementsClause) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract::extract(load::load_text("t.txt",
                                                     "The governor said the bridge was safe, while the ministry "
                                                     "plans to rebuild the station by the winter."),
                                     model->options({}, false));
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[0].content_text, "the bridge was safe");
    EXPECT_EQ(ex.statements[1].content_text, "to rebuild the station by the winter");
    EXPECT_EQ(ex.statements[1].source->name, "ministry");
    // a relative clause's cue verb is no new statement
    const auto rel = extract::extract(load::load_text("t.txt",
                                                      "The governor said the bridge, which engineers reported "
                                                      "damaged, was safe."),
                                      model->options({}, false));
    ASSERT_GE(rel.statements.size(), 1u);
    EXPECT_NE(rel.statements[0].content_text.find("was safe"), std::string::npos) << rel.statements[0].content_text;
}

TEST(Bounds, AContentKeepsAWordWhereverTheModelPutsItsStart) {
    // the start model once chose the closing quotation mark of a short quote in lower case
    const auto ex = with_model("As co-author Jane Roe told The Daily Planet, \"the data was clear.\"");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_NE(ex.statements[0].content_text.find("the data was clear"), std::string::npos)
        << ex.statements[0].content_text;
}

TEST(Learned, ARelativePronounSpeaksForItsAntecedent) {
    // "which vowed …": the mention is the pronoun, resolved to the words it stands for
    const std::string text = "The two polluters, which vowed to cut emissions, met on Monday.";
    const auto ex = with_model(text);
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    const SourceMention& m = *ex.statements[0].source;
    EXPECT_EQ(m.text, "which");
    EXPECT_EQ(m.name, "Two polluters");  // a group, named as a listing shows it
    EXPECT_EQ(m.type, SourceType::collective);
    ASSERT_TRUE(m.resolved_from);
    EXPECT_EQ(text.substr(m.resolved_from->start, m.resolved_from->end - m.resolved_from->start), "The two polluters");
}

TEST(Learned, ANameSetOffByCommasBeforeItsVerbSpeaks) {
    // the parse reads "who served" as what was said and finds "said" no subject
    const auto ex = with_model(
        "The port reopened.\n\nDerek Vale, who served as ambassador to Veltria from 2012 until earlier this year, "
        "said Ana Ruiz reached out to the port.\n");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->name, "Derek Vale");
    // inside the sentence too: "after Ruiz, at Monday's debate, cited …"
    const auto mid = with_model(
        "The port reopened.\n\nThe attacks began after Ruiz, at Monday\u2019s debate, cited derogatory comments "
        "Vale had made about the port.\n");
    ASSERT_EQ(mid.statements.size(), 1u);
    ASSERT_TRUE(mid.statements[0].source);
    EXPECT_EQ(mid.statements[0].source->name, "Ruiz");
}

TEST(Learned, ASecondVerbAfterAndSharesTheSentencesSpeaker) {
    // A cue model taught "warned" on two sentences (the shipped one's decision on a verb of
    // the word lists without a clause after it is a close call, and not what this tests).
    const std::string gold = testing::temp_dir() + "/warned.jsonl";
    testing::write_file(
        gold, R"({"id": "w1", "official_split": "train", "text": "The chief warned against new tolls at the port. The )"
              R"(minister warned against cuts to the budget.", "attributions": [{"cue_class": "speech", "kind": )"
              R"("indirect", "source": "The chief", "source_start": 0, "source_end": 9, "cue": "warned", "cue_start": )"
              R"(10, "cue_end": 16, "content": "new tolls at the port", "content_start": 25, "content_end": 46}, )"
              R"({"cue_class": "speech", "kind": "indirect", "source": "The minister", "source_start": 48, )"
              R"("source_end": 60, "cue": "warned", "cue_start": 61, "cue_end": 67, "content": "cuts to the budget", )"
              R"("content_start": 76, "content_end": 94}]})"
              "\n");
    extract::ExtractorTrainOptions o;
    o.cues = true;
    const extract::ExtractorModel model(extract::ExtractorModel::train(extract::read_gold(gold), {}, o), "warned");
    extract::Options options = model.options({}, false);
    options.bounds = nullptr;
    // the parse reads "warned" as the verb of what was said ("he would order … and warned")
    const auto ex = extract::extract(
        load::load_text("t.txt",
                        "The port reopened.\n\nVale, speaking to a veterans group in Veltria, said he would "
                        "order a thorough review of the port\u2019s computer defenses and warned against "
                        "potential hackers from abroad.\n"),
        options);
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[1].cue->text, "warned");
    EXPECT_EQ(ex.statements[1].evidence, "model");
    for (const Attribution& a : ex.statements) {
        ASSERT_TRUE(a.source) << a.content_text;
        EXPECT_EQ(a.source->name, "Vale");
    }
}

}  // namespace claimgraph
