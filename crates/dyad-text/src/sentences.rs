use crate::tokens::{Token, TokenKind};
use std::collections::HashSet;

/// A sentence: a run of tokens, never crossing a paragraph break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Token indices `[first, last)` into the document's token list.
    pub tokens: std::ops::Range<usize>,
    /// Character offsets `[start, end)` into the document text.
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph the sentence belongs to.
    pub paragraph: usize,
}

pub use dyad_core::LineBreaks;

/// Lines longer than this are paragraphs, never wrapped lines.
pub const WRAPPED_LINE_MAX: usize = 100;

/// Sentences longer than this many tokens are cut into pieces of this length: no sentence of
/// news is that long, and the analysis of one sentence is not linear in its length.
pub const MAX_SENTENCE_TOKENS: usize = 200;

fn is_terminal(norm: &str) -> bool {
    matches!(norm, "." | "!" | "?" | "…")
}

fn is_closing(norm: &str) -> bool {
    matches!(norm, "\"" | "”" | "»" | "’" | "'" | ")" | "]")
}

/// For each token, whether a paragraph break (not a soft line break) precedes it.
fn paragraph_breaks(tokens: &[Token], lines: LineBreaks) -> Vec<bool> {
    // Line lengths in characters, from the first to the last token of each line.
    let mut line_lengths = Vec::new();
    let mut line_start = 0usize;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && t.newline_before {
            line_lengths.push(tokens[i - 1].end - tokens[line_start].start);
            line_start = i;
        }
    }
    if let Some(last) = tokens.last() {
        line_lengths.push(last.end - tokens[line_start].start);
    }
    let longest = line_lengths.iter().copied().max().unwrap_or(0);
    let full = |len: usize| len * 10 >= longest * 6;
    // Wrapped at a column: short lines (a paragraph's last, a heading) are the exception. Page
    // text with one short line per menu item or paragraph is not wrapped text.
    let wrapped = longest <= WRAPPED_LINE_MAX && line_lengths.iter().filter(|&&l| full(l)).count() * 3 >= line_lengths.len() * 2;
    let mut line = 0;
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if i == 0 || !t.newline_before {
                return false;
            }
            let before = line_lengths[line];
            line += 1;
            let ends_a_sentence =
                tokens[..i].iter().rev().find(|p| !is_closing(&p.norm)).is_some_and(|p| is_terminal(&p.norm) || p.norm == ":");
            let soft = lines == LineBreaks::Paragraphs && !t.blank_line_before && !ends_a_sentence && wrapped && full(before);
            !soft
        })
        .collect()
}

/// What does not end a sentence although a full stop follows it.
#[derive(Debug, Clone, Copy, Default)]
pub struct StopRules<'a> {
    /// Normalised words (without the dot) after which a full stop does not end a sentence ("sig",
    /// "gen", "dr", "jan").
    pub abbreviations: Option<&'a HashSet<String>>,
    /// Normalised words before which a number with a full stop is an ordinal ("am 24. Februar").
    pub ordinal_before: Option<&'a HashSet<String>>,
    /// Normalised words after which a number with a full stop is an ordinal ("das 20.
    /// Sanktionspaket", "zum 80. Jahrestag").
    pub ordinal_after: Option<&'a HashSet<String>>,
}

