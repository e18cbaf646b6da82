import { LEADING_MARKER } from './rules.js';

/** The text without its leading outline/enumeration marker (`（三）`, `二是`, `3.`, `首先，`). */
export function stripEnumMarker(text: string): string {
  return text.replace(LEADING_MARKER, '');
}
