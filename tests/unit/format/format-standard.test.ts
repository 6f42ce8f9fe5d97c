import { describe, expect, it } from 'vitest';
import { formatStandard } from '../../../src/lib/format/format-number';
import { RESOURCE_STANDARDS } from '../../../src/lib/standard/thresholds';
import { getIndicator } from '../../../src/lib/standard/indicators';

describe('formatStandard', () => {
  it('writes constants as the official text does: no trailing zeros, separators', () => {
    expect([1, 0.9, 4.2, 2000, 2500, 10.2].map(formatStandard)).toEqual(['1', '0.9', '4.2', '2,000', '2,500', '10.2']);
  });
  it('matches how the indicator definitions write each R standard, so pages agree', () => {
    for (const [id, s] of Object.entries(RESOURCE_STANDARDS)) {
      const text = getIndicator(id as 'R1').standard.replace(/,/g, '');
      expect(text, id).toContain(`不低于 ${formatStandard(s.primary).replace(/,/g, '')}`);
    }
  });
});
