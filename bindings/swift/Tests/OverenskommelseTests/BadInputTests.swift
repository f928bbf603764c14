import Foundation
import XCTest
@testable import Overenskommelse

/// Bad input gives findings or a typed error with messages in both languages, never a crash.
final class BadInputTests: XCTestCase {
    func testASyntaxErrorIsAFindingWithItsLine() throws {
        let document = try Document.load(json: "{\n  \"id\": \"x\",\n  oops\n}")
        XCTAssertFalse(document.isValid())
        let first = try XCTUnwrap(document.findings().first)
        XCTAssertEqual(first.code, "OVK-SYN-001")
        XCTAssertEqual(first.severity, .error)
        XCTAssertEqual(first.line, 3)
    }

    func testBytesThatAreNoJsonAreFindings() throws {
        for bytes in [Data(), Data([0xff, 0xfe, 0]), Data("[[[[[[".utf8)] {
            XCTAssertFalse(try Document.load(data: bytes).isValid())
        }
    }

    func testAMissingFileIsALoadErrorInBothLanguages() {
        XCTAssertThrowsError(try Document.load(contentsOf: Repo.root.appendingPathComponent("no-such-file.json"))) { error in
            guard let error = error as? OverenskommelseError, case let .Load(messageSv, messageEn, code, _, _, _) = error else {
                return XCTFail("a load error: \(error)")
            }
            XCTAssertTrue(messageSv.contains("no-such-file.json"))
            XCTAssertNotEqual(messageSv, messageEn)
            XCTAssertNil(code)
        }
    }

    func testAMigrationOfABrokenDocumentSaysWhere() {
        XCTAssertThrowsError(try migrateText(text: "{\"schema_version\": \"1.0\",\n \"id\": }")) { error in
            guard let error = error as? OverenskommelseError, case let .Load(_, _, code, _, line, _) = error else {
                return XCTFail("a load error: \(error)")
            }
            XCTAssertEqual(code, "OVK-SYN-001")
            XCTAssertEqual(line, 2)
        }
    }

    func testADateThatIsNoneIsAUsageError() {
        XCTAssertThrowsError(try Document.load(json: "{}", options: LoadOptions(asOf: "2018-02-30"))) { error in
            guard let error = error as? OverenskommelseError, case .Usage = error else {
                return XCTFail("a usage error: \(error)")
            }
            XCTAssertEqual(error.messages.count, 2)
        }
    }
}
