package se.overenskommelse

import java.nio.file.Files
import kotlin.random.Random
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test

/** Bad input gives findings or a typed exception with messages in both languages, never a crash. */
class BadInputTest {
    @Test
    fun `a syntax error is a finding with its line and column`() {
        Document.parse("{\n  \"id\": \"x\",\n  oops\n}").use { document ->
            assertFalse(document.isValid())
            assertFalse(document.isReadable())
            val first = document.findings().first()
            assertEquals("OVK-SYN-001", first.code)
            assertEquals(Severity.ERROR, first.severity)
            assertEquals(3uL, first.line)
            assertTrue(first.column != null)
        }
    }

    @Test
    fun `bytes that are no UTF-8 and no JSON are findings`() {
        for (bytes in listOf(byteArrayOf(), byteArrayOf(0xff.toByte(), 0xfe.toByte(), 0), "[[[[[[".toByteArray(), Random(7).nextBytes(4096))) {
            Document.load(bytes).use { assertFalse(it.isValid()) }
        }
    }

    @Test
    fun `a missing file is a load error in Swedish and English`() {
        val missing = Repo.root.resolve("no-such-file.json")
        val error = assertFailsWith<OverenskommelseException.Load> { Document.load(missing) }
        assertTrue(error.messageSv.contains("no-such-file.json"))
        assertTrue(error.messageEn.contains("no-such-file.json"))
        assertNotEquals(error.messageSv, error.messageEn)
        assertEquals(mapOf(Lang.SV to error.messageSv, Lang.EN to error.messageEn), error.messages)
        assertEquals(null, error.code)
    }

    @Test
    fun `a report of an unreadable document is a load error`() {
        Document.parse("{").use { document ->
            assertFailsWith<OverenskommelseException.Load> { document.report(ReportFormat.MARKDOWN, Lang.SV) }
            assertFailsWith<OverenskommelseException.Load> { document.toJson() }
        }
    }

    @Test
    fun `a migration of a broken document says where`() {
        val error = assertFailsWith<OverenskommelseException.Load> { migrateText("{\"schema_version\": \"1.0\",\n \"id\": }") }
        assertEquals("OVK-SYN-001", error.code)
        assertEquals(2uL, error.line)
        assertTrue(error.pointer != null && error.column != null)
    }

    @Test
    fun `a date that is none is a usage error`() {
        assertFailsWith<OverenskommelseException.Usage> { Document.parse("{}", LoadOptions(asOf = "2018-02-30")) }
        Document.load(Repo.borasFollowUp).use { document ->
            val error = assertFailsWith<OverenskommelseException.Usage> {
                document.report(ReportFormat.MARKDOWN, Lang.SV, ReportRequest(asOf = "2018-06-01", since = "2018-12-31"))
            }
            assertTrue(error.messageIn(Lang.EN).isNotBlank())
            assertFailsWith<OverenskommelseException.Usage> { document.reportData(ReportRequest(asOf = "31/12")) }
        }
        assertFailsWith<OverenskommelseException.Usage> { parseTime("mars", DaySpan("2018", "2018-12-31")) }
    }

    @Test
    fun `limits are kept`() {
        val bytes = Files.readAllBytes(Repo.boras)
        Document.load(bytes, LoadOptions(maxBytes = 100uL)).use { document ->
            assertFalse(document.isValid())
        }
    }

    @Test
    fun `a closed document refuses use with an exception`() {
        val document = Document.load(Repo.boras)
        document.close()
        assertFailsWith<IllegalStateException> { document.findings() }
    }
}
