export const zhHansUpdateWords = {
  label: '新版本',
  text: '有新版本可用。',
  button: '重新加载，使用新版本',
  announce: '有新版本可用，可以重新加载页面使用新版本。',
};

export type UpdateWords = typeof zhHansUpdateWords;
