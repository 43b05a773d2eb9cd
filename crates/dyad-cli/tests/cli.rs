//! End-to-end tests of the `dyad` binary: output, errors and exit status.

use std::io::Write;
use std::process::{Command, Output};

fn dyad(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("dyad runs");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("dyad finishes")
}

fn events(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

#[test]
fn codes_standard_input_with_spans_into_the_text() {
    let text = "L’Ecuador ha rotto le relazioni diplomatiche con il Messico venerdì.";
    let out = dyad(&["code", "--date", "2022-07-20", "-"], Some(text));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let evs = events(&out);
    assert_eq!(evs.len(), 1);
    let e = &evs[0];
    assert_eq!(e["event_code"], "161");
    assert_eq!(e["source"]["code"], "ECU");
    assert_eq!(e["target"]["country"], "MEX");
    let chars: Vec<char> = text.chars().collect();
    let span = |v: &serde_json::Value| (v[0].as_u64().unwrap() as usize, v[1].as_u64().unwrap() as usize);
    let (s, t) = span(&e["target"]["span"]);
    assert_eq!(chars[s..t].iter().collect::<String>(), "Messico");
    let (s, t) = span(&e["trigger"]["span"]);
    assert!(chars[s..t].iter().collect::<String>().starts_with("rotto"));
}

#[test]
fn bad_records_are_reported_and_the_rest_is_coded() {
    let jsonl = "{\"id\":\"a\",\"text\":\"Russia invaded Ukraine on Monday.\",\"date\":\"2022-02-28\"}\n{broken\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"China condemned Japan.\",\"date\":\"2023-05-05\"}\n";
    let out = dyad(&["code", "--lang", "en", "--input-format", "jsonl", "-", "no/such/file.txt"], Some(jsonl));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>:2: malformed JSON"), "{err}");
    assert!(err.contains("<stdin>:3: missing `text`"), "{err}");
    assert!(err.contains("no/such/file.txt: cannot open"), "{err}");
    let docs: Vec<String> = events(&out).iter().map(|e| e["doc_id"].as_str().unwrap_or("").to_string()).collect();
    assert!(docs.contains(&"a".to_string()) && docs.contains(&"c".to_string()), "{docs:?}");
}

#[test]
fn unknown_language_is_an_error() {
    let out = dyad(&["code", "--lang", "xx", "-"], Some("text"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language `xx`"));
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let dir = std::env::temp_dir().join(format!("dyad-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.txt");
    std::fs::write(&path, b"Russia attacked Ukraine \xe9 yesterday.").unwrap();
    let out = dyad(&["code", "--lang", "en", "--date", "2022-03-01", path.to_str().unwrap()], None);
    assert!(String::from_utf8_lossy(&out.stderr).contains("decoded lossily"));
    assert!(!events(&out).is_empty());
}

#[test]
fn user_lexicon_errors_name_file_and_line() {
    let dir = std::env::temp_dir().join(format!("dyad-lex-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("en")).unwrap();
    std::fs::write(dir.join("en/events-mine.txt"), "[999]\nfoo\n[190]\n{bar\n").unwrap();
    let out = dyad(&["check-lexicon", "--lexicon", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("events-mine.txt:1: `999` is not a CAMEO code"), "{err}");
    assert!(err.contains("events-mine.txt:4:"), "{err}");
}

#[test]
fn explain_says_why_a_candidate_was_dropped() {
    let out = dyad(&["explain", "--lang", "en", "--date", "2024-01-10", "Russia did not attack Ukraine."], None);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("negated"), "{text}");
    assert!(text.contains("events: 0"), "{text}");
}

#[test]
fn petrarch_actor_files_alone_code_with_dyad_events() {
    // A made-up PETRARCH actors file, no verb dictionary: Dyad's English events, these actors.
    let dir = std::env::temp_dir().join(format!("dyad-cli-petrarch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let actors = dir.join("actors.txt");
    std::fs::write(&actors, "NORLAND_ [NRL]\nSUDMARK [SDM]\n").expect("write actors");
    let actors = actors.display().to_string();
    let out = dyad(
        &["code", "--lang", "en", "--date", "2020-01-01", "--petrarch", &actors, "-"],
        Some("The Norland government condemned Sudmark."),
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let evs = events(&out);
    assert_eq!(evs.len(), 1, "{evs:?}");
    assert_eq!(evs[0]["source"]["code"], "NRLGOV");
    assert_eq!(evs[0]["target"]["code"], "SDM");
    assert_eq!(evs[0]["root_code"], "11");
}

#[test]
fn import_petrarch_writes_loadable_reproducible_lexicons() {
    let dir = std::env::temp_dir().join(format!("dyad-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let verbs = dir.join("VERBS.txt");
    let actors = dir.join("NORLAND.actors.txt");
    let preps = dir.join("preps.txt");
    std::fs::write(&verbs, "--- FROBNICATE [111] ---\nFROBNICATE\n- * {HARSH WORDS} [112]\n").expect("write");
    std::fs::write(&actors, "NORLAND_ [NRL]\nOLD_KING\n\t[NRLGOV 900101-991231]\nARDA_COUNCIL [IGOARD]\n").expect("write");
    std::fs::write(&preps, "about\nagainst\nby\nfrom\nin\nof\nto\n").expect("write");
    let files = [verbs.display().to_string(), actors.display().to_string(), preps.display().to_string()];
    let run = |out: &std::path::Path| {
        let mut args = vec!["import-petrarch".to_string(), "--out".to_string(), out.display().to_string()];
        args.extend(files.iter().cloned());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        dyad(&args, None)
    };
    let (a, b) = (dir.join("a"), dir.join("b"));
    let out = run(&a);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("imported        1  people") && stdout.contains("imported        1  verb patterns"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("preps.txt:1: a prepositions list"), "said once, not read as discards");
    assert!(run(&b).status.success());
    for f in
        ["en/events_verbs.txt", "common/people_norland_actors.txt", "common/igos_norland_actors.txt", "en/countries_norland_actors.txt"]
    {
        let (x, y) = (std::fs::read(a.join(f)).expect(f), std::fs::read(b.join(f)).expect(f));
        assert_eq!(x, y, "{f} differs between two runs");
    }
    // Dyad codes with them, and the rule names the dictionary line.
    let out = dyad(
        &["code", "--date", "1995-01-01", "--lang", "en", "--lexicon", &a.display().to_string(), "-"],
        Some("Old King frobnicated the Arda Council."),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let evs = events(&out);
    assert_eq!(evs.len(), 1, "{evs:?}");
    assert_eq!(evs[0]["source"]["code"], "NRLGOV");
    assert_eq!(evs[0]["target"]["code"], "IGOARD");
    assert!(evs[0]["rule"].as_str().is_some_and(|r| r.ends_with("(VERBS.txt:2)")), "{:?}", evs[0]["rule"]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The converted Phoenix files under `lexicons/` are what `scripts/import-petrarch.sh` makes of
/// the shared dictionaries today: an entry written by hand since then must be matched by a
/// regeneration, so that the conversion stays reproducible.
#[test]
fn committed_phoenix_files_are_the_converters_output() {
    let dicts = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/suites/petrarch2/dictionaries");
    if !std::path::Path::new(dicts).is_dir() {
        eprintln!("SKIPPED: ../shared/suites/petrarch2/dictionaries not found beside the repository; the conversion is not checked");
        return;
    }
    let out = std::env::temp_dir().join(format!("dyad-phoenix-{}", std::process::id()));
    // The command of scripts/import-petrarch.sh.
    let files = [
        "CAMEO.2.0.txt",
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
    ]
    .map(|f| format!("{dicts}/{f}"));
    let mut args = vec![
        "import-petrarch",
        "--out",
        out.to_str().expect("utf-8 temp dir"),
        "--literal-only",
        "--defer-to-dyad",
        "--skip",
        "events,agents",
    ];
    args.extend(files.iter().map(String::as_str));
    let run = dyad(&args, None);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let lexicons = concat!(env!("CARGO_MANIFEST_DIR"), "/../../lexicons");
    let mut compared = 0;
    for dir in ["common", "en"] {
        for entry in std::fs::read_dir(out.join(dir)).expect("converted files") {
            let path = entry.expect("dir entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).expect("file name").to_string();
            let committed = std::fs::read_to_string(format!("{lexicons}/{dir}/{name}")).unwrap_or_default();
            let converted = std::fs::read_to_string(&path).expect("converted file");
            assert!(committed == converted, "lexicons/{dir}/{name} is not the converter's output: run scripts/import-petrarch.sh");
            compared += 1;
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    assert_eq!(compared, 8, "the converter writes people, organisations and countries for each actor file");
}
