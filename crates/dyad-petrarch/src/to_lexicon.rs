//! PETRARCH dictionaries in Dyad's own coder (`dyad code --petrarch CAMEO.2.0.txt Phoenix.*.txt`).
//!
//! The files go through the conversion of `dyad import-petrarch` ([`crate::import`]) and the
//! generated files are layered over the lexicon being built, as a user's `--lexicon DIR` is: a
//! converted entry (it carries its origin) loses to Dyad's own where both match the same words,
//! and a generated file named like a built-in one (Dyad's own import of the Phoenix actors)
//! stands in for it. An entry's id names both the generated line and the dictionary line
//! (`common/people_x.txt:9 (x.txt:3)`), and what the conversion cannot express is counted by
//! reason ([`Report`]).
//!
//! Verb entries follow the policy measured for Dyad's built-in import (lexicons/NOTICE): only
//! patterns with literal words, and only for verbs Dyad's event lexicon does not handle
//! (`--literal-only --defer-to-dyad`). Every broader policy lowered precision on the English
//! tuning sets (all verb entries: dyad F1 .739 -> .654 on the wire set, .680 -> .567 on the news
//! set) and none found an event Dyad's own entries missed. A user who wants another policy runs
//! `dyad import-petrarch` with its flags and passes `--lexicon DIR`.
//!
//! Discard, preposition and issue files have no counterpart in Dyad's coder: reported.

use crate::dict::{Dictionaries, Kind};
use crate::import::{self, Options, Report};
use crate::Problem;
use dyad_lexicon::LexiconBuilder;

/// The language PETRARCH dictionaries are written in.
pub const LANGUAGE: &str = "en";

