#!/usr/bin/env python3
"""Checks the transcript-turn gold set (Tests/TranscriptGold/*.jsonl) for structural errors.

Usage: Scripts/check-transcript-gold.py [FILE.jsonl ...]   (default: both files of Tests/TranscriptGold)
       add --review to also list label-like paragraphs that have no turn and speakers not spelled in the document.
Exits 1 on any error.
"""
import json, re, sys
from collections import Counter
from pathlib import Path

LAYOUTS = ["white-house", "state-department", "foreign-ministry", "chinese-mfa", "council", "interview",
           "joint-press", "article-with-qa"]
MINIMUM = {"transcripts.jsonl": 2, "heldout.jsonl": 1}
KEYS = ["id", "title", "date", "source", "layout", "transcript", "text", "turns"]
TURN_KEYS = ["paragraph", "label", "speaker", "questioner"]
# A paragraph that opens like a label: up to 8 words before a colon, or `Q ` (White House style).
LABEL_LIKE = re.compile(r"^(?:Q |[^:.?!\"“”‘’]{1,70}:)")


def check(path, review, seen_ids):
    errors = []
    layouts = Counter()
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        where = f"{path}:{number}"
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(f"{where}: not JSON ({error})")
            continue
        if list(doc) != KEYS:
            errors.append(f"{where}: keys {list(doc)}, expected {KEYS}")
            continue
        where = f"{path}:{number} {doc['id']}"
        if doc["id"] in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(doc["id"])
        if not re.fullmatch(r"202[4-6]-\d\d-\d\d", doc["date"]):
            errors.append(f"{where}: date {doc['date']!r} not YYYY-MM-DD in 2024-2026")
        if doc["layout"] not in LAYOUTS:
            errors.append(f"{where}: unknown layout {doc['layout']!r}")
        layouts[doc["layout"]] += 1
        if not isinstance(doc["transcript"], bool) or doc["transcript"] != (doc["layout"] != "article-with-qa"):
            errors.append(f"{where}: transcript must be false exactly for article-with-qa")
        paragraphs = doc["text"].split("\n\n")
        if not 8 <= len(paragraphs) <= 30:
            errors.append(f"{where}: {len(paragraphs)} paragraphs (expected 8-30)")
        for index, paragraph in enumerate(paragraphs):
            if not paragraph or "\n" in paragraph or paragraph != paragraph.strip():
                errors.append(f"{where}: paragraph {index} empty, has a newline or surrounding whitespace")
        turns = doc["turns"]
        if not doc["transcript"] and turns:
            errors.append(f"{where}: not a transcript but has turns")
        if doc["transcript"] and len(turns) < 4:
            errors.append(f"{where}: a transcript with {len(turns)} turns")
        previous = -1
        for turn in turns:
            if list(turn) != TURN_KEYS:
                errors.append(f"{where}: turn keys {list(turn)}")
                continue
            p, label = turn["paragraph"], turn["label"]
            if not isinstance(p, int) or not 0 <= p < len(paragraphs):
                errors.append(f"{where}: paragraph {p!r} out of range")
                continue
            if p <= previous:
                errors.append(f"{where}: turn at paragraph {p} not after {previous}")
            previous = p
            if not isinstance(turn["questioner"], bool):
                errors.append(f"{where}: questioner not a boolean at paragraph {p}")
            if turn["speaker"] is not None and (not isinstance(turn["speaker"], str) or not turn["speaker"].strip()):
                errors.append(f"{where}: speaker must be a name or null at paragraph {p}")
            if not label or label != label.strip() or label.endswith(":"):
                errors.append(f"{where}: label {label!r} has surrounding whitespace or a colon")
            paragraph = paragraphs[p]
            rest = paragraph[len(label):]
            if not paragraph.startswith(label):
                errors.append(f"{where}: paragraph {p} does not start with {label!r}: {paragraph[:40]!r}")
            elif label == "Q" and rest.startswith(" ") and rest.strip():
                pass  # White House style: `Q` then a space, no colon
            elif label in ("Q", "A") and re.match(r"\. \S", rest):
                pass  # interview style `Q. ` / `A. `: a period instead of the colon (heldout-2.jsonl)
            elif not re.match(r" ?:(?: |$)", rest):
                errors.append(f"{where}: paragraph {p}: {label!r} not followed by a colon: {paragraph[:40]!r}")
        if review:
            labelled = {t["paragraph"] for t in turns}
            for index, paragraph in enumerate(paragraphs):
                if index not in labelled and LABEL_LIKE.match(paragraph):
                    print(f"review {where}: paragraph {index} looks like a label but is no turn: {paragraph[:60]!r}")
            spelled = doc["title"] + "\n" + doc["text"]
            for speaker in sorted({t["speaker"] for t in turns if t["speaker"] and not t["questioner"]}):
                if speaker not in spelled:
                    print(f"review {where}: speaker {speaker!r} is not spelled out in the document")
    minimum = MINIMUM.get(Path(path).name, 1)
    for layout in LAYOUTS:
        if layouts[layout] < minimum:
            errors.append(f"{path}: layout {layout} has {layouts[layout]} documents (at least {minimum})")
    return errors, layouts, len(lines)


def main():
    arguments = [a for a in sys.argv[1:] if a != "--review"]
    review = "--review" in sys.argv[1:]
    root = Path(__file__).resolve().parent.parent / "Tests" / "TranscriptGold"
    paths = arguments or [str(root / "transcripts.jsonl"), str(root / "heldout.jsonl")]
    seen_ids, failed = set(), False
    for path in paths:
        errors, layouts, count = check(path, review, seen_ids)
        for error in errors:
            print("error", error)
        failed = failed or bool(errors)
        print(f"{path}: {count} documents; " + ", ".join(f"{k} {layouts[k]}" for k in LAYOUTS))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
