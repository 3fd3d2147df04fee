export const zhHansSaveAllWords = {
  heading: '离线阅读',
  text: '办事指南、首页和申请表第一次打开时已经保存在手机上。想在没有网络时看全部页面，可以一次保存下来。',
  button: '保存全部页面',
  saving: '保存进度',
  progress: (done: number, total: number) => `${done} / ${total}`,
  done: (total: number) => `已保存全部 ${total} 个页面，没有网络也能看。`,
  partial: (failed: number) => `有 ${failed} 个页面没有保存成功，联网后再按一次按钮。`,
  storage: (size: string) => `本应用在手机上占用约 ${size}。`,
  saveData: (size?: string) =>
    `你的手机开了省流量模式，所以只保存了你打开过的页面。${size ? `保存全部页面约需下载 ${size}，` : '保存全部页面会用一些流量，'}只在你按下按钮时才下载。`,
  unsupported: '这个浏览器不能保存页面供离线阅读。',
};

export type SaveAllWords = typeof zhHansSaveAllWords;
