package se.overenskommelse

import java.nio.file.Path
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement

/** The repository's shared test files, the same the Rust and Python tests read. */
object Repo {
    /** The repository's root (Maven passes it as `ovk.root`). */
    val root: Path = Path.of(System.getProperty("ovk.root") ?: "../..").toAbsolutePath().normalize()

    /** Cargo's target directory: the debug `ovk`, and where the conformance results go. */
    val cargoTarget: Path =
        Path.of(System.getProperty("ovk.cargo.target") ?: root.resolve("target").toString())
            .toAbsolutePath()
            .normalize()

    val conformanceCases: Path = root.resolve("tests/conformance/cases")
    val timeCorpus: Path = root.resolve("tests/time/phrases.json")
    val boras: Path = root.resolve("examples/boras/overenskommelse.json")
    val borasFollowUp: Path = root.resolve("examples/boras/uppfoljning-2018.json")

    fun json(path: Path): JsonElement = Json.parseToJsonElement(path.toFile().readText(Charsets.UTF_8))
}
