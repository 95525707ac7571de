import { describe, expect, it } from 'vitest';
import { chineseLabel } from './design-system-labels';

describe("the design system's hard-coded English labels", () => {
  it('gives the date and time pickers and the dialogs’ close button Chinese labels', () => {
    expect(chineseLabel('Choose date')).toBe('选择日期');
    expect(chineseLabel('Choose time')).toBe('选择时间');
    expect(chineseLabel('Close modal')).toBe('关闭');
  });

  it("completes the clear buttons' translated label the picker appends English to", () => {
    expect(chineseLabel('清除 date')).toBe('清除日期');
    expect(chineseLabel('清除 time')).toBe('清除时间');
    expect(chineseLabel('clear date')).toBe('清除日期');
  });

  it('leaves every other text alone', () => {
    expect(chineseLabel('Close')).toBeUndefined();
    expect(chineseLabel('Choose date of birth')).toBeUndefined();
    expect(chineseLabel('定时发布时间')).toBeUndefined();
  });
});
