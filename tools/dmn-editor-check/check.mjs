#!/usr/bin/env node
// Checks that DMN files open and save without loss in the KIE DMN editor, using the editor's own
// marshaller (@kie-tools/dmn-marshaller), and that their DMNDI draws every DRG element and requirement.
//
//   node check.mjs [--verbose] [FILE.dmn ...]
//
// Without files it checks every .dmn under the modules' src/main/resources (the bundled policy).
// Per file: (a) parse -> build -> parse with the marshaller; the two models must be deep-equal and a
// second build must give the same XML; the rebuilt XML, read independently with a DOM parser, must
// keep every element, attribute, text and comment of the original, and the same policy content
// (decisions, input data, item definitions, tables, rules, annotations); (b) the DMNDI has exactly one
// diagram, a DMNShape with bounds for every decision and input (and any other DRG element), and a
// DMNEdge for every requirement, whose ends lie on the shapes it connects.
// Prints one line per file; exits 1 naming file and element on any problem, 2 on a usage error.

import "./register.mjs"; // resolve hook for the marshaller's extensionless ESM imports
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

const { getMarshaller } = await import("@kie-tools/dmn-marshaller");
const { JSDOM } = await import("jsdom");

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..", "..");
const MAX_PROBLEMS_SHOWN = 25;
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

// ---------------------------------------------------------------------------------------------------
// command line

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
// --save-to DIR: also write each file as the editor saves it into DIR, and as it saves it after upgrading it to the
// newest DMN version into DIR/upgraded (CI checks that the library loads both).
const saveAt = args.indexOf("--save-to");
const saveTo = saveAt >= 0 ? args[saveAt + 1] : null;
if (saveAt >= 0 && !saveTo) {
  console.error("--save-to needs a directory");
  process.exit(2);
}
let files = args.filter((a, i) => a !== "--verbose" && (saveAt < 0 || (i !== saveAt && i !== saveAt + 1)));
if (files.some((f) => f.startsWith("-"))) {
  console.error("usage: node check.mjs [--verbose] [FILE.dmn ...]");
  process.exit(2);
}
if (files.length === 0) {
  files = bundledDmnFiles();
  if (files.length === 0) {
    console.error(`no .dmn files found under ${REPO}/*/src/main/resources`);
    process.exit(1);
  }
}

