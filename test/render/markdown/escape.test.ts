import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/render/markdown/escape.js';

describe('escapeMarkdown', () => {
  it('leaves ordinary report text alone', () => {
    expect(escapeMarkdown('国内生产总值达到134.9万亿元、增长5%')).toBe('国内生产总值达到134.9万亿元、增长5%');
    expect(escapeMarkdown('制定《中华人民共和国民营经济促进法》')).toBe('制定《中华人民共和国民营经济促进法》');
  });

  it('turns HTML into entities so it cannot close an <ins> tag', () => {
    expect(escapeMarkdown('a</ins><script>&')).toBe('a&lt;/ins&gt;&lt;script&gt;&amp;');
  });

  it('backslash-escapes Markdown punctuation, table pipes and $ (maths on GitHub)', () => {
    expect(escapeMarkdown('*R&D* _x_ [a](b) | $5 `c` \\')).toBe('\\*R&amp;D\\* \\_x\\_ \\[a\\](b) \\| \\$5 \\`c\\` \\\\');
  });

  it('joins lines so a quote cannot start a new Markdown block', () => {
    expect(escapeMarkdown('坚持稳中求进\n# 标题')).toBe('坚持稳中求进 \\# 标题');
  });
});
