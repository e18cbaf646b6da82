/**
 * The slice of a long list to draw so the selected row stays in view: only
 * these rows are rendered, which keeps a 1,000-change list as fast as a
 * 10-change one. The selection sits a third of the way down when it can.
 */
export function visibleWindow(total: number, selected: number, capacity: number): { start: number; end: number } {
  if (capacity <= 0 || total === 0) return { start: 0, end: 0 };
  if (total <= capacity) return { start: 0, end: total };
  const start = Math.max(0, Math.min(total - capacity, selected - Math.floor(capacity / 3)));
  return { start, end: start + capacity };
}
