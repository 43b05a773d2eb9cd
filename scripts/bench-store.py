#!/usr/bin/env python3
"""Event store benchmark: the NGEC synthetic stories (../shared/corpora, 4,500 English stories),
repeated with new ids to --docs documents, each with a URL on one of 50 sites and a date, then

  1. `dyad code` to JSONL (the coder alone),
  2. `dyad ingest` into a new store,
  3. the same ingest again (everything already stored: recognised before coding),
  4. `dyad top --by dyad`, and exports: gdelt-events, plover, parquet.

Prints seconds, documents/s and peak RSS of each, the store's size, and the ratio ingest / code:
what storing costs on top of coding.

    python3 scripts/bench-store.py [--docs 20000] [--threads 2] [--dyad target/release/dyad]
"""
import argparse, csv, json, os, resource, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpora", "ngec_synthetic_news.csv")


def run(label, args, docs=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{label} failed ({done.returncode}): {done.stderr[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rate = f"{docs / seconds:8.0f} docs/s" if docs else " " * 15
    print(f"{label:<28} {seconds:7.2f} s  {rate}  peak RSS so far {max(peak, before) / 1024:5.0f} MB")
    return seconds


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--docs", type=int, default=20000)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--dyad", default=os.path.join(ROOT, "target", "release", "dyad"))
    a = p.parse_args()
    with open(CORPUS, encoding="utf-8") as f:
        stories = [row["text"] for row in csv.DictReader(f) if row["text"].strip()]
    with tempfile.TemporaryDirectory() as tmp:
        news = os.path.join(tmp, "news.jsonl")
        with open(news, "w", encoding="utf-8") as out:
            for i in range(a.docs):
                day = 1 + i % 28
                record = {"id": f"story-{i}", "text": stories[i % len(stories)] + f" (Report {i}.)",
                          "date": f"2024-{1 + i // 28 % 12:02}-{day:02}", "url": f"https://site{i % 50}.example/{i}"}
                out.write(json.dumps(record) + "\n")
        db = os.path.join(tmp, "bench.db")
        common = ["--threads", str(a.threads), "--lang", "en"]
        code = run("code -> JSONL", [a.dyad, "code", news, "-o", os.path.join(tmp, "events.jsonl"), *common], a.docs)
        ingest = run("ingest (new store)", [a.dyad, "ingest", news, "--db", db, *common], a.docs)
        run("ingest again (all stored)", [a.dyad, "ingest", news, "--db", db, *common], a.docs)
        run("top --by dyad", [a.dyad, "top", "--by", "dyad", "--db", db, "--format", "csv"])
        run("export gdelt-events", [a.dyad, "export", "--format", "gdelt-events", "--db", db, "-o", os.path.join(tmp, "e.tsv")])
        run("export plover", [a.dyad, "export", "--format", "plover", "--db", db, "-o", os.path.join(tmp, "e.jsonl")])
        run("export parquet", [a.dyad, "export", "--format", "parquet", "--db", db, "-o", os.path.join(tmp, "pq")])
        events = subprocess.run([a.dyad, "query", "--db", db, "--format", "csv",
                                 "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)"],
                                capture_output=True, text=True).stdout.splitlines()[-1]
        size = sum(os.path.getsize(os.path.join(tmp, f)) for f in os.listdir(tmp) if f.startswith("bench.db"))
        print(f"store: {a.docs} documents, events,mentions = {events}, {size / 1e6:.1f} MB")
        print(f"ratio ingest / code: {ingest / code:.2f}")


if __name__ == "__main__":
    main()
