#!/usr/bin/env python3
# Measures peer engines on the passages and queries Parley is benchmarked on: SQLite FTS5 from Python's sqlite3
# (`porter unicode61 remove_diacritics 2`) and tantivy (PyPI `tantivy`, `en_stem`). For each: ingest time and
# index size, then per query one warm-up and --repeat timed top-10 searches (p50/p95/max ms, also per shape).
# tantivy is installed into its own virtualenv (--venv) when missing, and the script re-runs under it; without
# it (no network, pip error) only FTS5 is measured.
#   Scripts/bench-peers.py --passages PASSAGES.jsonl --queries Scripts/bench-queries.json --most-frequent WORD \
#       --out RESULT.json [--venv DIR] [--repeat R]
# PASSAGES.jsonl: one {"id": int, "text", "title", "published": "YYYY-MM-DD" or ""} a line. The indexes are
# written next to RESULT.json (RESULT.fts5.sqlite, RESULT.tantivy/) and replaced on each run.
import argparse
import functools
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIMIT = 10
NO_EQUIVALENT = ("speaker", "facets")  # Parley search options the peers have nothing like
QUOTES = str.maketrans({mark: '"' for mark in "“”„«»"})  # the double quotes Parley accepts
LOWEST_DATE, HIGHEST_DATE = "0000-00-00", "9999-99-99"
PIP_TIMEOUT_S = 600
TANTIVY_FIELDS = ["text", "title"]
TANTIVY_HEAP = 256_000_000


def parse_args():
    parser = argparse.ArgumentParser(description="Times SQLite FTS5 and tantivy on Parley's benchmark queries.")
    parser.add_argument("--passages", type=Path, required=True, help="JSON Lines of passages")
    parser.add_argument("--queries", type=Path, required=True, help="Scripts/bench-queries.json")
    parser.add_argument("--most-frequent", required=True, help="replaces $MOST_FREQUENT in the queries")
    parser.add_argument("--out", type=Path, required=True, help="result JSON")
    parser.add_argument("--venv", type=Path, default=REPO / "Scripts" / "bench-results" / "venv",
                        help="virtualenv for tantivy (default Scripts/bench-results/venv)")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query after one warm-up")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


# tantivy: import it, or install it into the venv and re-run this script there.

def import_tantivy(venv):
    """The tantivy module and None, or None and why it is unavailable. When it is missing here, installs it
    into `venv` and replaces this process with the same script under the venv's python."""
    try:
        import tantivy
        return tantivy, None
    except ImportError:
        pass
    venv = venv.resolve()
    if Path(sys.prefix).resolve() == venv:
        return None, f"import tantivy fails in {venv}"
    python = venv / "bin" / "python"
    if not python.exists():
        if failure := run_step("python3 -m venv", [sys.executable, "-m", "venv", str(venv)], timeout=120):
            return None, failure
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--timeout", "30", "tantivy"]
    if failure := run_step("pip install tantivy", pip, timeout=PIP_TIMEOUT_S):
        return None, failure
    os.execv(python, [str(python), str(Path(__file__).resolve()), *sys.argv[1:]])


def run_step(label, command, timeout):
    """Runs `command`; None, or one line saying why it failed."""
    try:
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"{label} timed out after {timeout} s"
    except subprocess.CalledProcessError as error:
        lines = error.stderr.strip().splitlines() or [f"exit status {error.returncode}"]
        return f"{label} failed: {lines[-1]}"
    except OSError as error:
        return f"{label} failed: {error}"
    return None


# Passages and queries.

def read_passages(path):
    with open(path, encoding="utf-8", buffering=1 << 20) as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def scan_passages(path):
    """Number of passages, UTF-8 megabytes of their text, and the seconds to read and parse them (a part of
    every peer's ingest time; it also leaves the file in the page cache for both peers)."""
    started = time.perf_counter()
    count = text_bytes = 0
    for passage in read_passages(path):
        count += 1
        text_bytes += len(passage["text"].encode())
    return count, text_bytes / 1e6, time.perf_counter() - started


def load_queries(path, most_frequent):
    """The queries the peers can answer ($MOST_FREQUENT replaced), and the skipped ones with the reason."""
    runnable, skipped = [], []
    for entry in json.loads(path.read_text(encoding="utf-8"))["queries"]:
        entry = {**entry, "query": entry["query"].replace("$MOST_FREQUENT", most_frequent)}
        options = [option for option in NO_EQUIVALENT if option in entry]
        if options:
            skipped.append({"shape": entry["shape"], "query": entry["query"],
                            "reason": f"no equivalent of Parley's {'/'.join(options)} option in the peers"})
        else:
            runnable.append(entry)
    return runnable, skipped


