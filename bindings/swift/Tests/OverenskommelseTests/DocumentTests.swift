import Foundation
import XCTest
@testable import Overenskommelse

/// The API on the Borås documents: the same verdicts and report as the Rust core and `ovk`.
final class DocumentTests: XCTestCase {
    private let asOf = "2018-12-31"
    private let since = "2018-06-15"

    func testTheBorasAgreementIsValidFromAFileDataAndText() throws {
        let data = try Data(contentsOf: Repo.boras)
        let documents = [
            try Document.load(contentsOf: Repo.boras),
            try Document.load(data: data),
            try Document.load(json: String(decoding: data, as: UTF8.self)),
        ]
        for document in documents {
            XCTAssertTrue(document.isValid())
            XCTAssertTrue(document.isReadable())
            XCTAssertEqual(document.counts().errors, 0)
            XCTAssertEqual(document.findings(), documents[0].findings())
            XCTAssertEqual(document.id(), "boras")
        }
    }

    func testTheReportEqualsWhatOvkReportPrints() throws {
        let printed = try Repo.ovk(["report", Repo.borasFollowUp.path, "--as-of", asOf, "--since", since])
        let document = try Document.load(contentsOf: Repo.borasFollowUp)
        let report = try document.report(format: .markdown, lang: .sv, request: ReportRequest(asOf: asOf, since: since))
        XCTAssertTrue(report.hasPrefix("#"))
        XCTAssertEqual(report, printed)
    }

    func testTheReportInEveryFormat() throws {
        let document = try Document.load(contentsOf: Repo.borasFollowUp)
        let request = ReportRequest(asOf: asOf, since: since)
        let html = try document.report(format: .html, lang: .en, request: request)
        XCTAssertTrue(html.contains("<html"))
        let data = try Repo.canonical(Repo.json(text: document.reportData(request: request)))
        let json = try Repo.canonical(Repo.json(text: document.report(format: .json, lang: .sv, request: request)))
        XCTAssertTrue(data.hasPrefix("{"))
        XCTAssertEqual(data, json)
    }

    func testTheFollowUpsFindingsInBothLanguages() throws {
        let document = try Document.load(contentsOf: Repo.borasFollowUp)
        let first = try XCTUnwrap(document.findings().first)
        XCTAssertTrue(first.code.hasPrefix("OVK-"))
        XCTAssertTrue(first.path.hasPrefix("/"))
        XCTAssertEqual(first.message(lang: .sv), first.messageSv)
        XCTAssertNotEqual(first.message(lang: .sv), first.message(lang: .en))
    }

    func testTheRulesTheSchemaAndMigrate() throws {
        XCTAssertGreaterThanOrEqual(rules().count, 34)
        let schema = try XCTUnwrap(Repo.json(text: schemaJson()) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        let one = #"{"schema_version": "1.0", "id": "x", "jurisdiction": {"kind": "kommun", "name": "X", "code": "1490"}, "title": "X", "adopted": "2013-05-16"}"#
        let two = try XCTUnwrap(Repo.json(text: migrateText(text: one)) as? [String: Any])
        XCTAssertEqual(two["schema_version"] as? String, "2.0")
    }
}
