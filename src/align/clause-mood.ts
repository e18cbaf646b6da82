/**
 * Whether a clause states a shortcoming, or a remedy: a task or a gain. A
 * report's review ends on its problems (`自主创新能力不强`, `财经纪律松弛`),
 * its plan sets tasks on the same things (`提高自主创新能力`, `严肃财经纪律`)
 * and its achievements report gains in them (`创新能力进一步增强`): the two
 * share every word that names the subject, yet one judges the situation
 * and the other is a policy on it or its opposite, which readers judge
 * different items.
 */

/**
 * A shortcoming: the clause ends on a judgement of something lacking or
 * going wrong. Only predicates that close a clause: `突出` or `困难` inside
 * it (`放在突出位置`, `帮助解决困难`) say nothing of its mood.
 */
const SHORTCOMING =
  /(?:不强|不高|不足|不够|不到位|不协调|不平衡|不可持续|不充分|不完善|不健全|不合理|不规范|不畅|不稳固|偏大|偏多|偏高|偏低|偏弱|过快|过多|过大|过高|过低|较大|较多|较弱|较低|较重|突出|严重|严峻|艰巨|繁重|增多|抬头|低下|困难|难度加大|难度增加|压力加大|压力增大|有待[\u4e00-\u9fff]{0,4}|亟待[\u4e00-\u9fff]{0,4}|亟需[\u4e00-\u9fff]{0,4}|需要(?:进一步)?(?:加强|改进|提高|完善)|过剩|仍然存在|依然存在|屡禁不止|还没有[\u4e00-\u9fff]{0,6}|尚未[\u4e00-\u9fff]{0,6}|受阻|堵点|下滑|减缓|乏力|短缺|居高难下|松弛|频发|多发|频繁发生|接连发生|薄弱|滞后)[，。；！：]?$/;

/**
 * A task: the clause opens (after an item marker and an adverb of resolve) on
 * a verb of doing. Not 发展 or 改革, which open a subject as often as a task
 * (`发展不平衡、不协调、不可持续`).
 */
const TASK =
  /^(?:[一二三四五六七八九十][是要]|（[一二三四五六七八九十]+）|\d+\.|——)?(?:特别是|尤其是)?(?:要|必须|今年|继续|进一步|坚决|切实|着力|大力|积极|努力|全面|加快|深入|认真|更加|持续|不断|坚定不移地?|抓紧|稳步|有效|力争|尽快)*(?:提高|提升|增强|促进|加强|推进|推动|抑制|控制|防范|化解|解决|克服|力戒|反对|消除|破除|遏制|妥善|优化|规范|整顿|完善|深化|保持|减轻|严肃|严禁|淘汰|建立|健全|加大|扩大|实施|落实|坚持|支持|鼓励|引导|维护|保障|做好|抓好|搞好|改善|实现|确保|稳定|调整|降低|减少|缩小|扭转|防止|杜绝|纠正|整治|治理|打击|应对|处理|缓解|帮助|增加|加快|预防|做大做强|巩固|夯实|补齐|强化)/;

/** A gain: the clause ends on a judgement of something improved or advanced. */
const GAIN =
  /(?:(?:进一步|明显|显著|不断|持续|大幅|日益|逐步|更加)(?:增强|提高|提升|改善|加快|完善|深化|扩大|优化|巩固)|取得(?:重要|重大|明显|积极|显著|新的|新|阶段性)?(?:成效|进展|成就|突破|成果)|成效(?:明显|显著)|(?:基本|初步)(?:建立|形成|建成)|顺利(?:实施|完成))[，。；！：]?$/;

/** 0: neither, or both (`保持粮食增产和农民增收的难度增加` opens on a task verb too); 1: a shortcoming; 2: a task or a gain. */
export type ClauseMood = 0 | 1 | 2;

export function clauseMood(text: string): ClauseMood {
  const t = text.trim();
  // The end patterns are tried from every position of what they are given, and none matches more than the last 10 characters.
  const end = t.length > END_CHARS ? t.slice(t.length - END_CHARS) : t;
  const shortcoming = SHORTCOMING.test(end);
  if (shortcoming === (TASK.test(t) || GAIN.test(end))) return 0;
  return shortcoming ? 1 : 2;
}

const END_CHARS = 12;

/** A shortcoming and a task or gain: never the same item, however many words they share. */
export const moodsClash = (a: number, b: number): boolean => (a | b) === 3;