def parse_parley(query):
    """Parley syntax as a conjunction of groups, each a disjunction of terms (kind, text), kind being word,
    phrase or prefix: words are ANDed, "a phrase", word* a prefix, an uppercase OR between two terms.
    Like Parley, drops terms without a letter or digit (no token to search)."""
    items = []
    chunks = query.translate(QUOTES).split('"')
    for index, chunk in enumerate(chunks):
        if index % 2 and index < len(chunks) - 1:  # between quotes (an unclosed quote's text is words)
            items.append(("phrase", chunk.strip()))
            continue
        for word in chunk.split():
            if word == "OR":
                items.append(("or", word))
            elif len(word) > 1 and word.endswith("*"):
                items.append(("prefix", word[:-1]))
            else:
                items.append(("word", word))
    return group_alternatives([(kind, text) for kind, text in items if any(c.isalnum() for c in text)])


def group_alternatives(items):
    """Joins the terms on both sides of an OR into one group, as Parley does; an OR without a term on one
    side, or right after another OR, is a word."""
    groups, join_next = [], False
    for index, (kind, text) in enumerate(items):
        term = ("word", text) if kind == "or" else (kind, text)
        if kind == "or" and 0 < index < len(items) - 1 and not join_next:
            join_next = True
        elif join_next:
            groups[-1].append(term)
            join_next = False
        else:
            groups.append([term])
    return groups


def date_bounds(entry):
    """The inclusive (since, until) of a query as YYYY-MM-DD, or None when it has no date option."""
    if "since" not in entry and "until" not in entry:
        return None
    return entry.get("since") or LOWEST_DATE, entry.get("until") or HIGHEST_DATE


def day_number(date):
    """YYYY-MM-DD as the integer YYYYMMDD (tantivy's published field)."""
    return int(date[:10].replace("-", ""))


# Timing.

def percentile(ordered, fraction):
    """Nearest-rank percentile of an ascending list."""
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def spread(milliseconds):
    ordered = sorted(milliseconds)
    return {"p50_ms": round(percentile(ordered, 0.5), 4), "p95_ms": round(percentile(ordered, 0.95), 4),
            "max_ms": round(ordered[-1], 4)}


def measure(queries, runners, repeat):
    """Runs each query once to warm up (its hits are recorded), then `repeat` timed times. `runners` are
    (the query as the peer reads it, a function running it and returning its number of hits)."""
    results, by_shape = [], {}
    for entry, (peer_query, run) in zip(queries, runners):
        result = {"shape": entry["shape"], "query": entry["query"], "peer_query": peer_query}
        result.update({key: entry[key] for key in ("since", "until") if key in entry})
        try:
            hits = run()
        except (sqlite3.Error, ValueError) as error:
            results.append({**result, "error": str(error)})
            continue
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            run()
            times.append((time.perf_counter() - started) * 1000)
        results.append({**result, **spread(times), "hits": hits})
        by_shape.setdefault(entry["shape"], []).extend(times)
    return results, {shape: spread(times) for shape, times in by_shape.items()}


def peer_result(version, ingest_s, corpus, index_bytes, queries, runners, repeat):
    count, text_mb = corpus
    measured, shapes = measure(queries, runners, repeat)
    return {"version": version, "ingest_s": round(ingest_s, 3), "passages_per_s": round(count / ingest_s),
            "mb_per_s": round(text_mb / ingest_s, 3), "index_mb": round(index_bytes / 1e6, 3),
            "queries": measured, "shapes": shapes}


# Peer A: SQLite FTS5 through Python's sqlite3.

def fts5_string(text):
    return '"' + text.replace('"', '""') + '"'


def fts5_match(groups):
    """The FTS5 MATCH expression: every term an FTS5 string (so no input breaks the syntax), ANDed."""
    def term(kind, text):
        return fts5_string(text) + (" *" if kind == "prefix" else "")

    def alternatives(terms):
        return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"

    return " AND ".join(alternatives([term(*t) for t in group]) for group in groups)


def fts5_runner(connection, entry):
    match = fts5_match(parse_parley(entry["query"]))
    sql, parameters = "SELECT rowid, bm25(p) FROM p WHERE p MATCH ?", [match]
    if bounds := date_bounds(entry):
        sql += " AND published BETWEEN ? AND ?"
        parameters += bounds
    sql += f" ORDER BY rank LIMIT {LIMIT}"
    return match, lambda: len(connection.execute(sql, parameters).fetchall())


def run_fts5(args, corpus, queries):
    path = args.out.with_suffix(".fts5.sqlite")
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    # Parley's own settings: WAL, synchronous NORMAL, 32 MB of page cache.
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA cache_size = -32768")
    connection.execute("CREATE VIRTUAL TABLE p USING fts5(text, title, published UNINDEXED, "
                       "tokenize='porter unicode61 remove_diacritics 2')")
    rows = ((p["id"], p["text"], p.get("title", ""), p.get("published", "")) for p in read_passages(args.passages))
    started = time.perf_counter()
    with connection:  # one transaction
        connection.executemany("INSERT INTO p(rowid, text, title, published) VALUES (?, ?, ?, ?)", rows)
    ingest_s = time.perf_counter() - started
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    runners = [fts5_runner(connection, entry) for entry in queries]
    result = peer_result(sqlite3.sqlite_version, ingest_s, corpus, path.stat().st_size, queries, runners, args.repeat)
    connection.close()
    return result


