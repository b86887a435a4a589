// swift-tools-version:6.0
import PackageDescription

// One core library that every filter shares (ArtCore), feature libraries on
// top of it, and one thin executable per filter. Only ArtFetch links the HTTP
// client; only ArtCLI knows about argument parsing.
//
// Linux (glibc) is what is built and tested, so no `platforms:` line claims
// more: ArtCore/Platform/Platform.swift is the one file that knows the C
// library, and its Darwin branches have not been compiled.
let package = Package(
    name: "art",
    products: [
        .executable(name: "art-json", targets: ["art-json"]),
        .executable(name: "art-fetch", targets: ["art-fetch"]),
        .executable(name: "art-strip", targets: ["art-strip"]),
        .executable(name: "art-sentences", targets: ["art-sentences"]),
        .executable(name: "art-entities", targets: ["art-entities"]),
        .executable(name: "art-quotes", targets: ["art-quotes"]),
        .library(name: "ArtCore", targets: ["ArtCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // System libraries. ICU needs a shim of inline wrappers because its
        // entry points are renamed per version by macros Swift cannot import.
        .systemLibrary(
            name: "CICU", path: "Sources/CICU", pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // The core: records, JSON, streaming I/O, the filter runner. CScan
        // holds the JSON scanner's vectorised inner loops.
        .target(name: "CScan"),
        .target(name: "ArtCore", dependencies: ["CScan"]),
        // Shared command-line options and the entry point every filter uses.
        .target(
            name: "ArtCLI",
            dependencies: [
                "ArtCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Feature libraries.
        .target(name: "ArtCharset", dependencies: ["ArtCore", "CICU"]),
        // The text layer: character classes, language data, the tokenizer and
        // the sentence segmenter, in pure Swift. ICU's sentence breaker, for
        // scripts the rules do not cover, is a target of its own that only
        // art-sentences links.
        .target(name: "ArtText", dependencies: ["ArtCore"]),
        .target(name: "ArtTextICU", dependencies: ["ArtText", "CICU"]),
        // Language identification from the text (CLD2, through a C shim
        // over its C++ interface).
        .target(name: "CLD2Shim", linkerSettings: [.linkedLibrary("cld2")]),
        .target(name: "ArtLanguageID", dependencies: ["ArtCore", "CLD2Shim"]),
        .target(name: "ArtStrip", dependencies: ["ArtCore", "CLibXML2", "ArtLanguageID"]),
        .target(name: "ArtEntities", dependencies: ["ArtCore", "ArtText", "ArtLanguageID"]),
        .target(name: "ArtQuotes", dependencies: ["ArtCore", "ArtText", "ArtLanguageID"]),
        .target(
            name: "ArtFetch",
            dependencies: [
                "ArtCore", "ArtCharset", "CZlib", "CLibXML2",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            exclude: ["CZlib"]),
        // zlib for art-fetch's .warc.gz reader.
        .systemLibrary(name: "CZlib", path: "Sources/ArtFetch/CZlib"),
        .target(name: "ArtJSON", dependencies: ["ArtCore", "ArtCharset", "CScan"]),

        // Executables: a few lines each.
        .executableTarget(name: "art-json", dependencies: ["ArtCLI", "ArtJSON"]),
        .executableTarget(name: "art-fetch", dependencies: ["ArtCLI", "ArtFetch"]),
        .executableTarget(name: "art-strip", dependencies: ["ArtCLI", "ArtStrip"]),
        .executableTarget(name: "art-sentences", dependencies: ["ArtCLI", "ArtText", "ArtTextICU", "ArtLanguageID"]),
        .executableTarget(name: "art-entities", dependencies: ["ArtCLI", "ArtEntities", "ArtText", "ArtLanguageID"]),
        .executableTarget(name: "art-quotes", dependencies: ["ArtCLI", "ArtQuotes", "ArtText", "ArtLanguageID"]),
        // Trains the entity model (`make model`); a build tool, not installed.
        .executableTarget(
            name: "art-entities-train", dependencies: ["ArtCLI", "ArtEntities"], path: "Sources/EntityModelTrainer"),

        // The core's splice benchmark (`make bench`); not installed.
        .executableTarget(name: "art-splice-bench", dependencies: ["ArtCore"], path: "bench/core/splice"),

        // Test support: a loopback HTTP server for art-fetch's tests and bench.
        .target(
            name: "ArtTestServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/Support/ArtTestServer"),
        // art-fetch's benchmark server (`make bench-fetch`); not installed.
        .executableTarget(
            name: "art-fetch-bench-server", dependencies: ["ArtCore", "ArtTestServer"], path: "bench/fetch/server"),
        // Fuzz targets (`make fuzz`, mk/hardening.mk); replays inputs when built normally. Not installed.
        .executableTarget(name: "art-fuzz", dependencies: ["ArtCore", "ArtStrip", "ArtText", "ArtEntities", "ArtQuotes"], path: "fuzz/driver"),

        .testTarget(name: "ArtCoreTests", dependencies: ["ArtCore"]),
        .testTarget(name: "ArtCLITests", dependencies: ["ArtCLI"]),
        .testTarget(name: "ArtCharsetTests", dependencies: ["ArtCharset"]),
        .testTarget(name: "ArtJSONTests", dependencies: ["ArtJSON"]),
        .testTarget(name: "ArtTextTests", dependencies: ["ArtText"]),
        .testTarget(name: "ArtTextICUTests", dependencies: ["ArtTextICU"]),
        .testTarget(name: "ArtLanguageIDTests", dependencies: ["ArtLanguageID", "ArtCore"]),
        .testTarget(name: "ArtStripTests", dependencies: ["ArtStrip"]),
        .testTarget(name: "ArtEntitiesTests", dependencies: ["ArtEntities", "ArtText", "ArtLanguageID"]),
        .testTarget(name: "ArtQuotesTests", dependencies: ["ArtQuotes", "ArtText"]),
        .testTarget(name: "ArtFetchTests", dependencies: ["ArtFetch", "ArtTestServer"]),
    ]
)
