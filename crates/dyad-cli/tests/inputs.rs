//! Real and hostile inputs end to end: HTML pages, WARC files, feeds and folders built here (no
//! network), near-duplicates, aggregation, and the CLI's behaviour at its edges.

use flate2::write::GzEncoder;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn dyad(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dyad runs");
    if let Some(input) = stdin {
        // dyad may exit before reading (a bad argument): a closed pipe here is no failure.
        let _ = child.stdin.take().expect("stdin").write_all(input.as_bytes());
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("dyad finishes")
}

fn events(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn dyads(evs: &[serde_json::Value]) -> Vec<String> {
    let mut v: Vec<String> = evs
        .iter()
        .map(|e| {
            format!(
                "{}->{} {}",
                e["source"]["code"].as_str().unwrap_or("-"),
                e["target"]["code"].as_str().unwrap_or("-"),
                e["event_code"].as_str().unwrap_or("")
            )
        })
        .collect();
    v.sort();
    v
}

/// A news page with the furniture real pages have around the article.
fn page(url: &str, published: &str, body: &[&str]) -> String {
    let paragraphs: String = body.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html><html lang="en-GB"><head><title>World news | Example</title>
<meta property="article:published_time" content="{published}T08:00:00Z">
<link rel="canonical" href="{url}">
<script>var teaser = "China attacked Japan"; window.ads = [];</script>
<style>p {{ color: black; }}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">Russia declares war on Japan</a></nav>
<article><h1>Diplomats expelled</h1>
{paragraphs}</article>
<aside><h3>Related</h3><ul><li>Iran threatens Israel</li></ul></aside>
<footer>Share on Facebook &middot; &copy; Example Media</footer>
<!-- Israel bombed Lebanon -->
</body></html>"#
    )
}

const STORY: [&str; 3] = [
    "Germany expelled two Russian diplomats on Monday, accusing them of spying on exiled opposition figures for Moscow&#39;s intelligence services.",
    "The foreign ministry in Berlin said the diplomats had been given a week to leave the country, in a decision coordinated with European partners.",
    "Officials in Berlin said the two men had been watched for months by the domestic intelligence agency before the decision was taken.",
];

#[test]
fn a_folder_of_pages_is_coded_without_the_page_around_the_article() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("more")).unwrap();
    std::fs::write(dir.path().join("a.html"), page("https://news.example.com/a", "2024-03-05", &STORY)).unwrap();
    std::fs::write(dir.path().join("more/b.htm"), page("https://wire.example.org/b", "2024-03-05", &STORY)).unwrap();
    std::fs::write(dir.path().join("more/c.txt"), "Japan criticized China on Tuesday.\n").unwrap();
    let out = dyad(&["code", "--date", "2024-03-06", dir.path().to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let evs = events(&out);
    // Scripts, navigation, related lists, footers and comments are not coded.
    let coded = dyads(&evs).join(" ");
    for furniture in ["CHN->JPN", "RUS->JPN", "IRN->ISR", "ISR->LBN"] {
        assert!(!coded.contains(furniture), "{furniture} from the page furniture: {coded}");
    }
    let from_a: Vec<_> = evs.iter().filter(|e| e["document"]["url"] == "https://news.example.com/a").collect();
    assert!(from_a.iter().any(|e| e["source"]["code"] == "DEU" && e["target"]["country"] == "RUS"), "{from_a:?}");
    // "on Monday" resolves against the page's own date, not --date.
    assert!(from_a.iter().any(|e| e["date"] == "2024-03-04"), "{from_a:?}");
    assert_eq!(from_a[0]["document"]["extractor"], "html/readability");
    assert_eq!(from_a[0]["document"]["site"], "news.example.com");
    // The entity is decoded: the trigger text has no `&#39;`.
    assert!(evs.iter().all(|e| !e["trigger"]["text"].as_str().unwrap().contains("&#")));
    // The syndicated copy is linked to the first.
    let from_b: Vec<_> = evs.iter().filter(|e| e["document"]["url"] == "https://wire.example.org/b").collect();
    assert!(!from_b.is_empty());
    assert!(from_b.iter().all(|e| e["document"]["duplicate_of"] == "https://news.example.com/a"), "{from_b:?}");
    assert!(evs.iter().any(|e| e["source"]["code"] == "JPN" && e["target"]["code"] == "CHN"));
    let err = stderr(&out);
    assert!(err.contains("3 documents (2 HTML pages, 1 text files)"), "{err}");
    assert!(err.contains("1 near-duplicates"), "{err}");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn a_warc_gz_file_streams_records_skips_what_is_not_news_and_survives_corruption() {
    use dyad_ingest::warc::{html_response, record};
    // One gzip member per record, as Common Crawl ships them.
    let mut warc = Vec::new();
    warc.extend(gzip(&record("warcinfo", "", "2024-03-06T00:00:00Z", "application/warc-fields", b"software: test\r\n")));
    warc.extend(gzip(&record(
        "request",
        "https://a.example/x",
        "2024-03-06T00:00:00Z",
        "application/http; msgtype=request",
        b"GET /x HTTP/1.1\r\n\r\n",
    )));
    warc.extend(gzip(&html_response("https://a.example/x", "2024-03-06T00:00:00Z", &page("https://a.example/x", "2024-03-05", &STORY))));
    let pdf = b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4";
    warc.extend(gzip(&record("response", "https://a.example/y.pdf", "2024-03-06T00:00:00Z", "application/http; msgtype=response", pdf)));
    warc.extend(gzip(b"this is not a WARC record\r\n\r\n"));
    let other = ["Japan criticized China on Tuesday over its military drills near the island of Taiwan, officials in Tokyo said."];
    warc.extend(gzip(&html_response("https://b.example/z", "2024-03-06T00:00:00Z", &page("https://b.example/z", "2024-03-05", &other))));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc.gz");
    std::fs::write(&path, &warc).unwrap();
    let out = dyad(&["code", path.to_str().unwrap()], None);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "a corrupt record is reported in the exit status: {err}");
    assert!(err.contains("reading") && err.contains("as WARC (gzip)"), "{err}");
    assert!(err.contains("crawl.warc.gz@") && err.contains("not a WARC record header"), "{err}");
    assert!(err.contains("2 documents (2 WARC records)"), "{err}");
    assert!(err.contains("2 WARC record that is not an HTTP response"), "{err}");
    assert!(err.contains("1 WARC response that is not HTML"), "{err}");
    let evs = events(&out);
    assert!(evs.iter().any(|e| e["document"]["url"] == "https://a.example/x" && e["event_code"] == "161"), "{evs:?}");
    assert!(evs.iter().any(|e| e["document"]["url"] == "https://b.example/z" && e["source"]["code"] == "JPN"), "{evs:?}");

    // Cut off mid-record: what was read before is coded, the cut is reported.
    let cut = dir.path().join("cut.warc.gz");
    std::fs::write(&cut, &warc[..warc.len() - 40]).unwrap();
    let out = dyad(&["code", cut.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(events(&out).iter().any(|e| e["document"]["url"] == "https://a.example/x"));
}

#[test]
fn feed_items_are_documents() {
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><language>en</language>
<item><title>Diplomats expelled</title><link>https://w.example/1</link><guid>w1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Germany expelled two Russian diplomats on Monday.&lt;/p&gt;</description></item>
<item><title>Talks</title><link>https://w.example/2</link><guid>w2</guid><pubDate>Tue, 05 Mar 2024 11:00:00 GMT</pubDate>
<description>Japan criticized China on Tuesday.</description></item></channel></rss>"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.xml");
    std::fs::write(&path, rss).unwrap();
    let out = dyad(&["code", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let evs = events(&out);
    assert_eq!(dyads(&evs), ["DEU->RUSGOV 161", "JPN->CHN 111"]);
    assert_eq!(evs[0]["doc_id"], "w1");
    assert_eq!(evs[0]["date"], "2024-03-04");
    // Not a feed: an error naming the file, and the run goes on.
    let bad = dir.path().join("bad.rss");
    std::fs::write(&bad, "{ not xml").unwrap();
    let out = dyad(&["code", bad.to_str().unwrap(), path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.rss: not a readable RSS or Atom feed"), "{}", stderr(&out));
    assert_eq!(events(&out).len(), 2);
}

#[test]
fn aggregation_counts_mentions_articles_and_sources() {
    let dir = tempfile::tempdir().unwrap();
    let story = "Germany expelled two Russian diplomats on Monday.";
    let records: String = [("a1", "https://one.example/a"), ("a2", "https://one.example/b"), ("a3", "https://two.example/c")]
        .iter()
        .map(|(id, url)| serde_json::json!({"id": id, "url": url, "date": "2024-03-05", "text": story}).to_string() + "\n")
        .collect();
    std::fs::write(dir.path().join("docs.jsonl"), records).unwrap();
    let out = dyad(&["code", "--aggregate", dir.path().join("docs.jsonl").to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let evs = events(&out);
    assert_eq!(evs.len(), 1, "{evs:?}");
    assert_eq!(
        (evs[0]["num_mentions"].as_u64(), evs[0]["num_articles"].as_u64(), evs[0]["num_sources"].as_u64()),
        (Some(3), Some(3), Some(2))
    );
    assert_eq!(evs[0]["mentions"].as_array().map(Vec::len), Some(3));
}

#[test]
fn the_output_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("x.txt");
    std::fs::write(&input, "Germany expelled two Russian diplomats.").unwrap();
    let out = dyad(&["code", "-o", input.to_str().unwrap(), input.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is also an input"));
    assert_eq!(std::fs::read_to_string(&input).unwrap(), "Germany expelled two Russian diplomats.");
    // A file written with -o appears whole, with no partial file left behind.
    let events_path = dir.path().join("events.jsonl");
    let out = dyad(&["code", "--date", "2024-03-05", "-o", events_path.to_str().unwrap(), input.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&events_path).unwrap().contains("\"161\""));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn a_reader_that_goes_away_ends_the_run_quietly() {
    let text = "Germany expelled two Russian diplomats.\n\n".repeat(20_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["code", "--lang", "en", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    let mut first = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped here: the reader is gone.
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    writer.join().unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(!err.contains("Broken pipe") && !err.contains("cannot write"), "{err}");
}

#[test]
fn command_line_edges() {
    let text = "Germany expelled two\nRussian diplomats on Monday.";
    // A hard-wrapped sentence is one sentence.
    let out = dyad(&["code", "--lang", "EN", "--date", "2024-03-05", "-"], Some(text));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(dyads(&events(&out)), ["DEU->RUSGOV 161"]);
    // ... unless each line is a sentence.
    let out = dyad(&["code", "--lines", "--lang", "en", "--date", "2024-03-05", "-"], Some(text));
    assert!(events(&out).is_empty());
    // JSONL on standard input is recognised without --input-format.
    let out = dyad(&["code", "-"], Some("{\"id\":\"j\",\"text\":\"Japan criticized China.\",\"date\":\"2024-03-05\"}\n"));
    assert_eq!(events(&out)[0]["doc_id"], "j");
    let out = dyad(&["code", "--threads", "0", "-"], Some("x"));
    assert_eq!(out.status.code(), Some(2));
    let out = dyad(&["code", "-"], Some(""));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no documents"), "{}", stderr(&out));
    let out = dyad(&["explain", "--lang", "en", "-"], Some("Japan criticized China."));
    assert!(String::from_utf8_lossy(&out.stdout).contains("JPN -> CHN 111"));
}

#[test]
fn unknown_lexicon_folders_and_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("english")).unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::write(dir.path().join("en/verbs.txt"), "[111]\ndenounced\n").unwrap();
    let out = dyad(&["check-lexicon", "--lexicon", dir.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("english: not a lexicon folder"), "{err}");
    assert!(err.contains(&format!("{}: unknown lexicon kind", Path::new("en").join("verbs.txt").display())), "{err}");
}
