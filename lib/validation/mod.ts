/**
 * Validating a lexicon as methodologists require (Grimmer & Stewart 2013: "validate,
 * validate, validate"): coding sheets of sampled hits and hitless passages, precision with
 * Wilson intervals, Krippendorff's alpha between coders, recall from missed mentions,
 * scores corrected for precision, and the effect of document length on the conclusions.
 *
 * @module
 */
export * from "./wilson.ts";
export * from "./krippendorff.ts";
export * from "./kwic_sample.ts";
export * from "./sheets.ts";
export * from "./new_files.ts";
export * from "./precision.ts";
export * from "./missed.ts";
export * from "./corrected.ts";
export * from "./length.ts";
export * from "./worked_example.ts";
