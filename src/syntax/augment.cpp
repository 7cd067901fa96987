#include "syntax/augment.h"

#include "util/text.h"

namespace claimgraph::syntax {

namespace {

// The index of a "that" to drop in s, or -1: the first word of a verb's ccomp subtree,
// marking it, with no dependents of its own and not inside a multiword token.
int droppable_that(const Sentence& s) {
    const int n = static_cast<int>(s.words.size());
    for (int k = 0; k < n; ++k) {
        const Word& w = s.words[static_cast<std::size_t>(k)];
        if (w.deprel != "mark" || text::lower(w.form) != "that" || w.head <= 0 || w.head > n) continue;
        const Word& clause = s.words[static_cast<std::size_t>(w.head - 1)];
        if (clause.deprel != "ccomp" || clause.head <= 0 || clause.head > n) continue;
        if (s.words[static_cast<std::size_t>(clause.head - 1)].upos != "VERB") continue;
        bool leaf = true, first = true;
        for (int d = 0; d < n; ++d) {
            if (s.words[static_cast<std::size_t>(d)].head == k + 1) leaf = false;
            // nothing of the clause before "that": walk each word's heads up to the clause
            if (d >= k) continue;
            int h = d + 1;
            for (int steps = 0; h > 0 && h != w.head && steps < n; ++steps)
                h = s.words[static_cast<std::size_t>(h - 1)].head;
            if (h == w.head) first = false;
        }
        bool in_token = false;
        for (const MultiwordToken& m : s.multiword)
            if (static_cast<int>(m.first) <= k && k <= static_cast<int>(m.last)) in_token = true;
        if (leaf && first && !in_token) return k;
    }
    return -1;
}

}  // namespace

std::vector<Sentence> without_complementizer(const std::vector<Sentence>& sentences) {
    std::vector<Sentence> out;
    for (const Sentence& s : sentences) {
        const int k = droppable_that(s);
        if (k < 0) continue;
        Sentence copy;
        copy.id = s.id + "-without-that";
        for (int i = 0; i < static_cast<int>(s.words.size()); ++i) {
            if (i == k) continue;
            Word w = s.words[static_cast<std::size_t>(i)];
            if (w.head > k + 1) --w.head;
            copy.words.push_back(std::move(w));
        }
        for (MultiwordToken m : s.multiword) {
            if (static_cast<int>(m.first) > k) --m.first;
            if (static_cast<int>(m.last) > k) --m.last;
            copy.multiword.push_back(std::move(m));
        }
        out.push_back(std::move(copy));
    }
    return out;
}

}  // namespace claimgraph::syntax
