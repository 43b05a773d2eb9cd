//! A rejected request names two events: "Berlin rejected Warsaw's request for Patriot missiles"
//! codes the rejection (DEU -> POL 1222) and, since the request is an argument of the main
//! predicate that names its author (CODING-CONVENTIONS 1), Warsaw's appeal (POL -> DEU 0232).
//! So does a denied accusation: "Serbia rejected Croatia's accusations" codes the denial
//! (SRB -> HRV 016) and Croatia's accusation (HRV -> SRB 112).

use crate::actors::Mention;
use crate::analysis::{Candidate, SentenceView, Verdict};
use crate::pairs::Pair;
use dyad_lexicon::{Ontology, WordClass};

/// How far past the rejection's words its object noun may stand ("rejected on Monday a request").
const OBJECT_REACH: usize = 4;

/// Adds, after each kept rejection (CAMEO 12) whose target authored the request or demand it
/// rejects, that appeal (02) or demand (10), and after each kept denial (016) whose target
/// authored the accusation it denies, that accusation (112): the answer's events with their
/// sides swapped, the actors as the answer resolved them.
pub(crate) fn answered_requests(view: &SentenceView, mentions: &[Mention], ontology: &Ontology, candidates: &mut Vec<Candidate>) {
    let mut k = 0;
    while k < candidates.len() {
        let derived = candidates
            .get(k)
            .filter(|c| c.verdict == Verdict::Kept)
            .and_then(|c| the_request(view, mentions, ontology, c).or_else(|| the_accusation(view, mentions, c)));
        if let Some(request) = derived {
            candidates.insert(k + 1, request);
            k += 1;
        }
        k += 1;
    }
}

fn the_request(view: &SentenceView, mentions: &[Mention], ontology: &Ontology, rejection: &Candidate) -> Option<Candidate> {
    let pairs: Vec<Pair> =
        rejection.pairs.iter().filter_map(|p| p.target.clone().map(|t| Pair { source: t, target: Some(p.source.clone()) })).collect();
    if !rejection.code.starts_with("12") || pairs.is_empty() || rejection.reciprocal {
        return None;
    }
    let end = (rejection.end + OBJECT_REACH).min(view.norms.len());
    let (noun, demand) = (rejection.start + 1..end).find_map(|i| {
        if view.is(i, WordClass::DemandNoun) {
            Some((i, true))
        } else {
            view.is(i, WordClass::PetitionNoun).then_some((i, false))
        }
    })?;
    let authored = rejection.targets.iter().filter_map(|&t| mentions.get(t)).any(|t| is_author(view, t, noun));
    if !authored {
        return None;
    }
    let code = request_code(&rejection.code, demand, ontology)?;
    let mut notes = vec![format!("role:answered-request:{}", view.norms[noun])];
    notes.extend(rejection.notes.iter().filter(|n| n.starts_with("intent:") || n.starts_with("threat:")).cloned());
    Some(swapped(rejection, noun, code, pairs, notes))
}

/// "rejected Croatia's accusations", "wies die Vorwürfe Kroatiens zurück", "respinto le accuse
/// della Croazia": the accusation a denial names with its author.
fn the_accusation(view: &SentenceView, mentions: &[Mention], denial: &Candidate) -> Option<Candidate> {
    let pairs: Vec<Pair> =
        denial.pairs.iter().filter_map(|p| p.target.clone().map(|t| Pair { source: t, target: Some(p.source.clone()) })).collect();
    if !denial.code.starts_with("016") || pairs.is_empty() || denial.reciprocal {
        return None;
    }
    let end = (denial.end + OBJECT_REACH).min(view.norms.len());
    let noun = (denial.start + 1..end).find(|&i| view.is(i, WordClass::AccusationNoun))?;
    if !denial.targets.iter().filter_map(|&t| mentions.get(t)).any(|t| is_author(view, t, noun)) {
        return None;
    }
    let notes = vec![format!("role:denied-accusation:{}", view.norms[noun])];
    Some(swapped(denial, noun, "112".into(), pairs, notes))
}

/// The event an answer names at `noun`, coded `code`, done by the answer's target to its source.
fn swapped(answer: &Candidate, noun: usize, code: String, pairs: Vec<Pair>, notes: Vec<String>) -> Candidate {
    let mut entry = answer.entry.clone();
    entry.code = code.clone();
    entry.noun = true;
    Candidate {
        start: noun,
        end: noun + 1,
        entry,
        code,
        sources: answer.targets.clone(),
        targets: answer.sources.clone(),
        reciprocal: false,
        notes,
        verdict: Verdict::Kept,
        clause: answer.clause.clone(),
        not_its_clause: answer.not_its_clause.clone(),
        warned_by: None,
        pairs,
        reported_by: None,
        negations_of_the_pattern: Vec::new(),
        date: answer.date.clone(),
    }
}

/// "Warsaw's request", "a U.S. request", "the request of/by Warsaw", "la richiesta italiana",
/// "die Forderung Washingtons": the actor right before the noun (a possessive between) or right
/// after it (prepositions and articles between).
fn is_author(view: &SentenceView, actor: &Mention, noun: usize) -> bool {
    let before = actor.end == noun || (actor.end + 1 == noun && view.is(actor.end, WordClass::Possessive));
    let after = actor.start > noun
        && actor.start <= noun + 3
        && (noun + 1..actor.start)
            .all(|i| view.is(i, WordClass::Preposition) || view.is(i, WordClass::Article) || view.is(i, WordClass::AgentPrep));
    before || after
}

/// The appeal (02) or demand (10) code that a rejection code (12) answers: CAMEO numbers the
/// three families in parallel ("1222 reject request for military aid" answers "0232 appeal for
/// military aid" or "1032 demand military aid"). None for defiance and vetoes, which answer no
/// request, or a code the ontology lacks.
fn request_code(rejection: &str, demand: bool, ontology: &Ontology) -> Option<String> {
    let family = if demand { "10" } else { "02" };
    let (sub, rest) = match rejection.get(2..3)? {
        "0" => ("0", ""),
        "1" => ("1", rejection.get(3..).unwrap_or("")),
        "2" => ("3", rejection.get(3..).unwrap_or("")),
        "3" => ("4", rejection.get(3..).unwrap_or("")),
        "4" => ("5", rejection.get(3..).unwrap_or("")),
        "5" => ("6", ""),
        "6" => ("8", ""),
        "7" => ("7", ""),
        _ => return None,
    };
    let full = format!("{family}{sub}{rest}");
    let short = format!("{family}{sub}");
    [full, short].into_iter().find(|c| ontology.get(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ontology() -> Ontology {
        let (lexicon, _) = dyad_lexicon::LexiconBuilder::builtin().build();
        lexicon.ontology
    }

    #[test]
    fn rejections_answer_the_parallel_appeal_or_demand() {
        let o = ontology();
        assert_eq!(request_code("1222", false, &o).as_deref(), Some("0232"));
        assert_eq!(request_code("1222", true, &o).as_deref(), Some("1032"));
        assert_eq!(request_code("1246", true, &o).as_deref(), Some("1056"));
        assert_eq!(request_code("125", false, &o).as_deref(), Some("026"));
        assert_eq!(request_code("126", true, &o).as_deref(), Some("108"));
        assert_eq!(request_code("120", false, &o).as_deref(), Some("020"));
        assert_eq!(request_code("129", false, &o), None);
    }
}
