// The learning library on toy problems it must learn exactly, and its model files.
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "learn/features.h"
#include "learn/model_file.h"
#include "learn/partial_sums.h"
#include "learn/perceptron.h"
#include "learn/sequence.h"
#include "util/error.h"

namespace claimgraph {

namespace {

using learn::feature;

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

// x in 0…59: its class is x mod 3 when x < 30, and 2 - (x mod 3) above (a conjunction of
// "x mod 3" and "x ≥ 30", which the features give only together).
std::vector<std::uint64_t> features_of(int x) {
    return {feature(1, 0), feature(2, static_cast<std::uint64_t>(x % 3)), feature(3, x >= 30),
            feature(4, static_cast<std::uint64_t>(x % 3), x >= 30)};
}
std::size_t class_of(int x) { return static_cast<std::size_t>(x < 30 ? x % 3 : 2 - x % 3); }

}  // namespace

TEST(Perceptron, LearnsAToyProblemExactlyAndTheCompactModelAgrees) {
    learn::AveragedPerceptron p(3);
    for (int epoch = 0; epoch < 10; ++epoch)
        for (int x = 0; x < 60; ++x) {
            const auto f = features_of(x);
            p.update(f, class_of(x), p.predict(f));
            p.tick();
        }
    const learn::LinearModel m = p.averaged();
    for (int x = 0; x < 60; ++x) {
        const auto f = features_of(x);
        EXPECT_EQ(p.predict(f), class_of(x)) << x;
        float scores[3] = {0, 0, 0};
        m.score(f, scores);
        EXPECT_EQ(static_cast<std::size_t>(std::max_element(scores, scores + 3) - scores), class_of(x)) << x;
    }
    // saved and read back, the same scores
    const learn::LinearModel back = learn::LinearModel::from_bytes(m.to_bytes());
    for (int x = 0; x < 60; ++x) {
        const auto f = features_of(x);
        float a[3] = {0, 0, 0}, b[3] = {0, 0, 0};
        m.score(f, a);
        back.score(f, b);
        for (int c = 0; c < 3; ++c) EXPECT_EQ(a[c], b[c]);
    }
    EXPECT_EQ(m.to_bytes(), back.to_bytes());
}

TEST(Perceptron, TheMeanOfRunsScoresTheMeanOfTheirScores) {
    using Row = learn::LinearModel::Row;
    // feature 1 in both runs, feature 2 only in the first (0 in the second), feature 3 in
    // the second only and for another class
    const std::vector<Row> a{{feature(1, 0), {{0, 2.0f}, {1, -4.0f}}}, {feature(2, 0), {{1, 6.0f}}}};
    const std::vector<Row> b{{feature(1, 0), {{0, 4.0f}}}, {feature(3, 0), {{2, 1.0f}}}};
    const learn::LinearModel mean = learn::mean_model(3, {a, b});
    EXPECT_EQ(mean.features(), 3u);
    const auto scores = [&](std::vector<std::uint64_t> f) {
        std::vector<float> s(3, 0.0f);
        mean.score(f, s.data());
        return s;
    };
    const auto near = [](const std::vector<float>& got, std::vector<float> want) {
        for (std::size_t c = 0; c < want.size(); ++c) EXPECT_NEAR(got[c], want[c], 1e-3) << c;
    };
    near(scores({feature(1, 0)}), {3.0f, -2.0f, 0.0f});
    near(scores({feature(2, 0)}), {0.0f, 3.0f, 0.0f});
    near(scores({feature(1, 0), feature(3, 0)}), {3.0f, -2.0f, 0.5f});
    // weights that cancel leave the feature out; one run is that run
    const std::vector<Row> c{{feature(2, 0), {{1, -6.0f}}}};
    EXPECT_EQ(learn::mean_model(3, {a, c}).features(), 1u);
    EXPECT_EQ(learn::mean_model(3, {a}).to_bytes(), learn::LinearModel(3, a).to_bytes());
    // the runs of one perceptron: averaged_rows is what averaged() builds from
    learn::AveragedPerceptron p(3);
    for (int x = 0; x < 60; ++x) {
        p.update(features_of(x), class_of(x), p.predict(features_of(x)));
        p.tick();
    }
    EXPECT_EQ(learn::LinearModel(3, p.averaged_rows()).to_bytes(), p.averaged().to_bytes());
}

TEST(LinearModel, AFewClassesKeptInTheirSlotsScoreAsRowsDo) {
    // the same rows as a model of 1 to 4 classes (each row in its slot) and of 9 (rows
    // apart, sparse and dense): the first scores agree exactly, features absent too
    for (std::uint16_t classes = 1; classes <= 4; ++classes) {
        std::mt19937_64 random(7);
        std::vector<learn::LinearModel::Row> rows;
        for (std::uint64_t t = 0; t < 3000; ++t) {
            learn::LinearModel::Row r{feature(t, 5), {}};
            for (std::uint16_t c = 0; c < classes; ++c)
                if (random() % 3 != 0)
                    r.weights.emplace_back(c, static_cast<float>(static_cast<int>(random() % 2001) - 1000) / 7.0f);
            rows.push_back(r);
        }
        const learn::LinearModel few(classes, rows), many(9, rows);
        const learn::LinearModel back = learn::LinearModel::from_bytes(few.to_bytes());
        EXPECT_EQ(back.to_bytes(), few.to_bytes());
        for (std::uint64_t t = 0; t < 3200; t += 7) {
            const std::vector<std::uint64_t> f{feature(t, 5), feature(t + 1, 5), feature(t, 6)};
            float a[4] = {}, b[9] = {}, c[4] = {};
            few.score(f, a);
            many.score(f, b);
            back.score(f, c);
            for (std::uint16_t k = 0; k < classes; ++k) {
                EXPECT_EQ(a[k], b[k]) << classes << " " << t << " " << k;
                EXPECT_EQ(a[k], c[k]) << classes << " " << t << " " << k;
            }
        }
    }
}

TEST(PartialSums, AKeptSumAddsExactlyWhatItsFeaturesWouldAndNeverAnotherModels) {
    // two models with the same features and different weights, many classes (dense rows)
    const auto model = [](float sign) {
        std::vector<learn::LinearModel::Row> rows;
        for (std::uint64_t t = 0; t < 40; ++t) {
            learn::LinearModel::Row r{feature(t, 1), {}};
            for (std::uint16_t c = 0; c < 20; ++c)
                r.weights.emplace_back(c, sign * (0.37f * static_cast<float>(t) - 0.11f * c));
            rows.push_back(r);
        }
        return learn::LinearModel(20, rows);
    };
    const learn::LinearModel a = model(1.0f), b = model(-1.0f);
    ASSERT_NE(a.identity(), b.identity());
    std::vector<std::uint64_t> own, rest, all;
    for (std::uint64_t t = 0; t < 40; ++t) (t % 3 ? rest : own).push_back(feature(t, 1));
    all = own;
    all.insert(all.end(), rest.begin(), rest.end());
    for (const learn::LinearModel* m : {&a, &b}) {
        float whole[20] = {}, split[20] = {};
        m->score(all, whole);
        int calls = 0;
        for (int twice = 0; twice < 2; ++twice) {
            const std::int32_t* kept = learn::PartialSums::of(*m, 42, [&](std::vector<std::uint64_t>& into) {
                ++calls;
                into = own;
            });
            std::vector<std::int32_t> sums(kept, kept + m->stride());
            m->accumulate(rest, sums.data());
            std::fill(split, split + 20, 0.0f);
            m->add_scaled(sums.data(), split);
            for (int c = 0; c < 20; ++c) EXPECT_EQ(whole[c], split[c]) << c;
        }
        EXPECT_EQ(calls, 1);  // summed once, then kept
    }
}

TEST(Perceptron, ASequenceLabellerLearnsWhatDependsOnThePreviousLabel) {
    // BIO-like spans: "a" begins one (1), each "b" inside it continues it (2), "c" ends it
    // and a "b" outside one is 0. Whether a "b" is 2 or 0 only the previous label tells.
    std::mt19937 random(3);
    const auto make = [&] {
        std::vector<char> x;
        for (int i = 0, n = 3 + static_cast<int>(random() % 8); i < n; ++i) x.push_back("abbbc"[random() % 5]);
        return x;
    };
    const auto gold_of = [](const std::vector<char>& x) {
        std::vector<std::size_t> y;
        bool inside = false;
        for (char c : x) {
            if (c == 'a') inside = true;
            if (c == 'c') inside = false;
            y.push_back(c == 'a' ? 1 : c == 'b' && inside ? 2 : 0);
        }
        return y;
    };
    const auto features = [](const std::vector<char>& x) {
        std::vector<std::vector<std::uint64_t>> f;
        for (char c : x) f.push_back({feature(1, static_cast<std::uint64_t>(c))});
        return f;
    };
    std::vector<std::vector<char>> train;
    for (int k = 0; k < 200; ++k) train.push_back(make());
    learn::SequencePerceptron p(3);
    for (int epoch = 0; epoch < 10; ++epoch)
        for (const auto& x : train) p.train(features(x), gold_of(x));
    const learn::SequenceModel m(p.model().averaged());
    for (int k = 0; k < 100; ++k) {
        const auto x = make();
        EXPECT_EQ(m.decode(features(x)), gold_of(x));
    }
    EXPECT_EQ(learn::SequenceModel(learn::LinearModel::from_bytes(m.linear().to_bytes()))
                  .decode(features({'a', 'b', 'b', 'c'})),
              (std::vector<std::size_t>{1, 2, 2, 0}));
}

TEST(ModelFile, ABadFileIsAClearErrorNeverACrash) {
    learn::ModelFile f;
    f.kind = "tagger";
    f.templates = 7;
    f.labels = {"NOUN NN", "VERB VB"};
    f.data = "fixture";
    f.sections["weights"] = learn::AveragedPerceptron(2).averaged().to_bytes();
    const std::string bytes = learn::write_model(f);
    const learn::ModelFile back = learn::read_model(bytes, "m", "tagger", 7);
    EXPECT_EQ(back.labels, f.labels);
    EXPECT_EQ(back.sections, f.sections);
    EXPECT_EQ(error_of([&] { learn::read_model("hello", "m", "tagger", 7); }), "m: not a claimgraph model");
    std::string flipped = bytes;
    flipped[flipped.size() / 2] ^= 0x40;
    EXPECT_EQ(error_of([&] { learn::read_model(flipped, "m", "tagger", 7); }),
              "m: damaged or cut short (its checksum does not match)");
    EXPECT_EQ(error_of([&] { learn::read_model(bytes.substr(0, bytes.size() - 5), "m", "tagger", 7); }),
              "m: damaged or cut short (its checksum does not match)");
    EXPECT_EQ(error_of([&] { learn::read_model(bytes, "m", "parser", 7); }), "m: a tagger model, not a parser");
    EXPECT_EQ(error_of([&] { learn::read_model(bytes, "m", "tagger", 8); }),
              "m: trained with other feature templates (0000000000000007; this claimgraph computes 0000000000000008): "
              "retrain it with 'claimgraph train tagger'");
    // every truncation and every single-byte corruption: an error, never a crash
    for (std::size_t n = 0; n < bytes.size(); n += 7)
        EXPECT_NE(error_of([&] { learn::read_model(bytes.substr(0, n), "m", "tagger", 7); }), "");
    // weights whose own sizes lie (checksum right): refused by the weights reader
    std::string weights = f.sections["weights"];
    weights[24] = static_cast<char>(0x03);  // a table size that is not a power of two
    EXPECT_THROW(learn::LinearModel::from_bytes(weights), std::runtime_error);
    EXPECT_THROW(learn::LinearModel::from_bytes(weights.substr(0, 10)), std::runtime_error);
}

}  // namespace claimgraph
