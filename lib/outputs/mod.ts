/**
 * Writing outputs: tables, figures and other files, atomically, to the directory the
 * current run writes to.
 *
 * @module
 */
export * from "./write_output.ts";
export * from "./display_table.ts";
export * from "./table_parquet.ts";
