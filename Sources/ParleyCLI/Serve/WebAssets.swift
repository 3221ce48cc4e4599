// swift-format-ignore-file
// The page's HTML, CSS and JavaScript are data, served as they are written here: no Swift layout applies to them.
/// The web page's files, served from the binary itself: nothing to install beside it, no build step (no npm).
///
/// The page (``script``) builds every view from the JSON API with DOM nodes: text from the index is set as
/// `textContent` or an attribute, never parsed as HTML, and the server's Content-Security-Policy lets only these
/// files run.
enum WebAssets {
    struct File: Sendable {
        var type: String
        var body: String
    }

    static let files: [String: File] = [
        "/": File(type: "text/html; charset=utf-8", body: html),
        "/index.html": File(type: "text/html; charset=utf-8", body: html),
        "/app.css": File(type: "text/css; charset=utf-8", body: style),
        "/app.js": File(type: "text/javascript; charset=utf-8", body: script),
    ]

    /// The page: a search box, the filters, the facets beside the results.
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<header>
  <a class="brand" href="/">Parley</a>
  <form id="search" role="search" autocomplete="off">
    <input id="q" name="q" type="search" placeholder="territory NEAR(compromise Veyra, 10) -sanctions speaker:Marevsky" aria-label="Query">
    <button type="submit">Search</button>
  </form>
  <nav id="views" aria-label="Views">
    <a data-view="passages" href="#">Passages</a>
    <a data-view="quotes" href="#">Quotations</a>
    <a data-view="timeline" href="#">Timeline</a>
  </nav>
</header>
<section id="filters" aria-label="Filters">
  <label>Speaker <input id="f-speaker" data-param="speaker" placeholder="any"></label>
  <label>Entity <input id="f-entity" data-param="entity" placeholder="any"></label>
  <label>Source <input id="f-source" data-param="source" placeholder="any"></label>
  <label>Since <input id="f-since" data-param="since" placeholder="2015-09"></label>
  <label>Until <input id="f-until" data-param="until" placeholder="2015-12-31"></label>
  <label>Order <select id="f-sort" data-param="sort"><option value="">best first</option><option value="date">newest first</option></select></label>
  <button id="clear" type="button">Clear filters</button>
</section>
<div id="layout">
  <aside id="facets" aria-label="Facets"></aside>
  <main id="main" aria-live="polite"></main>
</div>
<footer>Parley · <a href="/openapi.json">API</a></footer>
</body>
</html>
"""#

    /// Its style.
    static let style = #"""
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #1f5fbf; --mark: #ffe58a; --quote: #e8f0fd; --bg: #fafbfc; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 20px; padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 20px; color: var(--ink); }
#search { display: flex; flex: 1 1 420px; gap: 8px; }
#q { flex: 1; padding: 8px 10px; font-size: 16px; border: 1px solid var(--line); border-radius: 6px; }
button { padding: 7px 14px; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 6px; font-size: 14px; cursor: pointer; }
button.secondary, #clear { background: #fff; color: var(--accent); }
#views a { margin-right: 14px; padding-bottom: 4px; color: var(--muted); }
#views a.active { color: var(--ink); border-bottom: 2px solid var(--accent); font-weight: 600; }
#filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; padding: 10px 20px; border-bottom: 1px solid var(--line); background: #fff; font-size: 13px; color: var(--muted); }
#filters label { display: flex; flex-direction: column; gap: 2px; }
#filters input, #filters select { padding: 5px 7px; border: 1px solid var(--line); border-radius: 5px; font-size: 14px; width: 150px; }
#layout { display: grid; grid-template-columns: 250px 1fr; gap: 24px; padding: 16px 20px; max-width: 1280px; }
@media (max-width: 800px) { #layout { grid-template-columns: 1fr; } }
#facets h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 14px 0 4px; }
#facets ul { list-style: none; margin: 0; padding: 0; }
#facets li { display: flex; justify-content: space-between; gap: 8px; font-size: 13px; padding: 1px 0; }
#facets li .count { color: var(--muted); font-variant-numeric: tabular-nums; }
.count-line { color: var(--muted); margin: 0 0 12px; }
.error { padding: 10px 14px; border: 1px solid #e3a5a5; background: #fff3f3; border-radius: 6px; color: #8a1f1f; }
.hint { color: var(--muted); }
ol.results { list-style: none; padding: 0; margin: 0; }
ol.results > li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin-bottom: 10px; }
.title { font-weight: 600; }
.meta { color: var(--muted); font-size: 13px; }
.passage { margin: 6px 0; }
mark { background: var(--mark); padding: 0 1px; border-radius: 2px; }
.turn-label { font-weight: 600; margin-right: 4px; }
.who { font-size: 13px; margin-top: 4px; }
.who a { margin-right: 8px; }
.speaker { font-weight: 600; }
blockquote { margin: 6px 0; padding-left: 10px; border-left: 3px solid var(--accent); }
.pager { display: flex; gap: 10px; margin: 12px 0; }
.chart { width: 100%; max-width: 900px; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
.chart rect { fill: var(--accent); }
.chart rect:hover { fill: #174a95; }
.chart text { font-size: 11px; fill: var(--muted); }
article.full { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 18px 22px; }
article.full h1 { font-size: 22px; margin: 0 0 4px; }
.article-text { white-space: pre-wrap; margin-top: 14px; line-height: 1.65; }
.q { background: var(--quote); border-bottom: 2px solid var(--accent); }
.q.unattributed { border-bottom-style: dashed; border-bottom-color: var(--muted); }
.q.turn { background: transparent; border-bottom: none; }
.q-label { font-size: 11px; font-weight: 700; color: #fff; background: var(--accent); border-radius: 3px; padding: 0 4px; margin-right: 3px; vertical-align: 2px; }
.q.turn .q-label { background: var(--muted); }
.m { text-decoration: underline dotted var(--muted); }
.legend { font-size: 13px; color: var(--muted); }
table.quotes { border-collapse: collapse; font-size: 14px; margin-top: 10px; width: 100%; }
table.quotes td, table.quotes th { border-top: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
footer { padding: 20px; color: var(--muted); font-size: 13px; }
"""#

    /// Its script: the views (passages, quotations, timeline, article), the state in the URL.
    static let script = #"""
// Parley's web page: every view reads the JSON API and builds the page with DOM nodes. Text from the index is only
// ever set as textContent or an attribute value, never parsed as HTML. The state is the URL's query string, so a
// link can be shared and the back button works.
"use strict";

const FILTERS = ["speaker", "entity", "source", "since", "until", "sort"];
const PAGE = { passages: 10, quotes: 20 };
let generation = 0;

function $(id) { return document.getElementById(id); }

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function number(n) { return Number(n).toLocaleString("en-US"); }

function current() { return new URLSearchParams(location.search); }

function navigate(params) {
  history.pushState(null, "", "/?" + params.toString());
  render();
}

// A link to another state of the page: a real href (open in a new tab, copy), followed without reloading.
function link(text, params, className) {
  const a = el("a", className, text);
  a.href = "/?" + params.toString();
  a.addEventListener("click", (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(params);
  });
  return a;
}

function withParams(base, changes) {
  const params = new URLSearchParams(base);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  return params;
}

async function api(path, params) {
  const response = await fetch(path + "?" + params.toString(), { headers: { Accept: "application/json" } });
  let body;
  try {
    body = await response.json();
  } catch (error) {
    throw new Error("the server answered " + response.status + " without JSON");
  }
  if (!response.ok) throw new Error(body && body.error ? body.error.message : "the server answered " + response.status);
  return body;
}

// The query and the filters of the page's state, as API parameters.
function queryParams(state, extra) {
  const params = new URLSearchParams();
  if (state.get("q")) params.set("q", state.get("q"));
  for (const key of FILTERS) {
    const value = state.get(key);
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra || {})) params.set(key, value);
  return params;
}

// `text` with the Unicode-scalar ranges `marks` in <mark>: offsets count code points, as Array.from does.
function marked(text, marks) {
  const points = Array.from(text);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of marks || []) {
    if (start < at || end > points.length) continue;
    fragment.append(points.slice(at, start).join(""));
    fragment.append(el("mark", null, points.slice(start, end).join("")));
    at = end;
  }
  fragment.append(points.slice(at).join(""));
  return fragment;
}

function meta(source, date, extra) {
  const parts = [source, date ? String(date).slice(0, 10) : null].concat(extra || []).filter(Boolean);
  return el("div", "meta", parts.join(" · "));
}

function articleLink(title, id, state) {
  return link(title && title.trim() ? title : "(untitled: " + id + ")", withParams(new URLSearchParams(), {
    view: "article", id: id, q: state.get("q"),
  }), "title");
}

function pager(state, shown, total, page) {
  const offset = Number(state.get("offset") || 0);
  const nav = el("div", "pager");
  if (offset > 0) nav.append(link("← previous", withParams(state, { offset: Math.max(0, offset - page) || null })));
  if (offset + shown < total) nav.append(link("next →", withParams(state, { offset: offset + page })));
  return nav;
}

function showError(error) {
  $("main").replaceChildren(el("div", "error", error.message || String(error)));
}

// --- facets ---------------------------------------------------------------------------------------------------

function renderFacets(state, summary) {
  const aside = $("facets");
  aside.replaceChildren();
  if (!summary || !summary.facets) return;
  const groups = [
    ["Speakers", "speakers", "speaker"], ["People", "people", "entity"], ["Places", "places", "entity"],
    ["Organizations", "organizations", "entity"], ["Sources", "sources", "source"], ["Years", "years", null],
  ];
  for (const [title, key, param] of groups) {
    const counts = summary.facets[key] || [];
    if (!counts.length) continue;
    aside.append(el("h3", null, title));
    const list = el("ul");
    for (const { value, passages } of counts.slice(0, 12)) {
      const item = el("li");
      const changes = param ? { [param]: value, offset: null } : { since: value, until: value, offset: null };
      item.append(link(value, withParams(state, changes)), el("span", "count", number(passages)));
      list.append(item);
    }
    aside.append(list);
  }
  if (!summary.facets_of_all) aside.append(el("p", "hint", "Counted among the most recent matches."));
}

// --- passages -------------------------------------------------------------------------------------------------

function countLine(summary, noun) {
  const total = summary.distinct !== null && summary.distinct !== undefined ? summary.distinct : summary.matches;
  const about = summary.count_exact ? "" : "about ";
  return about + number(total) + " matching " + noun + (total === 1 ? "" : "s");
}

// Without a query: what the index holds, then the most quoted speakers, each shown as soon as it arrives (counting
// every speaker's statements takes seconds in a large index).
async function renderHome(state, my) {
  const main = $("main");
  const summary = el("p", "hint", "Counting…");
  const speakers = el("div", null);
  speakers.append(el("h3", null, "Most quoted"), el("p", "hint", "Counting…"));
  main.replaceChildren(summary, el("p", "hint", "Words are ANDed; \"a phrase\", prefix*, OR, -excluded, (groups), NEAR(a b, 10), SENTENCE(a b) and fields (speaker:name, source:…, since:2015-09) work as in the command line."), speakers);
  $("facets").replaceChildren();
  const stats = api("/api/stats", new URLSearchParams()).then((stats) => {
    if (my !== generation) return;
    summary.className = "";
    summary.textContent = number(stats.articles) + " articles, " + number(stats.passages) + " passages, " +
      number(stats.quotations) + " quotations" + (stats.first_date ? " from " + String(stats.first_date).slice(0, 10) + " to " + String(stats.last_date).slice(0, 10) : "") + ".";
  });
  const quoted = api("/api/speakers", new URLSearchParams({ limit: "10" })).then((found) => {
    if (my !== generation) return;
    speakers.replaceChildren(el("h3", null, "Most quoted"), speakerTable(state, found.speakers));
  });
  await Promise.all([stats, quoted]);
}

async function renderPassages(state, my) {
  const offset = state.get("offset") || "0";
  // The passages are shown as soon as they come; the facets, which count every match, fill in beside them.
  $("facets").replaceChildren(el("p", "hint", "Counting…"));
  const facets = api("/api/facets", queryParams(state)).then((facets) => {
    if (my === generation) renderFacets(state, facets.summary);
  }, () => { if (my === generation) $("facets").replaceChildren(); });
  const found = await api("/api/search", queryParams(state, { limit: String(PAGE.passages), offset: offset }));
  if (my !== generation) return;
  const main = $("main");
  main.replaceChildren();
  main.append(el("p", "count-line", countLine(found.summary, "passage")));
  const list = el("ol", "results");
  for (const hit of found.passages) {
    const item = el("li");
    item.append(articleLink(hit.title, hit.article_id, state));
    item.append(meta(hit.source, hit.date, ["chars " + hit.start + "–" + hit.end]));
    const text = el("div", "passage");
    if (hit.turn) {
      const who = hit.turn.question ? "question" : hit.turn.speaker;
      text.append(el("span", "turn-label", hit.turn.label + (who && who !== hit.turn.label ? " (" + who + ")" : "") + ":"));
    }
    if (hit.starts_mid_sentence) text.append("… ");
    text.append(marked(hit.text, hit.marks));
    if (hit.ends_mid_sentence) text.append(" …");
    item.append(text);
    if (hit.speakers.length) {
      const who = el("div", "who", "Quoted: ");
      for (const name of hit.speakers) {
        who.append(link(name, withParams(new URLSearchParams(), { view: "quotes", speaker: name, q: state.get("q") }), "speaker"));
      }
      item.append(who);
    }
    if (hit.copies.length) item.append(el("div", "meta", "also in " + hit.copies.length + " other article" + (hit.copies.length === 1 ? "" : "s")));
    list.append(item);
  }
  main.append(list);
  const total = found.summary.distinct !== null ? found.summary.distinct : found.summary.matches;
  main.append(pager(state, found.passages.length, total, PAGE.passages));
  await facets;
}

// --- quotations -----------------------------------------------------------------------------------------------

function speakerTable(state, speakers) {
  const table = el("table", "quotes");
  const head = el("tr");
  head.append(el("th", null, "Speaker"), el("th", null, "Statements"), el("th", null, "Articles"));
  table.append(head);
  for (const speaker of speakers) {
    const row = el("tr");
    const name = el("td");
    name.append(link(speaker.speaker, withParams(new URLSearchParams(), { view: "quotes", speaker: speaker.speaker }), "speaker"));
    row.append(name, el("td", null, number(speaker.statements)), el("td", null, number(speaker.articles)));
    table.append(row);
  }
  return table;
}

function excerpt(text, limit) {
  const points = Array.from(text);
  return points.length > limit ? points.slice(0, limit).join("") + " …" : text;
}

async function renderQuotes(state, my) {
  const narrowed = state.get("q") || FILTERS.some((key) => key !== "sort" && state.get(key));
  if (!narrowed) {
    const speakers = await api("/api/speakers", new URLSearchParams({ limit: "100" }));
    if (my !== generation) return;
    $("facets").replaceChildren();
    const main = $("main");
    main.replaceChildren(el("p", "count-line", "Quotations by speaker: pick one, or search."), speakerTable(state, speakers.speakers));
    return;
  }
  const offset = Number(state.get("offset") || "0");
  // One more than a page says whether there is a next one; the count and the facets fill in when they come.
  $("facets").replaceChildren();
  const facets = state.get("q")
    ? api("/api/facets", queryParams(state)).then((facets) => { if (my === generation) renderFacets(state, facets.summary); }, () => {})
    : Promise.resolve();
  const found = await api("/api/quotes", queryParams(state, { limit: String(PAGE.quotes + 1), offset: String(offset) }));
  if (my !== generation) return;
  const more = found.quotes.length > PAGE.quotes;
  found.quotes = found.quotes.slice(0, PAGE.quotes);
  const main = $("main");
  const countLine = el("p", "count-line", found.quotes.length ? "Statements " + (offset + 1) + "–" + (offset + found.quotes.length) : "No quotation matches.");
  main.replaceChildren(countLine);
  const count = api("/api/quotes", queryParams(state, { count: "true" })).then((count) => {
    if (my === generation && found.quotes.length) countLine.textContent += " of " + number(count.count) + " " + (count.count === 1 ? count.unit.replace(/s$/, "") : count.unit);
  }, () => {});
  const list = el("ol", "results");
  for (const quote of found.quotes) {
    const item = el("li");
    const who = el("div");
    if (quote.speaker) who.append(link(quote.speaker, withParams(state, { speaker: quote.speaker, offset: null }), "speaker"));
    else who.append(el("span", "speaker", "(unattributed)"));
    if (quote.kind === "turn" && quote.speaker_mention) who.append(" · " + quote.speaker_mention);
    item.append(who);
    item.append(el("blockquote", null, excerpt(quote.quote, 600)));
    const line = meta(quote.source, quote.date, [quote.kind, "confidence " + Number(quote.confidence).toFixed(2)].concat(quote.copies.length ? ["also in " + quote.copies.length + " other article" + (quote.copies.length === 1 ? "" : "s")] : []));
    line.prepend(articleLink(quote.title, quote.article_id, state), " · ");
    item.append(line);
    list.append(item);
  }
  main.append(list, pager(state, found.quotes.length, more ? offset + found.quotes.length + 1 : offset + found.quotes.length, PAGE.quotes));
  await Promise.all([facets, count]);
}

// --- timeline -------------------------------------------------------------------------------------------------

function periodRange(period, by) {
  if (by !== "week") return { since: period, until: period };
  const start = new Date(period + "T00:00:00Z");
  if (isNaN(start)) return { since: period };
  const end = new Date(start.getTime() + 6 * 86400000);
  return { since: period, until: end.toISOString().slice(0, 10) };
}

async function renderTimeline(state, my) {
  const by = state.get("by") || "month";
  const extra = { by: by };
  if (state.get("quotes")) extra.quotes = "true";
  const params = queryParams(state, extra);
  params.delete("sort");
  const found = await api("/api/timeline", params);
  if (my !== generation) return;
  $("facets").replaceChildren();
  const main = $("main");
  main.replaceChildren();
  const controls = el("p", "count-line");
  controls.append("By ");
  for (const period of ["day", "week", "month", "year"]) {
    controls.append(period === by ? el("strong", null, period) : link(period, withParams(state, { by: period })), " ");
  }
  controls.append("· counting ");
  controls.append(state.get("quotes") ? link("passages", withParams(state, { quotes: null })) : el("strong", null, "passages"), " or ");
  controls.append(state.get("quotes") ? el("strong", null, "statements") : link("statements", withParams(state, { quotes: "1" })));
  main.append(controls);
  const periods = found.periods;
  const total = periods.reduce((sum, period) => sum + period.matches, 0);
  main.append(el("p", "count-line", number(total) + " matching " + found.unit + " in " + periods.length + " period" + (periods.length === 1 ? "" : "s")));
  if (!periods.length) return;
  const svgNS = "http://www.w3.org/2000/svg";
  const width = 900, height = 280, left = 44, bottom = 40, top = 12;
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  svg.setAttribute("class", "chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Matches by " + by);
  const largest = Math.max(1, ...periods.map((period) => period.matches));
  const slot = (width - left - 10) / periods.length;
  const every = Math.max(1, Math.ceil(periods.length / 12));
  for (let i = 0; i <= 4; i++) {
    const value = Math.round(largest * i / 4);
    const y = height - bottom - (height - bottom - top) * i / 4;
    const label = document.createElementNS(svgNS, "text");
    label.setAttribute("x", String(left - 6));
    label.setAttribute("y", String(y + 4));
    label.setAttribute("text-anchor", "end");
    label.textContent = number(value);
    svg.append(label);
  }
  periods.forEach((period, i) => {
    const barHeight = (height - bottom - top) * period.matches / largest;
    const bar = document.createElementNS(svgNS, "rect");
    bar.setAttribute("x", String(left + i * slot + slot * 0.1));
    bar.setAttribute("y", String(height - bottom - barHeight));
    bar.setAttribute("width", String(Math.max(1, slot * 0.8)));
    bar.setAttribute("height", String(Math.max(0, barHeight)));
    const tip = document.createElementNS(svgNS, "title");
    tip.textContent = period.period + ": " + number(period.matches) + " of " + number(period.total);
    bar.append(tip);
    bar.style.cursor = "pointer";
    bar.addEventListener("click", () => navigate(withParams(state, Object.assign({ view: "passages", offset: null, by: null, quotes: null }, periodRange(period.period, by)))));
    svg.append(bar);
    if (i % every === 0) {
      const label = document.createElementNS(svgNS, "text");
      label.setAttribute("x", String(left + i * slot + slot / 2));
      label.setAttribute("y", String(height - bottom + 16));
      label.setAttribute("text-anchor", "middle");
      label.textContent = period.period;
      svg.append(label);
    }
  });
  main.append(svg);
}

// --- article --------------------------------------------------------------------------------------------------

function safeURL(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

// The article's text with each quotation marked (its speaker before it) and each entity mention underlined.
function markedArticle(article) {
  const points = Array.from(article.text);
  const quotes = article.quotations.map((quote) => ({ ...quote, start: Math.max(0, quote.start), end: Math.min(points.length, quote.end) }))
    .filter((quote) => quote.start < quote.end);
  const mentions = [];
  for (const entity of article.entities) {
    for (const [start, end] of entity.mentions) {
      if (start < end && end <= points.length) mentions.push({ start: start, end: end, entity: entity });
    }
  }
  const cuts = new Set([0, points.length]);
  for (const range of quotes.concat(mentions)) { cuts.add(range.start); cuts.add(range.end); }
  const bounds = Array.from(cuts).sort((a, b) => a - b);
  const innermost = (ranges, start, end) => ranges.filter((r) => r.start <= start && r.end >= end)
    .sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i], end = bounds[i + 1];
    let node = document.createTextNode(points.slice(start, end).join(""));
    const mention = innermost(mentions, start, end);
    if (mention) {
      const span = el("span", "m");
      span.title = mention.entity.name + " (" + mention.entity.kind + ")";
      span.append(node);
      node = span;
    }
    const quote = innermost(quotes, start, end);
    if (quote) {
      const span = el("span", "q" + (quote.kind === "turn" ? " turn" : "") + (quote.speaker ? "" : " unattributed"));
      span.title = (quote.speaker || "unattributed") + " · " + quote.kind + " · confidence " + Number(quote.confidence).toFixed(2);
      if (quote.start === start) span.append(el("span", "q-label", quote.speaker || "?"));
      span.append(node);
      node = span;
    }
    fragment.append(node);
  }
  return fragment;
}

async function renderArticle(state, my) {
  const article = await api("/api/article", new URLSearchParams({ id: state.get("id") || "" }));
  if (my !== generation) return;
  $("facets").replaceChildren();
  const main = $("main");
  const view = el("article", "full");
  view.append(el("h1", null, article.title && article.title.trim() ? article.title : "(untitled: " + article.article_id + ")"));
  const line = meta(article.source, article.date, [article.byline ? "by " + article.byline : null, article.article_id]);
  const url = safeURL(article.url);
  if (url) {
    const a = el("a", null, "original");
    a.href = url;
    a.rel = "noopener noreferrer";
    line.append(" · ", a);
  }
  view.append(line);
  const attributed = article.quotations.filter((quote) => quote.kind !== "turn");
  view.append(el("p", "legend", attributed.length + " quotation" + (attributed.length === 1 ? "" : "s") + " marked with their speaker; entities underlined (hover for details)."));
  const text = el("div", "article-text");
  text.append(markedArticle(article));
  view.append(text);
  if (attributed.length) {
    view.append(el("h3", null, "Quotations"));
    const table = el("table", "quotes");
    const head = el("tr");
    head.append(el("th", null, "Speaker"), el("th", null, "Quotation"), el("th", null, "How"));
    table.append(head);
    const points = Array.from(article.text);
    for (const quote of attributed) {
      const row = el("tr");
      const who = el("td");
      if (quote.speaker) who.append(link(quote.speaker, withParams(new URLSearchParams(), { view: "quotes", speaker: quote.speaker }), "speaker"));
      else who.append("(unattributed)");
      row.append(who, el("td", null, excerpt(points.slice(quote.start, quote.end).join(""), 300)),
        el("td", "meta", [quote.kind, quote.method, "confidence " + Number(quote.confidence).toFixed(2)].filter(Boolean).join(" · ")));
      table.append(row);
    }
    view.append(table);
  }
  if (article.entities.length) {
    view.append(el("h3", null, "Entities"));
    const list = el("p");
    for (const entity of article.entities) {
      list.append(link(entity.name, withParams(new URLSearchParams(), { entity: entity.name, q: state.get("q") })), " (" + entity.kind + ", " + entity.mentions.length + ") ");
    }
    view.append(list);
  }
  if (article.copies.length) {
    view.append(el("p", "meta", "Also published as: " + article.copies.map((copy) => [copy.article_id, copy.source].filter(Boolean).join(", ")).join("; ")));
  }
  main.replaceChildren(view);
  document.title = (article.title || article.article_id) + " — Parley";
}

// --- the page -------------------------------------------------------------------------------------------------

async function render() {
  const state = current();
  const view = state.get("view") || "passages";
  $("q").value = state.get("q") || "";
  for (const input of document.querySelectorAll("[data-param]")) input.value = state.get(input.dataset.param) || "";
  for (const a of document.querySelectorAll("#views a")) {
    a.classList.toggle("active", a.dataset.view === view);
    a.href = "/?" + withParams(state, { view: a.dataset.view === "passages" ? null : a.dataset.view, offset: null, id: null }).toString();
  }
  if (view !== "article") document.title = (state.get("q") ? state.get("q") + " — " : "") + "Parley";
  const my = ++generation;
  $("main").replaceChildren(el("p", "hint", "Loading…"));
  try {
    if (view === "article") await renderArticle(state, my);
    else if (view === "quotes") await renderQuotes(state, my);
    else if (view === "timeline") {
      if (state.get("q")) await renderTimeline(state, my);
      else { $("facets").replaceChildren(); $("main").replaceChildren(el("p", "hint", "Search for something to see when it was said.")); }
    } else if (state.get("q")) await renderPassages(state, my);
    else await renderHome(state, my);
  } catch (error) {
    if (my === generation) showError(error);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", (event) => {
    event.preventDefault();
    const state = current();
    const view = state.get("view");
    navigate(withParams(state, { q: $("q").value.trim(), offset: null, id: null, view: view === "article" ? null : view }));
  });
  for (const input of document.querySelectorAll("[data-param]")) {
    input.addEventListener("change", () => navigate(withParams(current(), { [input.dataset.param]: input.value.trim(), offset: null })));
  }
  $("clear").addEventListener("click", () => {
    const changes = { offset: null };
    for (const key of FILTERS) changes[key] = null;
    navigate(withParams(current(), changes));
  });
  for (const a of document.querySelectorAll("#views a")) {
    a.addEventListener("click", (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      navigate(new URL(a.href, location.href).searchParams);
    });
  }
  window.addEventListener("popstate", render);
  render();
});
"""#
}
