import { adminLanguage } from './admin-language';

/**
 * English that @strapi/design-system 2.2.4 writes itself, with no translation id, where Strapi
 * 5.54 passes no label: the DateTimePicker's dateLabel/timeLabel defaults ("Choose date", "Choose
 * time", also the calendar's own label) and Modal.Header's closeLabel default ("Close modal", the
 * media library's dialogs).
 */
const HARD_CODED: Record<string, string> = {
  'Choose date': '选择日期',
  'Choose time': '选择时间',
  'Close modal': '关闭',
};

/**
 * The DateTimePicker's clear buttons: it appends " date" / " time" to the clear label it is given
 * (Strapi's translated `clearLabel`, 清除) or to its own default "clear".
 */
const CLEAR_LABEL = /^(清除|clear) (date|time)$/;

/** The attributes that carry those labels: screen-reader names and tooltips. */
const LABEL_ATTRIBUTES = ['aria-label', 'title'];

/** The Chinese for a label the design system hard-codes in English, or undefined for any other text. */
export function chineseLabel(text: string): string | undefined {
  const clear = CLEAR_LABEL.exec(text);
  if (clear) return clear[2] === 'date' ? '清除日期' : '清除时间';
  return HARD_CODED[text];
}

/** Replaces the hard-coded English labels in `node` and everything below it. */
function relabel(node: Node): void {
  if (node instanceof Text) {
    const chinese = chineseLabel(node.data);
    if (chinese) node.data = chinese;
    return;
  }
  if (!(node instanceof Element)) return;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let current: Node | null = node; current; current = walker.nextNode()) {
    if (current instanceof Text) {
      const chinese = chineseLabel(current.data);
      if (chinese) current.data = chinese;
    } else if (current instanceof Element) {
      for (const name of LABEL_ATTRIBUTES) {
        const chinese = chineseLabel(current.getAttribute(name) ?? '');
        if (chinese) current.setAttribute(name, chinese);
      }
    }
  }
}

/**
 * Keeps those labels Chinese in a Chinese admin as the design system renders them (pickers,
 * dialogs and tooltips come and go). No translation can reach them, and patching two bundled
 * copies of the design system would break silently on the next upgrade; an unknown label is left
 * as it is, so a Strapi that starts passing its own label is not affected.
 */
export function translateHardCodedLabels(): void {
  if (typeof window === 'undefined' || typeof MutationObserver === 'undefined') return;
  const observer = new MutationObserver((mutations) => {
    if (adminLanguage() !== 'zh-Hans') return;
    for (const mutation of mutations) {
      if (mutation.type === 'childList') mutation.addedNodes.forEach(relabel);
      else relabel(mutation.target);
    }
  });
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: LABEL_ATTRIBUTES,
  });
  if (adminLanguage() === 'zh-Hans') relabel(document.body);
}
