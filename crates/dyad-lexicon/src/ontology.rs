//! The CAMEO codebook with QuadClass, Goldstein scores and the PLOVER crosswalk
//! (`lexicons/common/cameo.tsv`).

use crate::LexiconError;
use std::collections::HashMap;

/// What the ontology says about one CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    pub code: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover: Option<String>,
    pub plover_mode: Option<String>,
    pub plover_context: Option<String>,
    pub name: String,
}

#[derive(Debug, Default)]
pub struct Ontology {
    codes: HashMap<String, CodeInfo>,
}

impl Ontology {
    pub fn parse(file: &str, text: &str, errors: &mut Vec<LexiconError>) -> Ontology {
        let mut codes = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let err = |m: &str| LexiconError::new(file, n + 1, m);
            if f.len() != 7 {
                errors.push(err("expected 7 tab-separated columns: code quad goldstein plover_type plover_mode plover_context name"));
                continue;
            }
            let code = f[0].trim();
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                errors.push(err(&format!("bad CAMEO code `{code}`")));
                continue;
            }
            let (Ok(quad), Ok(goldstein)) = (f[1].parse::<u8>(), f[2].parse::<f32>()) else {
                errors.push(err("quad class must be 1-4 and goldstein a number"));
                continue;
            };
            let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
            codes.insert(
                code.to_string(),
                CodeInfo {
                    code: code.to_string(),
                    root: code[..2].to_string(),
                    quad_class: quad,
                    goldstein,
                    plover: opt(f[3]),
                    plover_mode: opt(f[4]),
                    plover_context: opt(f[5]),
                    name: f[6].trim().to_string(),
                },
            );
        }
        Ontology { codes }
    }

    pub fn get(&self, code: &str) -> Option<&CodeInfo> {
        self.codes.get(code)
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// Every code, in no particular order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.codes.keys().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

/// CAMEO's three-letter codes of actors that belong to no country: international organisations
/// and movements, militant groups, companies, media (as the Phoenix dictionaries code them),
/// religions, unidentified states.
const NOT_A_COUNTRY: &[&str] = &[
    "IGO", "NGO", "NGM", "IMG", "MNC", "MED", "UIS", "UNK", "BAH", "BUD", "CHR", "CTH", "DOX", "HIN", "ITH", "JAN", "JEW", "MOS", "PRO",
    "SHI", "SUN", "TAO", "ZRO",
];

/// `code` (three letters) names a country, not one of CAMEO's transnational actor kinds.
pub fn is_country_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) && !NOT_A_COUNTRY.contains(&code)
}
