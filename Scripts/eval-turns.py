#!/usr/bin/env python3
"""Transcript turns on the White House briefings: for each of eight officials, the turns their label opens
(found independently here, from the raw text) against what `parley quotes --speaker SURNAME` returns.

  precision: share of the quotations returned that lie inside that official's turns
  recall:    share of that official's turns where a returned turn starts

Usage: Scripts/eval-turns.py PARLEY INDEX CORPUS.jsonl.gz
The index must hold CORPUS (`parley index --index INDEX CORPUS`). Reports every transcript and, apart, every 8th
one (briefing number divisible by 8), which is never read to write rules.
"""
import gzip
import json
import re
import subprocess
import sys

OFFICIALS = {
    "Carney": re.compile(r"^(?:M[Rr]\.?|SECRETARY) CARNEY$"),
    "Earnest": re.compile(r"^M[Rr]\.? EARNEST$"),
    "Gibbs": re.compile(r"^M[Rr]\.? GIBBS$"),
    "Schultz": re.compile(r"^M[Rr]\.? SCHULTZ$"),
    "Rhodes": re.compile(r"^(?:MR\.?|DEPUTY NATIONAL SECURITY ADVISOR(?: FOR STRATEGIC COMMUNICATIONS?)?) RHODES$"),
    "Psaki": re.compile(r"^M[Ss]\.? PSAKI$"),
    "Obama": re.compile(r"^(?:THE PRESIDENT|PRESIDENT OBAMA)$"),
    "Rice": re.compile(r"^(?:AMBASSADOR|MS\.?|DR\.?|NATIONAL SECURITY ADVISOR) RICE$"),
}
# Any speaker label: capitals (with Mc/La name prefixes), then a colon (a space after it, or a capital when the
# space was lost: `MR. EARNEST:Well`); or `Q` and a space.
LABEL = re.compile(r"^((?:[A-Z][A-Za-z]*[A-Z]|[A-Z]|M[rs]s?)\.?(?: (?:[A-Z][A-Za-z]*[A-Z]|[A-Z]|OF|FOR|THE)\.?){0,7}):(?: |$|(?=[A-Z]))")


def gold_turns(text):
    """(label, start, end) of every labelled turn, in Python str offsets: from after the label to the end of the
    paragraph before the next label."""
    paragraphs = []
    offset = 0
    for part in text.split("\n"):
        if part.strip():
            paragraphs.append((offset, offset + len(part), part))
        offset += len(part) + 1
    turns = []
    for start, end, part in paragraphs:
        match = LABEL.match(part)
        if match:
            turns.append([match.group(1), start + match.end(), end])
        elif part.startswith("Q ") or part == "Q":
            turns.append(["Q", start + 2, end])
        elif turns:
            turns[-1][2] = end
    return turns


def main():
    parley, index, corpus = sys.argv[1:4]
    documents = {}
    seen = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            # An exact copy of an earlier transcript is stored once, under the first id (a wire copy).
            if record["text"] in seen:
                continue
            seen.add(record["text"])
            documents[record["id"]] = gold_turns(record["text"])
    held = {doc for doc in documents if int(doc.rsplit("-", 1)[1]) % 8 == 0}
    totals = {"all": [0, 0, 0, 0], "held-out": [0, 0, 0, 0]}
    print(f"{'official':10} {'turns':>7} {'found':>7} {'returned':>8} {'inside':>7} {'P':>6} {'R':>6}   held-out P / R")
    for surname, pattern in OFFICIALS.items():
        result = subprocess.run(
            [parley, "quotes", "--index", index, "--speaker", surname, "--format", "jsonl", "--limit", "10000000"],
            capture_output=True, text=True)
        if result.returncode not in (0, 1):
            print(f"{surname}: {result.stderr.strip()}")
            continue
        returned = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        by_doc = {}
        for quote in returned:
            by_doc.setdefault(quote["article_id"], []).append(quote)
        row = {"all": [0, 0, 0, 0], "held-out": [0, 0, 0, 0]}
        for doc, turns in documents.items():
            own = [(s, e) for label, s, e in turns if pattern.match(label)]
            quotes = by_doc.get(doc, [])
            found = sum(1 for s, e in own if any(q["kind"] == "turn" and s <= q["start"] < e for q in quotes))
            inside = sum(1 for q in quotes if any(s <= q["start"] and q["end"] <= e for s, e in own))
            for group in ["all"] + (["held-out"] if doc in held else []):
                counts = row[group]
                counts[0] += len(own)
                counts[1] += found
                counts[2] += len(quotes)
                counts[3] += inside
        for doc in by_doc:
            if doc not in documents:
                row["all"][2] += len(by_doc[doc])
        for group in row:
            totals[group] = [a + b for a, b in zip(totals[group], row[group])]
        a, h = row["all"], row["held-out"]
        print(f"{surname:10} {a[0]:7} {a[1]:7} {a[2]:8} {a[3]:7} {ratio(a[3], a[2]):>6} {ratio(a[1], a[0]):>6}"
              f"   {ratio(h[3], h[2])} / {ratio(h[1], h[0])} ({h[0]} turns)")
    for group, t in totals.items():
        print(f"{group:10} micro: turns {t[0]}, found {t[1]}, returned {t[2]}, inside {t[3]}: "
              f"precision {ratio(t[3], t[2])}, recall {ratio(t[1], t[0])}")


def ratio(a, b):
    return f"{a / b:.4f}" if b else "–"


if __name__ == "__main__":
    main()
