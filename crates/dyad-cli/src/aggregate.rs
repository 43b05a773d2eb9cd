//! Mentions of the same event merged into one, with GDELT 2.0's counts.
//!
//! Two events are the same when they have the same source, target and event code and their
//! dates are at most `window` days apart (events without a date merge only with each other).
//! As in GDELT: NumMentions counts every mention, NumArticles the distinct documents, NumSources
//! the distinct sites (the URL's host; the input file when there is no URL). Near-duplicate
//! copies are articles and mentions like any other: that is what the counts measure.

use crate::output::DocumentInfo;
use chrono::NaiveDate;
use dyad_coder::Event;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Serialize)]
pub struct Mention {
    pub doc_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub sentence_id: usize,
    pub sentence_span: [usize; 2],
    pub trigger: dyad_coder::Trigger,
    pub rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
}

#[derive(Serialize)]
pub struct AggregatedEvent {
    /// 1-based, in order of first mention.
    pub event_id: usize,
    /// The first mention's date.
    pub date: Option<String>,
    pub source: Option<dyad_coder::Actor>,
    pub target: Option<dyad_coder::Actor>,
    pub event_code: String,
    pub root_code: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover: Option<String>,
    pub num_mentions: usize,
    pub num_sources: usize,
    pub num_articles: usize,
    pub mentions: Vec<Mention>,
    #[serde(skip)]
    sites: BTreeSet<String>,
    #[serde(skip)]
    articles: BTreeSet<String>,
}

pub struct Aggregator {
    window: i64,
    events: Vec<AggregatedEvent>,
    /// (source code, target code, event code) -> indices into `events`.
    by_key: HashMap<(String, String, String), Vec<usize>>,
}

fn day(date: &Option<String>) -> Option<NaiveDate> {
    date.as_deref().and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok())
}

impl Aggregator {
    pub fn new(window_days: u32) -> Aggregator {
        Aggregator { window: window_days as i64, events: Vec::new(), by_key: HashMap::new() }
    }

    /// Adds one mention; `input` (the file read) is the source when the document has no URL.
    pub fn add(&mut self, e: Event, info: &DocumentInfo, input: &str) {
        let code = |a: &Option<dyad_coder::Actor>| a.as_ref().map(|a| a.code.clone()).unwrap_or_default();
        let key = (code(&e.source), code(&e.target), e.event_code.clone());
        let date = day(&e.date);
        let candidates = self.by_key.entry(key).or_default();
        let same = candidates.iter().copied().find(|&i| {
            let first = day(&self.events[i].date);
            match (first, date) {
                (Some(a), Some(b)) => (a - b).num_days().abs() <= self.window,
                (None, None) => self.events[i].date == e.date,
                _ => false,
            }
        });
        let index = same.unwrap_or_else(|| {
            self.events.push(AggregatedEvent {
                event_id: self.events.len() + 1,
                date: e.date.clone(),
                source: e.source.clone(),
                target: e.target.clone(),
                event_code: e.event_code.clone(),
                root_code: e.root_code.clone(),
                quad_class: e.quad_class,
                goldstein: e.goldstein,
                plover: e.plover.clone(),
                num_mentions: 0,
                num_sources: 0,
                num_articles: 0,
                mentions: Vec::new(),
                sites: BTreeSet::new(),
                articles: BTreeSet::new(),
            });
            candidates.push(self.events.len() - 1);
            self.events.len() - 1
        });
        let event = &mut self.events[index];
        event.sites.insert(info.site.clone().unwrap_or_else(|| input.to_string()));
        event.articles.insert(e.doc_id.clone());
        event.num_mentions += 1;
        event.num_sources = event.sites.len();
        event.num_articles = event.articles.len();
        event.mentions.push(Mention {
            doc_id: e.doc_id,
            url: info.url.clone(),
            sentence_id: e.sentence_id,
            sentence_span: e.sentence_span,
            trigger: e.trigger,
            rule: e.rule,
            duplicate_of: info.duplicate_of.clone(),
        });
    }

    pub fn into_events(self) -> Vec<AggregatedEvent> {
        self.events
    }
}
