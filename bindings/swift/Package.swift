// swift-tools-version:5.9
// The Swift package of överenskommelse: the sources uniffi generates from the Rust core
// (Sources/OverenskommelseFFI, Sources/ovk_uniffiFFI; `make generate` writes them), the Rust
// library linked as a system library (`libovk_uniffi`, built by `make swift-test`), and a thin
// Swift layer (Sources/Overenskommelse). See README.md for the commands.
import PackageDescription

let package = Package(
    name: "Overenskommelse",
    platforms: [.macOS(.v12), .iOS(.v15)],
    products: [
        .library(name: "Overenskommelse", targets: ["Overenskommelse"]),
    ],
    targets: [
        // The C declarations of the Rust library; its module map links `libovk_uniffi`,
        // found through `-Xlinker -L<cargo target>/debug` (see the Makefile's swift-test).
        .systemLibrary(name: "ovk_uniffiFFI", path: "Sources/ovk_uniffiFFI"),
        .target(name: "OverenskommelseFFI", dependencies: ["ovk_uniffiFFI"], path: "Sources/OverenskommelseFFI"),
        .target(name: "Overenskommelse", dependencies: ["OverenskommelseFFI"], path: "Sources/Overenskommelse"),
        .testTarget(name: "OverenskommelseTests", dependencies: ["Overenskommelse"], path: "Tests/OverenskommelseTests"),
    ]
)
