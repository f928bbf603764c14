package se.overenskommelse

import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.isDirectory
import kotlin.io.path.name
import kotlin.test.assertEquals
import kotlin.test.assertNotEquals
import kotlin.test.assertTrue
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.long
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory

/**
 * The conformance suite (tests/conformance), the same files the Rust and Python runners read:
 * each case's findings as a multiset of (code, severity, path). A case marked `pending` is an
 * expected failure: it passes while its findings differ and fails once they match.
 */
class ConformanceTest {
    /** A finding as the suite compares it. */
    data class Key(val code: String, val severity: String, val path: String)

    private val keys = setOf("description", "findings", "near_miss", "options", "pending")
    private val optionKeys = setOf("max_bytes", "max_depth", "max_problems", "as_of")

    private fun cases(): List<Path> =
        Files.list(Repo.conformanceCases).use { stream -> stream.filter { it.isDirectory() }.sorted().toList() }

    private fun expected(case: Path): JsonObject = Repo.json(case.resolve("expected.json")).jsonObject

    private fun optionsOf(expected: JsonObject): LoadOptions {
        val options = expected["options"]?.jsonObject ?: JsonObject(emptyMap())
        assertTrue(optionKeys.containsAll(options.keys), "unknown options ${options.keys - optionKeys}")
        return LoadOptions(
            asOf = options["as_of"]?.jsonPrimitive?.content,
            maxBytes = options["max_bytes"]?.jsonPrimitive?.long?.toULong(),
            maxDepth = options["max_depth"]?.jsonPrimitive?.long?.toULong(),
            maxProblems = options["max_problems"]?.jsonPrimitive?.long?.toULong(),
        )
    }

    /** The findings of a case as the library reports them. */
    private fun findingsOf(case: Path, expected: JsonObject): List<Key> =
        Document.load(Files.readAllBytes(case.resolve("document.json")), optionsOf(expected)).use { document ->
            document.findings().map { Key(it.code, it.severity.code(), it.path) }
        }

    private fun counts(keys: List<Key>): Map<Key, Int> = keys.groupingBy { it }.eachCount()

    @Test
    fun `the suite is there`() {
        assertTrue(cases().size > 200)
    }

    @TestFactory
    fun cases_() = cases().map { case ->
        DynamicTest.dynamicTest(case.name) {
            val expected = expected(case)
            assertTrue(keys.containsAll(expected.keys), "unknown keys ${expected.keys - keys}")
            val wanted = expected["findings"]!!.jsonArray.map {
                val finding = it.jsonObject
                Key(
                    finding["code"]!!.jsonPrimitive.content,
                    finding["severity"]!!.jsonPrimitive.content,
                    finding["path"]!!.jsonPrimitive.content,
                )
            }
            val found = findingsOf(case, expected)
            if ("pending" in expected) {
                assertNotEquals(counts(wanted), counts(found), "${case.name} now passes: remove its `pending`")
                return@dynamicTest
            }
            assertEquals(counts(wanted), counts(found), "${case.name}: ${expected["description"]}")
            val nearMisses = expected["near_miss"]?.jsonArray?.map { it.jsonPrimitive.content }.orEmpty().toSet()
            assertEquals(emptySet(), nearMisses intersect found.map { it.code }.toSet())
        }
    }

    @Test
    fun `every rule has a trigger and a near miss`() {
        val triggered = mutableSetOf<String>()
        val missed = mutableSetOf<String>()
        for (case in cases()) {
            val expected = expected(case)
            expected["findings"]!!.jsonArray.forEach { triggered += it.jsonObject["code"]!!.jsonPrimitive.content }
            expected["near_miss"]?.jsonArray?.forEach { missed += it.jsonPrimitive.content }
        }
        // The workbook's rules look at cells, not at JSON; the workbook tests cover them.
        val codes = rules().filter { it.family != "workbook" }.map { it.code }.toSet()
        assertEquals(emptySet(), codes - triggered)
        assertEquals(emptySet(), codes - missed)
    }

    /**
     * Every case's findings, sorted, in target/conformance/kotlin.json: `make test` compares
     * the file with those of the Rust and Python runners (tests/conformance/compare_results.py).
     */
    @Test
    fun `the results are written for the comparison between languages`() {
        val results = cases().associate { case ->
            val found = findingsOf(case, expected(case)).sortedWith(compareBy({ it.code }, { it.severity }, { it.path }))
            case.name to JsonArray(found.map { JsonArray(listOf(JsonPrimitive(it.code), JsonPrimitive(it.severity), JsonPrimitive(it.path))) })
        }
        val out = Repo.cargoTarget.resolve("conformance/kotlin.json")
        Files.createDirectories(out.parent)
        Files.writeString(out, JsonObject(results.toSortedMap()).toString())
        assertEquals(cases().size, results.size)
    }
}
