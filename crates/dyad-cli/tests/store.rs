//! The event store end to end through the `dyad` binary: an ingest killed at random moments and
//! run again gives the store one clean run gives; two ingests at once do too; the reports and
//! exports read it.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Instant;

fn dyad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad")).args(args).stdin(Stdio::null()).output().expect("dyad runs")
}

const COUNTRIES: [&str; 8] = ["Germany", "France", "Russia", "Ukraine", "Poland", "Japan", "China", "Brazil"];
const TEMPLATES: [&str; 4] = [
    "{a} accused {b} of violating the agreement on Monday, the foreign ministry said.",
    "{a} expelled two diplomats from {b} on Tuesday.",
    "The president of {a} met the prime minister of {b} in the capital on Wednesday.",
    "{a} signed a trade agreement with {b} on Thursday.",
];

const WORDS: [&str; 23] = [
    "harvest", "river", "bridge", "winter", "market", "railway", "festival", "election", "drought", "harbour", "school", "museum",
    "factory", "mountain", "airport", "stadium", "library", "vineyard", "orchard", "canal", "forest", "island", "valley",
];

/// `n` news records: different texts, dates, sites, some without a URL, every tenth a
/// syndicated copy of the one before under another URL.
fn corpus(n: usize) -> String {
    let mut lines = Vec::new();
    for i in 0..n {
        let a = COUNTRIES[i % COUNTRIES.len()];
        let b = COUNTRIES[(i / COUNTRIES.len() + i + 1) % COUNTRIES.len()];
        let b = if a == b { COUNTRIES[(i + 3) % COUNTRIES.len()] } else { b };
        let first = TEMPLATES[i % TEMPLATES.len()].replace("{a}", a).replace("{b}", b);
        let second = TEMPLATES[(i + 1) % TEMPLATES.len()].replace("{a}", b).replace("{b}", a);
        // Words of its own, so that only the copies are near-duplicates.
        let story = i - usize::from(i % 10 == 9);
        let own: Vec<&str> = (0..12).map(|k| WORDS[(story * 7 + k * (story % 11 + 1)) % WORDS.len()]).collect();
        let text = format!("{first} {second} Observers noted {}.", own.join(" "));
        let date = format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
        let url = match i % 3 {
            0 => String::new(),
            1 => format!(r#","url":"https://site{}.example/news/{i}""#, i % 5),
            _ => format!(r#","url":"https://www.wire.example/story/{i}""#),
        };
        lines.push(format!(r#"{{"id":"doc-{i}","date":"{date}","text":"{text}"{url}}}"#));
    }
    lines.join("\n") + "\n"
}

/// Everything a store holds but the time things were added, in a fixed order.
fn dump(db: &Path) -> String {
    let db = db.to_str().unwrap();
    let queries = [
        "SELECT id, url, site, title, date, language, content_hash, duplicate_of, extractor, origin, input, length, sentences, hex(signature) FROM documents ORDER BY seq",
        "SELECT id, day, date, date_precision, source_code, target_code, event_code, quad_class, goldstein, plover FROM events ORDER BY id",
        "SELECT * FROM mentions ORDER BY id",
        "SELECT * FROM actors ORDER BY code",
        "SELECT id, num_mentions, num_articles, num_sources, is_root FROM event_counts ORDER BY id",
    ];
    queries
        .iter()
        .map(|q| {
            let out = dyad(&["query", "--db", db, "--format", "csv", q]);
            assert!(out.status.success(), "{q}: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap()
        })
        .collect()
}

/// The first line that differs, rather than two whole dumps.
fn assert_same(got: &str, expected: &str, what: &str) {
    if let Some((n, (g, e))) = got.lines().zip(expected.lines()).enumerate().find(|(_, (g, e))| g != e) {
        panic!("{what} differs from one clean run at line {n}:\n got      {g}\n expected {e}");
    }
    assert_eq!(got.lines().count(), expected.lines().count(), "{what}: not as many rows as one clean run");
}

fn ingest_args<'a>(input: &'a str, db: &'a str) -> Vec<&'a str> {
    vec!["ingest", "--db", db, "--batch", "4", "--threads", "1", "--lang", "en", input]
}

fn documents(db: &Path) -> usize {
    let out = dyad(&["query", "--db", db.to_str().unwrap(), "--format", "csv", "SELECT count(*) FROM documents"]);
    String::from_utf8_lossy(&out.stdout).lines().nth(1).and_then(|l| l.parse().ok()).unwrap_or(0)
}

#[test]
fn an_ingest_killed_at_any_moment_and_run_again_gives_the_store_of_one_clean_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    let n = 1200;
    std::fs::write(&input, corpus(n)).unwrap();
    let input = input.to_str().unwrap();
    let clean = dir.path().join("clean.db");
    let started = Instant::now();
    let out = dyad(&ingest_args(input, clean.to_str().unwrap()));
    let clean_run = started.elapsed();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let expected = dump(&clean);
    assert_eq!(documents(&clean), n);
    assert!(expected.contains("doc-8"), "near-duplicates are linked: {}", &expected[..200]);

    // Kill moments spread over the clean run's duration, in a fixed pseudo-random order.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut partial_stores = 0;
    for attempt in 0..10 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let db = dir.path().join(format!("killed-{attempt}.db"));
        let db_name = db.to_str().unwrap();
        // Killed once or twice before the run that completes.
        for _ in 0..1 + attempt % 2 {
            let delay = clean_run.mul_f64(0.15 + (seed % 1000) as f64 / 1000.0 * 0.85);
            let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
                .args(ingest_args(input, db_name))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            std::thread::sleep(delay);
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            let stored = documents(&db);
            if stored > 0 && stored < n {
                partial_stores += 1;
            }
        }
        let out = dyad(&ingest_args(input, db_name));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_same(&dump(&db), &expected, &format!("attempt {attempt}: the resumed store"));
    }
    assert!(partial_stores > 0, "no kill landed while documents were being written: the test proved nothing");
}

#[test]
fn two_ingests_at_once_give_the_store_of_one() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(300)).unwrap();
    let input = input.to_str().unwrap();
    let clean = dir.path().join("clean.db");
    assert!(dyad(&ingest_args(input, clean.to_str().unwrap())).status.success());
    let db = dir.path().join("shared.db");
    let spawn =
        || Command::new(env!("CARGO_BIN_EXE_dyad")).args(ingest_args(input, db.to_str().unwrap())).stderr(Stdio::piped()).spawn().unwrap();
    let (first, second) = (spawn(), spawn());
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_same(&dump(&db), &dump(&clean), "the store written by two ingests at once");
}

#[test]
fn reports_exports_and_queries_read_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    std::fs::write(&input, corpus(80)).unwrap();
    let db = dir.path().join("s.db");
    let db = db.to_str().unwrap();
    assert!(dyad(&ingest_args(input.to_str().unwrap(), db)).status.success());

    let report = dyad(&["dyad", "deu", "FRA", "--by", "year", "--db", db, "--format", "csv"]);
    let text = String::from_utf8_lossy(&report.stdout);
    let header = text.lines().next().unwrap_or("");
    assert_eq!(
        header,
        "period,direction,events,mentions,goldstein_sum,goldstein_mean,verbal_coop,material_coop,verbal_conflict,material_conflict"
    );
    assert!(text.lines().skip(1).all(|l| l.contains(",DEU -> FRA,") || l.contains(",FRA -> DEU,")), "{text}");
    assert!(text.lines().count() > 1, "{text}");

    let top = dyad(&["top", "--by", "code", "--limit", "3", "--db", db, "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&top.stdout).unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows[0]["name"].as_str().is_some_and(|n| !n.is_empty()), "codes have names: {rows:?}");

    let refused = dyad(&["query", "--db", db, "DROP TABLE events"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("read-only"));

    let since = dyad(&["export", "--format", "gdelt-events", "--since", "2024-06-01", "--until", "2024-06-30", "--db", db]);
    let rows = String::from_utf8_lossy(&since.stdout);
    assert!(!rows.is_empty());
    assert!(rows.lines().all(|l| l.split('\t').nth(1).is_some_and(|d| d.starts_with("202406"))), "{rows}");

    let missing = dyad(&["top", "--db", dir.path().join("none.db").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no such store"));
}
