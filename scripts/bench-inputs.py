#!/usr/bin/env python3
"""End-to-end input benchmark: a generated WARC file (default 200 MB) of HTML news pages, coded by
`dyad code`, against the same articles as JSONL (the coder alone). Prints documents/s, MB/s and peak
RSS of each run, and the ratio: how much HTML extraction and WARC reading cost in front of the coder.

The pages are built from Dyad's own test sentences (tests/data/{en,it}.jsonl), several per page,
wrapped in the furniture real pages have (navigation, scripts, related lists, footer).

    python3 scripts/bench-inputs.py [--mb 200] [--threads 2] [--dyad target/release/dyad]
    python3 scripts/bench-inputs.py --hostile   # a 400,000-word sentence and a 50 MB one-line document

With --hostile it prints the time and peak RSS of two shapes that were once quadratic or
memory-hungry: the targets are under 2 s and under 500 MB.
"""
import argparse, json, os, random, resource, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sentences():
    out = []
    for name in ("en", "it"):
        with open(os.path.join(ROOT, "tests", "data", f"{name}.jsonl"), encoding="utf-8") as f:
            out += [(name, json.loads(line)["text"]) for line in f if line.strip()]
    return out


def page(url, date, lang, paragraphs):
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>News</title>'
            f'<meta property="article:published_time" content="{date}T08:00:00Z">'
            f'<link rel="canonical" href="{url}"><script>var ads = [1,2,3];</script></head>'
            f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Headline</h1>\n{body}'
            f'</article><aside><ul><li>Related story</li></ul></aside><footer>Share &middot; &copy; Example</footer></body></html>')


def record(uri, html):
    payload = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(html.encode())}\r\n\r\n{html}".encode()
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-06T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{random.getrandbits(128):032x}>\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode()
    return head + payload + b"\r\n\r\n"


def run(cmd):
    start = time.time()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = child.communicate()
    wall = time.time() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, rss, err.decode(errors="replace").strip().splitlines()[-1:]


def hostile(dyad):
    random.seed(1)
    tmp = tempfile.mkdtemp(prefix="dyad-hostile-")
    words = "Russia attacked Ukraine and the government condemned the strikes while officials met in Geneva for talks".split()
    long_path, big_path = os.path.join(tmp, "long.txt"), os.path.join(tmp, "big.txt")
    with open(long_path, "w") as f:
        f.write(" ".join(random.choice(words) for _ in range(400_000)))
    with open(os.path.join(ROOT, "examples", "articolo.txt"), encoding="utf-8") as f:
        article = f.read().replace("\n", " ") + " "
    with open(big_path, "w", encoding="utf-8") as f:
        f.write(article * (50_000_000 // len(article.encode())))
    for name, path, lang in (("400,000-word sentence", long_path, "en"), ("50 MB one-line document", big_path, "it")):
        # A fresh interpreter per run, so that ru_maxrss is this run's alone.
        probe = ("import resource,subprocess,sys,time; t=time.time(); "
                 "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
                 "print(f'{time.time()-t:.2f} s, peak RSS {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024:.0f} MB')")
        out = subprocess.run([sys.executable, "-c", probe, dyad, "code", "--lang", lang, "--date", "2024-01-01",
                              "-o", os.path.join(tmp, "out.jsonl"), path], capture_output=True, text=True)
        print(f"{name:26s} {out.stdout.strip()}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--dyad", default=os.path.join(ROOT, "target", "release", "dyad"))
    ap.add_argument("--hostile", action="store_true")
    a = ap.parse_args()
    if a.hostile:
        return hostile(a.dyad)
    random.seed(7)
    pool = sentences()
    tmp = tempfile.mkdtemp(prefix="dyad-bench-")
    warc_path, jsonl_path = os.path.join(tmp, "pages.warc"), os.path.join(tmp, "pages.jsonl")
    docs = 0
    with open(warc_path, "wb") as warc, open(jsonl_path, "w", encoding="utf-8") as jsonl:
        size = 0
        while size < a.mb << 20:
            lang = random.choice(("en", "it"))
            paragraphs = [t for l, t in random.sample(pool, 12) if l == lang][:6] or [pool[0][1]]
            url = f"https://site{docs % 50}.example/{docs}"
            r = record(url, page(url, "2024-03-05", lang, paragraphs))
            warc.write(r)
            size += len(r)
            jsonl.write(json.dumps({"id": url, "date": "2024-03-05", "language": lang, "text": "\n\n".join(paragraphs)}) + "\n")
            docs += 1
    mb = os.path.getsize(warc_path) / 2**20
    print(f"generated {docs} pages, WARC {mb:.0f} MB, JSONL {os.path.getsize(jsonl_path) / 2**20:.0f} MB in {tmp}")
    rows = []
    for name, path in (("JSONL (coder only)", jsonl_path), ("WARC + HTML extraction", warc_path)):
        wall, rss, summary = run([a.dyad, "code", "--threads", str(a.threads), "--format", "jsonl", "-o", os.path.join(tmp, "out.jsonl"), path])
        rows.append((name, wall))
        print(f"{name:26s} {wall:6.1f} s  {docs / wall:8.0f} docs/s  {os.path.getsize(path) / 2**20 / wall:6.1f} MB/s  peak RSS so far {rss:.0f} MB  | {' '.join(summary)}")
    print(f"WARC+HTML run takes {rows[1][1] / rows[0][1]:.2f}x the coder-only run")


if __name__ == "__main__":
    sys.exit(main())
