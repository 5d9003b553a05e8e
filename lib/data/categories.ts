/**
 * The closed vocabularies of the study's data: perspectives, regions, size classes, plan
 * scopes and provinces, and which region each province belongs to.
 *
 * @module
 */

/** The four steering perspectives, in the dissertation's order (oldest first). */
export const PERSPECTIVES = ["PA", "NPM", "NPG", "SR"] as const;
/** A perspective code. */
export type Perspective = typeof PERSPECTIVES[number];

/** The four regions of the country as Bijlage G prints them. */
export const REGIONS = ["noord", "oost", "zuid", "west"] as const;
/** A region. */
export type Region = typeof REGIONS[number];

/** The three size classes as Bijlage G prints them (G4, over and under 100,000). */
export const SIZE_CLASSES = ["G4", "100.000+", "100.000-"] as const;
/** A size class. */
export type SizeClass = typeof SIZE_CLASSES[number];

/** What a plan of Bijlage B covers: Wmo only, Wmo and youth care, or all three tasks. */
export const SCOPES = ["wmo", "wmo_jeugd", "integraal"] as const;
/** A plan scope. */
export type Scope = typeof SCOPES[number];

/** Region of each of the twelve provinces, as chapter 6 of the dissertation groups them. */
export const REGION_OF_PROVINCE = {
  "Groningen": "noord",
  "Friesland": "noord",
  "Drenthe": "noord",
  "Overijssel": "oost",
  "Gelderland": "oost",
  "Flevoland": "oost",
  "Zeeland": "zuid",
  "Noord-Brabant": "zuid",
  "Limburg": "zuid",
  "Noord-Holland": "west",
  "Zuid-Holland": "west",
  "Utrecht": "west",
} as const satisfies Record<string, Region>;

/** The twelve provinces. */
export const PROVINCES = Object.keys(REGION_OF_PROVINCE) as [Province, ...Province[]];
/** A province. */
export type Province = keyof typeof REGION_OF_PROVINCE;
