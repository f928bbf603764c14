package se.overenskommelse

import java.nio.file.Files
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.Test

/** The API on the Borås documents: the same verdicts and report as the Rust core and `ovk`. */
class DocumentTest {
    private val asOf = "2018-12-31"
    private val since = "2018-06-15"

    /** What the workspace's debug `ovk` prints for `args` (make kotlin-test builds it first). */
    private fun ovk(vararg args: String): String {
        val binary = Repo.cargoTarget.resolve("debug/ovk")
        assertTrue(Files.isExecutable(binary), "$binary is missing: make kotlin-test builds it")
        val process = ProcessBuilder(binary.toString(), *args).redirectError(ProcessBuilder.Redirect.DISCARD).start()
        val out = process.inputStream.readBytes().toString(Charsets.UTF_8)
        assertTrue(process.waitFor(60, TimeUnit.SECONDS))
        return out
    }

    @Test
    fun `the Borås agreement is valid, from a path, bytes and text alike`() {
        val bytes = Files.readAllBytes(Repo.boras)
        val documents = listOf(
            Document.load(Repo.boras),
            Document.load(bytes),
            Document.parse(bytes.toString(Charsets.UTF_8)),
        )
        val reference = documents[0].findings()
        for (document in documents) {
            document.use {
                assertTrue(it.isValid())
                assertTrue(it.isReadable())
                assertEquals(0uL, it.counts().errors)
                assertEquals(reference, it.findings())
                assertEquals("boras", it.id())
            }
        }
    }

    @Test
    fun `the follow-up's findings are those ovk validate prints`() {
        val printed = Json.parseToJsonElement(ovk("validate", Repo.borasFollowUp.toString(), "--format", "json", "--lang", "en"))
        val findings = printed.jsonObject["findings"]!!.jsonArray.map {
            val finding = it.jsonObject
            Triple(finding["code"]!!.jsonPrimitive.content, finding["path"]!!.jsonPrimitive.content, finding["message"]!!.jsonPrimitive.content)
        }
        Document.load(Repo.borasFollowUp).use { document ->
            val found = document.findings()
            assertTrue(found.isNotEmpty())
            assertEquals(findings, found.map { Triple(it.code, it.path, it.message(Lang.EN)) })
            val first = found.first()
            assertTrue(first.code.startsWith("OVK-") && first.path.startsWith("/"))
            assertTrue(first.message(Lang.SV) != first.message(Lang.EN))
            assertEquals(first.messageSv, first.message(Lang.SV))
            assertEquals(findings.size, Json.parseToJsonElement(document.findingsJson(Lang.EN)).jsonArray.size)
        }
    }

    @Test
    fun `the report equals what ovk report prints`() {
        val printed = ovk("report", Repo.borasFollowUp.toString(), "--as-of", asOf, "--since", since)
        val report = Document.load(Repo.borasFollowUp).use {
            it.report(ReportFormat.MARKDOWN, Lang.SV, ReportRequest(asOf = asOf, since = since))
        }
        assertTrue(report.startsWith("#"))
        assertEquals(printed, report)
    }

    @Test
    fun `the report in every format`() {
        Document.load(Repo.borasFollowUp).use { document ->
            val request = ReportRequest(asOf = asOf, since = since)
            val html = document.report(ReportFormat.HTML, Lang.EN, request)
            assertEquals(ovk("report", Repo.borasFollowUp.toString(), "--as-of", asOf, "--since", since, "--format", "html", "--lang", "en"), html)
            val data = Json.parseToJsonElement(document.reportData(request))
            assertEquals(data, Json.parseToJsonElement(document.report(ReportFormat.JSON, Lang.SV, request)))
            assertEquals(data, Json.parseToJsonElement(ovk("report", Repo.borasFollowUp.toString(), "--as-of", asOf, "--since", since, "--format", "json")))
            // The default of days without a follow-up is the core's.
            assertEquals(document.reportData(ReportRequest(asOf = asOf, since = since, staleAfterDays = 120u)), document.reportData(request))
        }
    }

    @Test
    fun `the document's JSON reads back to the same findings`() {
        Document.load(Repo.boras).use { document ->
            Document.parse(document.toJson()).use { again ->
                // Lines move as the JSON is written again; what and where stay.
                val place = { f: Finding -> Triple(f.code, f.path, f.messageEn) }
                assertEquals(document.findings().map(place), again.findings().map(place))
                assertEquals(document.toJson(), again.toJson())
            }
        }
    }

    @Test
    fun `the rules, the schema and the version`() {
        val rules = rules()
        assertTrue(rules.size >= 34)
        assertEquals(rules.size, rules.map { it.code }.toSet().size)
        val rule = rules.first()
        assertEquals(rule.titleEn, rule.title(Lang.EN))
        assertTrue(rule.anchor == rule.code.lowercase())
        val schema = Json.parseToJsonElement(schemaJson()).jsonObject
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema["\$schema"]!!.jsonPrimitive.content)
        assertTrue(version().matches(Regex("""\d+\.\d+\.\d+.*""")))
    }

    @Test
    fun `a document of format 1_0 migrates`() {
        val one = """{"schema_version": "1.0", "id": "x", "jurisdiction": {"kind": "kommun",
            "name": "X", "code": "1490"}, "title": "X", "adopted": "2013-05-16"}"""
        val two = Json.parseToJsonElement(migrateText(one)).jsonObject
        assertEquals("2.0", two["schema_version"]!!.jsonPrimitive.content)
        assertEquals("adopted", two["decisions"]!!.jsonArray[0].jsonObject["kind"]!!.jsonPrimitive.content)
    }

    @Test
    fun `the time parser reads a Borås text`() {
        val window = assertNotNull(parseTime("Startar våren 2018", DaySpan("2018-01-01", "2018-12-31")))
        assertEquals("2018-03-01", window.start)
        assertEquals("season", window.precision)
        assertFalse(window.uncertain)
        assertEquals(null, parseTime("inte en tid alls"))
    }
}
