#include "learn/model_file.h"

#include <cstring>

#include <fmt/format.h>

#include "learn/features.h"
#include "util/error.h"

namespace claimgraph::learn {

namespace {

constexpr std::string_view kMagic("CGMODEL\0", 8);

std::uint64_t checksum(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

template <typename T>
void put(std::string& out, T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

void put_string(std::string& out, std::string_view s) {
    put(out, static_cast<std::uint64_t>(s.size()));
    out.append(s);
}

// Reads the header and sections, throwing `fail` with a reason when they do not add up.
class Reader {
public:
    Reader(std::string_view bytes, std::string name) : m_bytes(bytes), m_name(std::move(name)) {}
    template <typename T>
    T get() {
        T v{};
        need(sizeof v);
        std::memcpy(&v, m_bytes.data() + m_at, sizeof v);
        m_at += sizeof v;
        return v;
    }
    std::string get_string() {
        const auto n = get<std::uint64_t>();
        need(n);
        std::string s(m_bytes.substr(m_at, static_cast<std::size_t>(n)));
        m_at += static_cast<std::size_t>(n);
        return s;
    }
    std::size_t at() const { return m_at; }

private:
    void need(std::uint64_t n) {
        if (n > m_bytes.size() - m_at)
            throw Error(fmt::format("{}: damaged or cut short (a part runs past its end)", m_name));
    }
    std::string_view m_bytes;
    std::string m_name;
    std::size_t m_at = 0;
};

}  // namespace

std::uint64_t labels_hash(const std::vector<std::string>& labels) {
    std::uint64_t h = 0x6c6162656c73ULL;
    for (const std::string& l : labels) h = mix(h ^ hash_text(l));
    return h;
}

std::string write_model(const ModelFile& m) {
    std::string out(kMagic);
    put(out, kModelFormat);
    put_string(out, m.kind);
    put(out, m.templates);
    put(out, labels_hash(m.labels));
    put(out, static_cast<std::uint64_t>(m.labels.size()));
    for (const std::string& l : m.labels) put_string(out, l);
    put_string(out, m.data);
    put_string(out, m.revision);
    put_string(out, m.created);
    put(out, static_cast<std::uint64_t>(m.sections.size()));
    for (const auto& [name, bytes] : m.sections) {
        put_string(out, name);
        put_string(out, bytes);
    }
    put(out, checksum(out));
    return out;
}

ModelFile read_model(std::string_view bytes, const std::string& name, const std::string& kind,
                     std::uint64_t templates) {
    if (bytes.size() < kMagic.size() + 12 || bytes.substr(0, kMagic.size()) != kMagic)
        throw Error(fmt::format("{}: not a claimgraph model", name));
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
    if (stored != checksum(bytes.substr(0, bytes.size() - 8)))
        throw Error(fmt::format("{}: damaged or cut short (its checksum does not match)", name));
    Reader in(bytes.substr(0, bytes.size() - 8), name);
    for (std::size_t i = 0; i < kMagic.size(); ++i) in.get<char>();
    const auto format = in.get<std::uint32_t>();
    if (format != kModelFormat)
        throw Error(fmt::format("{}: model format {} (this claimgraph reads {})", name, format, kModelFormat));
    ModelFile m;
    m.kind = in.get_string();
    if (m.kind != kind) throw Error(fmt::format("{}: a {} model, not a {}", name, m.kind, kind));
    m.templates = in.get<std::uint64_t>();
    if (m.templates != templates)
        throw Error(
            fmt::format("{}: trained with other feature templates ({:016x}; this claimgraph computes {:016x}): "
                        "retrain it with 'claimgraph train {}'",
                        name, m.templates, templates, kind));
    const auto label_hash = in.get<std::uint64_t>();
    const auto labels = in.get<std::uint64_t>();
    if (labels > 4096) throw Error(fmt::format("{}: damaged ({} labels)", name, labels));
    for (std::uint64_t i = 0; i < labels; ++i) m.labels.push_back(in.get_string());
    if (labels_hash(m.labels) != label_hash)
        throw Error(fmt::format("{}: damaged (its labels do not match their hash)", name));
    m.data = in.get_string();
    m.revision = in.get_string();
    m.created = in.get_string();
    const auto sections = in.get<std::uint64_t>();
    if (sections > 64) throw Error(fmt::format("{}: damaged ({} sections)", name, sections));
    for (std::uint64_t i = 0; i < sections; ++i) {
        std::string key = in.get_string();
        m.sections[key] = in.get_string();
    }
    if (in.at() != bytes.size() - 8) throw Error(fmt::format("{}: damaged (bytes after its last section)", name));
    return m;
}

}  // namespace claimgraph::learn
