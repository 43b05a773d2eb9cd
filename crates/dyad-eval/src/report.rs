//! Reports: the same figures as text for people and as one JSON object for scripts.
//!
//! JSON rounds precision, recall and F1 to three decimals, as the reference scorer does, and puts
//! each level at the top of a suite's object (`root`, `code`, `dyad`, or `type`, `dyad`) with the
//! same fields (`tp`, `gold`, `system`, `precision`, `recall`, `f1`), plus `exact` and `sentences`.

use crate::score::LevelScore;
use crate::Evaluation;
use serde_json::{json, Map, Value};
use std::fmt::Write;

/// Three decimals as the reference scorer's Python `round(x, 3)` gives them: from the float's
/// exact value, ties to even (45/80 = 0.5625 is 0.562, not 0.563).
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

fn level_json(s: &LevelScore) -> Value {
    json!({
        "tp": s.tp, "gold": s.gold, "system": s.system,
        "precision": round3(s.precision), "recall": round3(s.recall), "f1": round3(s.f1),
    })
}

/// One suite's figures as a JSON object.
pub fn suite_json(ev: &Evaluation, with_errors: bool) -> Value {
    let s = &ev.score;
    let mut obj = Map::new();
    obj.insert("suite".into(), json!(ev.suite.path));
    obj.insert("format".into(), json!(ev.suite.format));
    obj.insert("coder".into(), json!(ev.coder));
    obj.insert("sentences".into(), json!(s.sentences));
    for (name, level) in &s.levels {
        obj.insert((*name).into(), level_json(level));
    }
    if let Some(exact) = s.exact {
        obj.insert("exact".into(), json!(exact));
        obj.insert("exact_share".into(), json!(round3(if s.sentences > 0 { exact as f64 / s.sentences as f64 } else { 0.0 })));
    }
    if let Some(d) = &s.dates {
        obj.insert(
            "dates".into(),
            json!({"with_date": d.with_date, "matched": d.matched, "correct": d.correct, "accuracy": round3(d.accuracy)}),
        );
    }
    obj.insert("confusion".into(), json!(s.confusion.cells));
    obj.insert(
        "tags".into(),
        Value::Array(
            s.tags.iter().map(|t| json!({"tag": t.tag, "records": t.records, "exact": t.exact, "score": level_json(&t.score)})).collect(),
        ),
    );
    obj.insert("coder_errors".into(), json!(s.coder_errors));
    obj.insert("problems".into(), Value::Array(ev.suite.problems.iter().map(|p| json!(p.to_string())).collect()));
    if with_errors {
        obj.insert(
            "errors".into(),
            Value::Array(
                s.errors
                    .iter()
                    .map(|e| {
                        json!({
                            "id": e.id, "line": e.line, "text": e.text, "misses": e.misses,
                            "false_positives": e.false_positives, "coder_error": e.coder_error,
                            "trace": ev.traces.get(&e.id),
                        })
                    })
                    .collect(),
            ),
        );
    }
    Value::Object(obj)
}

/// All suites as one JSON object: `{"suites": [...]}`.
pub fn render_json(evaluations: &[Evaluation], with_errors: bool) -> Value {
    json!({ "suites": evaluations.iter().map(|e| suite_json(e, with_errors)).collect::<Vec<_>>() })
}

