#!/usr/bin/env node
// `npm test`: the bundled DMN files must pass check.mjs, and every negative fixture must fail it with
// exactly one problem that names the broken element. Each fixture is a copy of the bundled policy
// with one change (see README.md).

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHECK = path.join(HERE, "check.mjs");
const FIXTURES = path.join(HERE, "fixtures");

const expectations = {
  "missing-decision-shape.dmn": /DMNDI: decision 'wie-beslist' \("Wie beslist"\) has no DMNShape in diagram 'drd'/,
  "missing-requirement-edge.dmn":
    /DMNDI: informationRequirement 'complexiteit-req-1' of decision 'complexiteit' has no DMNEdge in diagram 'drd'/,
  "unknown-element-text.dmn": /lost on write-back: decision 'werkwijze' > <toelichting>: text "Afgestemd met de griffie op 3 maart\." lost/,
  "extension-element-text.dmn":
    /lost on write-back: decision 'werkwijze' > <extensionElements> > <x:bron>: text "Raadsbesluit 2020-05-28" lost/,
  "xml-comment.dmn": /lost on write-back: definitions: comment <!--TODO: rij 3 nakijken met de griffie--> before decision 'werkwijze' lost/,
};

let failures = 0;
const fail = (msg, output) => {
  failures++;
  console.error(`FAIL ${msg}`);
  if (output) console.error(output.replace(/^/gm, "    "));
};
const run = (...args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHECK, ...args], { cwd: HERE });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });

// all runs at once (each loads the marshaller and jsdom, ~3 s); results are reported in order below
const fixtureRuns = Object.fromEntries(
  Object.keys(expectations).map((f) => {
    const file = path.join(FIXTURES, f);
    return [f, fs.existsSync(file) ? run(file) : Promise.resolve(null)];
  }),
);
const bundledRun = run();

// 1. the bundled policy (found by check.mjs itself) passes
{
  const { status, output } = await bundledRun;
  const checked = output.split("\n").filter((l) => l.includes(": round trip lossless")).length;
  if (status !== 0) fail(`bundled DMN files: expected exit 0, got ${status}`, output);
  else if (!/participatiebeleid\.dmn: round trip lossless/.test(output)) fail("bundled DMN files: participatiebeleid.dmn not checked", output);
  else console.log(`ok   bundled DMN files pass (${checked} file(s))\n${output.trimEnd().replace(/^/gm, "     ")}`);
}

// 2. every fixture fails, with exactly the one problem it was made for
const present = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".dmn")).sort();
for (const f of present) if (!(f in expectations)) fail(`fixtures/${f} has no expectation in test.mjs`);
for (const [fixture, expected] of Object.entries(expectations)) {
  const result = await fixtureRuns[fixture];
  if (!result) {
    fail(`fixtures/${fixture} is missing`);
    continue;
  }
  const { status, output } = result;
  if (status !== 1) fail(`fixtures/${fixture}: expected exit 1, got ${status}`, output);
  else if (!expected.test(output)) fail(`fixtures/${fixture}: output does not match ${expected}`, output);
  else if (!/FAILED, 1 problem\(s\)/.test(output)) fail(`fixtures/${fixture}: expected exactly one problem`, output);
  else console.log(`ok   fixtures/${fixture} fails: ${output.match(expected)[0]}`);
}

if (failures > 0) {
  console.error(`dmn-editor-check tests: ${failures} failure(s)`);
  process.exit(1);
}
console.log("dmn-editor-check tests: all passed");
