import { describe, expect, it } from 'vitest';
import { isDefaultSite } from '../../lib/sites/default-sites';

describe('isDefaultSite', () => {
  it.each([
    ['www.gov.cn', true],
    ['gov.cn', true],
    ['www.samr.gov.cn', true],
    ['a.b.c.miit.gov.cn', true],
    ['WWW.GOV.CN.', true],
    ['www.info.gov.hk', true],
    ['example.com', false],
    ['gov.cn.example.com', false],
    ['notgov.cn', false],
  ])('%s → %s', (host, expected) => {
    expect(isDefaultSite(host)).toBe(expected);
  });
});
