//! The Python module `overenskommelse._core`: the core's checked document, its findings, the
//! report, the time parser, the schema and the rules, converted for Python. Every decision is
//! the core's; this crate converts arguments and answers, and nothing else. The package
//! `overenskommelse` (python/overenskommelse) re-exports it with the DataFrame helpers.

use pyo3::prelude::*;

mod args;
mod document;
mod errors;
mod rules;
mod tables;
mod time;

/// mimalloc, as in `ovk`: loading a document makes many small allocations.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The native part of `overenskommelse`.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add(
        "OverenskommelseError",
        py.get_type::<errors::OverenskommelseError>(),
    )?;
    m.add("LoadError", py.get_type::<errors::LoadError>())?;
    m.add("UsageError", py.get_type::<errors::UsageError>())?;
    m.add_class::<document::Document>()?;
    m.add_class::<document::Finding>()?;
    m.add_class::<time::TimeWindow>()?;
    m.add_class::<rules::Rule>()?;
    m.add_function(wrap_pyfunction!(document::load_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(document::load_path, m)?)?;
    m.add_function(wrap_pyfunction!(document::load_many_paths, m)?)?;
    m.add_function(wrap_pyfunction!(document::migrate_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(time::parse_time, m)?)?;
    m.add_function(wrap_pyfunction!(rules::rules, m)?)?;
    m.add_function(wrap_pyfunction!(rules::schema_json, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_signatures_write_the_cores_default_quiet_days() {
        // `#[pyo3(signature)]` needs a literal, so the Python signatures of the report and
        // the tables write 120: they must say what the core does.
        assert_eq!(overenskommelse::follow_up::DEFAULT_STALE_AFTER_DAYS, 120);
    }
}
