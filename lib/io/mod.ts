/**
 * Reading and writing the project's inputs and outputs: strict UTF-8 text, CSV with line
 * numbers, zod-validated tables, and errors that name file, line and field.
 *
 * @module
 */
export * from "./input_error.ts";
export * from "./csv.ts";
export * from "./round.ts";
export * from "./table.ts";
export * from "./read_text.ts";
export * from "./sha256.ts";
export * from "./sorted_json.ts";
export * from "./spreadsheet_safe.ts";
export * from "./user_path.ts";
export * from "./seeded_random.ts";
export * from "./outputs_dir.ts";
export * from "./exists.ts";
export * from "./command_line.ts";
