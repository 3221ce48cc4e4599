#!/usr/bin/env python3
"""Attribution figures on PolNeAR train, by folds: quotation P/R/F1, partial recall, speaker right on found,
found-and-right F1, `quotes --speaker SURNAME` micro F1, and the calibration of `confidence`.

    Scripts/eval-attribution.py PREDICTIONS.jsonl [--corpus ../shared/corpus] [--folds dev|test|all] [--misses N]

PREDICTIONS comes from `parley-bench quotes ../shared/corpus/polnear-train.jsonl.gz` (Scripts/eval-quotes
--polnear runs both). Articles are split into 5 folds by a hash of their id: folds 0-3 are the development
folds (look at their misses, tune on them), fold 4 is held out (report it; never read its misses).
"""
import argparse, collections, gzip, hashlib, json, re, sys

PRONOUNS = {"He", "She", "They", "It", "We", "I", "The", "A", "An", "You"}


def fold(article_id):
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5


def last_capitalized(span):
    """The surname the annotated source names: the last capitalised word of its head, the words before an
    appositive or a relative clause (`Yuri Tobolin, an aide to the president’s office,` → Tobolin;
    `Gen. Pavel Drozdin of the Valdoran army` → Drozdin). None when the head names nobody (`he`, `Režek’s right-hand man`)."""
    head = re.split(r",| who | whose | which | of | from | at | in | for | on | \(| — | – | wearing ", " " + span + " ")[0]
    words = head.split()
    if words and (words[-1].endswith("’s") or words[-1].endswith("'s")):
        words[-1] = words[-1][:-2]
    elif any(w.endswith("’s") or w.endswith("'s") for w in words):
        return None  # `Režek’s right-hand man`: a role of someone, not a name
    words = [w.strip(".") for w in words if w[:1].isupper() and w not in PRONOUNS]
    return words[-1] if words else None


def overlap(a0, a1, b0, b1):
    i = min(a1, b1) - max(a0, b0)
    return 0 if i <= 0 else i / (max(a1, b1) - min(a0, b0))


def said_words(p):
    said = " ".join(x for x in (p.get("speaker"), p.get("speaker_mention")) if x)
    return set(said.replace(",", " ").split()) | {w[:-2] for w in said.split() if w.endswith("’s")}


