/**
 * Outline and enumeration markers at the start of a unit: `一、` `（三）` `3.`
 * `（2）` `一是` `第一，` `首先，`. Renumbering a section (（三）→（五）) or an item
 * (二是→三是) is not a change of content, so comparison keys drop them.
 */
const LEADING_MARKER =
  /^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、](?!\d)|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|(?:首先|其次|再次|最后)[，,])/u;

/** The text without its leading outline/enumeration marker. */
export function stripEnumMarker(text: string): string {
  return text.replace(LEADING_MARKER, '');
}
