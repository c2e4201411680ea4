// swift-tools-version: 6.0
//
// Marsad reads Arabic news reports and turns each into a structured, cited record.
// Data flows one way: text → document → annotations → JSON contract. Each module imports only
// the modules upstream of it (see docs/ARCHITECTURE.md).
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "marsad", targets: ["MarsadCLI"]),
        .executable(name: "marsad-bench", targets: ["MarsadBench"]),
        .executable(name: "marsad-entities-bench", targets: ["MarsadEntitiesBench"]),
        .executable(name: "marsad-events-bench", targets: ["MarsadEventsBench"]),
        .library(name: "Marsad", targets: ["Marsad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // zlib, for reading .jsonl.gz corpora (the system library; headers from zlib1g-dev).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),

        // Text layer: decoding, normalization with an offset map, tokens, sentences, clitics,
        // numbers and calendar vocabulary. Foundation only.
        .target(
            name: "MarsadText",
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // The document model, annotation types, the JSON contract and the pipeline protocol.
        .target(name: "MarsadCore", dependencies: ["MarsadText"], swiftSettings: strict),
        // Gold annotations and the scorer of `marsad eval` (../shared/gold/FORMAT.md).
        .target(name: "MarsadEval", dependencies: ["MarsadText", "MarsadCore"], swiftSettings: strict),
        // Input: files, directories, standard input, JSON Lines (optionally gzip), report headers.
        .target(
            name: "MarsadIntake",
            dependencies: ["MarsadText", "MarsadCore", "CZlib"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // Time expressions: explicit, Hijri and relative dates, weeks, months, years, durations,
        // resolved against the dateline.
        .target(
            name: "MarsadTime",
            dependencies: ["MarsadText", "MarsadCore"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // The statistical named-entity tagger (averaged perceptron) trained on ANERcorp.
        .target(name: "MarsadNER", dependencies: ["MarsadText"], resources: [.copy("Resources")], swiftSettings: strict),
        // Entities: lexicons, title patterns, linking and merging (issue 5).
        .target(
            name: "MarsadEntities",
            dependencies: ["MarsadText", "MarsadCore", "MarsadNER"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // Quotations, CAMEO/PLOVER events and agreements, over the entity and time layers.
        .target(
            name: "MarsadEvents",
            dependencies: ["MarsadText", "MarsadCore"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // The assembled pipeline and its shared resources: what the CLI, benchmark and tests call.
        .target(
            name: "Marsad",
            dependencies: ["MarsadText", "MarsadCore", "MarsadIntake", "MarsadTime", "MarsadNER", "MarsadEntities", "MarsadEvents"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "MarsadCLI",
            dependencies: [
                "Marsad", "MarsadCore", "MarsadIntake", "MarsadEval", "MarsadNER", "MarsadTime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "MarsadBench",
            dependencies: ["Marsad", "MarsadText", "MarsadCore", "MarsadIntake", "MarsadTime"],
            swiftSettings: strict
        ),
        // Throughput of the entity layer alone on a corpus (docs/PERFORMANCE.md).
        .executableTarget(
            name: "MarsadEntitiesBench",
            dependencies: ["MarsadText", "MarsadCore", "MarsadIntake", "MarsadNER", "MarsadEntities"],
            swiftSettings: strict
        ),
        // Throughput of the quotes, agreements and events layers alone (docs/PERFORMANCE.md).
        .executableTarget(
            name: "MarsadEventsBench",
            dependencies: ["Marsad", "MarsadCore", "MarsadEvents", "MarsadIntake"],
            swiftSettings: strict
        ),

        .target(
            name: "MarsadTestSupport",
            dependencies: ["Marsad", "MarsadCore", "MarsadIntake", "MarsadText"],
            path: "Tests/MarsadTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "MarsadTextTests", dependencies: ["MarsadText", "MarsadTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "MarsadEvalTests",
            dependencies: ["MarsadEval", "MarsadCore", "MarsadText", "Marsad", "MarsadIntake"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MarsadCoreTests",
            dependencies: ["MarsadCore", "MarsadText", "MarsadTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MarsadIntakeTests",
            dependencies: ["MarsadIntake", "MarsadCore", "MarsadText", "MarsadTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MarsadTimeTests",
            dependencies: ["MarsadTime", "MarsadCore", "MarsadText", "MarsadTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MarsadTests",
            dependencies: ["Marsad", "MarsadCore", "MarsadIntake", "MarsadTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "MarsadNERTests", dependencies: ["MarsadNER", "MarsadText"], swiftSettings: strict),
        .testTarget(
            name: "MarsadEntitiesTests",
            dependencies: ["MarsadEntities", "Marsad", "MarsadCore", "MarsadText", "MarsadIntake", "MarsadTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MarsadEventsTests",
            dependencies: ["MarsadEvents", "Marsad", "MarsadCore", "MarsadText", "MarsadIntake", "MarsadEval", "MarsadTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MarsadCLITests",
            dependencies: ["MarsadTestSupport", "MarsadCLI"],
            swiftSettings: strict
        ),
    ]
)