/// Groups tokens into sentences, never ending one at a stop that `rules` excuse. A sentence
/// longer than [`MAX_SENTENCE_TOKENS`] is cut into pieces.
pub fn split_sentences(tokens: &[Token], rules: StopRules, lines: LineBreaks) -> Vec<Sentence> {
    let breaks = paragraph_breaks(tokens, lines);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut paragraph = 0usize;
    let close = |out: &mut Vec<Sentence>, s: usize, e: usize, paragraph: usize| {
        let mut s = s;
        while e > s {
            let piece_end = e.min(s + MAX_SENTENCE_TOKENS);
            out.push(Sentence { tokens: s..piece_end, start: tokens[s].start, end: tokens[piece_end - 1].end, paragraph });
            s = piece_end;
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        if breaks[i] {
            close(&mut out, start, i, paragraph);
            start = i;
            paragraph += 1;
        }
        let t = &tokens[i];
        if t.kind == TokenKind::Punct && is_terminal(&t.norm) && !is_abbreviation_stop(tokens, i, rules) {
            let mut end = i + 1;
            while end < tokens.len()
                && !breaks[end]
                && (is_terminal(&tokens[end].norm) || (is_closing(&tokens[end].norm) && !tokens[end].space_before))
            {
                end += 1;
            }
            let next_starts_sentence = tokens.get(end).is_none_or(|n| {
                n.newline_before
                    || (n.space_before
                        && (n.capitalized || n.kind == TokenKind::Number || !n.norm.chars().next().is_some_and(char::is_alphabetic)))
            });
            if next_starts_sentence {
                close(&mut out, start, end, paragraph);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    close(&mut out, start, tokens.len(), paragraph);
    out
}

fn is_abbreviation_stop(tokens: &[Token], i: usize, rules: StopRules) -> bool {
    if tokens[i].norm != "." || i == 0 || tokens[i].space_before {
        return false;
    }
    let prev = &tokens[i - 1];
    if prev.kind == TokenKind::Number {
        let next = tokens.get(i + 1).map(|n| n.norm.as_str());
        let before = i.checked_sub(2).map(|b| tokens[b].norm.as_str());
        return next.is_some_and(|n| rules.ordinal_before.is_some_and(|o| o.contains(n)))
            || before.is_some_and(|b| rules.ordinal_after.is_some_and(|o| o.contains(b)));
    }
    if prev.kind != TokenKind::Word {
        return false;
    }
    // An initial: a single capital letter ("J. Smith").
    let single_capital = prev.capitalized && prev.norm.chars().count() == 1;
    single_capital || rules.abbreviations.is_some_and(|a| a.contains(&prev.norm))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn split(text: &str, abbrevs: &[&str]) -> Vec<String> {
        let toks = tokenize(text, "en");
        let ab: HashSet<String> = abbrevs.iter().map(|s| s.to_string()).collect();
        let chars: Vec<char> = text.chars().collect();
        split_sentences(&toks, StopRules { abbreviations: Some(&ab), ..StopRules::default() }, LineBreaks::Paragraphs)
            .iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn an_ordinal_before_a_listed_word_ends_no_sentence() {
        let toks = tokenize("Am 24. Februar griff Russland an. Die Zahl stieg auf 24. Die Polizei kam.", "de");
        let months: HashSet<String> = ["februar".to_string()].into();
        let rules = StopRules { ordinal_before: Some(&months), ..StopRules::default() };
        assert_eq!(split_sentences(&toks, rules, LineBreaks::Paragraphs).len(), 3);
        assert_eq!(split_sentences(&toks, StopRules::default(), LineBreaks::Paragraphs).len(), 4);
    }

    #[test]
    fn a_number_after_a_listed_article_is_an_ordinal() {
        let toks = tokenize("Ungarn blockierte das 20. Sanktionspaket. Die Zahl stieg auf 24. Die Polizei kam.", "de");
        let articles: HashSet<String> = ["das".to_string()].into();
        let rules = StopRules { ordinal_after: Some(&articles), ..StopRules::default() };
        assert_eq!(split_sentences(&toks, rules, LineBreaks::Paragraphs).len(), 3);
        assert_eq!(split_sentences(&toks, StopRules::default(), LineBreaks::Paragraphs).len(), 4);
    }

    #[test]
    fn splits_on_full_stops_and_lines() {
        assert_eq!(split("One here. Two there!\n\nThree", &[]), ["One here.", "Two there!", "Three"]);
    }

    #[test]
    fn wrapped_lines_are_soft_breaks_and_paragraph_lines_are_not() {
        assert_eq!(
            split("Germany expelled two\nRussian diplomats on Monday.", &[]),
            ["Germany expelled two\nRussian diplomats on Monday."]
        );
        let long = "a".repeat(120);
        let text = format!("Lithuania expels two Russian diplomats\n{long} ends here.");
        assert_eq!(split(&text, &[]).len(), 2);
        // A short line in wrapped text (a heading) ends its paragraph.
        let wrapped = "Title\nGermany expelled two Russian diplomats on Monday and\nsaid that both of them had spied for Moscow.";
        assert_eq!(split(wrapped, &[]).len(), 2);
    }

    #[test]
    fn one_sentence_per_line_mode() {
        let toks = tokenize("Germany expelled two\nRussian diplomats", "en");
        assert_eq!(split_sentences(&toks, StopRules::default(), LineBreaks::Sentences).len(), 2);
    }

    #[test]
    fn overlong_sentences_are_cut() {
        let text = "word ".repeat(MAX_SENTENCE_TOKENS * 2 + 5);
        let toks = tokenize(&text, "en");
        let s = split_sentences(&toks, StopRules::default(), LineBreaks::Paragraphs);
        assert_eq!(s.len(), 3);
        assert!(s.iter().all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(split("Gen. Smith met J. Doe. Then left.", &["gen"]), ["Gen. Smith met J. Doe.", "Then left."]);
    }

    #[test]
    fn closing_quote_stays_with_sentence() {
        assert_eq!(split("He said \"no.\" Then left.", &[]), ["He said \"no.\"", "Then left."]);
    }

    #[test]
    fn dotted_acronyms_do_not_split() {
        assert_eq!(split("The U.S. said so.", &[]), ["The U.S. said so."]);
    }

    #[test]
    fn paragraphs_count_lines() {
        let text = "A b.\n\nC d. E f.";
        let toks = tokenize(text, "en");
        let s = split_sentences(&toks, StopRules::default(), LineBreaks::Paragraphs);
        assert_eq!(s.iter().map(|s| s.paragraph).collect::<Vec<_>>(), [0, 1, 1]);
    }
}
