import assert from "node:assert/strict";
import { checkForm, isInflectedForm } from "./form_check.ts";

Deno.test("isInflectedForm: inflections of the study's signal words pass", () => {
  const plausible: [string, string][] = [
    ["taak", "taken"],
    ["taak", "taakje"],
    ["meten", "meet"],
    ["sturen", "stuur"],
    ["regelen", "regel"],
    ["regelen", "regels"],
    ["kaders", "kader"],
    ["diensten", "dienst"],
    ["opdrachten", "opdracht"],
    ["besluiten", "besluit"],
    ["aanvragen", "aanvraag"],
    ["participeren", "participeer"],
    ["resultaat", "resultaten"],
    ["professioneel", "professionele"],
    ["zelfredzaam", "zelfredzame"],
    ["zelfredzaam", "zelfredzaamheid"],
    ["verantwoordelijkheden", "verantwoordelijkheid"],
    ["zekerheid", "zekerheden"],
    ["gemeenschap", "gemeenschappen"],
    ["efficiënt", "efficiente"],
    ["wederkerige", "wederkerig"],
  ];
  for (const [entry, form] of plausible) {
    assert.equal(isInflectedForm(entry, form), true, `${entry}: ${form}`);
  }
});

Deno.test("isInflectedForm: stem collisions are caught", () => {
  const collisions: [string, string][] = [
    ["meten", "met"], // "with"
    ["taak", "takken"], // "branches"
    ["zekerheid", "zeker"], // "surely"
    ["betrokkenheid", "betrokken"], // an adjective, not the noun
    ["verantwoordelijkheden", "verantwoordelijk"],
  ];
  for (const [entry, form] of collisions) {
    assert.equal(isInflectedForm(entry, form), false, `${entry}: ${form}`);
  }
});

Deno.test("checkForm: by mode, word by word", () => {
  assert.equal(checkForm(["meten"], "exact", "met"), undefined);
  assert.equal(checkForm(["eigen", "kracht"], "stem", "eigen krachten"), undefined);
  assert.equal(
    checkForm(["meten", "kracht"], "stem", "met kracht"),
    "not an inflected form (stem collision?)",
  );
  assert.equal(checkForm(["wijkteam*"], "glob", "wijkteams"), undefined);
  assert.equal(checkForm(["*zorgaanbod"], "glob", "jeugdzorgaanbod"), undefined);
  assert.equal(
    checkForm(["zorg*"], "glob", "zorgverzekeraars"),
    "wildcard covers most of the word",
  );
});
