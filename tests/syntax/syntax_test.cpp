// The tagger and parser: CoNLL-U, the treebank-style tokenizer, deterministic training on
// a treebank of ours, and the built-in models on sentences of ours (golden).
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "syntax/augment.h"
#include "syntax/conllu.h"
#include "syntax/models.h"
#include "syntax/tokenize.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

namespace {

std::vector<syntax::Sentence> tiny() {
    return syntax::read_conllu(testing::read_file(testing::data_path("syntax/tiny.conllu")), "tiny.conllu");
}

std::vector<std::string> forms(const syntax::Sentence& s) {
    std::vector<std::string> out;
    for (const syntax::Word& w : s.words) out.push_back(w.form);
    return out;
}

// The word with this form, its head's form and its relation.
std::pair<std::string, std::string> attachment_of(const syntax::Sentence& s, const std::string& form) {
    for (const syntax::Word& w : s.words)
        if (w.form == form)
            return {w.head == 0 ? "ROOT" : s.words[static_cast<std::size_t>(w.head - 1)].form, w.deprel};
    return {"?", "?"};
}

}  // namespace

TEST(Conllu, ReadsAndWritesBackWhatItRead) {
    const auto s = tiny();
    ASSERT_EQ(s.size(), 8u);
    EXPECT_EQ(s[0].words[2].form, "said");
    EXPECT_EQ(s[0].words[2].head, 0);
    EXPECT_EQ(s[0].words[7].deprel, "ccomp");
    EXPECT_FALSE(s[0].words[7].space_after);
    const std::string again = syntax::write_conllu(s);
    EXPECT_EQ(syntax::write_conllu(syntax::read_conllu(again, "again")), again);
    EXPECT_EQ(syntax::universal("nmod:poss"), "nmod");
}

TEST(Conllu, ALineThatIsNotCoNLLUNamesItsLine) {
    try {
        syntax::read_conllu("# text = a\n1\ta\ta\tX\tX\t_\t0\troot\t_\n", "bad.conllu");
        FAIL() << "a line of nine columns was read";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), "bad.conllu:2: 9 columns, not 10");
    }
    try {
        syntax::read_conllu("1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n\n", "bad.conllu");
        FAIL() << "a head outside the sentence was read";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("head 5 is outside the sentence"), std::string::npos) << e.what();
    }
}

TEST(Tokenize, WritesWordsAsTheTreebanksDo) {
    const std::string text =
        "Dr. Lena Fisk said she didn't know. The e-mail from al-Ani... came via name@example.org :)";
    const auto s = syntax::tokenize(text);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(forms(s[0]), (std::vector<std::string>{"Dr.", "Lena", "Fisk", "said", "she", "did", "n't", "know", "."}));
    EXPECT_EQ(forms(s[1]), (std::vector<std::string>{"The", "e-mail", "from", "al", "-", "Ani", "...", "came", "via",
                                                     "name@example.org", ":)"}));
    ASSERT_EQ(s[0].multiword.size(), 1u);
    EXPECT_EQ(s[0].multiword[0].form, "didn't");
    // offsets point at the text
    for (const syntax::Sentence& sentence : s)
        for (const syntax::Word& w : sentence.words) EXPECT_EQ(text.substr(w.start, w.end - w.start), w.form);
}

TEST(Training, TheSameDataAndSeedGiveTheSameModel) {
    const auto train = tiny();
    syntax::TrainOptions o;
    o.epochs = 5;
    o.min_updates = 1;
    o.jackknife = 1;
    o.data = "tiny.conllu";
    const std::string a = syntax::Tagger::train(train, {}, o), b = syntax::Tagger::train(train, {}, o);
    EXPECT_EQ(a, b);
    const syntax::Tagger tagger(a, "tiny tagger");
    // it has learned its training sentences
    std::size_t right = 0, total = 0;
    for (syntax::Sentence s : train) {
        const auto gold = s;
        tagger.tag(s);
        for (std::size_t i = 0; i < s.words.size(); ++i, ++total) right += s.words[i].upos == gold.words[i].upos;
    }
    EXPECT_EQ(right, total);
    const std::string p = syntax::Parser::train(train, {}, tagger, o), q = syntax::Parser::train(train, {}, tagger, o);
    EXPECT_EQ(p, q);
    const syntax::Parser parser(p, "tiny parser");
    syntax::Sentence s = train[0];
    tagger.tag(s);
    parser.parse(s);
    EXPECT_EQ(attachment_of(s, "governor"), (std::pair<std::string, std::string>{"said", "nsubj"}));
    // a different seed, a different order of the sentences
    o.seed = 2;
    EXPECT_NE(syntax::Tagger::train(train, {}, o), a);
}

