// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) the parser
// moves through: a stack, a buffer, the arcs made so far; the three moves; and what a move
// costs against a gold tree (Goldberg and Nivre 2013), for the dynamic oracle.
#pragma once

#include <cstddef>
#include <vector>

namespace claimgraph::syntax::parsing {

constexpr int kRoot = 0;

/// shift (b0 onto the stack), left (s0 ← b0: s0 gets head b0), right (s1 → s0).
enum Move : std::size_t { kShift = 0, kLeft = 1, kRight = 2, kMoves = 3 };

/// Words 1…n (0 is the root), the stack, the next word of the buffer, the heads and
/// labels given so far, and each word's two outermost children on either side.
struct State {
    explicit State(std::size_t n);
    std::vector<int> stack;
    int next = 1;
    std::vector<int> head, label, left1, left2, right1, right2, lefts, rights;
    std::size_t size;

    bool buffer_empty() const { return next > static_cast<int>(size); }
    bool done() const { return buffer_empty() && stack.size() == 1; }
    /// The k-th word from the top of the stack, -1 when there is none.
    int s(std::size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }
    /// The k-th word of the buffer, -1 past its end.
    int b(int k) const { return next + k <= static_cast<int>(size) ? next + k : -1; }
    /// The arc a left or right move would make: (head, dependent).
    std::pair<int, int> arc(Move m) const { return m == kLeft ? std::pair{next, s(0)} : std::pair{s(1), s(0)}; }
    void attach(int dependent, int to, int rel);
};

/// Whether a move can be made: a right arc onto the root only as the last move, so that a
/// sentence has one root.
bool valid(const State& st, Move m);
/// Makes the move; an arc gets relation `label`.
void apply(State& st, Move m, int label);
/// How many gold arcs the move makes unreachable (`gold_head[d]`: the gold head of word d).
int cost(const State& st, Move m, const std::vector<int>& gold_head);

}  // namespace claimgraph::syntax::parsing