def load(corpus, keep):
    """The articles of the folds in `keep` (id → text) and their labelled quotations (id → list)."""
    texts = {}
    with gzip.open(corpus + "/polnear-train.jsonl.gz", "rt") as f:
        for line in f:
            d = json.loads(line)
            if fold(d["id"]) in keep:
                texts[d["id"]] = d["text"]
    gold = collections.defaultdict(list)
    with gzip.open(corpus + "/gold/polnear-train.quotes.jsonl.gz", "rt") as f:
        for line in f:
            d = json.loads(line)
            if d["article_id"] in texts:
                gold[d["article_id"]].append(d)
    return texts, gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("predictions")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--folds", default="test", choices=["dev", "test", "all"])
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--json", help="write the figures here as JSON")
    args = ap.parse_args()
    keep = {"dev": {0, 1, 2, 3}, "test": {4}, "all": {0, 1, 2, 3, 4}}[args.folds]

    texts, gold = load(args.corpus, keep)
    pred = collections.defaultdict(list)
    with open(args.predictions) as f:
        for line in f:
            d = json.loads(line)
            if d["article_id"] in texts and d["kind"] not in ("other", "turn"):
                pred[d["article_id"]].append(d)

    n_gold = sum(len(v) for v in gold.values())
    n_pred = sum(len(v) for v in pred.values())
    matched = 0
    partial_gold = partial_found = 0
    judged = right = 0
    calib = collections.defaultdict(lambda: [0, 0])
    by_method = collections.defaultdict(lambda: [0, 0])
    # `quotes --speaker SURNAME`: per (article, gold quote) with a named speaker.
    spk_tp = spk_fp = spk_fn = 0
    misses = []
    for aid in texts:
        G, P = gold.get(aid, []), pred.get(aid, [])
        pairs = sorted(((overlap(p["start"], p["end"], g["start"], g["end"]), i, j)
                        for i, p in enumerate(P) for j, g in enumerate(G)), reverse=True)
        used_p, used_g, match = set(), set(), {}
        for o, i, j in pairs:
            if o < 0.5 or i in used_p or j in used_g:
                continue
            used_p.add(i); used_g.add(j); match[j] = i
        matched += len(match)
        for j, g in enumerate(G):
            short = len(g["quote"].split()) <= 3
            if short:
                partial_gold += 1
                partial_found += j in match
            name = last_capitalized(g["speaker_span"] or "")
            if j not in match:
                if name:
                    spk_fn += 1
                if args.misses and len(misses) < args.misses and args.folds != "test":
                    misses.append(("MISS", aid, g, None))
                continue
            p = P[match[j]]
            if not name:
                continue
            judged += 1
            ok = name in said_words(p)
            right += ok
            if p.get("speaker"):  # a speaker claimed: its confidence is calibrated
                b = min(int(p.get("confidence", 0) * 10), 9)
                calib[b][0] += 1; calib[b][1] += ok
            by_method[p.get("method") or "-"][0] += 1; by_method[p.get("method") or "-"][1] += ok
            if ok:
                spk_tp += 1
            else:
                spk_fn += 1
                if p.get("speaker"):
                    spk_fp += 1
                if args.misses and len(misses) < args.misses and args.folds != "test":
                    misses.append(("SPEAKER", aid, g, p))
        # predictions with a speaker that match no gold quotation count against `--speaker`.
        for i, p in enumerate(P):
            if i not in used_p and p.get("speaker"):
                spk_fp += 1

    prec = matched / n_pred if n_pred else 0
    rec = matched / n_gold if n_gold else 0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
    acc = right / judged if judged else 0
    # Found and speaker right, over judged gold quotations and judged predictions.
    judged_gold = sum(1 for G in gold.values() for g in G if last_capitalized(g["speaker_span"] or ""))
    fr_rec = right / judged_gold if judged_gold else 0
    fr_prec = right / (judged + 0.0) * prec if judged else 0
    fr_f1 = 2 * fr_prec * fr_rec / (fr_prec + fr_rec) if fr_prec + fr_rec else 0
    sp = spk_tp / (spk_tp + spk_fp) if spk_tp + spk_fp else 0
    sr = spk_tp / (spk_tp + spk_fn) if spk_tp + spk_fn else 0
    sf = 2 * sp * sr / (sp + sr) if sp + sr else 0
    figures = {
        "folds": args.folds, "articles": len(texts), "labelled": n_gold, "found": n_pred, "precision": prec,
        "recall": rec, "f1": f1, "partial_recall": partial_found / partial_gold if partial_gold else 0,
        "speaker_right_on_found": acc, "speaker_judged": judged, "found_and_right_f1": fr_f1,
        "speaker_filter_micro_f1": sf,
    }
    print(f"PolNeAR train, folds {args.folds} ({len(texts)} articles, {n_gold} labelled, {n_pred} found):")
    print(f"  quotation precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    print(f"  recall of short quotations (1-3 words): {figures['partial_recall']:.3f} ({partial_found}/{partial_gold})")
    print(f"  speaker right on found: {acc:.3f} ({right}/{judged} judged: the label names someone)")
    print(f"  found and speaker right, F1: {fr_f1:.3f}")
    print(f"  quotes --speaker SURNAME, micro F1: {sf:.3f} (P {sp:.3f}, R {sr:.3f})")
    print("  by method (judged, right):  " + "  ".join(f"{m} {n} {r/n:.2f}" for m, (n, r) in sorted(by_method.items(), key=lambda x: -x[1][0])))
    print("  calibration (confidence bucket: quotations, share right):")
    for b in sorted(calib):
        n, r = calib[b]
        print(f"    {b/10:.1f}–{(b+1)/10:.1f}: {n:5d}  {r/n:.3f}")
    if args.json:
        figures["calibration"] = {f"{b/10:.1f}": calib[b] for b in sorted(calib)}
        json.dump(figures, open(args.json, "w"), indent=1)
    for kind, aid, g, p in misses:
        t = texts[aid]
        ctx = t[max(0, g["start"] - 160):g["end"] + 100].replace("\n", " ¶ ")
        got = f" got {p.get('speaker')} ({p.get('method')}, {p.get('speaker_mention')})" if p else ""
        print(f"{kind} {aid} want [{g['speaker_span']}]{got}: …{ctx}…\n")


if __name__ == "__main__":
    main()
