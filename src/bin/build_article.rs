//! Generates `data/article.json` from `data/article.txt`.
//!
//! `cargo run --bin build_article` writes the file; with `--check` it only
//! reports whether the committed file is up to date (exit code 1 if not).

use std::path::Path;
use std::process::ExitCode;

use qazaq_reader::core::repair::repair;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source_path = root.join("data/article.txt");
    let json_path = root.join("data/article.json");
    let check = std::env::args().any(|a| a == "--check");

    let source = match std::fs::read_to_string(&source_path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {}: {e}", source_path.display());
            return ExitCode::FAILURE;
        }
    };
    let article = match repair(&source) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("cannot repair {}: {e}", source_path.display());
            return ExitCode::FAILURE;
        }
    };
    let json = match serde_json::to_string_pretty(&article) {
        Ok(j) => j + "\n",
        Err(e) => {
            eprintln!("cannot serialise the article: {e}");
            return ExitCode::FAILURE;
        }
    };

    if check {
        let current = std::fs::read_to_string(&json_path).unwrap_or_default();
        if current == json {
            println!("{} is up to date", json_path.display());
            ExitCode::SUCCESS
        } else {
            eprintln!(
                "{} is out of date: run `cargo run --bin build_article`",
                json_path.display()
            );
            ExitCode::FAILURE
        }
    } else if let Err(e) = std::fs::write(&json_path, json) {
        eprintln!("cannot write {}: {e}", json_path.display());
        ExitCode::FAILURE
    } else {
        println!("wrote {}", json_path.display());
        ExitCode::SUCCESS
    }
}
