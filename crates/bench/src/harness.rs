//! The parent process: makes the documents, runs the rounds in this process and in children,
//! runs `ovk` end to end, and prints the tables and the check of the targets.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use crate::alloc::Counts;
use crate::clock::ChildUsage;
use crate::contender::{self, Contender, Meter};
use crate::stats::{self, Bound, Summary, Verdict};
use crate::table::{self, grouped, Table};

/// The seed of every generated document.
const SEED: u64 = 2018;

/// What to measure and how many times.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// Fewer rounds (5 for documents under 50 000 activities, 3 from 50 000; 3 end to end).
    #[arg(long)]
    pub quick: bool,
    /// The sizes of the documents, in activities (about 700 bytes each), comma-separated.
    #[arg(long, value_delimiter = ',', default_values_t = [1_000usize, 10_000, 100_000])]
    pub sizes: Vec<usize>,
    /// Rounds for documents under 50 000 activities (default 21; 5 with --quick).
    #[arg(long)]
    pub rounds: Option<usize>,
    /// Rounds for documents of 50 000 activities and more (default 11; 3 with --quick).
    #[arg(long)]
    pub large_rounds: Option<usize>,
    /// The size of the document for `ovk` end to end, in activities; 0 leaves it out.
    #[arg(long, default_value_t = 50_000)]
    pub e2e_activities: usize,
    /// Rounds of `ovk validate` against the value-parse process (default 15; 3 with --quick).
    #[arg(long)]
    pub e2e_rounds: Option<usize>,
    /// The `ovk` binary; by default the one beside this program.
    #[arg(long)]
    pub ovk: Option<PathBuf>,
}

impl Options {
    fn rounds_for(&self, activities: usize) -> usize {
        let rounds = if activities >= 50_000 {
            self.large_rounds.unwrap_or(if self.quick { 3 } else { 11 })
        } else {
            self.rounds.unwrap_or(if self.quick { 5 } else { 21 })
        };
        rounds.max(1)
    }

    fn e2e_rounds(&self) -> usize {
        self.e2e_rounds
            .unwrap_or(if self.quick { 3 } else { 15 })
            .max(1)
    }

    fn report_rounds(&self) -> usize {
        if self.quick {
            1
        } else {
            3
        }
    }
}

/// A folder for the documents the children read, removed at the end.
struct Workdir(PathBuf);

impl Workdir {
    fn new() -> std::io::Result<Self> {
        let path = std::env::temp_dir().join(format!("ovk-bench-{}", std::process::id()));
        std::fs::create_dir_all(&path)?;
        Ok(Self(path))
    }

    fn write(&self, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
        let path = self.0.join(name);
        std::fs::write(&path, bytes)?;
        Ok(path)
    }
}

impl Drop for Workdir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// CPU times of each contender (in the order of [`Contender::ALL`]), one a round, round by
/// round; 0 where a run failed.
type Times = [Vec<u64>; 5];

/// What was measured on one document.
struct SizeResult {
    activities: usize,
    bytes: usize,
    repeated: Times,
    first: Times,
    /// The system part of each time above.
    repeated_system: Times,
    first_system: Times,
    /// CPU time the fresh processes of value+jsonschema spent compiling the schema, not timed.
    schema_compile_ns: Vec<u64>,
    counts: [Counts; 5],
}