let failed = 0;
for (const file of files) {
  const label = displayName(file);
  let result;
  try {
    result = checkFile(file);
  } catch (e) {
    result = { problems: [`cannot be read: ${e?.message ?? e}`], notes: [] };
  }
  if (verbose) for (const n of result.notes) console.log(`${label}: note: ${n}`);
  if (result.problems.length === 0) {
    console.log(`${label}: ${result.summary}`);
  } else {
    failed++;
    console.error(`${label}: FAILED, ${result.problems.length} problem(s):`);
    for (const p of result.problems.slice(0, MAX_PROBLEMS_SHOWN)) console.error(`${label}: ${p}`);
    if (result.problems.length > MAX_PROBLEMS_SHOWN) {
      console.error(`${label}: ... and ${result.problems.length - MAX_PROBLEMS_SHOWN} more`);
    }
  }
}
if (failed > 0) {
  console.error(`dmn-editor-check: ${failed} of ${files.length} file(s) FAILED`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------
// one file

function checkFile(file) {
  const problems = [];
  const notes = [];
  const original = fs.readFileSync(file, "utf8");

  // (a) round trip through the editor's marshaller, keeping the file's DMN version (no upgradeTo:
  // upgrading would rewrite a 1.5 file as 1.6, which is not a round trip).
  const { value: rt, warnings } = captureConsole(() => {
    const m1 = getMarshaller(original);
    const model1 = m1.parser.parse();
    const rebuilt = m1.builder.build(model1);
    const m2 = getMarshaller(rebuilt);
    const model2 = m2.parser.parse();
    const rebuiltTwice = m2.builder.build(model2);
    return { m1, m2, model1, model2, rebuilt, rebuiltTwice };
  });
  for (const w of warnings) notes.push(`marshaller says: ${w}`);
  const { m1, m2, model1, model2, rebuilt, rebuiltTwice } = rt;
  if (saveTo) {
    // as saved, and as saved after the editor upgraded it to the newest DMN version (as it does on opening)
    fs.mkdirSync(path.join(saveTo, "upgraded"), { recursive: true });
    fs.writeFileSync(path.join(saveTo, path.basename(file)), rebuilt, "utf8");
    const upgraded = captureConsole(() => {
      const m = getMarshaller(original, { upgradeTo: "latest" });
      return m.builder.build(m.parser.parse());
    }).value;
    fs.writeFileSync(path.join(saveTo, "upgraded", path.basename(file)), upgraded, "utf8");
  }
  if (m1.version !== m1.originalVersion || m2.version !== m1.version) {
    problems.push(`marshaller changed the DMN version: ${m1.originalVersion} -> ${m2.version}`);
  }
  notes.push(`DMN ${m1.version}`);

  // The builder declares the KIE extension namespace on the root element; a declaration is not content.
  const root1 = model1.definitions ?? {};
  const root2 = { ...(model2.definitions ?? {}) };
  for (const k of Object.keys(root2)) {
    if (k.startsWith("@_xmlns") && !(k in root1)) {
      notes.push(`builder added namespace declaration ${k.slice(2)}="${root2[k]}"`);
      delete root2[k];
    }
  }
  // Lists of mixed kinds (drgElement, artifact, DMNDiagramElement) are written grouped by kind (all
  // decisions before all inputData, ...): compare them per kind, in order within each kind.
  const norm1 = groupMixedLists(root1);
  const norm2 = groupMixedLists(root2);
  if (isDeepStrictEqual(norm1, norm2) && !isDeepStrictEqual(root1, root2)) {
    notes.push("the editor writes the DRG elements grouped by kind (decisions first), not in the file's order");
  }
  if (!isDeepStrictEqual(norm1, norm2)) {
    const diffs = [];
    jsonDiff(norm1, norm2, "definitions", diffs);
    for (const d of diffs.slice(0, 10)) problems.push(`model differs after write-back and re-read: ${d}`);
  }
  if (rebuilt !== rebuiltTwice) {
    problems.push(`writing the re-read model again gives different XML (${firstLineDiff(rebuilt, rebuiltTwice)})`);
  }

  // The rebuilt XML against the original, read with a DOM parser independent of the marshaller.
  const docOrig = parseXml(original, "original");
  const docBack = parseXml(rebuilt, "rebuilt");
  const lost = [];
  compareElements(docOrig.documentElement, docBack.documentElement, "", lost);
  for (const l of lost) problems.push(`lost on write-back: ${l}`);

  const viewOrig = policyView(docOrig);
  const viewBack = policyView(docBack);
  for (const [key, value] of viewOrig.entries) {
    if (!viewBack.entries.has(key)) problems.push(`policy content lost on write-back: ${key} (was ${quote(value)})`);
    else if (viewBack.entries.get(key) !== value) {
      problems.push(`policy content changed on write-back: ${key}: ${quote(value)} -> ${quote(viewBack.entries.get(key))}`);
    }
  }
  for (const key of viewBack.entries.keys()) {
    if (!viewOrig.entries.has(key)) problems.push(`policy content appeared on write-back: ${key}`);
  }

  // (b) the diagram, as the editor sees it (the marshaller's model).
  const di = checkDiagram(root1, problems);

  const c = viewOrig.counts;
  const summary =
    `round trip lossless (DMN ${m1.version}); ${c.decisions} decisions, ${c.inputs} inputs, ` +
    `${c.itemDefinitions} item definitions, ${c.rules} rules; ${di.shapes} shapes, ${di.edges} edges`;
  return { problems, notes, summary };
}

// ---------------------------------------------------------------------------------------------------
// (a1) model comparison

function jsonDiff(a, b, where, out) {
  if (out.length >= 10 || isDeepStrictEqual(a, b)) return;
  const isObj = (x) => x !== null && typeof x === "object";
  if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) {
    out.push(`${where}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
    return;
  }
  if (Array.isArray(a) && a.length !== b.length) {
    out.push(`${where}: ${a.length} -> ${b.length} entries`);
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const label = Array.isArray(a) ? `${where}[${k}${idOf(a[k] ?? b[k])}]` : `${where}.${k}`;
    if (!(k in b)) out.push(`${label} lost`);
    else if (!(k in a)) out.push(`${label} appeared`);
    else jsonDiff(a[k], b[k], label, out);
    if (out.length >= 10) return;
  }
}

function groupMixedLists(x) {
  if (Array.isArray(x)) {
    const items = x.map(groupMixedLists);
    if (!items.some((i) => i && typeof i === "object" && "__$$element" in i)) return items;
    const kind = (i) => String(i?.__$$element ?? "");
    return items.sort((a, b) => (kind(a) < kind(b) ? -1 : kind(a) > kind(b) ? 1 : 0)); // stable
  }
  if (x && typeof x === "object") {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, groupMixedLists(v)]));
  }
  return x;
}

function idOf(node) {
  const id = node && typeof node === "object" ? node["@_id"] : undefined;
  return id ? ` id=${id}` : "";
}

function firstLineDiff(x, y) {
  const a = x.split("\n");
  const b = y.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: ${quote(a[i] ?? "")} vs ${quote(b[i] ?? "")}`;
  }
  return "same lines";
}

// ---------------------------------------------------------------------------------------------------
// (a2) XML comparison: everything in the original must be in the rebuilt XML. Children are matched per
// element name (order between different names is the schema's business), by id where they have one,
// otherwise by position. Additions by the editor are allowed; losses and changes are not.

function parseXml(xml, what) {
  try {
    return new JSDOM(xml, { contentType: "application/xml" }).window.document;
  } catch (e) {
    throw new Error(`${what} XML is not well-formed: ${e.message}`);
  }
}

function compareElements(a, b, path, out) {
  const where = path || a.localName; // the root is just "definitions"
  // attributes (namespace declarations are not content: prefixes are resolved below)
  for (const attr of a.attributes) {
    if (attr.namespaceURI === XMLNS_NS) continue;
    const other = b.getAttributeNodeNS(attr.namespaceURI, attr.localName);
    if (!other) out.push(`${where}: attribute ${attr.name}=${quote(attr.value)} lost`);
    else if (!sameValue(attr.value, other.value)) {
      out.push(`${where}: attribute ${attr.name} changed ${quote(attr.value)} -> ${quote(other.value)}`);
    }
  }
  // own text
  const textA = ownText(a);
  const textB = ownText(b);
  if (textA !== "" && textA !== textB) {
    out.push(`${where}: text ${quote(textA)} ${textB === "" ? "lost" : `changed to ${quote(textB)}`}`);
  }
  // comments and processing instructions (the editor does not keep them)
  for (const n of a.childNodes) {
    if (n.nodeType === 8) {
      let next = n.nextSibling;
      while (next && next.nodeType !== 1) next = next.nextSibling;
      const place = next ? `before ${describe(next)}` : "at the end";
      out.push(`${where}: comment <!--${clip(n.data)}--> ${place} lost (the editor drops XML comments; use a <description>)`);
    }
    if (n.nodeType === 7) out.push(`${where}: processing instruction <?${n.target}?> lost`);
  }
  // child elements
  const groupsB = groupChildren(b);
  for (const [key, kidsA] of groupChildren(a)) {
    const kidsB = groupsB.get(key) ?? [];
    const used = new Set();
    kidsA.forEach((kid, i) => {
      const id = kid.getAttribute("id");
      let match = id ? kidsB.find((k) => k.getAttribute("id") === id) : kidsB[i];
      if (match && used.has(match)) match = undefined;
      const label = `${path ? `${path} > ` : ""}${describe(kid, kidsA.length > 1 && !id ? i + 1 : 0)}`;
      if (!match) {
        out.push(`${label} lost${summarise(kid)}`);
      } else {
        used.add(match);
        compareElements(kid, match, label, out);
      }
    });
  }
}

function groupChildren(el) {
  const groups = new Map();
  for (const kid of el.children) {
    const key = `{${kid.namespaceURI ?? ""}}${kid.localName}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(kid);
  }
  return groups;
}

function ownText(el) {
  let t = "";
  for (const n of el.childNodes) if (n.nodeType === 3 || n.nodeType === 4) t += n.data;
  return t.trim();
}

function sameValue(x, y) {
  if (x === y) return true;
  const nx = Number(x);
  const ny = Number(y);
  return x.trim() !== "" && y.trim() !== "" && Number.isFinite(nx) && nx === ny; // "40.0" vs "40"
}

function describe(el, position = 0) {
  const id = el.getAttribute("id");
  const name = el.getAttribute("name");
  let s = `<${el.tagName}>`;
  if (id) s = `${el.tagName} '${id}'`;
  else if (name) s = `<${el.tagName} name=${quote(name)}>`;
  return position ? `${s} #${position}` : s;
}

function summarise(el) {
  const t = el.textContent.trim();
  return t ? ` (${quote(clip(t))})` : "";
}

// ---------------------------------------------------------------------------------------------------
// what a policy officer sees, read from the DOM: one entry per fact, keyed by the element that holds it

function policyView(doc) {
  const root = doc.documentElement;
  const NS = root.namespaceURI;
  const kids = (el, name) => (el ? [...el.children].filter((k) => k.namespaceURI === NS && k.localName === name) : []);
  const kid = (el, name) => kids(el, name)[0];
  const text = (el) => (el ? el.textContent.trim() : undefined);
  const entries = new Map();
  const put = (key, value) => {
    if (value !== undefined && value !== null) entries.set(key, String(value));
  };
  const counts = { decisions: 0, inputs: 0, itemDefinitions: 0, rules: 0 };

  const itemDefinition = (el, key) => {
    put(`${key}: typeRef`, text(kid(el, "typeRef")));
    put(`${key}: allowed values`, text(kid(kid(el, "allowedValues"), "text")));
    put(`${key}: isCollection`, el.getAttribute("isCollection"));
    for (const c of kids(el, "itemComponent")) itemDefinition(c, `${key} > component '${c.getAttribute("name")}'`);
  };
  for (const el of kids(root, "itemDefinition")) {
    counts.itemDefinitions++;
    itemDefinition(el, `itemDefinition '${el.getAttribute("name")}'`);
  }
  for (const el of kids(root, "inputData")) {
    counts.inputs++;
    const key = `inputData '${el.getAttribute("id")}'`;
    put(`${key}: name`, el.getAttribute("name"));
    put(`${key}: type`, kid(el, "variable")?.getAttribute("typeRef"));
    put(`${key}: description`, text(kid(el, "description")));
  }
  for (const el of kids(root, "decision")) {
    counts.decisions++;
    const key = `decision '${el.getAttribute("id")}'`;
    put(`${key}: name`, el.getAttribute("name"));
    put(`${key}: type`, kid(el, "variable")?.getAttribute("typeRef"));
    put(`${key}: description`, text(kid(el, "description")));
    put(`${key}: question`, text(kid(el, "question")));
    put(`${key}: allowed answers`, text(kid(el, "allowedAnswers")));
    for (const kind of ["informationRequirement", "knowledgeRequirement", "authorityRequirement"]) {
      for (const req of kids(el, kind)) {
        const ref = [...req.children].map((c) => `${c.localName} ${c.getAttribute("href")}`).join(", ");
        put(`${key} > ${kind} '${req.getAttribute("id")}'`, ref);
      }
    }
    const literal = kid(el, "literalExpression");
    if (literal) put(`${key}: expression`, text(kid(literal, "text")));
    const table = kid(el, "decisionTable");
    if (!table) continue;
    const tkey = `${key} > decisionTable '${table.getAttribute("id")}'`;
    put(`${tkey}: hit policy`, table.getAttribute("hitPolicy") ?? "UNIQUE");
    put(`${tkey}: aggregation`, table.getAttribute("aggregation"));
    put(`${tkey}: output label`, table.getAttribute("outputLabel"));
    kids(table, "input").forEach((inp, i) => {
      const k = `${tkey} > input ${i + 1} '${inp.getAttribute("id")}'`;
      const expr = kid(inp, "inputExpression");
      put(`${k}: label`, inp.getAttribute("label"));
      put(`${k}: expression`, text(kid(expr, "text")));
      put(`${k}: type`, expr?.getAttribute("typeRef"));
      put(`${k}: input values`, text(kid(kid(inp, "inputValues"), "text")));
    });
    kids(table, "output").forEach((o, i) => {
      const k = `${tkey} > output ${i + 1} '${o.getAttribute("id")}'`;
      put(`${k}: name`, o.getAttribute("name"));
      put(`${k}: label`, o.getAttribute("label"));
      put(`${k}: type`, o.getAttribute("typeRef"));
      put(`${k}: output values`, text(kid(kid(o, "outputValues"), "text")));
      put(`${k}: default`, text(kid(kid(o, "defaultOutputEntry"), "text")));
    });
    const annotationNames = kids(table, "annotation").map((a) => a.getAttribute("name"));
    put(`${tkey}: annotation columns`, annotationNames.join(" | "));
    kids(table, "rule").forEach((rule, r) => {
      counts.rules++;
      const k = `${tkey} > rule '${rule.getAttribute("id")}'`;
      put(`${k}: row`, r + 1);
      put(`${k}: description`, text(kid(rule, "description")));
      kids(rule, "inputEntry").forEach((e, i) => put(`${k}: input entry ${i + 1}`, text(kid(e, "text"))));
      kids(rule, "outputEntry").forEach((e, i) => put(`${k}: output entry ${i + 1}`, text(kid(e, "text"))));
      kids(rule, "annotationEntry").forEach((e, i) =>
        put(`${k}: annotation ${quote(annotationNames[i] ?? String(i + 1))}`, text(kid(e, "text"))),
      );
    });
  }
  return { entries, counts };
}

// ---------------------------------------------------------------------------------------------------
// (b) the diagram

function checkDiagram(defs, problems) {
  const result = { shapes: 0, edges: 0 };
  const dmndi = defs["dmndi:DMNDI"];
  const diagrams = asArray(dmndi?.["dmndi:DMNDiagram"]);
  if (diagrams.length !== 1) {
    problems.push(`DMNDI: expected exactly one dmndi:DMNDiagram, found ${diagrams.length}`);
    if (diagrams.length === 0) return result;
  }
  const diagram = diagrams[0];
  const dname = `diagram '${diagram["@_id"] ?? diagram["@_name"] ?? "?"}'`;
  const elements = asArray(diagram["dmndi:DMNDiagramElement"]);
  const shapes = elements.filter((e) => e.__$$element === "dmndi:DMNShape");
  const edges = elements.filter((e) => e.__$$element === "dmndi:DMNEdge");
  result.shapes = shapes.length;
  result.edges = edges.length;

  const drg = asArray(defs.drgElement);
  const drgById = new Map(drg.map((e) => [e["@_id"], e]));
  const artifactIds = new Set(asArray(defs.artifact).map((a) => a["@_id"])); // text annotations, associations
  const shapeByRef = new Map();
  for (const s of shapes) {
    const ref = s["@_dmnElementRef"];
    if (artifactIds.has(ref)) continue;
    if (!drgById.has(ref)) {
      problems.push(`DMNDI: DMNShape '${s["@_id"]}' refers to '${ref}', which is not a DRG element`);
    } else if (shapeByRef.has(ref)) {
      problems.push(`DMNDI: ${drgById.get(ref).__$$element} '${ref}' has two DMNShapes in ${dname}`);
    } else {
      shapeByRef.set(ref, s);
    }
  }
  for (const el of drg) {
    const what = `${el.__$$element} '${el["@_id"]}' (${quote(el["@_name"] ?? "")})`;
    const shape = shapeByRef.get(el["@_id"]);
    if (!shape) {
      problems.push(`DMNDI: ${what} has no DMNShape in ${dname}`);
      continue;
    }
    const b = shape["dc:Bounds"];
    const ok = b && [b["@_x"], b["@_y"], b["@_width"], b["@_height"]].every(Number.isFinite) && b["@_width"] > 0 && b["@_height"] > 0;
    if (!ok) problems.push(`DMNDI: DMNShape '${shape["@_id"]}' of ${what} has no valid dc:Bounds`);
  }

  // every requirement needs an edge, from the required element's shape to the requiring one's
  const requirements = new Map();
  for (const el of drg) {
    for (const kind of ["informationRequirement", "knowledgeRequirement", "authorityRequirement"]) {
      for (const req of asArray(el[kind])) {
        const sourceRef = Object.entries(req).find(([k]) => k.startsWith("required"))?.[1]?.["@_href"];
        const what = `${kind} '${req["@_id"] ?? "(no id)"}' of ${el.__$$element} '${el["@_id"]}'`;
        if (!req["@_id"]) problems.push(`DMNDI: ${what} has no id, so no DMNEdge can draw it`);
        else requirements.set(req["@_id"], { what, source: sourceRef?.replace(/^#/, ""), target: el["@_id"] });
      }
    }
  }
  const edgeByRef = new Map();
  for (const e of edges) {
    const ref = e["@_dmnElementRef"];
    if (artifactIds.has(ref)) continue;
    if (!requirements.has(ref)) {
      problems.push(`DMNDI: DMNEdge '${e["@_id"]}' refers to '${ref}', which is not a requirement`);
    } else if (edgeByRef.has(ref)) {
      problems.push(`DMNDI: requirement '${ref}' has two DMNEdges in ${dname}`);
    } else {
      edgeByRef.set(ref, e);
    }
  }
  for (const [id, req] of requirements) {
    const edge = edgeByRef.get(id);
    if (!edge) {
      problems.push(`DMNDI: ${req.what} has no DMNEdge in ${dname}`);
      continue;
    }
    const points = asArray(edge["di:waypoint"]);
    if (points.length < 2) {
      problems.push(`DMNDI: DMNEdge '${edge["@_id"]}' of ${req.what} has ${points.length} waypoint(s), needs 2`);
      continue;
    }
    const from = shapeByRef.get(req.source)?.["dc:Bounds"];
    const to = shapeByRef.get(req.target)?.["dc:Bounds"];
    if (from && !onBounds(points[0], from)) {
      problems.push(`DMNDI: DMNEdge '${edge["@_id"]}' of ${req.what} does not start on the shape of '${req.source}'`);
    }
    if (to && !onBounds(points[points.length - 1], to)) {
      problems.push(`DMNDI: DMNEdge '${edge["@_id"]}' of ${req.what} does not end on the shape of '${req.target}'`);
    }
  }
  return result;
}

function onBounds(p, b, tolerance = 1) {
  const x = p["@_x"];
  const y = p["@_y"];
  return (
    x >= b["@_x"] - tolerance && x <= b["@_x"] + b["@_width"] + tolerance &&
    y >= b["@_y"] - tolerance && y <= b["@_y"] + b["@_height"] + tolerance
  );
}

// ---------------------------------------------------------------------------------------------------
// helpers

function asArray(x) {
  return x === undefined || x === null ? [] : Array.isArray(x) ? x : [x];
}

function quote(s) {
  return JSON.stringify(String(s));
}

function clip(s, n = 60) {
  const t = String(s).replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function captureConsole(fn) {
  const saved = { warn: console.warn, debug: console.debug, info: console.info, log: console.log };
  const warnings = [];
  for (const k of Object.keys(saved)) console[k] = (...a) => warnings.push(a.map(String).join(" "));
  try {
    return { value: fn(), warnings };
  } finally {
    Object.assign(console, saved);
  }
}

function displayName(file) {
  const rel = path.relative(REPO, path.resolve(file));
  return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
}

function bundledDmnFiles() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && entry.name.endsWith(".dmn")) found.push(p);
    }
  };
  for (const module of fs.readdirSync(REPO, { withFileTypes: true })) {
    const resources = path.join(REPO, module.name, "src", "main", "resources");
    if (module.isDirectory() && fs.existsSync(resources)) walk(resources);
  }
  return found.sort();
}
