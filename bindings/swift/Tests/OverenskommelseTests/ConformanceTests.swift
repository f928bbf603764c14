import Foundation
import XCTest
@testable import Overenskommelse

/// The conformance suite (tests/conformance), the same files the Rust, Python and Kotlin
/// runners read: each case's findings as a multiset of (code, severity, path). A case marked
/// `pending` is an expected failure: it passes while its findings differ and fails once they match.
final class ConformanceTests: XCTestCase {
    struct Key: Hashable {
        let code: String
        let severity: String
        let path: String
    }

    private let keys: Set<String> = ["description", "findings", "near_miss", "options", "pending"]
    private let optionKeys: Set<String> = ["max_bytes", "max_depth", "max_problems", "as_of"]

    private func cases() throws -> [URL] {
        try FileManager.default
            .contentsOfDirectory(at: Repo.conformanceCases, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private func counts(_ keys: [Key]) -> [Key: Int] {
        keys.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    private func options(_ expected: [String: Any]) -> LoadOptions {
        let options = expected["options"] as? [String: Any] ?? [:]
        XCTAssert(Set(options.keys).isSubset(of: optionKeys), "unknown options \(options.keys)")
        let number = { (key: String) in (options[key] as? NSNumber).map { $0.uint64Value } }
        return LoadOptions(
            asOf: options["as_of"] as? String,
            maxBytes: number("max_bytes"),
            maxDepth: number("max_depth"),
            maxProblems: number("max_problems")
        )
    }

    func testTheSuiteIsThere() throws {
        XCTAssertGreaterThan(try cases().count, 200)
    }

    func testEveryCase() throws {
        for folder in try cases() {
            let name = folder.lastPathComponent
            let expected = try XCTUnwrap(Repo.json(folder.appendingPathComponent("expected.json")) as? [String: Any])
            XCTAssert(Set(expected.keys).isSubset(of: keys), "\(name): unknown keys \(expected.keys)")
            let wanted = (expected["findings"] as? [[String: Any]] ?? []).map {
                Key(code: $0["code"] as? String ?? "", severity: $0["severity"] as? String ?? "", path: $0["path"] as? String ?? "")
            }
            let document = try Document.load(data: Data(contentsOf: folder.appendingPathComponent("document.json")), options: options(expected))
            let found = document.findings().map { Key(code: $0.code, severity: $0.severity.code(), path: $0.path) }
            if expected["pending"] != nil {
                XCTAssertNotEqual(counts(wanted), counts(found), "\(name) now passes: remove its `pending`")
                continue
            }
            XCTAssertEqual(counts(wanted), counts(found), "\(name): \(expected["description"] ?? "")")
            let nearMisses = Set(expected["near_miss"] as? [String] ?? [])
            XCTAssert(nearMisses.isDisjoint(with: found.map { $0.code }), "\(name): a near miss is found")
        }
    }

    func testEveryRuleHasATriggerAndANearMiss() throws {
        var triggered = Set<String>()
        var missed = Set<String>()
        for folder in try cases() {
            let expected = try XCTUnwrap(Repo.json(folder.appendingPathComponent("expected.json")) as? [String: Any])
            for finding in expected["findings"] as? [[String: Any]] ?? [] {
                triggered.insert(finding["code"] as? String ?? "")
            }
            missed.formUnion(expected["near_miss"] as? [String] ?? [])
        }
        // The workbook's rules look at cells, not at JSON; the workbook tests cover them.
        let codes = Set(rules().filter { $0.family != "workbook" }.map { $0.code })
        XCTAssertEqual(codes.subtracting(triggered), [])
        XCTAssertEqual(codes.subtracting(missed), [])
    }
}
