// The loopback server of the art-fetch benchmark: prints its port, then
// serves until killed.
//
//   art-fetch-bench-server [--threads N] [--page-size BYTES]
import ArtCore
import ArtTestServer

var threads = 1
var pageSize = 20_000
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--threads": threads = Int(args.popFirst() ?? "") ?? threads
    case "--page-size": pageSize = Int(args.popFirst() ?? "") ?? pageSize
    default:
        let usage = "usage: art-fetch-bench-server [--threads N] [--page-size BYTES]\n"
        _ = usage.withCString { write(2, $0, strlen($0)) }
        Platform.exit(2)
    }
}
let server = try TestServer(threads: threads, pageSize: pageSize)
print(server.port)
fflush(nil)
try server.wait()
