/**
 * The stance a report takes on fiscal or monetary policy, in its fixed
 * formula: `积极的财政政策`, `稳健的货币政策`, `适度宽松的货币政策`,
 * `从紧的货币政策`. Of all the Government Work Reports' sentences these are
 * the ones read first, and a change of stance shares one word with the old
 * stance at most (`稳健的货币政策要灵活适度、精准有效` / `实施适度宽松的货币
 * 政策`, 2024 → 2025), so word overlap alone leaves them dropped and new.
 * The adjectives are the ones the 1997–2025 reports use; an adjective in
 * another place (`宽松货币政策` of other economies, `货币政策工具`) is no stance;
 * one adjective may hold for both (`稳健的财政政策和货币政策`, gov 2007).
 */
const STANCE = /(?:积极|稳健|从紧|宽松|中性)的(财政|货币)政策(?:和(财政|货币)政策)?(?!工具|空间|传导)/gu;

/** The policies (`财政`, `货币`) whose stance the text states, in one string (`财政货币`), '' for none. */
export function policyStances(text: string): string {
  if (!text.includes('政策')) return '';
  let out = '';
  for (const m of text.matchAll(STANCE)) {
    for (const policy of [m[1], m[2]]) if (policy && !out.includes(policy)) out += policy;
  }
  return out;
}

/** Whether two texts' stances (`policyStances`) name a policy in common. */
export function shareStance(a: string, b: string): boolean {
  return (a.includes('财政') && b.includes('财政')) || (a.includes('货币') && b.includes('货币'));
}

/** Whether two units' texts both state a stance on one policy: the formula they share is the evidence, whatever else they share. */
export function statesOneStance(oldText: string, newText: string): boolean {
  return shareStance(policyStances(oldText), policyStances(newText));
}

/**
 * The policies (`财政`, `货币`) the text speaks of as such, stance or not
 * (`货币政策要保持松紧适度`, `在财政政策运用上`), in one string: not as the
 * name of its tools, room or channel (`货币政策工具`, `财政政策空间`,
 * `货币政策传导`), nor with an adjective outside the formula (`推行宽松货币政策`,
 * other economies').
 */
export function policiesSpokenOf(text: string): string {
  if (!text.includes('政策')) return '';
  let out = text.includes('财政货币政策') ? '财政货币' : '';
  for (const m of text.matchAll(SPOKEN)) if (!out.includes(m[2])) out += m[2];
  return out;
}
const SPOKEN = /(^|[^松紧性])(财政|货币)政策(?!工具|空间|传导)/gu;
