/**
 * `fields` as an instance of `Shape` (an empty class) instead of an object
 * literal, for objects made once per comparison and read by hot code.
 *
 * Why: V8 turns an object literal into a boilerplate the second time the
 * literal runs, and widens the type it records for each field on the way.
 * Code optimised during the first pair of a series assumed the narrower
 * types and was dropped at the second pair (the candidate search ran
 * unoptimised through most of it). Fields added to a class instance one by
 * one keep their types as long as their values keep theirs. What this does
 * not prevent: a shape that no object uses any more can be collected by a
 * full collection between two pairs, and the next pair's object then widens
 * its field types once more (seen now and then at the second pair);
 * keeping one object of each shape alive for the process, with every field
 * typed widest from the start, was measured slower (README, Speed).
 *
 * Each kind of object needs its own module-level empty class: instances of
 * one class share a tree of shapes, so two kinds of object on one class
 * could still widen each other's fields.
 */
export function stableShape<T extends object>(Shape: new () => object, fields: T): T {
  // Object.create, not `new Shape()`: every caller passes another class, and
  // a function this small is inlined into each, where a `new` of the class
  // last seen was compiled as a guess and dropped the caller's optimised code
  // whenever the class differed (`wrong call target`; in some runs, the term
  // index at the end of each of a series' later pairs). Object.create is one
  // call target for all, and still gives each class's instances their own
  // tree of shapes.
  return Object.assign(Object.create(Shape.prototype) as object, fields);
}
