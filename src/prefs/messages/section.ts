/**
 * The text of the display settings section on /accessibility/ that is rendered into the page, so it reads
 * without JavaScript. Apart from src/i18n/zh-Hans.ts so that other pages do not download it (the 20 KB budget).
 */
export const sectionMessages = {
  open: '更改显示设置',
  system: '也可以在手机的系统设置里调大字体，或打开深色模式：本网站会跟着变。',
};

export function useSectionMessages() {
  return sectionMessages;
}