/// `ovk` and the value-parse process on one file.
struct EndToEnd {
    activities: usize,
    file_bytes: usize,
    validate: Vec<ChildUsage>,
    value_parse: Vec<ChildUsage>,
    reports: Vec<(&'static str, Vec<ChildUsage>)>,
    /// `ovk validate` and the value-parse process on a document of one activity: what a
    /// process takes whatever the file.
    fixed: Option<(ChildUsage, ChildUsage)>,
    /// The peak RSS `/bin/true` is given when measured so: the floor of the measurement.
    floor: Option<u64>,
}

/// A target and what was measured of it.
struct Target {
    what: String,
    bound: Bound,
    value: Option<f64>,
    shown: String,
}

/// Runs every measurement and prints the tables. Exits 0 whatever the targets say; 2 when
/// nothing could be measured.
pub fn run(options: &Options) -> ExitCode {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(error) => {
            eprintln!("ovk-bench: where is this program? {error}");
            return ExitCode::from(2);
        }
    };
    let workdir = match Workdir::new() {
        Ok(workdir) => workdir,
        Err(error) => {
            eprintln!("ovk-bench: no temporary folder: {error}");
            return ExitCode::from(2);
        }
    };
    let ovk = options
        .ovk
        .clone()
        .unwrap_or_else(|| exe.with_file_name("ovk"));
    let load_before = load_average();
    let pressure_before = cpu_pressure();
    print_header(options);

    let mut sizes = Vec::new();
    for &activities in &options.sizes {
        let result = measure_size(activities, options.rounds_for(activities), &exe, &workdir);
        print_size(&result);
        sizes.push(result);
    }
    print_per_activity(&sizes);

    let end_to_end = if options.e2e_activities == 0 {
        None
    } else if !ovk.is_file() {
        println!(
            "\n`ovk` not found at {}: build it first (`make bench` does); end to end left out.",
            ovk.display()
        );
        None
    } else {
        let e2e = measure_end_to_end(options, &exe, &ovk, &workdir);
        print_end_to_end(&e2e);
        Some(e2e)
    };

    print_targets(&targets(&sizes, end_to_end.as_ref()));
    println!(
        "\nLoad average (1, 5, 15 min) at the start: {load_before}; at the end: {}. Share of \
         the last minute in which some task waited for a CPU (/proc/pressure/cpu) at the start: \
         {pressure_before}; at the end: {}.",
        load_average(),
        cpu_pressure()
    );
    ExitCode::SUCCESS
}

