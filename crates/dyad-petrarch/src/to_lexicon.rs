//! PETRARCH actors and agents as Dyad lexicon entries, for coding with Dyad's own coder when no
//! PETRARCH verb dictionary is given (`dyad code --petrarch Phoenix.Countries.actors.txt ...`).
//!
//! The files go through the same conversion as `dyad import-petrarch` ([`crate::import`]): the
//! generated lexicon text is loaded by Dyad's lexicon loader, so an entry's id names both the
//! generated line and the dictionary line (`common/people_x.txt:9 (x.txt:3)`), and everything
//! the conversion cannot express is reported with the dictionary's file:line.
//!
//! Each kind given replaces Dyad's English entries of that kind: with actor files, Dyad's
//! countries, organisations and people are dropped; with agent files, Dyad's agents. Discard,
//! preposition and issue files apply only with the PETRARCH coder or not at all: reported.

use crate::dict::{Dictionaries, Kind};
use crate::import::{self, Options};
use crate::Problem;
use dyad_lexicon::{ActorKind, Lexicon, LexiconBuilder, PatternSet};

/// The language PETRARCH dictionaries are written in.
pub const LANGUAGE: &str = "en";

/// Replaces the English actor entries of the kinds given in `dicts` (see the module doc).
/// Returns the number of entries added.
pub fn apply(dicts: &Dictionaries, lexicon: &mut Lexicon, problems: &mut Vec<Problem>) -> usize {
    let has_actors = dicts.kinds.contains(&Kind::Actors);
    let has_agents = dicts.kinds.contains(&Kind::Agents);
    for (file, kind) in dicts.files.iter().zip(&dicts.file_kinds) {
        if *kind == Kind::Discards {
            problems.push(Problem {
                file: file.clone(),
                line: 0,
                message: "discards apply only with a PETRARCH verb dictionary (the PETRARCH coder): ignored by Dyad's coder".into(),
            });
        }
    }
    if !has_actors && !has_agents && dicts.agents.is_empty() {
        return 0;
    }
    let (common_words, _) = import::lexicon_words(lexicon, LANGUAGE);
    let options = Options { common_words, skip_outputs: vec!["events".into()], ..Default::default() };
    let (files, report) = import::convert(dicts, &options);
    problems.extend(report.problems);
    // The generated text, loaded by Dyad's own loader (an empty English file makes sure the
    // language exists when only `common/` files were generated).
    let mut builder = LexiconBuilder::empty();
    builder.add_text(&format!("{LANGUAGE}/grammar_petrarch.txt"), "");
    for f in &files {
        builder.add_text(&f.path, &f.text);
    }
    let (mut loaded, errors) = builder.build();
    for e in errors.iter().filter(|e| !e.message.contains("ontology is missing")) {
        problems.push(Problem { file: e.file.clone(), line: e.line, message: format!("converted entry: {}", e.message) });
    }
    let converted = loaded.replace_actors(LANGUAGE, PatternSet::default());
    let old = lexicon.replace_actors(LANGUAGE, PatternSet::default());
    let mut set = PatternSet::default();
    // Dyad's entries of the kinds not given stay.
    for (pattern, entry) in old.iter() {
        let agent = matches!(entry.kind, ActorKind::Agent(_));
        if (agent && !has_agents) || (!agent && !has_actors) {
            set.push(pattern.clone(), entry.clone());
        }
    }
    let mut added = 0;
    // CLDR names come with every built lexicon: they are Dyad's, not the dictionaries'.
    for (pattern, entry) in converted.iter().filter(|(_, e)| !e.id.starts_with("cldr:")) {
        set.push(pattern.clone(), entry.clone());
        added += 1;
    }
    lexicon.replace_actors(LANGUAGE, set);
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_coder::{Coder, Document};
    use dyad_lexicon::ActorEntry;

    /// Small made-up dictionaries in PETRARCH's formats.
    const ACTORS: &str = "NORLAND_ [NRL]\n+NORLANDIC\nSUDMARK [SDM]\nOLD_KING\n\t[NRLGOV 900101-991231]\n\t[NRLELI > 000101]\nTWINS [AAA/BBB]\nNOBODY [---]\nARDA_COUNCIL [IGOARD]\n";
    const AGENTS: &str = "MINISTER [~GOV]\nAID_GROUP {} [NGO~]\n";

    fn dictionaries(files: &[(&str, &str)]) -> (Dictionaries, Vec<Problem>) {
        let mut d = Dictionaries::default();
        let mut problems = Vec::new();
        for (name, text) in files {
            d.add_file(name, text, &mut problems);
        }
        (d, problems)
    }

    fn entries(lexicon: &Lexicon) -> Vec<ActorEntry> {
        lexicon.language(LANGUAGE).map(|l| l.actors.iter().map(|(_, e)| e.clone()).collect()).unwrap_or_default()
    }

    #[test]
    fn actors_and_agents_become_lexicon_entries() {
        let (mut lexicon, errors) = dyad_lexicon::LexiconBuilder::builtin().build();
        assert!(errors.is_empty());
        let (d, mut problems) = dictionaries(&[("a.txt", ACTORS), ("g.txt", AGENTS), ("d.txt", "CROSSWORD\n")]);
        assert!(problems.is_empty(), "{problems:?}");
        apply(&d, &mut lexicon, &mut problems);
        let all = entries(&lexicon);
        let kind_of = |name: &str| all.iter().find(|e| e.name == name).map(|e| e.kind.clone());
        assert_eq!(kind_of("NRL"), Some(ActorKind::Country("NRL".into())));
        assert_eq!(kind_of("Arda Council"), Some(ActorKind::Organisation("IGOARD".into())));
        assert_eq!(kind_of("GOV"), Some(ActorKind::Agent("GOV".into())));
        assert_eq!(kind_of("Nobody"), None, "a null code names no actor");
        let Some(ActorKind::Person(roles)) = kind_of("Old King") else { panic!("not a person: {:?}", kind_of("Old King")) };
        assert_eq!(roles.len(), 2);
        assert!(roles[0].covers(chrono::NaiveDate::from_ymd_opt(1995, 1, 1).unwrap()) && roles[0].code == "NRLGOV");
        assert!(roles[1].covers(chrono::NaiveDate::from_ymd_opt(2005, 1, 1).unwrap()) && roles[1].code == "NRLELI");
        // both kinds were given: none of Dyad's own countries, organisations, people or agents remain
        // every entry names the generated line and the dictionary line
        assert!(all.iter().all(|e| e.id.ends_with(')') && (e.id.contains(" (a.txt:") || e.id.contains(" (g.txt:"))), "Dyad entries left");
        assert!(all.iter().any(|e| e.id.starts_with("common/people_a.txt:") && e.id.ends_with(" (a.txt:4)")), "{all:?}");
        let shown: Vec<String> = problems.iter().map(Problem::to_string).collect();
        assert_eq!(shown.len(), 4, "{shown:?}");
        assert!(shown[0].starts_with("d.txt:0:") && shown[0].contains("discards"), "{shown:?}");
        assert!(shown[1].starts_with("a.txt:7:") && shown[1].contains("AAA/BBB"), "{shown:?}");
        assert!(shown[2].starts_with("a.txt:8:") && shown[2].contains("null code"), "{shown:?}");
        assert!(shown[3].starts_with("g.txt:2:") && shown[3].contains("NGO~"), "{shown:?}");
    }

    #[test]
    fn actor_files_alone_keep_dyad_agents_and_events() {
        let (mut lexicon, _) = dyad_lexicon::LexiconBuilder::builtin().build();
        let (d, mut problems) = dictionaries(&[("a.txt", ACTORS)]);
        apply(&d, &mut lexicon, &mut problems);
        assert!(problems.iter().all(|p| p.message.contains("AAA/BBB") || p.message.contains("null code")), "{problems:?}");
        let coder = Coder::new(lexicon);
        let code = |text: &str, date: (i32, u32, u32)| -> Vec<String> {
            let doc =
                Document::new("t", text).with_language("en").with_date(chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap());
            coder
                .code(&doc)
                .unwrap_or_default()
                .iter()
                .map(|e| {
                    format!("{} {} {}", e.source.as_ref().map_or("", |a| &a.code), e.target.as_ref().map_or("", |a| &a.code), e.root_code)
                })
                .collect()
        };
        // Dyad's English event lexicon and agents, PETRARCH's actors
        assert_eq!(code("The Norland government condemned Sudmark.", (2020, 1, 1)), ["NRLGOV SDM 11"]);
        assert_eq!(code("Old King condemned Sudmark.", (1995, 1, 1)), ["NRLGOV SDM 11"]);
        assert_eq!(code("Old King condemned Sudmark.", (2005, 1, 1)), ["NRLELI SDM 11"]);
        // Dyad's own countries are replaced
        assert!(code("Russia condemned Ukraine.", (2020, 1, 1)).is_empty());
    }

    #[test]
    fn load_chooses_the_coder_by_the_kinds_given() {
        let dir = std::env::temp_dir().join(format!("dyad-petrarch-load-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let actors = dir.join("actors.txt");
        let verbs = dir.join("verbs.txt");
        std::fs::write(&actors, ACTORS).unwrap();
        std::fs::write(&verbs, "--- CONDEMN [111] ---\nCONDEMN {CONDEMNED}\n").unwrap();
        let (loaded, _) = crate::load(std::slice::from_ref(&actors), Lexicon::default());
        assert!(matches!(loaded, crate::Loaded::Dyad(_)));
        let (loaded, problems) = crate::load(&[verbs, actors, dir.join("missing.txt")], Lexicon::default());
        assert!(matches!(loaded, crate::Loaded::Petrarch(_)));
        assert!(problems.iter().any(|p| p.file.ends_with("missing.txt")), "{problems:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
