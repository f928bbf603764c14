package se.overenskommelse

import kotlin.test.assertEquals
import kotlin.test.assertTrue
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory

/**
 * The time corpus (tests/time/phrases.json), the file the Rust and Python runners read: every
 * phrase read with its period and the corpus' events gives the window written beside it.
 */
class TimeCorpusTest {
    private val corpus = Repo.json(Repo.timeCorpus).jsonObject
    private val events = corpus["events"]!!.jsonArray.map {
        TimeEvent(it.jsonObject["stem"]!!.jsonPrimitive.content, it.jsonObject["id"]!!.jsonPrimitive.content)
    }
    private val phrases = corpus["phrases"]!!.jsonArray.map { it.jsonObject }

    @Test
    fun `the corpus is there`() {
        assertTrue(phrases.size > 400)
    }

    @TestFactory
    fun phrases() = phrases.mapIndexed { index, phrase ->
        val text = phrase["text"]!!.jsonPrimitive.content
        DynamicTest.dynamicTest("$index $text") {
            val period = (phrase["period"] as? JsonObject)?.let {
                DaySpan(it["start"]!!.jsonPrimitive.content, it["end"]!!.jsonPrimitive.content)
            }
            val window = parseTime(text, period, events)
            val expected = phrase["window"] ?: JsonNull
            assertEquals(expected, window?.let { Json.parseToJsonElement(it.json) } ?: JsonNull, text)
            if (window != null && expected is JsonObject) {
                // The fields say what the JSON says.
                assertEquals(expected["start"]?.jsonPrimitive?.content, window.start)
                assertEquals(expected["end"]?.jsonPrimitive?.content, window.end)
                assertEquals(expected["precision"]?.jsonPrimitive?.content, window.precision)
            }
        }
    }
}