fn print_header(options: &Options) {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("# ovk-bench: the checked load against its peers on the same bytes\n");
    println!("- Machine: {} ({cores} cores).", cpu_model());
    println!(
        "- Time is CPU time, not wall time: of the calling thread for a call \
         (clock_gettime CLOCK_THREAD_CPUTIME_ID, user + system), of the whole child for a \
         process (user + system from wait4). MB/s = document bytes ÷ CPU time, MB = 10^6 bytes."
    );
    println!(
        "- Every contender reads the same bytes. Each round runs every contender once, in an \
         order rotated by one each round; a ratio is taken pairwise within a round (the peer's \
         time ÷ check_slice's = check_slice's throughput ÷ the peer's), then the median and \
         range (min–max) of those over the rounds are given."
    );
    println!(
        "- Repeated calls: in this process, after one warm-up call of each contender. First \
         call: a fresh process (`ovk-bench once CONTENDER FILE`) reads the file and times its \
         one call. The fresh processes are interleaved in the same way, and the two modes with \
         each other: each round runs both, each mode first in every other round."
    );
    println!(
        "- A timed call includes a look at its result and dropping it. simd-json's mutable \
         copy of the bytes is made before the clock starts; the jsonschema validator \
         (Draft 2020-12, formats checked) is compiled once, before the clock starts, and every \
         error is counted (`iter_errors().count()`)."
    );
    println!(
        "- serde_json is built with `preserve_order` in this workspace: a `Value`'s objects \
         are IndexMaps (members in the order written), not BTreeMaps; it applies to both \
         `Value` contenders and to the value-parse process."
    );
    println!("- The contenders, each on the same bytes:");
    for contender in Contender::ALL {
        println!("  - {}: {}", contender.name(), contender.call());
    }
    println!(
        "- Allocator: mimalloc (as `ovk`) behind a counting wrapper; counting is on only in \
         the one counted call of each contender, after the timed rounds."
    );
    println!(
        "- Documents: `overenskommelse_synthetic::document_json(activities, {SEED})`, valid. \
         Rounds: {} under 50 000 activities, {} from 50 000{}.",
        options.rounds_for(1),
        options.rounds_for(50_000),
        if options.quick { " (--quick)" } else { "" }
    );
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown processor".to_owned())
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

/// `avg60` of the line `some` of /proc/pressure/cpu, as a percentage.
fn cpu_pressure() -> String {
    std::fs::read_to_string("/proc/pressure/cpu")
        .ok()
        .and_then(|text| {
            let some = text.lines().find(|line| line.starts_with("some"))?;
            let avg60 = some
                .split_whitespace()
                .find_map(|f| f.strip_prefix("avg60="))?;
            Some(format!("{avg60} %"))
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

fn measure_size(activities: usize, rounds: usize, exe: &Path, workdir: &Workdir) -> SizeResult {
    eprintln!("{} activities: generating", grouped(activities as u64));
    let bytes = overenskommelse_synthetic::document_json(activities, SEED);
    let file = workdir
        .write(&format!("document-{activities}.json"), &bytes)
        .expect("the document is written for the fresh processes");
    let validator = contender::compile_schema();

    // The warm-up call, which must accept the document for the times to mean anything.
    for contender in Contender::ALL {
        let outcome = contender::measure(contender, &bytes, Some(&validator), Meter::Cpu);
        if !outcome.accepted {
            println!(
                "\nNote: {} did not accept the document of {} activities (found {}).",
                contender.name(),
                grouped(activities as u64),
                outcome.found
            );
        }
    }

    // Round by round, the calls in this process and the fresh processes, each mode first in
    // every other round, so that a slow stretch of the machine falls on both modes alike.
    eprint!("  {rounds} rounds of repeated calls and fresh processes ");
    let mut repeated: Times = Default::default();
    let mut first: Times = Default::default();
    let mut repeated_system: Times = Default::default();
    let mut first_system: Times = Default::default();
    let mut schema_compile_ns = Vec::new();
    for round in 0..rounds {
        for in_process in [round % 2 == 0, round % 2 == 1] {
            for i in stats::rotation(round, Contender::ALL.len()) {
                let contender = Contender::ALL[i];
                if in_process {
                    let outcome =
                        contender::measure(contender, &bytes, Some(&validator), Meter::Cpu);
                    repeated[i].push(outcome.cpu_ns);
                    repeated_system[i].push(outcome.system_ns);
                    continue;
                }
                match first_call(exe, contender, &file) {
                    Ok(run) => {
                        first[i].push(run.cpu_ns);
                        first_system[i].push(run.system_ns);
                        if contender == Contender::ValueSchema {
                            schema_compile_ns.push(run.setup_ns);
                        }
                    }
                    Err(error) => {
                        eprintln!("\n  {}: {error}", contender.name());
                        first[i].push(0);
                        first_system[i].push(0);
                    }
                }
            }
        }
        eprint!(".");
    }
    eprintln!();

    let mut counts: [Counts; 5] = Default::default();
    for contender in Contender::ALL {
        counts[contender.index()] =
            contender::measure(contender, &bytes, Some(&validator), Meter::Allocations).counts;
    }
    let size = bytes.len();
    let _ = std::fs::remove_file(&file);

    SizeResult {
        activities,
        bytes: size,
        repeated,
        first,
        repeated_system,
        first_system,
        schema_compile_ns,
        counts,
    }
}

/// What a fresh process said of its one call.
struct FirstCall {
    cpu_ns: u64,
    system_ns: u64,
    setup_ns: u64,
}

fn first_call(exe: &Path, contender: Contender, file: &Path) -> Result<FirstCall, String> {
    let args = [
        OsStr::new("once"),
        OsStr::new(contender.name()),
        file.as_os_str(),
    ];
    let printed = run_child(exe, &args)?;
    if printed.field("accepted")? != "true" {
        return Err(format!("the document was not accepted: {}", printed.0));
    }
    Ok(FirstCall {
        cpu_ns: printed.number("cpu_ns")?,
        system_ns: printed.number("system_ns")?,
        setup_ns: printed.number("setup_ns")?,
    })
}

/// Runs `program` with `args`, its output thrown away, through `ovk-bench process` (see there
/// why), and gives what it used.
fn whole_process(exe: &Path, program: &Path, args: &[&OsStr]) -> Result<ChildUsage, String> {
    let mut through = vec![OsStr::new("process"), program.as_os_str()];
    through.extend_from_slice(args);
    let printed = run_child(exe, &through)?;
    Ok(ChildUsage {
        code: printed.field("code")?.parse().ok(),
        cpu_ns: printed.number("cpu_ns")?,
        max_rss: printed.number("max_rss")?,
    })
}

/// What a child of the harness printed: `name=value` pairs.
struct Printed(String);

impl Printed {
    fn field(&self, name: &str) -> Result<&str, String> {
        self.0
            .split_whitespace()
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
            .ok_or_else(|| format!("no {name} in {:?}", self.0))
    }

    fn number(&self, name: &str) -> Result<u64, String> {
        self.field(name)?
            .parse()
            .map_err(|e| format!("{name}: {e}"))
    }
}

/// Runs this program (`exe`) with `args` to its end and gives what it printed.
fn run_child(exe: &Path, args: &[&OsStr]) -> Result<Printed, String> {
    let output = Command::new(exe)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("ovk-bench {args:?} ended with {}", output.status));
    }
    String::from_utf8(output.stdout)
        .map(Printed)
        .map_err(|e| e.to_string())
}

fn cpu_summary(times: &[u64]) -> Option<Summary> {
    let valid: Vec<f64> = times
        .iter()
        .filter(|t| **t > 0)
        .map(|t| *t as f64)
        .collect();
    stats::summarize(&valid)
}

fn throughput_summary(bytes: usize, times: &[u64]) -> Option<Summary> {
    let valid: Vec<f64> = times
        .iter()
        .filter(|t| **t > 0)
        .map(|t| stats::mb_per_s(bytes, *t))
        .collect();
    stats::summarize(&valid)
}

/// The median share of system time in the CPU time of the rounds: `12 %`.
fn system_share(times: &[u64], system: &[u64]) -> String {
    let shares: Vec<f64> = times
        .iter()
        .zip(system)
        .filter(|(t, _)| **t > 0)
        .map(|(t, s)| *s as f64 / *t as f64 * 100.0)
        .collect();
    stats::summarize(&shares).map_or("–".to_owned(), |s| format!("{:.0} %", s.median))
}

/// check_slice's throughput ÷ the peer's, pairwise per round.
fn ratio_summary(times: &Times, peer: Contender) -> Option<Summary> {
    let ours = &times[Contender::CheckSlice.index()];
    let theirs = &times[peer.index()];
    stats::summarize(&stats::pairwise_ratios(ours, theirs))
}

fn print_size(result: &SizeResult) {
    let n = grouped(result.activities as u64);
    let rounds = result.repeated[0].len();
    println!(
        "\n## {n} activities ({} bytes, {})\n",
        grouped(result.bytes as u64),
        table::mb(result.bytes as f64)
    );
    println!(
        "Throughput, median and range over {rounds} rounds; ms = median CPU time; system = the \
         median share of it spent in the kernel, mostly handing out fresh memory (getrusage \
         RUSAGE_THREAD, which splits the time by the clock tick: only indicative for calls \
         of a few ms):\n"
    );
    let mut throughput = Table::new(&[
        "contender",
        "repeated MB/s",
        "range",
        "ms",
        "system",
        "first call MB/s",
        "range",
        "ms",
        "system",
    ]);
    for contender in Contender::ALL {
        let i = contender.index();
        let mut row = vec![contender.name().to_owned()];
        for (times, system) in [
            (&result.repeated[i], &result.repeated_system[i]),
            (&result.first[i], &result.first_system[i]),
        ] {
            match (throughput_summary(result.bytes, times), cpu_summary(times)) {
                (Some(mbs), Some(cpu)) => {
                    row.push(table::num(mbs.median));
                    row.push(table::range(&mbs));
                    row.push(table::num(cpu.median / 1e6));
                    row.push(system_share(times, system));
                }
                _ => row.extend(std::iter::repeat_n("–".to_owned(), 4)),
            }
        }
        throughput.row(row);
    }
    print!("{}", throughput.render());

    println!("\ncheck_slice's throughput ÷ the peer's, pairwise within each round:\n");
    let mut ratios = Table::new(&[
        "check_slice ÷",
        "repeated, median",
        "range",
        "first call, median",
        "range",
    ]);
    for peer in Contender::PEERS {
        let mut row = vec![peer.name().to_owned()];
        for times in [&result.repeated, &result.first] {
            match ratio_summary(times, peer) {
                Some(s) => {
                    row.push(table::ratio(s.median));
                    row.push(table::ratio_range(&s));
                }
                None => row.extend(["–".to_owned(), "–".to_owned()]),
            }
        }
        ratios.row(row);
    }
    print!("{}", ratios.render());
    if let Some(compile) = cpu_summary(&result.schema_compile_ns) {
        println!(
            "\nCompiling the schema, outside the timed call of value+jsonschema: {} \
             (median in the fresh processes).",
            table::ms(compile.median)
        );
    }

    println!(
        "\nAllocations of one call (in this process, after the timed rounds; a realloc counts \
         as an allocation of its new size; peak live = the most bytes live at once during the \
         call):\n"
    );
    let mut allocations = Table::new(&[
        "contender",
        "allocations",
        "per activity",
        "bytes allocated",
        "per activity",
        "peak live",
        "peak live ÷ document",
    ]);
    let per = |x: u64| x as f64 / result.activities.max(1) as f64;
    for contender in Contender::ALL {
        let counts = result.counts[contender.index()];
        allocations.row(vec![
            contender.name().to_owned(),
            grouped(counts.allocations),
            table::num(per(counts.allocations)),
            table::mb(counts.bytes as f64),
            format!("{} B", grouped(per(counts.bytes).round() as u64)),
            table::mb(counts.peak_live as f64),
            table::ratio(counts.peak_live as f64 / result.bytes.max(1) as f64),
        ]);
    }
    print!("{}", allocations.render());
}

/// check_slice's median CPU time per activity, in µs, of one mode.
fn per_activity_us(result: &SizeResult, first: bool) -> Option<f64> {
    let times = if first {
        &result.first
    } else {
        &result.repeated
    };
    let cpu = cpu_summary(&times[Contender::CheckSlice.index()])?;
    Some(cpu.median / 1e3 / result.activities.max(1) as f64)
}

/// µs per activity at 100 000 ÷ at 1 000, of one mode.
fn flatness(sizes: &[SizeResult], first: bool) -> Option<f64> {
    let at = |n: usize| {
        sizes
            .iter()
            .find(|s| s.activities == n)
            .and_then(|s| per_activity_us(s, first))
    };
    Some(at(100_000)? / at(1_000)?)
}

fn print_per_activity(sizes: &[SizeResult]) {
    if sizes.is_empty() {
        return;
    }
    println!("\n## check_slice per activity (median CPU time)\n");
    let mut per_activity = Table::new(&[
        "activities",
        "repeated µs/activity",
        "first call µs/activity",
    ]);
    for result in sizes {
        let cell = |first| per_activity_us(result, first).map_or("–".to_owned(), table::num);
        per_activity.row(vec![
            grouped(result.activities as u64),
            cell(false),
            cell(true),
        ]);
    }
    let cell = |first| flatness(sizes, first).map_or("–".to_owned(), table::ratio);
    per_activity.row(vec!["100 000 ÷ 1 000".to_owned(), cell(false), cell(true)]);
    print!("{}", per_activity.render());
}

const REPORT_FORMATS: [&str; 3] = ["md", "html", "json"];

fn measure_end_to_end(options: &Options, exe: &Path, ovk: &Path, workdir: &Workdir) -> EndToEnd {
    let activities = options.e2e_activities;
    eprintln!(
        "end to end, {} activities: generating",
        grouped(activities as u64)
    );
    let bytes = overenskommelse_synthetic::document_json(activities, SEED);
    let file_bytes = bytes.len();
    let file = workdir
        .write(&format!("end-to-end-{activities}.json"), &bytes)
        .expect("the end-to-end document is written");
    drop(bytes);
    let run = |program: &Path, args: &[&OsStr]| match whole_process(exe, program, args) {
        Ok(usage) if usage.code == Some(0) => usage,
        Ok(usage) => {
            eprintln!(
                "\n  {} {args:?} ended with {:?}",
                program.display(),
                usage.code
            );
            ChildUsage { cpu_ns: 0, ..usage }
        }
        Err(error) => {
            eprintln!("\n  {} {args:?}: {error}", program.display());
            ChildUsage {
                code: None,
                cpu_ns: 0,
                max_rss: 0,
            }
        }
    };
    let validate_args = [
        OsStr::new("validate"),
        OsStr::new("--format"),
        OsStr::new("json"),
        file.as_os_str(),
    ];
    let value_args = [OsStr::new("value-parse"), file.as_os_str()];

    let rounds = options.e2e_rounds();
    eprint!("  ovk validate against the value-parse process, {rounds} rounds ");
    let mut validate = Vec::new();
    let mut value_parse = Vec::new();
    for round in 0..rounds {
        for i in stats::rotation(round, 2) {
            if i == 0 {
                validate.push(run(ovk, &validate_args));
            } else {
                value_parse.push(run(exe, &value_args));
            }
        }
        eprint!(".");
    }
    eprintln!();

    let report_rounds = options.report_rounds();
    eprint!("  ovk report (md, html, json), {report_rounds} rounds ");
    let mut reports: Vec<(&'static str, Vec<ChildUsage>)> =
        REPORT_FORMATS.iter().map(|f| (*f, Vec::new())).collect();
    for round in 0..report_rounds {
        for i in stats::rotation(round, REPORT_FORMATS.len()) {
            let args = [
                OsStr::new("report"),
                OsStr::new("--format"),
                OsStr::new(REPORT_FORMATS[i]),
                file.as_os_str(),
            ];
            reports[i].1.push(run(ovk, &args));
        }
        eprint!(".");
    }
    eprintln!();
    let _ = std::fs::remove_file(&file);

    let tiny = overenskommelse_synthetic::document_json(1, SEED);
    let fixed = workdir.write("one-activity.json", &tiny).ok().map(|tiny| {
        let validate = run(
            ovk,
            &[
                OsStr::new("validate"),
                OsStr::new("--format"),
                OsStr::new("json"),
                tiny.as_os_str(),
            ],
        );
        let value = run(exe, &[OsStr::new("value-parse"), tiny.as_os_str()]);
        let _ = std::fs::remove_file(&tiny);
        (validate, value)
    });
    let floor = whole_process(exe, Path::new("/bin/true"), &[])
        .ok()
        .map(|usage| usage.max_rss);
    EndToEnd {
        activities,
        file_bytes,
        validate,
        value_parse,
        reports,
        fixed,
        floor,
    }
}

fn usage_cpu(runs: &[ChildUsage]) -> Vec<u64> {
    runs.iter().map(|u| u.cpu_ns).collect()
}

fn max_rss(runs: &[ChildUsage]) -> Option<u64> {
    runs.iter().map(|u| u.max_rss).filter(|r| *r > 0).max()
}

/// `ovk validate`'s throughput ÷ the value-parse process's, pairwise per round.
fn end_to_end_ratio(e2e: &EndToEnd) -> Option<Summary> {
    stats::summarize(&stats::pairwise_ratios(
        &usage_cpu(&e2e.validate),
        &usage_cpu(&e2e.value_parse),
    ))
}

fn print_end_to_end(e2e: &EndToEnd) {
    let file = e2e.file_bytes as f64;
    println!(
        "\n## End to end: {} activities, a file of {} bytes ({}), whole processes\n",
        grouped(e2e.activities as u64),
        grouped(e2e.file_bytes as u64),
        table::mb(file)
    );
    println!(
        "CPU time (user + system) of each process, from start to exit, median and range over {} \
         rounds; output to /dev/null. The value-parse process is `ovk-bench value-parse FILE`: \
         it reads the file, parses a `serde_json::Value` and exits without dropping it.\n",
        e2e.validate.len()
    );
    let mut processes = Table::new(&[
        "process",
        "median CPU",
        "range",
        "median MB/s",
        "peak RSS (max)",
        "peak RSS ÷ file",
    ]);
    let mut row = |name: &str, runs: &[ChildUsage]| {
        let cpu = cpu_summary(&usage_cpu(runs));
        let rss = max_rss(runs);
        processes.row(vec![
            name.to_owned(),
            cpu.map_or("–".to_owned(), |c| table::ms(c.median)),
            cpu.map_or("–".to_owned(), |c| {
                format!("{}–{} ms", table::num(c.min / 1e6), table::num(c.max / 1e6))
            }),
            cpu.map_or("–".to_owned(), |c| {
                table::num(stats::mb_per_s(e2e.file_bytes, c.median as u64))
            }),
            rss.map_or("–".to_owned(), |r| table::mb(r as f64)),
            rss.map_or("–".to_owned(), |r| table::ratio(r as f64 / file)),
        ]);
    };
    row("`ovk validate --format json FILE`", &e2e.validate);
    row("value-parse process", &e2e.value_parse);
    for (format, runs) in &e2e.reports {
        row(&format!("`ovk report --format {format} FILE`"), runs);
    }
    print!("{}", processes.render());
    if let Some((validate, value)) = e2e.fixed {
        println!(
            "\nThe fixed part, on a document of one activity: peak RSS {} for `ovk validate`, {} \
             for the value-parse process.",
            table::mb(validate.max_rss as f64),
            table::mb(value.max_rss as f64)
        );
    }
    if let Some(floor) = e2e.floor {
        println!(
            "\nEach process is started by a small one (`ovk-bench process`) that waits for it: \
             Linux gives a new program the peak RSS of the process that started it, so the \
             harness, holding large documents, cannot start them itself. The floor this leaves: \
             `/bin/true` measured so reports {}.",
            table::mb(floor as f64)
        );
    }
    if let Some(ratio) = end_to_end_ratio(e2e) {
        println!(
            "\n`ovk validate` ÷ the value-parse process (throughput; the value-parse process's \
             CPU time ÷ `ovk validate`'s, pairwise per round): median {}, range {}.",
            table::ratio(ratio.median),
            table::ratio_range(&ratio)
        );
    }
}

fn targets(sizes: &[SizeResult], e2e: Option<&EndToEnd>) -> Vec<Target> {
    let mut targets = Vec::new();
    let ratio_target = |what: String, bound: Bound, summary: Option<Summary>| Target {
        what,
        bound,
        value: summary.map(|s| s.median),
        shown: summary.map_or("–".to_owned(), |s| {
            format!("{} ({})", table::ratio(s.median), table::ratio_range(&s))
        }),
    };
    for result in sizes {
        let n = grouped(result.activities as u64);
        for (peer, bound) in [
            (Contender::Value, Bound::AtLeast(2.0)),
            (Contender::ValueSchema, Bound::AtLeast(3.0)),
            (Contender::SimdJson, Bound::AtLeast(0.6)),
        ] {
            for (mode, times) in [
                ("first call", &result.first),
                ("repeated", &result.repeated),
            ] {
                targets.push(ratio_target(
                    format!(
                        "check_slice {} {}, {n} activities, {mode}",
                        bound.describe(),
                        peer.name()
                    ),
                    bound,
                    ratio_summary(times, peer),
                ));
            }
        }
    }

    for (mode, first) in [("first call", true), ("repeated", false)] {
        let flat = flatness(sizes, first);
        targets.push(Target {
            what: format!("check_slice µs/activity at 100 000 ÷ at 1 000 ≤ 1.15×, {mode}"),
            bound: Bound::AtMost(1.15),
            value: flat,
            shown: flat.map_or("–".to_owned(), table::ratio),
        });
    }

    // The validation's own allocations: those of the checked load beyond the typed load's,
    // on the same bytes. Reading must allocate the model it builds; validating a valid
    // document should not allocate per activity.
    let counts = |n: usize| {
        sizes.iter().find(|s| s.activities == n).map(|s| {
            let checked = s.counts[Contender::CheckSlice.index()].allocations;
            let read = s.counts[Contender::TypedLoad.index()].allocations;
            checked.saturating_sub(read)
        })
    };
    let (growth, shown) = match (counts(1_000), counts(10_000)) {
        (Some(small), Some(large)) => {
            let growth = large as f64 / small.max(1) as f64;
            let word = if stats::allocations_grow(small, large) {
                "grows"
            } else {
                "bounded"
            };
            (
                Some(growth),
                format!(
                    "{} → {} allocations beyond the typed load's ({} and {} per activity): {}, {word}",
                    grouped(small),
                    grouped(large),
                    table::num(small as f64 / 1_000.0),
                    table::num(large as f64 / 10_000.0),
                    table::ratio(growth)
                ),
            )
        }
        _ => (None, "–".to_owned()),
    };
    targets.push(Target {
        what: "validation's allocations (check_slice − typed load) bounded: at 10 000 activities ≤ 2× those at 1 000"
            .to_owned(),
        bound: Bound::AtMost(2.0),
        value: growth,
        shown,
    });

    let ratio = e2e.and_then(end_to_end_ratio);
    let activities = e2e.map_or("–".to_owned(), |e| grouped(e.activities as u64));
    targets.push(ratio_target(
        format!("`ovk validate` ≥ 2× the value-parse process, {activities} activities"),
        Bound::AtLeast(2.0),
        ratio,
    ));
    let memory = |what: String, bound: Bound, runs: Option<&[ChildUsage]>| {
        let value = e2e.and_then(|e| Some(max_rss(runs?)? as f64 / e.file_bytes as f64));
        Target {
            what,
            bound,
            value,
            shown: value.map_or("–".to_owned(), table::ratio),
        }
    };
    targets.push(memory(
        "`ovk validate` peak RSS ≤ 3× the file".to_owned(),
        Bound::AtMost(3.0),
        e2e.map(|e| e.validate.as_slice()),
    ));
    for format in REPORT_FORMATS {
        let runs = e2e.and_then(|e| {
            e.reports
                .iter()
                .find(|(f, _)| *f == format)
                .map(|(_, runs)| runs.as_slice())
        });
        targets.push(memory(
            format!("`ovk report --format {format}` peak RSS ≤ 4× the file"),
            Bound::AtMost(4.0),
            runs,
        ));
    }
    targets
}

fn print_targets(targets: &[Target]) {
    println!("\n## Targets\n");
    println!(
        "A ratio target is judged on the median of its per-round ratios (the range beside it). \
         Peak RSS is the largest over the runs.\n"
    );
    let mut table = Table::new(&["target", "measured", "verdict"])
        .align(1, table::Align::Left)
        .align(2, table::Align::Left);
    let mut met = 0;
    let mut missed = Vec::new();
    for target in targets {
        let verdict = Verdict::of(target.value, target.bound);
        match verdict {
            Verdict::Met => met += 1,
            Verdict::Missed => missed.push(target.what.as_str()),
            Verdict::NotMeasured => {}
        }
        table.row(vec![
            target.what.clone(),
            target.shown.clone(),
            verdict.word().to_owned(),
        ]);
    }
    print!("{}", table.render());
    println!(
        "\n{met} of {} targets met, {} missed{}.",
        targets.len(),
        missed.len(),
        if targets.len() > met + missed.len() {
            format!(", {} not measured", targets.len() - met - missed.len())
        } else {
            String::new()
        }
    );
    let _ = std::io::stdout().flush();
}
