#include <csignal>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli/cli.h"
#include "util/fd_stream.h"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    // past a file size limit a write fails (EFBIG) and is reported, instead of a signal
    // killing the command with half its output written
    std::signal(SIGXFSZ, SIG_IGN);
    // a reader that went away (`| head`) is a failed write, not a silent death
    std::signal(SIGPIPE, SIG_IGN);
    const std::vector<std::string> args(argv + 1, argv + argc);
    claimgraph::FdOutBuf buffer(STDOUT_FILENO);
    std::ostream out(&buffer);
    int code = claimgraph::cli::run(args, out, std::cerr);
    if (!buffer.close()) {
        // a reader that went away wanted no more; anything else lost output the user asked for
        if (buffer.error() == EPIPE) return code;
        std::cerr << "claimgraph: error: <stdout>: " << std::strerror(buffer.error()) << "\n";
        if (code == 0) code = 1;
    }
    return code;
}
