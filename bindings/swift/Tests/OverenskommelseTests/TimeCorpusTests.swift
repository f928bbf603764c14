import Foundation
import XCTest
@testable import Overenskommelse

/// The time corpus (tests/time/phrases.json), the file the other runners read: every phrase
/// read with its period and the corpus' events gives the window written beside it.
final class TimeCorpusTests: XCTestCase {
    func testEveryPhrase() throws {
        let corpus = try XCTUnwrap(Repo.json(Repo.timeCorpus) as? [String: Any])
        let events = (corpus["events"] as? [[String: String]] ?? []).map {
            TimeEvent(stem: $0["stem"] ?? "", id: $0["id"] ?? "")
        }
        let phrases = try XCTUnwrap(corpus["phrases"] as? [[String: Any]])
        XCTAssertGreaterThan(phrases.count, 400)
        for phrase in phrases {
            let text = try XCTUnwrap(phrase["text"] as? String)
            let period = (phrase["period"] as? [String: String]).map { DaySpan(start: $0["start"] ?? "", end: $0["end"] ?? "") }
            let window = try parseTime(text: text, period: period, events: events)
            let expected = phrase["window"] as? [String: Any]
            let found = try window.map { try Repo.json(text: $0.json) }
            XCTAssertEqual(try Repo.canonical(found), try Repo.canonical(expected), text)
            if let window, let expected {
                XCTAssertEqual(window.start, expected["start"] as? String, text)
                XCTAssertEqual(window.precision, expected["precision"] as? String, text)
            }
        }
    }
}