/// Converts `dicts` and layers the generated files over `builder` (see the module doc). The
/// converter consults what `builder` builds to (Dyad's words, verbs and actors). Returns what
/// was imported and left out, by reason.
pub fn layer(dicts: &Dictionaries, builder: &mut LexiconBuilder, problems: &mut Vec<Problem>) -> Report {
    for (file, kind) in dicts.files.iter().zip(&dicts.file_kinds) {
        if *kind == Kind::Discards {
            problems.push(Problem {
                file: file.clone(),
                line: 0,
                message: "discards apply only with the PETRARCH coder (`--petrarch-coder`): not used by Dyad's coder".into(),
            });
        }
    }
    let (knowledge, _) = builder.clone().build();
    let options = Options { literal_only: true, defer_to_dyad: true, ..Options::knowing(&knowledge) };
    let (files, report) = import::convert(dicts, &options);
    for f in &files {
        builder.replace_text(&f.path, &f.text);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_coder::{Coder, Document};
    use dyad_lexicon::{ActorEntry, ActorKind, Lexicon};

    /// Small made-up dictionaries in PETRARCH's formats.
    const ACTORS: &str = "NORLAND_ [NRL]\n+NORLANDIC\nSUDMARK [SDM]\nOLD_KING\n\t[NRLGOV 900101-991231]\n\t[NRLELI > 000101]\nTWINS [AAA/BBB]\nNOBODY [---]\nARDA_COUNCIL [IGOARD]\n";
    const AGENTS: &str = "MINISTER [~GOV]\nAID_GROUP {} [NGO~]\n";
    /// A verb Dyad's English lexicon does not know, with a literal pattern, and a bare verb.
    const VERBS: &str = "--- BEFRIEND [051] ---\nBEFRIEND {BEFRIENDED}\n- * + WARMLY [051]\n--- CONDEMN [111] ---\nCONDEMN {CONDEMNED}\n";

    fn dictionaries(files: &[(&str, &str)]) -> (Dictionaries, Vec<Problem>) {
        let mut d = Dictionaries::default();
        let mut problems = Vec::new();
        for (name, text) in files {
            d.add_file(name, text, &mut problems);
        }
        (d, problems)
    }

    fn layered(files: &[(&str, &str)]) -> (Lexicon, Report, Vec<Problem>) {
        let (d, mut problems) = dictionaries(files);
        let mut builder = LexiconBuilder::builtin();
        let report = layer(&d, &mut builder, &mut problems);
        let (lexicon, errors) = builder.build();
        assert!(errors.is_empty(), "{errors:?}");
        (lexicon, report, problems)
    }

    fn entries(lexicon: &Lexicon) -> Vec<ActorEntry> {
        lexicon.language(LANGUAGE).map(|l| l.actors.iter().map(|(_, e)| e.clone()).collect()).unwrap_or_default()
    }

    fn code(lexicon: Lexicon, texts: &[(&str, (i32, u32, u32))]) -> Vec<Vec<String>> {
        let coder = Coder::new(lexicon);
        texts
            .iter()
            .map(|(text, (y, m, d))| {
                let doc = Document::new("t", text).with_language("en").with_date(chrono::NaiveDate::from_ymd_opt(*y, *m, *d).unwrap());
                coder
                    .code(&doc)
                    .unwrap_or_default()
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {} {}",
                            e.source.as_ref().map_or("", |a| &a.code),
                            e.target.as_ref().map_or("", |a| &a.code),
                            e.event_code
                        )
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn actors_and_agents_become_lexicon_entries_beside_dyads() {
        let (lexicon, report, problems) = layered(&[("a.txt", ACTORS), ("g.txt", AGENTS), ("d.txt", "CROSSWORD\n")]);
        let all = entries(&lexicon);
        let kind_of = |name: &str| all.iter().find(|e| e.name == name).map(|e| e.kind.clone());
        assert_eq!(kind_of("NRL"), Some(ActorKind::Country("NRL".into())));
        assert_eq!(kind_of("Arda Council"), Some(ActorKind::Organisation("IGOARD".into())));
        assert_eq!(kind_of("Nobody"), None, "a null code names no actor");
        let Some(ActorKind::Person(roles)) = kind_of("Old King") else { panic!("not a person: {:?}", kind_of("Old King")) };
        assert_eq!(roles.len(), 2);
        assert!(roles[0].covers(chrono::NaiveDate::from_ymd_opt(1995, 1, 1).unwrap()) && roles[0].code == "NRLGOV");
        assert!(roles[1].covers(chrono::NaiveDate::from_ymd_opt(2005, 1, 1).unwrap()) && roles[1].code == "NRLELI");
        // the converted entries name the generated line and the dictionary line; Dyad's stay
        assert!(all.iter().any(|e| e.id.starts_with("common/people_a.txt:") && e.id.ends_with(" (a.txt:4)")), "converted people");
        assert!(all.iter().any(|e| e.id.starts_with("en/agents_g.txt:") && e.id.ends_with(" (g.txt:1)")), "converted agents");
        assert!(all.iter().any(|e| e.id.starts_with("en/countries.txt:")), "Dyad's own countries stay");
        assert_eq!(report.imported.get("people"), Some(&1));
        let shown: Vec<String> = problems.iter().map(Problem::to_string).collect();
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert!(shown[0].starts_with("d.txt:0:") && shown[0].contains("discards"), "{shown:?}");
        let skipped: Vec<String> = report.problems.iter().map(Problem::to_string).collect();
        assert!(skipped.iter().any(|p| p.starts_with("a.txt:7:") && p.contains("AAA/BBB")), "{skipped:?}");
        assert!(skipped.iter().any(|p| p.starts_with("a.txt:8:") && p.contains("null code")), "{skipped:?}");
        assert!(skipped.iter().any(|p| p.starts_with("g.txt:2:") && p.contains("NGO~")), "{skipped:?}");
    }

    #[test]
    fn dictionaries_add_to_dyads_knowledge_and_lose_where_both_know() {
        let (lexicon, report, _) = layered(&[("a.txt", ACTORS), ("v.txt", VERBS)]);
        // a verb Dyad does not know comes in by its literal pattern; the bare verb and the verb
        // Dyad knows do not
        assert_eq!(report.imported.get("verb patterns"), Some(&1), "{}", report.summary());
        assert!(report.summary().contains("--literal-only"), "{}", report.summary());
        let coded = code(
            lexicon,
            &[
                ("The Norland government condemned Sudmark.", (2020, 1, 1)),
                ("Old King condemned Sudmark.", (1995, 1, 1)),
                ("Old King condemned Sudmark.", (2005, 1, 1)),
                ("Russia condemned Ukraine.", (2020, 1, 1)),
                ("Norland befriended Sudmark warmly.", (2020, 1, 1)),
            ],
        );
        assert_eq!(coded[0], ["NRLGOV SDM 111"], "Dyad's events and agents, the dictionaries' countries");
        assert_eq!(coded[1], ["NRLGOV SDM 111"]);
        assert_eq!(coded[2], ["NRLELI SDM 111"]);
        assert_eq!(coded[3], ["RUS UKR 111"], "Dyad's own countries stay");
        assert_eq!(coded[4], ["NRL SDM 051"], "the imported pattern codes");
    }

    #[test]
    fn load_chooses_the_coder_by_the_engine_asked_for() {
        let dir = std::env::temp_dir().join(format!("dyad-petrarch-load-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let actors = dir.join("actors.txt");
        let verbs = dir.join("verbs.txt");
        std::fs::write(&actors, ACTORS).unwrap();
        std::fs::write(&verbs, VERBS).unwrap();
        let both = [verbs, actors.clone(), dir.join("missing.txt")];
        let loading = crate::load(&both, LexiconBuilder::builtin(), crate::Engine::Dyad);
        assert!(matches!(loading.loaded, crate::Loaded::Dyad(_)));
        assert!(loading.imported.is_some());
        assert!(loading.problems.iter().any(|p| p.file.ends_with("missing.txt")), "{:?}", loading.problems);
        let loading = crate::load(&both, LexiconBuilder::builtin(), crate::Engine::Petrarch);
        assert!(matches!(loading.loaded, crate::Loaded::Petrarch(_)));
        // without a verb dictionary the PETRARCH coder could code nothing
        let loading = crate::load(std::slice::from_ref(&actors), LexiconBuilder::builtin(), crate::Engine::Petrarch);
        assert!(matches!(loading.loaded, crate::Loaded::Dyad(_)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
