import { describe, expect, it } from 'vitest';
import { centreParameters } from '../../src/domain/parameters';
import { registryUnit, registryUnitText } from '../../src/ui/i18n/registryUnit';

describe('registry units in the UI language', () => {
  it('every unit of the centre parameter registry has a Chinese name (enumerations of schema values stay as they are)', () => {
    const missing = centreParameters.filter((p) => registryUnit(p.unit, 'zh-CN').marked).map((p) => `${p.path}: ${p.unit}`);
    expect(missing).toEqual([]);
    expect(registryUnit('working days', 'zh-CN').text).toBe('工作日');
    expect(registryUnit('absent|reception', 'zh-CN')).toEqual({ text: 'absent|reception', marked: false });
  });

  it('English stays English; an unknown unit in Chinese is shown in English, marked', () => {
    expect(registryUnit('share 0–1', 'en')).toEqual({ text: 'share 0–1', marked: false });
    expect(registryUnitText('furlongs', 'zh-CN', '【英文】')).toBe('【英文】furlongs');
  });
});
