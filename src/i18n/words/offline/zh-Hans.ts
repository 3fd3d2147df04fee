export const zhHansOfflineWords = {
  title: '没有网络连接',
  intro: '这部手机现在没有联网，这个页面还没有保存在手机上。',
  available: '下面这些页面已经保存在手机上，没有网络也能看：',
  later: '联网后再打开这个页面就可以了。',
};

export type OfflineWords = typeof zhHansOfflineWords;
