//! Recorded floors: the lowest acceptable figure per suite, so that CI fails when quality drops.
//!
//! The file (`tests/floors.toml`, read with the `toml` crate) has a `["suite path"]` table per
//! suite (the path as given to `dyad eval` from the repository root) holding `figure = number`
//! keys, where the figure is a dotted path into that suite's JSON report (`code.f1`,
//! `exact_share`, `dates.accuracy`). Anything else is an error that says where.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Floor {
    pub suite: String,
    pub figure: String,
    pub minimum: f64,
}

/// Parses a floors file; a TOML error names its line and column.
pub fn parse_floors(text: &str) -> Result<Vec<Floor>, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let mut floors = Vec::new();
    for (suite, value) in table {
        let toml::Value::Table(figures) = value else {
            return Err(format!("`{suite}` is not a `[\"suite\"]` table of floors"));
        };
        collect(&suite, "", &figures, &mut floors)?;
    }
    Ok(floors)
}

/// `code.f1 = 0.5` is a nested table in TOML: flattened back into the dotted figure path.
fn collect(suite: &str, prefix: &str, table: &toml::Table, out: &mut Vec<Floor>) -> Result<(), String> {
    for (key, value) in table {
        let figure = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        match value {
            toml::Value::Table(inner) => collect(suite, &figure, inner, out)?,
            toml::Value::Float(x) => out.push(Floor { suite: suite.to_string(), figure, minimum: *x }),
            toml::Value::Integer(x) => out.push(Floor { suite: suite.to_string(), figure, minimum: *x as f64 }),
            other => return Err(format!("[\"{suite}\"] {figure}: `{other}` is not a number")),
        }
    }
    Ok(())
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
            Some(v) => Some(format!("{}: {} = {v:.3} is below its floor {:.3}", f.suite, f.figure, f.minimum)),
            None => Some(format!("{}: no figure `{}` in the report", f.suite, f.figure)),
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
        assert!(parse_floors("[\"a\"]\nx = \"y\"").unwrap_err().contains("not a number"));
    }
}
