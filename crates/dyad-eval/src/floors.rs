//! Recorded floors: the lowest acceptable figure per suite, so that CI fails when quality drops.
//!
//! The file (`tests/floors.toml`) is a small TOML subset: a `["suite path"]` table per suite (the
//! path as given to `dyad eval` from the repository root) and `figure = number` lines, where the
//! figure is a dotted path into that suite's JSON report (`code.f1`, `exact_share`,
//! `dates.accuracy`). `#` starts a comment. Anything else is an error naming the line.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Floor {
    pub suite: String,
    pub figure: String,
    pub minimum: f64,
    pub line: usize,
}

/// Parses a floors file; errors name their line.
pub fn parse_floors(text: &str) -> Result<Vec<Floor>, String> {
    let mut floors = Vec::new();
    let mut suite: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(header) = line.strip_prefix('[') {
            let name = header.strip_suffix(']').ok_or(format!("line {line_no}: `[` without `]`"))?.trim();
            let name = name.strip_prefix('"').and_then(|n| n.strip_suffix('"')).unwrap_or(name);
            suite = Some(name.to_string());
            continue;
        }
        let (key, value) = line.split_once('=').ok_or(format!("line {line_no}: expected `figure = number`"))?;
        let minimum: f64 = value.trim().parse().map_err(|_| format!("line {line_no}: `{}` is not a number", value.trim()))?;
        let suite = suite.clone().ok_or(format!("line {line_no}: a floor before any `[\"suite\"]` header"))?;
        floors.push(Floor { suite, figure: key.trim().trim_matches('"').to_string(), minimum, line: line_no });
    }
    Ok(floors)
}

/// A figure of a suite report by dotted path (`code.f1`).
pub fn figure(report: &Value, path: &str) -> Option<f64> {
    path.split('.').try_fold(report, |v, key| v.get(key))?.as_f64()
}

/// Floors that `report` (one suite's JSON) does not reach, as messages; a missing figure counts.
pub fn violations(report: &Value, floors: &[Floor]) -> Vec<String> {
    floors
        .iter()
        .filter_map(|f| match figure(report, &f.figure) {
            Some(v) if v + 1e-9 >= f.minimum => None,
            Some(v) => Some(format!("{}: {} = {v:.3} is below its floor {:.3} (floors line {})", f.suite, f.figure, f.minimum, f.line)),
            None => Some(format!("{}: no figure `{}` in the report (floors line {})", f.suite, f.figure, f.line)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floors_parse_and_check() {
        let floors = parse_floors("# c\n[\"a.xml\"]\ncode.f1 = 0.5 # why\nexact_share=0.8\n").unwrap();
        assert_eq!(floors.len(), 2);
        let report = serde_json::json!({"code": {"f1": 0.6}, "exact_share": 0.7});
        let v = violations(&report, &floors);
        assert_eq!(v.len(), 1);
        assert!(v[0].contains("exact_share"));
        assert!(parse_floors("x = 1").is_err());
        assert!(parse_floors("[\"a\"]\nx = y").unwrap_err().contains("line 2"));
    }
}
