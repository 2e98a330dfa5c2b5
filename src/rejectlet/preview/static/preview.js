"use strict";
// The preview page: asks the server for the letter, shows it, and asks again
// whenever the server's event stream says a watched file changed.

const picks = ["kind", "person", "layout", "card"];
let generation = -1;
let pending = null;

function $(id) { return document.getElementById(id); }

function query() {
  const params = new URLSearchParams();
  for (const name of picks) {
    const value = $(name).value;
    if (value) params.set(name, value);
  }
  return params.toString();
}

function fillSelect(select, values, chosen, keepFirst) {
  const first = keepFirst ? select.options[0] : null;
  select.replaceChildren();
  if (first) select.append(first);
  for (const [value, label] of values) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.append(option);
  }
  if (chosen !== null && chosen !== undefined) select.value = String(chosen);
}

function showDiagnostics(list) {
  const target = $("diagnostics");
  target.replaceChildren();
  if (list.length === 0) {
    const item = document.createElement("li");
    item.className = "none";
    item.textContent = "No problems found.";
    target.append(item);
    return;
  }
  for (const d of list) {
    const item = document.createElement("li");
    item.className = d.severity;
    item.dataset.code = d.code;
    const where = document.createElement("span");
    where.className = "where";
    const place = d.path ? d.path + (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "")
                         : (d.key || "");
    where.textContent = place ? place + ": " : "";
    item.append(where, d.code + " " + d.severity + ": " + d.message + (d.hint ? " (" + d.hint + ")" : ""));
    if (d.source !== null && d.source !== undefined) {
      const source = document.createElement("pre");
      source.textContent = d.source;
      item.append(source);
    }
    target.append(item);
  }
}

async function getJSON(path) {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(path + ": " + response.status);
  return response.json();
}

async function refresh() {
  if (pending) { pending.again = true; return; }
  pending = { again: false };
  try {
    do {
      pending.again = false;
      $("status").textContent = "rendering…";
      $("status").className = "busy";
      const q = query();
      const letter = await getJSON("/letter.json?" + q);
      fillSelect($("kind"), letter.kinds.map(k => [k, k]), letter.kind, false);
      $("person-label").hidden = letter.people.length < 2;
      fillSelect($("person"), letter.people.map((p, i) => [String(i), p]), $("person").value || "0", false);
      $("letter").src = "/letter.html?" + q + "&g=" + letter.generation;
      generation = letter.generation;
      document.body.dataset.generation = String(letter.generation);
      let problems = letter.diagnostics;
      showDiagnostics(problems);
      $("status").textContent = "HTML in " + Math.round(letter.seconds * 1000) + " ms; printing…";
      const pages = await getJSON("/pages.json?" + q);
      const images = [];
      for (let n = 1; n <= pages.pages; n++) {
        const img = document.createElement("img");
        img.alt = "page " + n;
        img.src = "/page/" + n + ".png?" + q + "&g=" + pages.generation;
        images.push(img);
      }
      $("pages").replaceChildren(...images);
      $("page-count").textContent = pages.pages ? "(" + pages.pages + (pages.pages === 1 ? " page)" : " pages)") : "";
      if (pages.diagnostics.length) showDiagnostics(problems.concat(pages.diagnostics));
      document.body.dataset.pages = String(pages.generation);
      $("status").textContent = "generation " + pages.generation + ": HTML "
        + Math.round(letter.seconds * 1000) + " ms, PDF " + Math.round(pages.seconds * 1000) + " ms";
      $("status").className = "";
    } while (pending.again);
  } catch (error) {
    $("status").textContent = "the preview server did not answer (" + error.message + ")";
  } finally {
    pending = null;
  }
}

async function start() {
  const choices = await getJSON("/choices.json");
  $("target").textContent = choices.target;
  fillSelect($("layout"), choices.layouts.map(l => [l, l]), "", true);
  fillSelect($("card"), choices.cards.map(c => [c, c]), "", true);
  for (const name of picks) $(name).addEventListener("change", refresh);
  const events = new EventSource("/events?since=" + choices.generation);
  events.addEventListener("change", refresh);
  await refresh();
}

start();