TEST(Training, AClauseWithoutItsThatIsAddedAsACopy) {
    // He said that it rained . / the book that he wrote (a relative "that": no copy)
    const std::string text =
        "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
        "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tthat\tthat\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
        "4\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\t_\n"
        "5\trained\train\tVERB\tVBD\t_\t2\tccomp\t_\tSpaceAfter=No\n"
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
        "1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
        "2\tbook\tbook\tNOUN\tNN\t_\t0\troot\t_\t_\n"
        "3\tthat\tthat\tPRON\tWDT\t_\t5\tobj\t_\t_\n"
        "4\the\the\tPRON\tPRP\t_\t5\tnsubj\t_\t_\n"
        "5\twrote\twrite\tVERB\tVBD\t_\t2\tacl:relcl\t_\t_\n\n";
    const auto copies = syntax::without_complementizer(syntax::read_conllu(text, "t.conllu"));
    ASSERT_EQ(copies.size(), 1u);
    EXPECT_EQ(forms(copies[0]), (std::vector<std::string>{"He", "said", "it", "rained", "."}));
    EXPECT_EQ(attachment_of(copies[0], "rained"), (std::pair<std::string, std::string>{"said", "ccomp"}));
    EXPECT_EQ(attachment_of(copies[0], "it"), (std::pair<std::string, std::string>{"rained", "nsubj"}));
    EXPECT_EQ(attachment_of(copies[0], "."), (std::pair<std::string, std::string>{"said", "punct"}));
}

// The built-in models on sentences of ours: the attachments attribution extraction needs.
TEST(BuiltinModels, ParseReportedSpeechAsTheExtractorNeedsIt) {
    const syntax::Tagger& tagger = syntax::builtin_tagger();
    const syntax::Parser& parser = syntax::builtin_parser();
    const auto parse = [&](const std::string& text) {
        auto s = syntax::tokenize(text);
        EXPECT_EQ(s.size(), 1u) << text;
        tagger.tag(s[0]);
        parser.parse(s[0]);
        return s[0];
    };
    using A = std::pair<std::string, std::string>;
    const auto reported = parse("The regional governor said that 14 people were killed in the strike.");
    EXPECT_EQ(attachment_of(reported, "said"), (A{"ROOT", "root"}));
    EXPECT_EQ(attachment_of(reported, "governor"), (A{"said", "nsubj"}));
    EXPECT_EQ(attachment_of(reported, "killed"), (A{"said", "ccomp"}));
    EXPECT_EQ(attachment_of(reported, "that"), (A{"killed", "mark"}));
    const auto according = parse("According to the health ministry, 20 people died.");
    EXPECT_EQ(attachment_of(according, "died"), (A{"ROOT", "root"}));
    EXPECT_EQ(attachment_of(according, "ministry"), (A{"died", "obl"}));
    EXPECT_EQ(attachment_of(according, "According"), (A{"ministry", "case"}));
    const auto inverted = parse("\"We will rebuild the market,\" said the governor.");
    EXPECT_EQ(attachment_of(inverted, "governor"), (A{"said", "nsubj"}));
    EXPECT_EQ(attachment_of(inverted, "rebuild").first, "said");
    // without "that" (with it the parser makes the clause a relative clause of
    // "reporters": a known error, see the model card; the extractor's rules read that frame)
    const auto told = parse("The mayor told reporters the port would reopen on Monday.");
    EXPECT_EQ(attachment_of(told, "reporters"), (A{"told", "iobj"}));
    EXPECT_EQ(attachment_of(told, "reopen"), (A{"told", "ccomp"}));
    EXPECT_EQ(attachment_of(told, "mayor"), (A{"told", "nsubj"}));
}

TEST(BuiltinModels, ParseTheExampleArticleAsRecorded) {
    const std::string path = testing::data_path("port-strike.txt");
    const auto r = testing::run_cli({"parse", path});
    ASSERT_EQ(r.code, 0) << r.err;
    // the document's name as the user gave it, without where the checkout is
    std::string out = r.out;
    for (std::size_t at; (at = out.find(path)) != std::string::npos;) out.replace(at, path.size(), "port-strike.txt");
    EXPECT_EQ(testing::check_golden("port-strike.conllu", out), "");
}

// The second pass scores only the words the first is not sure of: on our example article
// that gives the tags two full passes give (or all but a word or two), and an infinite
// margin is two full passes.
TEST(BuiltinModels, TheTaggersSecondPassSkipsOnlyWhatTheFirstIsSureOf) {
    const syntax::Tagger& tagger = syntax::builtin_tagger();
    const std::string text = testing::read_file(testing::data_path("port-strike.txt"));
    std::size_t words = 0, same = 0;
    for (syntax::Sentence& s : syntax::tokenize(text)) {
        syntax::Sentence both = s, trusted = s;
        tagger.tag(both, std::numeric_limits<float>::infinity());
        tagger.tag(trusted);
        ASSERT_EQ(both.words.size(), trusted.words.size());
        for (std::size_t i = 0; i < both.words.size(); ++i) {
            ++words;
            same += both.words[i].xpos == trusted.words[i].xpos && both.words[i].upos == trusted.words[i].upos;
        }
    }
    ASSERT_GT(words, 200u);
    EXPECT_GE(same * 100, words * 99) << same << " of " << words;
}

}  // namespace claimgraph
