#include "extract/extractor_model.h"

#include <fmt/format.h>

#include "extract/bounds_train.h"
#include "learn/model_file.h"
#include "util/error.h"

// The shipped model's bytes, linked in by the assembler (embedded_models.S, made by
// CMake): empty when the build had no model file.
extern "C" {
extern const char claimgraph_extractor_model_begin[];
extern const char claimgraph_extractor_model_end[];
}

namespace claimgraph::extract {

ExtractorModel::ExtractorModel(std::string_view bytes, const std::string& name) {
    const learn::ModelFile file = learn::read_model(bytes, name, "extractor", kExtractorTemplates);
    const auto bytes_of = [&](const char* key) -> const std::string& {
        auto it = file.sections.find(key);
        if (it == file.sections.end()) throw Error(fmt::format("no '{}' section", key));
        return it->second;
    };
    try {
        if (file.sections.contains("cues")) m_cues.emplace(learn::LinearModel::from_bytes(bytes_of("cues")));
        learn::LinearModel starts = learn::LinearModel::from_bytes(bytes_of("starts"));
        learn::LinearModel ends = learn::LinearModel::from_bytes(bytes_of("ends"));
        if (starts.classes() != 1 || ends.classes() != 1) throw Error("edge models of one class expected");
        m_bounds.emplace(std::move(starts), std::move(ends));
        m_confidence.emplace(learn::LinearModel::from_bytes(bytes_of("confidence")),
                             ConfidenceModel::parse_steps(bytes_of("calibration")));
    } catch (const std::exception& e) {
        throw Error(fmt::format("{}: damaged ({})", name, e.what()));
    }
}

Options ExtractorModel::options(Options base, bool deep) const {
    // the cue reader reads PolNeAR's wide notion ("wrote a report", "plans to …"): with
    // --scope speech, only when asked for (--deep)
    if (m_cues && (deep || !base.speech_only)) base.cues = &*m_cues;
    base.deep = deep;
    if (m_bounds) base.bounds = &*m_bounds;
    if (m_confidence) base.confidence = &*m_confidence;
    return base;
}

std::string ExtractorModel::train(const std::vector<GoldArticle>& train, const std::vector<GoldArticle>& dev,
                                  const ExtractorTrainOptions& o, std::string* log) {
    learn::ModelFile file;
    file.kind = "extractor";
    file.templates = kExtractorTemplates;
    file.labels = {"score"};
    file.data = o.data;
    file.revision = o.revision;
    file.created = o.created;
    std::optional<CueModel> cues;
    Options extraction;
    extraction.join_turns = o.join_turns;
    if (o.cues) {
        learn::LinearModel m = CueModel::train(train, dev, o.epochs, o.seed, o.runs, log);
        file.sections["cues"] = m.to_bytes();
        cues.emplace(std::move(m));
        extraction.cues = &*cues;
        extraction.deep = true;  // the confidence of what the cue reader finds anywhere
    }
    const TrainedBounds bounds = train_bounds(train, dev, extraction, o.epochs, o.seed, o.runs, log);
    file.sections["starts"] = bounds.starts.to_bytes();
    file.sections["ends"] = bounds.ends.to_bytes();
    // the confidence of what the whole model finds (the cue reader's statements included)
    const BoundsModel model(bounds.starts, bounds.ends);
    extraction.bounds = &model;
    const ConfidenceModel confidence = ConfidenceModel::train(train, dev, extraction, o.epochs, o.seed, log);
    file.sections["confidence"] = confidence.model().to_bytes();
    file.sections["calibration"] = confidence.steps_text();
    return learn::write_model(file);
}

const ExtractorModel* builtin_extractor() {
    static const std::unique_ptr<ExtractorModel> model = [] {
        const char* b = claimgraph_extractor_model_begin;
        const char* e = claimgraph_extractor_model_end;
        return e > b ? std::make_unique<ExtractorModel>(std::string_view(b, static_cast<std::size_t>(e - b)),
                                                        "the built-in extractor model")
                     : nullptr;
    }();
    return model.get();
}

}  // namespace claimgraph::extract
