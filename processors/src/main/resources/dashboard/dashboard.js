"use strict";
// Polls /api/dashboard and redraws: the chart of articles per conflict topic per minute, the latest articles per
// topic, and the pipeline's health, counts and dead letters.
(function () {
  const POLL_MS = 3000;
  const COLORS = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563"];
  const SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs, text) {
    const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleTimeString([], {hour: "2-digit", minute: "2-digit", second: "2-digit"}) : "";
  }

  // Only an http(s) address becomes a link: javascript:, data:, file: and anything else are shown as text.
  function webLink(url) {
    const trimmed = typeof url === "string" ? url.trim() : "";
    return /^https?:\/\/[^\s\/?#]+/i.test(trimmed) ? trimmed : null;
  }

  function lastSegment(url) {
    if (!url) return "";
    const parts = url.split("/").filter(p => p);
    return decodeURIComponent(parts[parts.length - 1] || url);
  }

  function drawChart(view) {
    const svg = document.getElementById("articles-chart");
    const legend = document.getElementById("legend");
    svg.replaceChildren();
    legend.replaceChildren();
    const W = 760, H = 300, left = 40, right = 12, top = 12, bottom = 28;
    const minutes = view.minutes || [];
    const series = view.series || [];
    const max = Math.max(1, ...series.flatMap(s => s.counts));
    const x = i => left + (minutes.length <= 1 ? 0 : i * (W - left - right) / (minutes.length - 1));
    const y = v => H - bottom - v * (H - top - bottom) / max;
    const ticks = Math.min(max, 5);
    for (let t = 0; t <= ticks; t++) {
      const v = Math.round(t * max / ticks);
      svg.appendChild(el("svg:line", {class: "grid", x1: left, x2: W - right, y1: y(v), y2: y(v)}));
      svg.appendChild(el("svg:text", {x: left - 6, y: y(v) + 4, "text-anchor": "end"}, v));
    }
    svg.appendChild(el("svg:line", {class: "axis", x1: left, x2: W - right, y1: H - bottom, y2: H - bottom}));
    minutes.forEach((m, i) => {
      const lastTick = i === minutes.length - 1;
      if (i % 5 === 0 || lastTick) {
        svg.appendChild(el("svg:text", {x: x(i), y: H - 8, "text-anchor": lastTick ? "end" : "middle"}, time(m).slice(0, 5)));
      }
    });
    if (series.length === 0) {
      svg.appendChild(el("svg:text", {x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty"}, "no articles yet"));
    }
    series.forEach((s, k) => {
      const color = COLORS[k % COLORS.length];
      const d = s.counts.map((c, i) => (i === 0 ? "M" : "L") + x(i).toFixed(1) + "," + y(c).toFixed(1)).join(" ");
      svg.appendChild(el("svg:path", {class: "series", d: d, stroke: color, "data-topic": s.topic, "data-total": s.total}));
      s.counts.forEach((c, i) => {
        if (c > 0) svg.appendChild(el("svg:circle", {cx: x(i), cy: y(c), r: 4, fill: color, "data-count": c}));
      });
      const item = el("li", {"data-topic": s.topic});
      item.appendChild(el("span", {class: "swatch", style: "background:" + color}));
      item.appendChild(document.createTextNode((s.topic === "none" ? "no conflict" : s.topic) + " (" + s.total + ")"));
      legend.appendChild(item);
    });
  }

  function drawLatest(view) {
    const box = document.getElementById("latest");
    box.replaceChildren();
    if (!view.latest || view.latest.length === 0) {
      box.appendChild(el("p", {class: "empty"}, "no articles yet"));
      return;
    }
    view.latest.forEach(group => {
      const block = el("div", {class: "topic-block", "data-topic": group.topic});
      block.appendChild(el("h3", {}, group.topic === "none" ? "no conflict (none)" : group.topic));
      const list = el("ul", {class: "articles"});
      group.articles.forEach(a => {
        const li = el("li", {class: "article"});
        const href = webLink(a.url);
        const title = a.title || "(untitled)";
        li.appendChild(href
            ? el("a", {href: href, target: "_blank", rel: "noopener noreferrer", dir: "auto"}, title)
            : el("span", {class: "title", dir: "auto"}, title));
        li.appendChild(el("span", {class: "site"}, a.site || lastSegment(a.url)));
        li.appendChild(el("time", {datetime: a.processedAt || ""}, time(a.processedAt)));
        list.appendChild(li);
      });
      block.appendChild(list);
      box.appendChild(block);
    });
  }

  function drawHealth(view) {
    const health = document.getElementById("health");
    health.className = "health " + (view.ready ? "ok" : "bad");
    document.getElementById("state").textContent = "Kafka Streams: " + view.state;
    document.getElementById("updated").textContent = "updated " + time(view.generatedAt);
    const stats = document.getElementById("stats");
    stats.replaceChildren();
    const s = view.stats || {};
    [["articles out (since start)", s.articles],
     ["of which about no conflict", s.otherArticles],
     ["raw → article p50", latency(s, s.latencyP50Ms)],
     ["raw → article p99", latency(s, s.latencyP99Ms)],
     ["chrome removed (mean)", s.chromeRemovedMean == null ? "–" : Math.round(s.chromeRemovedMean * 100) + " %"],
     ["processor instances", instancesText(view.instances || [])]]
      .forEach(([k, v]) => { stats.appendChild(el("dt", {}, k)); stats.appendChild(el("dd", {}, v)); });
    const dead = document.getElementById("dead-letters");
    dead.replaceChildren();
    const stages = Object.entries(view.deadLetters || {});
    if (stages.length === 0) {
      dead.appendChild(el("dt", {}, "no dead letters"));
      dead.appendChild(el("dd", {}, "0"));
    }
    stages.forEach(([stage, n]) => { dead.appendChild(el("dt", {}, stage)); dead.appendChild(el("dd", {"data-stage": stage}, n)); });
    document.getElementById("note").textContent = view.note || "";
  }

  // the percentiles cover the last minutes; after a quiet spell the server sends the last known ones and their time
  function latency(s, v) {
    const ms = v < 1000 ? Math.round(v) + " ms" : (v / 1000).toFixed(1) + " s";
    if (v === null || v === undefined) return s.articles > 0 ? "no recent articles" : "–";
    return s.latencyAsOf ? ms + " (last known, " + time(s.latencyAsOf) + ")" : ms;
  }

  function instancesText(instances) {
    const missing = instances.filter(i => i.error).length;
    return instances.length + (missing ? " (" + missing + " not answering)" : "");
  }

  function showDown(message) {
    const health = document.getElementById("health");
    health.className = "health bad";
    document.getElementById("state").textContent = message;
  }

  // --- Stories and alerts per conflict (new functions; the rest of the page is drawn above) ---

  // Only http(s) links: anything else (javascript:, data:) is shown as text without a link.
  function safeHref(url) {
    try {
      const u = new URL(url, window.location.href);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function storyTitle(story) {
    const href = story.url ? safeHref(story.url) : null;
    const title = story.title || story.id || "(untitled)";
    return href ? el("a", {href: href, target: "_blank", rel: "noopener noreferrer", dir: "auto"}, title)
                : el("span", {class: "title", dir: "auto"}, title);
  }

  function sparkline(counts, max, cls) {
    const W = 120, H = 24;
    const svg = el("svg:svg", {viewBox: "0 0 " + W + " " + H, class: "spark " + cls, width: W, height: H});
    const n = Math.max(1, counts.length);
    const w = W / n;
    counts.forEach((c, i) => {
      const h = max > 0 ? Math.max(c > 0 ? 1 : 0, Math.round(c * (H - 2) / max)) : 0;
      svg.appendChild(el("svg:rect", {x: (i * w).toFixed(1), y: H - h, width: Math.max(1, w - 1).toFixed(1), height: h}));
    });
    return svg;
  }

  function drawConflicts(view) {
    const box = document.getElementById("conflicts");
    if (!box) return;
    box.replaceChildren();
    const conflicts = view.conflicts || [];
    if (conflicts.length === 0) {
      box.appendChild(el("p", {class: "empty"}, "no stories yet"));
      return;
    }
    const table = el("table", {class: "conflicts"});
    const head = el("tr");
    ["conflict", "articles / h (24 h)", "new stories / h (24 h)", "biggest stories now", "latest alert"]
      .forEach(h => head.appendChild(el("th", {}, h)));
    table.appendChild(head);
    const max = Math.max(1, ...conflicts.flatMap(c => (c.articlesPerHour || []).concat(c.storiesPerHour || [])));
    conflicts.forEach(c => {
      const row = el("tr", {"data-topic": c.topic});
      row.appendChild(el("td", {class: "topic"}, c.topic));
      const articles = el("td", {class: "per-hour"});
      articles.appendChild(sparkline(c.articlesPerHour || [], max, "articles"));
      articles.appendChild(el("span", {class: "total", "data-articles": c.articles}, String(c.articles)));
      row.appendChild(articles);
      const stories = el("td", {class: "per-hour"});
      stories.appendChild(sparkline(c.storiesPerHour || [], max, "stories"));
      stories.appendChild(el("span", {class: "total", "data-stories": c.stories}, String(c.stories)));
      row.appendChild(stories);
      const biggest = el("td");
      const list = el("ol", {class: "stories"});
      (c.biggest || []).slice(0, 3).forEach(s => {
        const li = el("li", {class: "story", "data-story": s.id});
        li.appendChild(storyTitle(s));
        li.appendChild(el("span", {class: "outlets"}, s.outlets + (s.outlets === 1 ? " outlet" : " outlets")
          + " · " + s.articles + (s.articles === 1 ? " article" : " articles")));
        list.appendChild(li);
      });
      if ((c.biggest || []).length === 0) list.appendChild(el("li", {class: "empty"}, "none today"));
      biggest.appendChild(list);
      row.appendChild(biggest);
      const alert = (c.alerts || [])[0];
      row.appendChild(el("td", {class: alert ? "alert-cell surge" : "alert-cell"},
        alert ? alertText(alert) : "–"));
      table.appendChild(row);
    });
    box.appendChild(table);
  }

  function alertText(a) {
    const when = a.windowStart ? new Date(a.windowStart).toLocaleString([], {month: "short", day: "numeric",
      hour: "2-digit", minute: "2-digit"}) : "";
    return when + ": " + a.newStories + " new stories (baseline " + a.baseline + ", threshold " + a.threshold + ")";
  }

  function drawAlerts(view) {
    const box = document.getElementById("alerts");
    if (!box) return;
    box.replaceChildren();
    const all = (view.conflicts || []).flatMap(c => c.alerts || [])
      .sort((a, b) => String(b.windowStart).localeCompare(String(a.windowStart))).slice(0, 10);
    if (all.length === 0) {
      box.appendChild(el("p", {class: "empty"}, "no alerts"));
      return;
    }
    const list = el("ul", {class: "alerts"});
    all.forEach(a => {
      const li = el("li", {class: "alert", "data-topic": a.topic});
      li.appendChild(el("strong", {}, a.topic));
      li.appendChild(el("span", {}, " " + alertText(a)));
      const top = el("ol", {class: "stories"});
      (a.topStories || []).forEach(s => {
        const item = el("li", {class: "story"});
        item.appendChild(el("span", {class: "title", dir: "auto"}, s.title || s.id));
        item.appendChild(el("span", {class: "outlets"}, s.outlets + " outlets · " + s.articles + " articles"));
        top.appendChild(item);
      });
      li.appendChild(top);
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  async function refresh() {
    try {
      const response = await fetch("/api/dashboard", {cache: "no-store"});
      if (!response.ok) throw new Error("HTTP " + response.status);
      const view = await response.json();
      drawChart(view);
      drawLatest(view);
      drawHealth(view);
      drawConflicts(view);
      drawAlerts(view);
      document.body.setAttribute("data-loaded", "true");
    } catch (e) {
      showDown("processor unreachable: " + e.message);
    }
  }

  refresh();
  setInterval(refresh, POLL_MS);
})();
