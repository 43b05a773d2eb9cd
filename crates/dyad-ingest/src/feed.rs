//! RSS 2.0, Atom (and RSS 1.0 / JSON Feed, as `feed-rs` reads them): each item is a document.
//!
//! The text is the item's title, then its content (else its summary) as text, markup removed;
//! the URL is its first link, the id its guid/id (else the URL), the date its publication date
//! (else its update date), the language the item's or the feed's.

use crate::{html, InputError, Item, RawDocument};

pub fn documents(name: &str, bytes: Vec<u8>) -> Vec<Item> {
    let feed = match feed_rs::parser::parse(bytes.as_slice()) {
        Ok(f) => f,
        Err(e) => return vec![Item::Error(InputError::new(name, None, format!("not a readable RSS or Atom feed: {e}")))],
    };
    let feed_language = feed.language.clone();
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let title = entry.title.map(|t| html::fragment_text(&t.content)).filter(|t| !t.is_empty());
            let body = entry
                .content
                .and_then(|c| c.body)
                .or(entry.summary.map(|s| s.content))
                .map(|b| html::fragment_text(&b))
                .unwrap_or_default();
            let url = entry.links.first().map(|l| l.href.clone());
            let text = match &title {
                // The title is its own paragraph: headlines carry no final stop.
                Some(t) if !body.is_empty() => format!("{t}\n\n{body}"),
                Some(t) => t.clone(),
                None => body,
            };
            if text.trim().is_empty() {
                return Item::Error(InputError::new(name, None, format!("item {i}: no title and no text")));
            }
            let id = if entry.id.is_empty() { url.clone().unwrap_or_else(|| format!("{name}#{i}")) } else { entry.id };
            Item::Document(Box::new(RawDocument {
                id,
                text,
                date: entry.published.or(entry.updated).map(|d| d.date_naive()),
                title,
                url,
                language: entry.language.or_else(|| feed_language.clone()).and_then(|l| l.get(..2).map(str::to_ascii_lowercase)),
                origin: format!("{name}#{i}"),
                extractor: "feed",
                lossy: false,
                warnings: Vec::new(),
            }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_become_documents() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><language>en-us</language>
            <item><title>Germany expels diplomats</title><link>https://w.example/1</link><guid>g1</guid>
            <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Germany expelled two Russian diplomats.&lt;/p&gt;</description></item>
            </channel></rss>"#;
        let items = documents("f.rss", rss.as_bytes().to_vec());
        let Item::Document(d) = &items[0] else { panic!("{items:?}") };
        assert_eq!(d.id, "g1");
        assert_eq!(d.text, "Germany expels diplomats\n\nGermany expelled two Russian diplomats.");
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2024, 3, 5));
        assert_eq!(d.language.as_deref(), Some("en"));
    }

    #[test]
    fn atom_entries_become_documents() {
        let atom = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id>
            <updated>2024-03-05T10:00:00Z</updated><entry><id>urn:e1</id><title>T</title>
            <link href="https://a.example/e1"/><updated>2024-03-05T10:00:00Z</updated>
            <content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>"#;
        let items = documents("f.atom", atom.as_bytes().to_vec());
        let Item::Document(d) = &items[0] else { panic!("{items:?}") };
        assert_eq!((d.id.as_str(), d.url.as_deref(), d.text.as_str()), ("urn:e1", Some("https://a.example/e1"), "T\n\nBody."));
    }

    #[test]
    fn not_a_feed_is_an_error() {
        assert!(matches!(&documents("x.xml", b"<html>no</html>".to_vec())[0], Item::Error(_)));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_items_or_an_error(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let _ = documents("p.xml", bytes);
        }
    }
}
