#include "util/fd_stream.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace claimgraph {

FdOutBuf::FdOutBuf(int fd) : m_fd(fd) { setp(m_buffer.data(), m_buffer.data() + m_buffer.size()); }

FdOutBuf::~FdOutBuf() { drain(); }

bool FdOutBuf::drain() {
    const char* p = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    while (left > 0 && m_error == 0) {
        const ssize_t n = ::write(m_fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            m_error = errno;
            break;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return m_error == 0;
}

FdOutBuf::int_type FdOutBuf::overflow(int_type c) {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

std::streamsize FdOutBuf::xsputn(const char* s, std::streamsize n) {
    if (m_error) return 0;
    std::streamsize done = 0;
    while (done < n) {
        if (pptr() == epptr() && !drain()) return done;
        const auto room = static_cast<std::streamsize>(epptr() - pptr());
        const std::streamsize k = n - done < room ? n - done : room;
        std::memcpy(pptr(), s + done, static_cast<std::size_t>(k));
        pbump(static_cast<int>(k));
        done += k;
    }
    return done;
}

int FdOutBuf::sync() { return drain() ? 0 : -1; }

bool FdOutBuf::close() {
    if (m_closed) return m_error == 0;
    const bool flushed = drain();
    m_closed = true;
    if (::close(m_fd) != 0 && m_error == 0 && errno != EBADF) m_error = errno;
    return flushed && m_error == 0;
}

}  // namespace claimgraph
