import { isInitiative } from '../structure/initiative.js';
import { LIST_ANNOUNCEMENT } from '../structure/rules.js';

/**
 * Whether a unit is a phrase that opens its sentence and frames what
 * follows, its clause being the next unit: `面对复杂多变的国际形势，`,
 * `经过艰苦努力，`, `在肯定成绩的同时，`, or announces it: `实践证明，`,
 * `我们也清醒地看到，`, `归结起来就是，`. Claimed new or dropped, such a
 * phrase names no initiative: of the claims judged in bench/audits, 2 of the
 * 29 this marks held and 20 were trivial; on four pairs whose claims no
 * audit had read, 4 of 25 held, against 31 of 55 others
 * (bench/audits/blind-framing.judged.json, on which this test was also read);
 * and on four pairs two years apart, judged blind after it was written,
 * 8 of 37 held (16 trivial), against 23 of 40 others
 * (bench/audits/blind-framing-fresh.judged.json).
 *
 * Short (at most `MAX` characters), one phrase ending on a comma, and
 * opening on a preposition that only ever heads such a phrase, or on 在
 * with a closing word that makes it one (在…中, 在…的同时, 在…的前提下).
 * Openers that also head whole clauses are left out: 为 (`为企业雪中送炭`),
 * 当前 (`当前国际形势错综复杂`), 这 (`这是高基数上的中高速增长`).
 * Phrases of a look back or ahead (`回顾过去一年，`, `展望今后五年，`), an
 * assessment (`综合考虑各方面因素，`), a time since (`党的十八大以来，`,
 * `第十一届全国人民代表大会第一次会议以来的五年，`, up to `MAX_SINCE`) or the
 * plan, principle or situation a measure follows (`按照高质量发展的要求，`,
 * `根据宏观经济走势的变化，`) frame too: of the 81 such claims over the 30 consecutive
 * gov and cpc pairs, labelled blind with 19 controls, readers called all 35
 * of the first three kinds fragments and 44 of the 46 of the last fragments
 * or rhetoric; the controls, 4 of 19 (bench/audits/blind-framing-openers.judged.json).
 *
 * An announcement is a short subject and a verb of seeing or showing that
 * ends the unit (`ANNOUNCES`), after an optional `同时，`: all six such
 * claims judged in the blind sets and audits were trivial (`这些情况表明，`,
 * `同时，我们清醒认识到，`, `事实充分说明，`). A clause led by a measure is
 * not one (`清理群众和企业办事的各类证明，`). So is a clause that announces
 * the list after it (`LIST_ANNOUNCEMENT`: `今年要重点抓好八个方面工作：`).
 */
export function isFramingPhrase(text: string): boolean {
  if (ANNOUNCES.test(text)) return !isInitiative(text);
  if (LIST_ANNOUNCEMENT.test(text)) return true;
  // One phrase: no comma before the one that ends it (`面对困难，基本民生的底线要坚决兜牢，` holds a clause).
  if (text.indexOf('，') !== text.length - 1) return false;
  // A time since may name a long event (`第十一届全国人民代表大会第一次会议以来的五年，`).
  if (SINCE.test(text)) return text.length <= MAX_SINCE;
  if (text.length > MAX) return false;
  return OPENER.test(text) || LOCATIVE.test(text) || BASIS.test(text);
}

const MAX = 20;
const ANNOUNCES = /^(?:(?:同时|但是|然而|当然)，)?[^，：]{0,12}?(?:认识到|看到|体会到|证明|表明|说明|指出|归结起来(?:就是)?|就是)[，：]$/;
const OPENER = /^(?:面对|经过|为了|由于|对于|针对|随着|无论|回顾|回首|展望|综合(?:分析|考虑|判断|研判))/;
const LOCATIVE = /^在.*(?:中|上|下|时|方面|基础上|同时|过程中|条件下|前提下|情况下)，$/;
const SINCE = /^.+以来(?:的[一二三四五六七八九十几]+年)?，$/;
const MAX_SINCE = 30;
/** The plan or principle a measure follows, or the situation it answers, named in a phrase of its own. */
const BASIS = /^(?:根据|按照|依照|遵照|依据).*(?:要求|原则|方针|精神|部署|规定|决定|方案|思路|情况|形势|变化)，$/;
