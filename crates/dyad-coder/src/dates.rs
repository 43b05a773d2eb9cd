//! Dates of events, resolved against the publication date: "ieri", "lunedì", "lo scorso luglio",
//! "in May", "3 marzo 2024", "last week".

use crate::analysis::SentenceView;
use chrono::{Datelike, Duration, NaiveDate};
pub use dyad_core::Precision;
use dyad_lexicon::{has_ending, DateWord, LanguageLexicon, WordClass};
use dyad_text::TokenKind;

/// A resolved date and the tokens it came from (sentence-relative).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub precision: Precision,
    /// The text gives the year: the date does not depend on the publication date.
    pub absolute: bool,
    /// The word whose phrase the date belongs to rather than the clause's event: "since" ("in
    /// prison since 2022"), "of" ("the coup of 2021", "la guerra del 2020"), a participle ("the
    /// treaty signed in 1955", "le sanzioni imposte nel 2018").
    pub qualifies: Option<usize>,
}

impl DateMention {
    /// `2022-05` for month precision, `2022` for year precision, the full date otherwise.
    pub fn render(&self) -> String {
        match self.precision {
            Precision::Month => format!("{:04}-{:02}", self.date.year(), self.date.month()),
            Precision::Year => format!("{:04}", self.date.year()),
            _ => self.date.format("%Y-%m-%d").to_string(),
        }
    }
}

fn number(norm: &str) -> Option<i32> {
    let digits = norm.trim_end_matches(|c: char| c.is_alphabetic() || c == '°' || c == 'º');
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn month_back(pub_date: NaiveDate, month: u32, strictly_before: bool) -> NaiveDate {
    let year =
        if month < pub_date.month() || (month == pub_date.month() && !strictly_before) { pub_date.year() } else { pub_date.year() - 1 };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(pub_date)
}

fn month_ahead(pub_date: NaiveDate, month: u32) -> NaiveDate {
    let year = if month > pub_date.month() { pub_date.year() } else { pub_date.year() + 1 };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(pub_date)
}

/// The year of the day `day` of `month` nearest to `pub_date`, days ahead weighted double (the
/// latest on or before it when `past_only`).
fn nearest_year(pub_date: NaiveDate, month: u32, day: u32, past_only: bool) -> Option<i32> {
    let on = |year: i32| NaiveDate::from_ymd_opt(year, month, day);
    let this = pub_date.year();
    if past_only {
        return Some(if on(this)? <= pub_date { this } else { this - 1 });
    }
    // News reports more than it announces: a day ahead counts twice as far as one behind.
    let distance = |year: i32| {
        on(year).map(|d| {
            let days = (d - pub_date).num_days();
            if days > 0 {
                2 * days
            } else {
                -days
            }
        })
    };
    [this - 1, this, this + 1].into_iter().filter_map(|y| distance(y).map(|d| (d, y))).min().map(|(_, y)| y)
}

/// The publication date, when the document gives one.
#[derive(Debug, Clone, Copy)]
pub struct Publication {
    pub date: NaiveDate,
    pub given: bool,
}

/// An event's date as it is written out, and how precise it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDate {
    pub rendered: Option<String>,
    pub precision: Precision,
}

/// The date nearest the trigger at `at` among `dates`, else the last explicit date of the
/// paragraph, else the publication date.
pub(crate) fn event_date(dates: &[DateMention], at: usize, carried: Option<DateMention>, publication: Publication) -> EventDate {
    // Without a publication date only dates that name their year can be resolved.
    let usable = |d: &&DateMention| publication.given || d.absolute;
    let nearest = dates.iter().filter(usable).min_by_key(|d| if d.end <= at { at - d.end } else { d.start.saturating_sub(at) });
    match nearest.copied().or(carried.filter(|d| usable(&d))) {
        Some(d) => EventDate { rendered: Some(d.render()), precision: d.precision },
        None if publication.given => {
            EventDate { rendered: Some(publication.date.format("%Y-%m-%d").to_string()), precision: Precision::Document }
        }
        None => EventDate { rendered: None, precision: Precision::Document },
    }
}

