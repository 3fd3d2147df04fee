/** The words of a reply's files and deliveries on "我的申请" (ReplyExtras.tsx): only in that chunk, never on the form. */
export const zhHansExtras = {
  files: '提供的信息',
  /** The link to a file: its name, kind and size, "2017 年部门预算说明（PDF，1.2 MB）". */
  fileLink: (name: string, kind: string, size: string) => `${name}（${kind}，${size}）`,
  bytes: '字节',
  post: (on: string, tracking?: string) => `${on} 寄出${tracking ? `，邮件号码 ${tracking}` : ''}`,
  collection: (on: string) => `${on} 领取`,
};

export type ExtrasWords = typeof zhHansExtras;
