// The idiomatic layer over the generated bindings (OverenskommelseFFI): loading from a file,
// data or text, and messages by language. Every decision is the Rust core's; these functions
// only pass arguments on.
import Foundation
@_exported import OverenskommelseFFI

public extension Document {
    /// Checks the document in a file. A bad document is no error: its problems are
    /// `findings()`. A file that cannot be read throws `OverenskommelseError.Load`.
    static func load(contentsOf url: URL, options: LoadOptions = LoadOptions()) throws -> Document {
        try OverenskommelseFFI.loadPath(path: url.path, options: options)
    }

    /// Checks a document given as its JSON bytes (UTF-8).
    static func load(data: Data, options: LoadOptions = LoadOptions()) throws -> Document {
        try OverenskommelseFFI.loadBytes(data: data, options: options)
    }

    /// Checks a document given as its JSON text.
    static func load(json: String, options: LoadOptions = LoadOptions()) throws -> Document {
        try OverenskommelseFFI.loadText(text: json, options: options)
    }
}

public extension OverenskommelseError {
    /// What went wrong, in both languages.
    var messages: [Lang: String] {
        [.sv: messageIn(lang: .sv), .en: messageIn(lang: .en)]
    }
}

/// Migrates the document of format 1.0 in a file to 2.0 and answers its JSON text.
public func migrate(contentsOf url: URL) throws -> String {
    try OverenskommelseFFI.migrateBytes(data: Data(contentsOf: url))
}
