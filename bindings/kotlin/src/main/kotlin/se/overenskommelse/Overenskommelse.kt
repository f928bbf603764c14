// The idiomatic layer over the generated bindings (ovk_uniffi.kt): loading from a path, bytes
// or text with the same names as in Python, and messages by language. Every decision is the
// Rust core's; these functions only pass arguments on.
@file:JvmName("Overenskommelse")

package se.overenskommelse

import java.nio.file.Files
import java.nio.file.Path

/**
 * Checks the document in a file. A bad document is no exception: its problems are
 * [Document.findings]. A file that cannot be read throws [OverenskommelseException.Load].
 *
 * ```
 * Document.load(Path.of("uppfoljning-2018.json")).use { document ->
 *     document.findings().forEach { println("${it.code} ${it.path}: ${it.message(Lang.SV)}") }
 * }
 * ```
 */
@Throws(OverenskommelseException::class)
fun Document.Companion.load(path: Path, options: LoadOptions = LoadOptions()): Document =
    loadPath(path.toString(), options)

/** Checks a document given as its JSON bytes (UTF-8). */
@Throws(OverenskommelseException::class)
fun Document.Companion.load(bytes: ByteArray, options: LoadOptions = LoadOptions()): Document =
    loadBytes(bytes, options)

/** Checks a document given as its JSON text. */
@Throws(OverenskommelseException::class)
fun Document.Companion.parse(text: String, options: LoadOptions = LoadOptions()): Document =
    loadText(text, options)

/** Migrates the document of format 1.0 in a file to 2.0 and answers its JSON text. */
@Throws(OverenskommelseException::class)
fun migrate(path: Path): String = migrateBytes(Files.readAllBytes(path))

/** What went wrong, in both languages (`sv`, `en`). */
val OverenskommelseException.messages: Map<Lang, String>
    get() = Lang.entries.associateWith { messageIn(it) }
