//! Snapshot of the bundled example articles: any change in what Dyad codes shows up in review.

use dyad_coder::{Coder, Document};
use dyad_lexicon::LexiconBuilder;

fn render(path: &str, date: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
    let text = std::fs::read_to_string(format!("{root}{path}")).expect("example exists");
    let (lexicon, errors) = LexiconBuilder::builtin().build();
    assert!(errors.is_empty());
    let coder = Coder::new(lexicon);
    let doc = Document::new(path, &text).with_date(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date"));
    let code = |a: &Option<dyad_coder::Actor>| a.as_ref().map_or("-".to_string(), |a| a.code.clone());
    coder
        .code(&doc)
        .expect("codes")
        .iter()
        .map(|e| {
            format!(
                "s{} {} -> {} {} `{}` {}",
                e.sentence_id,
                code(&e.source),
                code(&e.target),
                e.event_code,
                e.trigger.text,
                e.date.as_deref().unwrap_or("-")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn italian_example() {
    insta::assert_snapshot!(render("examples/articolo.txt", "2024-05-14"));
}

#[test]
fn english_example() {
    insta::assert_snapshot!(render("examples/article.txt", "2024-05-14"));
}
