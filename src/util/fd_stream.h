// Standard output as a stream that remembers why a write failed (a full disk, a closed
// pipe, a file size limit), so that the command can say so and exit 1 (issue 17).
#pragma once

#include <array>
#include <streambuf>

namespace claimgraph {

/// A buffered stream buffer over a file descriptor. After the first failed write, the rest
/// is dropped and error() gives its errno.
class FdOutBuf : public std::streambuf {
public:
    explicit FdOutBuf(int fd);
    FdOutBuf(const FdOutBuf&) = delete;
    FdOutBuf& operator=(const FdOutBuf&) = delete;
    ~FdOutBuf() override;
    /// errno of the first failed write (0: none).
    int error() const noexcept { return m_error; }
    /// Flushes, then closes the descriptor (a file system may report a failed write only
    /// at close); false when either failed (error() says why).
    bool close();

protected:
    int_type overflow(int_type c) override;
    int sync() override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;

private:
    bool drain();
    int m_fd;
    int m_error = 0;
    bool m_closed = false;
    std::array<char, 65536> m_buffer{};
};

}  // namespace claimgraph
