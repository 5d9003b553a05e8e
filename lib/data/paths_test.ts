import assert from "node:assert/strict";
import { dataPath, displayPath, inputFile, projectRoot } from "./paths.ts";

Deno.test("projectRoot is the folder holding deno.json", async () => {
  const config = await Deno.readTextFile(new URL("deno.json", projectRoot));
  assert.ok(config.includes('"tasks"'));
});

Deno.test("paths inside the project are shown relative to its root", () => {
  assert.equal(displayPath(dataPath("published/bijlage-g.csv")), "data/published/bijlage-g.csv");
  assert.equal(displayPath(new URL("lib/data/paths.ts", projectRoot)), "lib/data/paths.ts");
});

Deno.test("paths outside the project are shown absolute", () => {
  assert.equal(displayPath("/tmp/other.csv"), "/tmp/other.csv");
});

Deno.test("inputFile uses data/ unless a path is given", () => {
  assert.deepEqual(inputFile("plans.csv").display, "data/plans.csv");
  assert.deepEqual(inputFile("plans.csv", { path: "/tmp/p.csv" }), {
    path: "/tmp/p.csv",
    display: "/tmp/p.csv",
  });
});
