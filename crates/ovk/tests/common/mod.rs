//! Running the `ovk` binary as a user does, shared by the command-line tests.
#![allow(dead_code)] // Each test file uses its own part of these.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The workspace root, where the examples' relative paths start.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `ovk` with `args`, run from the workspace root.
pub fn ovk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ovk"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("ovk runs")
}

/// What the command printed on standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}
