//! `dyad check-lexicon`: load every lexicon file, report problems with file:line, and count.

use crate::{load_lexicon, LexiconArgs, Outcome};

pub fn run(args: &LexiconArgs) -> Outcome {
    let (lexicon, problems) = load_lexicon(args);
    for lang in lexicon.languages() {
        if let Some(l) = lexicon.language(lang) {
            println!("{lang}: {} event patterns, {} actor names, {} function words", l.events.len(), l.actors.len(), l.words.len());
        }
    }
    println!("ontology: {} CAMEO codes", lexicon.ontology.len());
    if problems > 0 {
        Outcome::Problems
    } else {
        Outcome::Done
    }
}
