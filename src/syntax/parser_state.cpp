#include "syntax/parser_state.h"

namespace claimgraph::syntax::parsing {

State::State(std::size_t n)
    : head(n + 1, -1),
      label(n + 1, -1),
      left1(n + 1, -1),
      left2(n + 1, -1),
      right1(n + 1, -1),
      right2(n + 1, -1),
      lefts(n + 1, 0),
      rights(n + 1, 0),
      size(n) {
    stack.push_back(kRoot);
}

void State::attach(int dependent, int to, int rel) {
    head[dependent] = to;
    label[dependent] = rel;
    if (dependent < to) {
        ++lefts[to];
        if (left1[to] == -1 || dependent < left1[to]) {
            left2[to] = left1[to];
            left1[to] = dependent;
        } else if (left2[to] == -1 || dependent < left2[to]) {
            left2[to] = dependent;
        }
    } else {
        ++rights[to];
        if (right1[to] == -1 || dependent > right1[to]) {
            right2[to] = right1[to];
            right1[to] = dependent;
        } else if (right2[to] == -1 || dependent > right2[to]) {
            right2[to] = dependent;
        }
    }
}

bool valid(const State& st, Move m) {
    if (m == kShift) return !st.buffer_empty();
    if (m == kLeft) return st.stack.size() > 1 && !st.buffer_empty();
    if (st.stack.size() < 2) return false;
    return st.s(1) != kRoot || (st.buffer_empty() && st.stack.size() == 2);
}

void apply(State& st, Move m, int label) {
    if (m == kShift) {
        st.stack.push_back(st.next++);
        return;
    }
    const auto [head, dependent] = st.arc(m);
    st.stack.pop_back();
    st.attach(dependent, head, label);
}

int cost(const State& st, Move m, const std::vector<int>& gold_head) {
    const int n = static_cast<int>(st.size);
    const auto in_buffer_after = [&](int k, int from) { return k >= from && k <= n; };
    int c = 0;
    if (m == kShift) {
        const int b0 = st.next;
        for (std::size_t k = 0; k < st.stack.size(); ++k) {
            const int x = st.stack[k];
            if (gold_head[b0] == x && x != st.s(0)) ++c;  // its head in the stack, below s0
            if (x != kRoot && gold_head[x] == b0) ++c;  // its dependents in the stack
        }
        return c;
    }
    const int s0 = st.s(0);
    if (s0 < 0) return 0;  // an arc with nothing on the stack is never legal, so never costed
    // s0 leaves the stack: the gold arcs to its dependents still in the buffer are lost,
    // and the one to its head unless that head is the one it gets
    if (m == kLeft) {
        const int b0 = st.next;
        if (gold_head[s0] == st.s(1) || in_buffer_after(gold_head[s0], b0 + 1)) ++c;
        for (int d = b0; d <= n; ++d)
            if (gold_head[d] == s0) ++c;
        return c;
    }
    if (in_buffer_after(gold_head[s0], st.next)) ++c;
    for (int d = st.next; d <= n; ++d)
        if (gold_head[d] == s0) ++c;
    return c;
}

}  // namespace claimgraph::syntax::parsing
