//! End-to-end throughput on one thread over the NGEC synthetic news corpus (English).
//!
//! `cargo bench -p dyad-cli --bench throughput` prints start-up time (the one language a run
//! needs compiled, and every language), sentences/s and MB/s of coding, and peak resident memory. It reads
//! `../shared/corpora/ngec_synthetic_news.csv`; figures are medians of several passes because
//! shared machines are noisy.

use dyad_coder::{Coder, Document};
use dyad_lexicon::LexiconBuilder;
use std::time::Instant;

// The allocator the `dyad` binary uses, so that the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PASSES: usize = 5;

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let path = std::env::var("DYAD_BENCH_CORPUS").unwrap_or_else(|_| "../../../shared/corpora/ngec_synthetic_news.csv".to_string());
    let path = if std::path::Path::new(&path).exists() { path } else { "../shared/corpora/ngec_synthetic_news.csv".to_string() };
    let mut reader = match csv::Reader::from_path(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("throughput: cannot read {path}: {e} (set DYAD_BENCH_CORPUS)");
            return;
        }
    };
    let date = chrono::NaiveDate::from_ymd_opt(2020, 1, 1);
    let docs: Vec<Document> = reader
        .records()
        .filter_map(Result::ok)
        .enumerate()
        .filter_map(|(i, r)| {
            r.get(1).map(|t| Document { id: i.to_string(), text: t.to_string(), date, language: Some("en".into()), ..Default::default() })
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let (mut every_language, mut one_language) = (Vec::new(), Vec::new());
    let mut coder = None;
    for _ in 0..PASSES {
        let t = Instant::now();
        let (lexicon, _) = LexiconBuilder::builtin().build_on_demand();
        lexicon.language("en");
        one_language.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let (lexicon, _) = LexiconBuilder::builtin().build();
        every_language.push(t.elapsed().as_secs_f64());
        coder = Some(Coder::new(lexicon));
    }
    let Some(coder) = coder else { return };
    let sentences: usize = docs
        .iter()
        .map(|d| {
            let toks = dyad_text::tokenize(&d.text, "en");
            dyad_text::split_sentences(&toks, Default::default(), d.line_breaks).len()
        })
        .sum();

    let mut rates = Vec::new();
    let mut events = 0;
    for _ in 0..PASSES {
        let t = Instant::now();
        events = docs.iter().map(|d| coder.code(d).map_or(0, |e| e.len())).sum::<usize>();
        rates.push(t.elapsed().as_secs_f64());
    }
    let secs = median(rates);
    println!("corpus: {} documents, {} sentences, {:.1} MB", docs.len(), sentences, bytes as f64 / 1e6);
    println!("start-up, the one language a run needs compiled (en): {:.0} ms (median of {PASSES})", median(one_language) * 1000.0);
    println!("start-up, every language compiled: {:.0} ms (median of {PASSES})", median(every_language) * 1000.0);
    println!(
        "one thread: {:.0} sentences/s, {:.2} MB/s, {} events (median of {PASSES} passes)",
        sentences as f64 / secs,
        bytes as f64 / 1e6 / secs,
        events
    );
    if let Some(mb) = peak_rss_mb() {
        println!("peak RSS: {mb:.0} MB (corpus held in memory included)");
    }
}