# Peer B: tantivy.

def tantivy_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def en_stem_analyzer(tantivy):
    """tantivy's en_stem analyzer, rebuilt to turn a prefix into the index's terms."""
    builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    for step in (tantivy.Filter.remove_long(40), tantivy.Filter.lowercase(), tantivy.Filter.stemmer("english")):
        builder = builder.filter(step)
    return builder.build()


def tantivy_query(tantivy, index, groups, bounds, analyzer):
    """The query as tantivy objects: every group required, its terms ORed, over text and title. Words and
    phrases go through the query parser quoted, so that en_stem cuts them as it cut the text; a prefix is a
    PhrasePrefixQuery on its analyzed tokens (the parser's own `"a b"*` needs two tokens or more)."""
    query, occur, schema = tantivy.Query, tantivy.Occur, index.schema

    def either(queries):
        return queries[0] if len(queries) == 1 else query.boolean_query([(occur.Should, q) for q in queries])

    def term(kind, text):
        if kind != "prefix":
            return index.parse_query(tantivy_string(text), TANTIVY_FIELDS)
        tokens = analyzer.analyze(text)
        return either([query.phrase_prefix_query(schema, field, tokens) for field in TANTIVY_FIELDS])

    clauses = [(occur.Must, either([term(*t) for t in group])) for group in groups]
    if bounds:
        since, until = map(day_number, bounds)
        clauses.append((occur.Must, query.range_query(schema, "published", tantivy.FieldType.Integer, since, until)))
    return query.boolean_query(clauses)


def tantivy_schema(tantivy):
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("text", stored=False, tokenizer_name="en_stem")
    builder.add_text_field("title", stored=False, tokenizer_name="en_stem")
    builder.add_integer_field("id", stored=True)
    builder.add_integer_field("published", indexed=True, fast=True)
    return builder.build()


def run_tantivy(tantivy, args, corpus, queries):
    folder = args.out.with_suffix(".tantivy")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    index = tantivy.Index(tantivy_schema(tantivy), path=str(folder))
    writer = index.writer(heap_size=TANTIVY_HEAP)
    started = time.perf_counter()
    for passage in read_passages(args.passages):
        document = tantivy.Document(id=passage["id"], text=passage["text"], title=passage.get("title", ""))
        if passage.get("published"):
            document.add_integer("published", day_number(passage["published"]))
        writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    ingest_s = time.perf_counter() - started
    index.reload()
    searcher = index.searcher()
    analyzer = en_stem_analyzer(tantivy)

    def runner(entry):
        build = functools.partial(tantivy_query, tantivy, index, parse_parley(entry["query"]), date_bounds(entry),
                                  analyzer)
        return repr(build()), lambda: len(searcher.search(build(), LIMIT).hits)

    size = sum(file.stat().st_size for file in folder.rglob("*") if file.is_file())
    version = getattr(tantivy, "__version__", "unknown")
    return peer_result(version, ingest_s, corpus, size, queries, [runner(e) for e in queries], args.repeat)


# Report.

def print_summary(result):
    print(f"bench-peers: {result['passages']:,} passages, {result['text_mb']:.1f} MB of text "
          f"(reading and parsing them: {result['read_s']:.1f} s)", file=sys.stderr)
    for name, peer in result["peers"].items():
        if "skipped" in peer:
            print(f"{name}: skipped ({peer['skipped']})", file=sys.stderr)
            continue
        print(f"{name} ({peer['version']}): ingest {peer['ingest_s']:.1f} s ({peer['passages_per_s']:,} passages/s, "
              f"{peer['mb_per_s']:.1f} MB/s), index {peer['index_mb']:.1f} MB", file=sys.stderr)
        for shape, times in peer["shapes"].items():
            print(f"  {shape:<15} p50 {times['p50_ms']:8.3f} ms  p95 {times['p95_ms']:8.3f} ms  "
                  f"max {times['max_ms']:8.3f} ms", file=sys.stderr)
        for failed in (q for q in peer["queries"] if "error" in q):
            print(f"  failed: {failed['query']}: {failed['error']}", file=sys.stderr)


def main():
    args = parse_args()
    tantivy, missing = import_tantivy(args.venv)
    if missing:
        print(f"bench-peers: tantivy unavailable ({missing}); skipped", file=sys.stderr)
    queries, skipped = load_queries(args.queries, args.most_frequent)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    count, text_mb, read_s = scan_passages(args.passages)
    corpus = (count, text_mb)
    result = {"passages": count, "text_mb": round(text_mb, 3), "read_s": round(read_s, 3), "repeat": args.repeat,
              "skipped_queries": skipped, "peers": {"sqlite-fts5-python": run_fts5(args, corpus, queries)}}
    result["peers"]["tantivy"] = {"skipped": missing} if missing else run_tantivy(tantivy, args, corpus, queries)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print_summary(result)


if __name__ == "__main__":
    main()
