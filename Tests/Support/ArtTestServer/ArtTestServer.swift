// A loopback HTTP server for art-fetch tests and benchmarks.
import NIOCore