/// Every date expression of the sentence, resolved.
pub fn find_dates(view: &SentenceView, lex: &LanguageLexicon, pub_date: NaiveDate) -> Vec<DateMention> {
    let words = &view.date_words;
    let word_at = |i: usize| words.iter().find(|m| m.start == i).map(|m| (*lex.dates.payload(m.entry), m.end));
    let mut out = Vec::new();
    let n = view.norms.len();
    let mut i = 0;
    while i < n {
        let Some((word, end)) = word_at(i) else {
            // A bare year after a preposition: "nel 2014", "in 2014".
            if let Some(y) = number(view.norms[i]).filter(|y| (1900..=2100).contains(y)) {
                if i > 0 && view.is(i - 1, WordClass::Preposition) && view.norms[i].len() == 4 {
                    if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
                        out.push(DateMention {
                            start: i,
                            end: i + 1,
                            date: d,
                            precision: Precision::Year,
                            absolute: true,
                            qualifies: None,
                        });
                    }
                }
            }
            i += 1;
            continue;
        };
        let prev = i.checked_sub(1).and_then(word_at).map(|(w, _)| w);
        let next = word_at(end);
        let mention = |start, end, date, precision| Some(DateMention { start, end, date, precision, absolute: false, qualifies: None });
        let found = match word {
            DateWord::DayOffset(k) => mention(i, end, pub_date + Duration::days(k as i64), Precision::Day),
            DateWord::Weekday(w) => {
                let back = (pub_date.weekday().number_from_monday() as i64 - w as i64).rem_euclid(7);
                let last = matches!(prev, Some(DateWord::Last)) || matches!(next, Some((DateWord::Last, _)));
                let back = if last && back == 0 { 7 } else { back };
                // "mercoledì prossimo", "next Wednesday": the coming one, never today.
                let coming = matches!(prev, Some(DateWord::Next)) || matches!(next, Some((DateWord::Next, _)));
                let offset = match (coming, back) {
                    (true, 0) => 7,
                    (true, _) => 7 - back,
                    (false, _) => -back,
                };
                let qualifier_after = matches!(next, Some((DateWord::Last | DateWord::Next, _)));
                let e = if qualifier_after { next.map_or(end, |(_, e)| e) } else { end };
                let s = if matches!(prev, Some(DateWord::Last | DateWord::Next)) { i - 1 } else { i };
                mention(s, e, pub_date + Duration::days(offset), Precision::Day)
            }
            DateWord::Month(m) => resolve_month(view, i, end, m, prev, next.map(|(w, _)| w), pub_date),
            DateWord::Last | DateWord::Next | DateWord::This => {
                // "last week", "il mese scorso" (unit before), "l'anno prossimo"
                let unit = next.map(|(w, e)| (w, i, e)).or_else(|| i.checked_sub(1).and_then(word_at).map(|(w, _)| (w, i - 1, end)));
                match unit {
                    Some((DateWord::WeekUnit, s, e)) => {
                        let k = if word == DateWord::Last {
                            -7
                        } else if word == DateWord::Next {
                            7
                        } else {
                            0
                        };
                        mention(s, e, pub_date + Duration::days(k), Precision::Week)
                    }
                    Some((DateWord::MonthUnit, s, e)) => {
                        let base = NaiveDate::from_ymd_opt(pub_date.year(), pub_date.month(), 1).unwrap_or(pub_date);
                        let d = match word {
                            DateWord::Last => base.pred_opt().map(|d| d.with_day(1).unwrap_or(d)).unwrap_or(base),
                            DateWord::Next => base.checked_add_months(chrono::Months::new(1)).unwrap_or(base),
                            _ => base,
                        };
                        mention(s, e, d, Precision::Month)
                    }
                    Some((DateWord::YearUnit, s, e)) => {
                        let y = pub_date.year()
                            + if word == DateWord::Last {
                                -1
                            } else if word == DateWord::Next {
                                1
                            } else {
                                0
                            };
                        NaiveDate::from_ymd_opt(y, 1, 1).and_then(|d| mention(s, e, d, Precision::Year))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        match found {
            Some(d) => {
                i = d.end.max(i + 1);
                out.push(d);
            }
            None => i = end,
        }
    }
    for d in &mut out {
        d.qualifies = qualified_word(view, lex, d);
    }
    out
}

/// The word a date qualifies, if not the clause's event (see [`DateMention::qualifies`]): a
/// "since" before it ("depuis le 3 mars"); for a date that names its year, an "of" before it or
/// a noun it ends on ("el golpe de febrero de 2021"), a noun right after it ("the July 2021
/// protests"), or a participle at most three words before its preposition ("signed with Spain in
/// 2002"). Relative dates ("killed on Tuesday") are the clause's.
fn qualified_word(view: &SentenceView, lex: &LanguageLexicon, d: &DateMention) -> Option<usize> {
    let plain_noun = |i: usize| {
        view.tokens[i].kind == TokenKind::Word && view.classes_at(i) == 0 && !view.tokens[i].capitalized && number(view.norms[i]).is_none()
    };
    let first = d.start;
    let before = first.checked_sub(1)?;
    let marker_end = if view.is(before, WordClass::Article) { before } else { first };
    // Of a noun only when the date names its year: "la notte del 3 novembre", "na manhã de
    // quinta-feira" date the clause's event.
    let marker = view.date_words.iter().find(|m| {
        m.end == marker_end
            && match *lex.dates.payload(m.entry) {
                DateWord::Since => true,
                DateWord::Of => d.absolute,
                _ => false,
            }
    });
    if let Some(m) = marker {
        return Some(m.start);
    }
    if !d.absolute {
        return None;
    }
    let opens_with_of =
        matches!(lex.dates.find_longest(&[view.norms[first]], &[]).first().map(|m| *lex.dates.payload(m.entry)), Some(DateWord::Of));
    if opens_with_of && plain_noun(before) {
        return Some(before);
    }
    if !view.is(before, WordClass::Preposition) {
        let adjectival = matches!(d.precision, Precision::Year | Precision::Month) && d.end < view.norms.len() && plain_noun(d.end);
        return adjectival.then_some(d.end);
    }
    let participle = |i: usize| {
        view.classes_at(i) == 0
            && !view.tokens[i].capitalized
            && view.norms[i].chars().count() > 4
            && has_ending(view.norms[i], &view.endings.participle)
    };
    (before.saturating_sub(3)..before).rev().take_while(|&i| view.tokens[i].kind == TokenKind::Word).find(|&i| participle(i))
}

fn resolve_month(
    view: &SentenceView,
    i: usize,
    end: usize,
    month: u32,
    prev: Option<DateWord>,
    next: Option<DateWord>,
    pub_date: NaiveDate,
) -> Option<DateMention> {
    let n = view.norms.len();
    let day_before = i.checked_sub(1).and_then(|k| number(view.norms[k])).filter(|d| (1..=31).contains(d));
    let day_after = (end < n).then(|| number(view.norms[end])).flatten().filter(|d| (1..=31).contains(d));
    let day = day_before.or(day_after);
    let year_pos = if day_after.is_some() { end + 1 } else { end };
    let year_pos = if view.norms.get(year_pos) == Some(&",") { year_pos + 1 } else { year_pos };
    let year = view.norms.get(year_pos).and_then(|t| number(t)).filter(|y| (1900..=2100).contains(y) && view.norms[year_pos].len() == 4);
    let last = matches!(prev, Some(DateWord::Last)) || matches!(next, Some(DateWord::Last));
    let upcoming = matches!(prev, Some(DateWord::Next)) || matches!(next, Some(DateWord::Next));
    // A month name that is also a common word ("may", "march") counts only with date context.
    let context = day.is_some()
        || year.is_some()
        || last
        || upcoming
        || view.tokens[i].capitalized
        || i.checked_sub(1).is_some_and(|k| view.is(k, WordClass::Preposition) || matches!(prev, Some(DateWord::This)));
    if !context {
        return None;
    }
    let start = if day_before.is_some() {
        i - 1
    } else if last || upcoming {
        i.saturating_sub(usize::from(prev.is_some()))
    } else {
        i
    };
    let mut stop = if year.is_some() {
        year_pos + 1
    } else if day_after.is_some() {
        end + 1
    } else {
        end
    };
    if matches!(next, Some(DateWord::Last | DateWord::Next)) {
        stop = stop.max(end + 1);
    }
    let first = match (year, upcoming) {
        (Some(y), _) => NaiveDate::from_ymd_opt(y, month, 1)?,
        (None, true) => month_ahead(pub_date, month),
        (None, false) => month_back(pub_date, month, last),
    };
    match day {
        Some(d) => {
            // "il 10 marzo scorso" four days after 10 March is this year's: with "last", the most
            // recent such date on or before publication. Without a word saying which, the
            // nearest one, ahead or behind: "lo sciopero del 29 maggio" in mid-May is this
            // month's, "el 5 de enero" in late December next year's, "le 15 décembre" in May
            // last year's.
            let resolved_year = match (year, upcoming) {
                (None, false) => nearest_year(pub_date, month, d as u32, last)?,
                _ => first.year(),
            };
            let date = NaiveDate::from_ymd_opt(resolved_year, month, d as u32)?;
            Some(DateMention { start, end: stop, date, precision: Precision::Day, absolute: year.is_some(), qualifies: None })
        }
        None => Some(DateMention { start, end: stop, date: first, precision: Precision::Month, absolute: year.is_some(), qualifies: None }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_lexicon::{Lexicon, LexiconBuilder};
    use std::sync::OnceLock;

    fn lexicon() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| LexiconBuilder::builtin().build().0)
    }

    fn dates(text: &str, lang: &str, published: &str) -> Vec<String> {
        let lex = lexicon().language(lang).unwrap();
        let tokens = dyad_text::tokenize(text, lang);
        let view = SentenceView::new(&tokens, lex);
        let pub_date = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        find_dates(&view, lex, pub_date).iter().map(|d| d.render()).collect()
    }

    #[test]
    fn italian_relative_dates() {
        // 2022-08-16 is a Tuesday.
        assert_eq!(dates("ieri", "it", "2022-08-16"), ["2022-08-15"]);
        assert_eq!(dates("Lo ha riferito lunedì", "it", "2022-08-16"), ["2022-08-15"]);
        assert_eq!(dates("martedì scorso", "it", "2022-08-16"), ["2022-08-09"]);
        assert_eq!(dates("Lo scorso luglio", "it", "2022-08-16"), ["2022-07"]);
        assert_eq!(dates("Ad aprile", "it", "2022-08-16"), ["2022-04"]);
        assert_eq!(dates("a settembre", "it", "2022-08-16"), ["2021-09"]);
        assert_eq!(dates("il 3 marzo 2024", "it", "2022-08-16"), ["2024-03-03"]);
        assert_eq!(dates("il mese scorso", "it", "2022-08-16"), ["2022-07"]);
        assert_eq!(dates("nel 2014", "it", "2022-08-16"), ["2014"]);
        assert_eq!(dates("il 10 marzo scorso", "it", "2024-03-14"), ["2024-03-10"]);
        assert_eq!(dates("il 20 marzo scorso", "it", "2024-03-14"), ["2023-03-20"]);
        assert_eq!(dates("mercoledì prossimo", "it", "2022-08-16"), ["2022-08-17"]);
        assert_eq!(dates("martedì prossimo", "it", "2022-08-16"), ["2022-08-23"]);
    }

    #[test]
    fn a_day_without_its_year_is_the_nearest_such_day() {
        assert_eq!(dates("lo sciopero del 29 agosto", "it", "2022-08-16"), ["2022-08-29"]);
        assert_eq!(dates("il 15 dicembre", "it", "2022-05-12"), ["2021-12-15"]);
        assert_eq!(dates("el 5 de enero", "es", "2022-12-20"), ["2023-01-05"]);
        assert_eq!(dates("on March 3", "en", "2024-09-30"), ["2024-03-03"]);
    }

    #[test]
    fn english_relative_dates() {
        assert_eq!(dates("yesterday", "en", "2024-03-12"), ["2024-03-11"]);
        assert_eq!(dates("on March 3", "en", "2024-03-12"), ["2024-03-03"]);
        assert_eq!(dates("last month", "en", "2024-03-12"), ["2024-02"]);
        assert_eq!(dates("in May", "en", "2024-03-12"), ["2023-05"]);
        assert_eq!(dates("next May", "en", "2024-03-12"), ["2024-05"]);
    }

    #[test]
    fn month_words_that_are_common_words_need_context() {
        assert!(dates("Russia may send troops", "en", "2024-03-12").is_empty());
    }
}
