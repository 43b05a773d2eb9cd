//! PETRARCH actors and agents as Dyad lexicon entries, for coding with Dyad's own coder when no
//! PETRARCH verb dictionary is given (`dyad code --petrarch Phoenix.Countries.actors.txt ...`).
//!
//! Each kind given replaces Dyad's English entries of that kind: with actor files, Dyad's
//! countries, organisations and people are dropped; with agent files, Dyad's agents. Conversion:
//! - an actor with a dated code (`[USAGOV 450703-470121]`, `[HOB < 950601]`) is a
//!   [`ActorKind::Person`] whose roles are its codes (dated ones first; an undated code is a role
//!   without dates, the fallback PETRARCH uses);
//! - an undated three-letter code (`[ARN]`) is a [`ActorKind::Country`], so that it composes with
//!   agents (`Arnor government` -> `ARNGOV`); a longer one (`[USAGOV]`, `[IGOUNO]`) is an
//!   [`ActorKind::Organisation`] (a full code);
//! - a null code (`[---]`) names no actor: the entry is left out;
//! - an agent (`[~GOV]`) is an [`ActorKind::Agent`].
//!
//! What Dyad's coder cannot express is reported per entry with file:line: several codes for one
//! name (`[A/B]`: the first is used) and prefix agents (`[NGO~]`: composed after the country).
//! Discard files apply only with the PETRARCH coder; without a verb dictionary they are reported
//! as ignored.

use crate::dict::{Dictionaries, Kind, Phrase, Word};
use crate::Problem;
use dyad_lexicon::{ActorEntry, ActorKind, Lexicon, Matcher, Pattern, PatternSet, Role};

/// The language PETRARCH dictionaries are written in.
pub const LANGUAGE: &str = "en";

fn pattern_of(phrase: &Phrase) -> Option<Pattern> {
    if phrase.is_empty() {
        return None;
    }
    let matchers = phrase
        .iter()
        .map(|w| match w {
            Word::Exact(t) => Matcher::Word(t.clone()),
            Word::Stem(t) => Matcher::Prefix(t.clone()),
        })
        .collect();
    Some(Pattern { matchers })
}

fn is_null(code: &str) -> bool {
    code.chars().all(|c| c == '-' || c == '+' || c == '#')
}

fn problem_at(id: &str, message: String) -> Problem {
    let (file, line) = match id.rsplit_once(':') {
        Some((f, l)) => (f.to_string(), l.parse().unwrap_or(0)),
        None => (id.to_string(), 0),
    };
    Problem { file, line, message }
}

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
    for def in &dicts.actors {
        let codes: Vec<_> = def.codes.iter().filter(|c| c.codes.iter().any(|k| !is_null(k))).collect();
        if codes.is_empty() {
            continue;
        }
        if codes.iter().any(|c| c.codes.len() > 1) {
            problems.push(problem_at(
                &def.id,
                format!(
                    "`[{}]` names several actors; Dyad's coder gives a name one code: `{}` used",
                    codes.iter().find(|c| c.codes.len() > 1).map(|c| c.codes.join("/")).unwrap_or_default(),
                    codes[0].codes[0]
                ),
            ));
        }
        let first = |c: &crate::dict::DatedCode| c.codes.iter().find(|k| !is_null(k)).cloned().unwrap_or_default();
        let kind = if codes.iter().any(|c| c.dated()) {
            let mut roles: Vec<Role> =
                codes.iter().filter(|c| c.dated()).map(|c| Role { code: first(c), from: c.from, to: c.to }).collect();
            roles.extend(codes.iter().filter(|c| !c.dated()).map(|c| Role { code: first(c), from: None, to: None }));
            ActorKind::Person(roles)
        } else {
            let code = first(codes[0]);
            if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) && code != "IGO" && code != "NGO" {
                ActorKind::Country(code)
            } else {
                ActorKind::Organisation(code)
            }
        };
        let name = def.phrases.first().map(|p| p.iter().map(Word::text).collect::<Vec<_>>().join(" ")).unwrap_or_default();
        for phrase in &def.phrases {
            if let Some(pattern) = pattern_of(phrase) {
                let entry = ActorEntry { kind: kind.clone(), name: name.clone(), demonym: false, place: false, id: def.id.clone() };
                set.push(pattern, entry);
                added += 1;
            }
        }
    }
    let mut reported_prefix = std::collections::HashSet::new();
    for agent in &dicts.agents {
        if agent.prefix && reported_prefix.insert(agent.id.clone()) {
            problems.push(problem_at(
                &agent.id,
                format!("prefix agent `[{}~]`: Dyad's coder composes agents after the country (`XXX{}`)", agent.code, agent.code),
            ));
        }
        if let Some(pattern) = pattern_of(&agent.phrase) {
            let name = agent.phrase.iter().map(Word::text).collect::<Vec<_>>().join(" ");
            let entry = ActorEntry { kind: ActorKind::Agent(agent.code.clone()), name, demonym: false, place: false, id: agent.id.clone() };
            set.push(pattern, entry);
            added += 1;
        }
    }
    lexicon.replace_actors(LANGUAGE, set);
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_coder::{Coder, Document};

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
        assert_eq!(kind_of("norland"), Some(ActorKind::Country("NRL".into())));
        assert_eq!(kind_of("arda council"), Some(ActorKind::Organisation("IGOARD".into())));
        assert_eq!(kind_of("minister"), Some(ActorKind::Agent("GOV".into())));
        assert_eq!(kind_of("nobody"), None, "a null code names no actor");
        let Some(ActorKind::Person(roles)) = kind_of("old king") else { panic!("not a person: {:?}", kind_of("old king")) };
        assert_eq!(roles.len(), 2);
        assert!(roles[0].covers(chrono::NaiveDate::from_ymd_opt(1995, 1, 1).unwrap()) && roles[0].code == "NRLGOV");
        assert!(roles[1].covers(chrono::NaiveDate::from_ymd_opt(2005, 1, 1).unwrap()) && roles[1].code == "NRLELI");
        // both kinds were given: none of Dyad's own countries, organisations, people or agents remain
        assert!(all.iter().all(|e| e.id.starts_with("a.txt:") || e.id.starts_with("g.txt:")), "Dyad entries left");
        let shown: Vec<String> = problems.iter().map(Problem::to_string).collect();
        assert_eq!(shown.len(), 3, "{shown:?}");
        assert!(shown[0].starts_with("d.txt:0:") && shown[0].contains("discards"), "{shown:?}");
        assert!(shown[1].starts_with("a.txt:7:") && shown[1].contains("AAA/BBB"), "{shown:?}");
        assert!(shown[2].starts_with("g.txt:2:") && shown[2].contains("NGO~"), "{shown:?}");
    }

    #[test]
    fn actor_files_alone_keep_dyad_agents_and_events() {
        let (mut lexicon, _) = dyad_lexicon::LexiconBuilder::builtin().build();
        let (d, mut problems) = dictionaries(&[("a.txt", ACTORS)]);
        apply(&d, &mut lexicon, &mut problems);
        assert!(problems.iter().all(|p| p.message.contains("AAA/BBB")), "{problems:?}");
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
