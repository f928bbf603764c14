import Foundation

/// The repository's shared test files, the same the Rust, Python and Kotlin tests read.
enum Repo {
    /// The repository's root: this file is bindings/swift/Tests/OverenskommelseTests/Repo.swift.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }()

    /// Cargo's target directory (`make swift-test` passes CARGO_TARGET_DIR).
    static let cargoTarget: URL = {
        if let dir = ProcessInfo.processInfo.environment["CARGO_TARGET_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        return root.appendingPathComponent("target")
    }()

    static let conformanceCases = root.appendingPathComponent("tests/conformance/cases")
    static let timeCorpus = root.appendingPathComponent("tests/time/phrases.json")
    static let boras = root.appendingPathComponent("examples/boras/overenskommelse.json")
    static let borasFollowUp = root.appendingPathComponent("examples/boras/uppfoljning-2018.json")

    /// A JSON file as Foundation objects.
    static func json(_ url: URL) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url), options: [.fragmentsAllowed])
    }

    /// JSON text as Foundation objects.
    static func json(text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// JSON as canonical text (keys sorted), so that two parsed values compare on every platform.
    static func canonical(_ value: Any?) throws -> String {
        guard let value else { return "null" }
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    /// What the workspace's debug `ovk` prints for `arguments` (make swift-test builds it).
    static func ovk(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = cargoTarget.appendingPathComponent("debug/ovk")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: out, as: UTF8.self)
    }
}
