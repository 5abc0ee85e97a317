import { cell, codeSpan, joinCells, textCell, type Cell } from "../../codegen/markdown.js";

const DEPRECATION_NOTE =
  ": warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.\n\n";

/**
 * The cells a row of a fields or parameters table shares with the seed's `Fields` table: the name
 * in backticks (struck through when deprecated), the required mark, the description after the
 * deprecation note.
 */
export function nameCell(name: string, deprecated: boolean): Cell {
  const span = codeSpan(name);
  return textCell(deprecated ? `~~${span}~~` : span);
}

/** `:heavy_check_mark:` for a value that must be given: required and without a default to fall back on. */
export function requiredCell(mustBeGiven: boolean): Cell {
  return cell(mustBeGiven ? ":heavy_check_mark:" : ":heavy_minus_sign:");
}

export function descriptionCell(description: string, deprecated: boolean): Cell {
  const text = textCell(description);
  if (!deprecated) return text;
  return joinCells(cell(DEPRECATION_NOTE), text);
}
