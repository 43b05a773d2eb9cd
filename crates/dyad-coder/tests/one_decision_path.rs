//! What `dyad explain` says was kept is exactly what `dyad code` emits: every decision is a
//! verdict in the analysis, none is taken after it. Checked over every sentence of Dyad's test
//! sets (and, when present, the translated PLOVER records and the dev sets).

use dyad_coder::{explain, Coder, Document};
use std::path::Path;

fn documents() -> Vec<Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data");
    let mut docs = Vec::new();
    for name in ["it.jsonl", "en.jsonl", "dev/wire_it.jsonl", "dev/wire_en.jsonl"] {
        let Ok(text) = std::fs::read_to_string(root.join(name)) else { continue };
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}:{}: {e}", n + 1));
            let date = v["date"].as_str().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            let mut doc = Document::new(&format!("{name}:{}", n + 1), v["text"].as_str().unwrap_or_default());
            doc.date = date;
            docs.push(doc);
        }
    }
    let gsr = std::fs::read_to_string(root.join("dev/plover_gsr_it.json")).unwrap_or_default();
    if let Ok(serde_json::Value::Array(records)) = serde_json::from_str(&gsr) {
        for r in records {
            docs.push(Document::new(r["id"].as_str().unwrap_or_default(), r["text"].as_str().unwrap_or_default()).with_language("it"));
        }
    }
    docs
}

/// The `event SRC -> TGT CODE` lines explain prints under kept candidates.
fn kept_in_explain(trace: &str) -> Vec<String> {
    let mut kept: Vec<String> = trace
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("event "))
        .map(|l| {
            // Actors may carry the rules that completed them in brackets: keep the codes only.
            let words: Vec<&str> = l.split_whitespace().filter(|w| !w.starts_with('(') && !w.ends_with(')')).collect();
            words.join(" ")
        })
        .collect();
    kept.sort();
    kept
}

#[test]
fn explain_keeps_exactly_what_code_emits() {
    let (lexicon, errors) = dyad_lexicon::LexiconBuilder::builtin().build();
    assert!(errors.is_empty(), "{errors:?}");
    let coder = Coder::new(lexicon);
    let docs = documents();
    assert!(docs.len() > 400, "the test sets are missing: {} documents", docs.len());
    let mut events_seen = 0;
    for doc in &docs {
        let Ok(trace) = explain(&coder, doc) else { continue };
        let events = coder.code(doc).unwrap_or_default();
        events_seen += events.len();
        let mut coded: Vec<String> = events
            .iter()
            .map(|e| {
                let code = |a: &Option<dyad_coder::Actor>| a.as_ref().map_or("-".to_string(), |a| a.code.clone());
                format!("{} -> {} {}", code(&e.source), code(&e.target), e.event_code)
            })
            .collect();
        coded.sort();
        assert_eq!(kept_in_explain(&trace), coded, "{}: {:?}\n{trace}", doc.id, doc.text);
    }
    assert!(events_seen > 300, "too few events to mean anything: {events_seen}");
}