/// The human report.
pub fn render_text(evaluations: &[Evaluation], with_errors: bool) -> String {
    let mut out = String::new();
    for ev in evaluations {
        let s = &ev.score;
        let _ = writeln!(out, "== {} ({:?}, {} records; coder: {})", ev.suite.path, ev.suite.format, s.sentences, ev.coder);
        let _ = writeln!(out, "{:<6} {:>9} {:>7} {:>6} {:>6} {:>6} {:>7}", "level", "precision", "recall", "F1", "tp", "gold", "system");
        for (name, l) in &s.levels {
            let _ =
                writeln!(out, "{:<6} {:>9.3} {:>7.3} {:>6.3} {:>6} {:>6} {:>7}", name, l.precision, l.recall, l.f1, l.tp, l.gold, l.system);
        }
        if let Some(exact) = s.exact {
            let share = if s.sentences > 0 { 100.0 * exact as f64 / s.sentences as f64 } else { 0.0 };
            let _ = writeln!(out, "exact sentences (PETRARCH's criterion): {exact}/{} ({share:.1}%)", s.sentences);
        }
        if let Some(d) = &s.dates {
            let _ = writeln!(
                out,
                "dates: {} of {} matched events with an expected date are right ({:.1}%); {} gold events carry a date",
                d.correct,
                d.matched,
                100.0 * d.accuracy,
                d.with_date
            );
        }
        if s.coder_errors > 0 {
            let _ = writeln!(out, "records the coder refused: {} (counted as coding nothing; see --errors)", s.coder_errors);
        }
        render_confusion(ev, &mut out);
        if !s.tags.is_empty() {
            let strict = s.levels.get(1).map_or("code", |l| l.0);
            let strict = if ev.suite.format == crate::suite::SuiteFormat::Plover { "type" } else { strict };
            let _ = writeln!(out, "by tag ({strict} level):");
            let _ = writeln!(out, "  {:<24} {:>7} {:>6} {:>9} {:>7} {:>6}", "tag", "records", "exact", "precision", "recall", "F1");
            for t in &s.tags {
                let exact = t.exact.map_or("-".to_string(), |e| e.to_string());
                let _ = writeln!(
                    out,
                    "  {:<24} {:>7} {:>6} {:>9.3} {:>7.3} {:>6.3}",
                    t.tag, t.records, exact, t.score.precision, t.score.recall, t.score.f1
                );
            }
        }
        if !ev.suite.problems.is_empty() {
            let _ = writeln!(out, "suite problems ({}):", ev.suite.problems.len());
            for p in &ev.suite.problems {
                let _ = writeln!(out, "  {p}");
            }
        }
        if with_errors {
            let _ = writeln!(out, "errors ({} records):", s.errors.len());
            for e in &s.errors {
                let _ = writeln!(out, "\n--- {} (line {}): {}", e.id, e.line, e.text);
                if let Some(err) = &e.coder_error {
                    let _ = writeln!(out, "  coder refused: {err}");
                }
                for m in &e.misses {
                    let _ = writeln!(out, "  miss:           {m}");
                }
                for f in &e.false_positives {
                    let _ = writeln!(out, "  false positive: {f}");
                }
                if let Some(trace) = ev.traces.get(&e.id) {
                    for line in trace.lines() {
                        let _ = writeln!(out, "  | {line}");
                    }
                }
            }
        }
        out.push('\n');
    }
    out
}

fn render_confusion(ev: &Evaluation, out: &mut String) {
    let c = &ev.score.confusion;
    if c.cells.is_empty() {
        return;
    }
    let labels = c.labels();
    let width = labels.iter().map(|l| l.len()).max().unwrap_or(2).max(3);
    let _ = writeln!(out, "confusion (rows: gold, columns: system, `-`: nothing):");
    let _ = write!(out, "  {:>width$}", "");
    for l in &labels {
        let _ = write!(out, " {l:>width$}");
    }
    out.push('\n');
    for row in &labels {
        let Some(cells) = c.cells.get(row) else { continue };
        let _ = write!(out, "  {row:>width$}");
        for col in &labels {
            match cells.get(col) {
                Some(n) => {
                    let _ = write!(out, " {n:>width$}");
                }
                None => {
                    let _ = write!(out, " {:>width$}", ".");
                }
            }
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::round3;

    #[test]
    fn rounding_follows_the_reference_scorer() {
        assert_eq!(round3(45.0 / 80.0), 0.562);
        assert_eq!(round3(0.5626), 0.563);
        assert_eq!(round3(2.0 / 3.0), 0.667);
        assert_eq!(round3(1.0), 1.0);
    }
}
