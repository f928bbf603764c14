//! `ovk-bench`: the checked load of the library, `Document::from_slice` ("check_slice"),
//! against its peers on the same bytes, in CPU time, interleaved round by round, as repeated
//! calls and as the first call of a fresh process; its allocations; and `ovk` end to end.
//! It prints Markdown tables and a check of the project's targets, and exits 0 whether they
//! are met or not: it is a measurement, not a test. `make bench` builds and runs it;
//! BENCHMARKS.md says what it measures and what it found.
//!
//! The subcommands `once` and `value-parse` are the children the harness starts itself.

mod alloc;
mod clock;
mod contender;
mod harness;
mod stats;
mod table;

use std::ffi::OsString;
use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;
use std::process::{ExitCode, Stdio};

use clap::{Parser, Subcommand};

use crate::contender::{Contender, Meter};

/// mimalloc, as `ovk` allocates, behind a wrapper that counts when asked to.
#[global_allocator]
static ALLOCATOR: alloc::Counting = alloc::Counting;

/// The checked load against its peers on the same bytes, and `ovk` end to end.
#[derive(Debug, Parser)]
#[command(name = "ovk-bench", args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    child: Option<Child>,
    #[command(flatten)]
    options: harness::Options,
}

/// What a child process of the harness does.
#[derive(Debug, Subcommand)]
enum Child {
    /// Reads FILE, times one call of CONTENDER on its bytes in this thread's CPU time, prints it.
    #[command(hide = true)]
    Once {
        /// simd-json, typed-load, value, check_slice or value+jsonschema.
        contender: String,
        /// The document.
        file: PathBuf,
    },
    /// Reads FILE, parses it as a `serde_json::Value` and exits: the peer of `ovk validate`.
    #[command(hide = true)]
    ValueParse {
        /// The document.
        file: PathBuf,
    },
    /// Runs COMMAND with its output thrown away, waits for it and prints what it used:
    /// `code=… cpu_ns=… max_rss=…`.
    ///
    /// The harness measures whole processes through this small one. Linux gives a new program
    /// the peak RSS of the process that started it (exec records the high-water mark of the
    /// memory it replaces, which after a vfork is the parent's), so a child started straight
    /// from the harness, holding documents of 70 MB, would report at least the harness's peak.
    #[command(hide = true)]
    Process {
        /// The program and its arguments.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
        command: Vec<OsString>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.child {
        None => harness::run(&cli.options),
        Some(Child::Once { contender, file }) => once(&contender, &file),
        Some(Child::ValueParse { file }) => value_parse(&file),
        Some(Child::Process { command }) => process(&command),
    }
}

/// The first call of a contender in this process: prints `cpu_ns=… system_ns=… accepted=…
/// found=… setup_ns=…`, where the setup (compiling the schema) is not part of the call.
fn once(name: &str, file: &std::path::Path) -> ExitCode {
    let Some(contender) = Contender::from_name(name) else {
        eprintln!("ovk-bench once: no contender {name}");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("ovk-bench once: {}: {error}", file.display());
            return ExitCode::from(2);
        }
    };
    let setup_start = clock::thread_cpu_ns();
    let validator = (contender == Contender::ValueSchema).then(contender::compile_schema);
    let setup_ns = clock::thread_cpu_ns() - setup_start;
    let outcome = contender::measure(contender, &bytes, validator.as_ref(), Meter::Cpu);
    let mut out = std::io::stdout().lock();
    let printed = writeln!(
        out,
        "cpu_ns={} system_ns={} accepted={} found={} setup_ns={setup_ns}",
        outcome.cpu_ns, outcome.system_ns, outcome.accepted, outcome.found
    );
    if printed.and_then(|()| out.flush()).is_err() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// A process that reads a document and parses it as a `serde_json::Value`, then exits
/// without dropping it: the least such a program does.
fn value_parse(file: &std::path::Path) -> ExitCode {
    let parsed = std::fs::read(file)
        .map_err(|error| error.to_string())
        .and_then(|bytes| {
            serde_json::from_slice::<serde_json::Value>(&bytes).map_err(|error| error.to_string())
        });
    match parsed {
        Ok(value) => {
            let object = black_box(&value).is_object();
            std::mem::forget(value);
            if object {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(error) => {
            eprintln!("ovk-bench value-parse: {}: {error}", file.display());
            ExitCode::from(2)
        }
    }
}

/// Runs a command to its end, its output thrown away, and prints its exit code, CPU time (user
/// + system) and peak RSS.
fn process(command: &[OsString]) -> ExitCode {
    let Some((program, args)) = command.split_first() else {
        return ExitCode::from(2);
    };
    let spawned = std::process::Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn();
    let usage = spawned.and_then(|child| clock::wait_child(child.id()));
    match usage {
        Ok(usage) => {
            let code = usage.code.map_or("signal".to_owned(), |c| c.to_string());
            println!(
                "code={code} cpu_ns={} max_rss={}",
                usage.cpu_ns, usage.max_rss
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("ovk-bench process: {}: {error}", program.to_string_lossy());
            ExitCode::from(2)
        }
    }
}
