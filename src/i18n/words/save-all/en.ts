import type { SaveAllWords } from './zh-Hans.ts';

export const enSaveAllWords: SaveAllWords = {
  heading: 'Read offline',
  text: 'The service guides, the home page and the request form were saved on this phone when you first opened them. To read every page without a connection, you can save them all at once.',
  button: 'Save all pages',
  saving: 'Saving',
  progress: (done: number, total: number) => `${done} of ${total}`,
  done: (total: number) => `All ${total} pages are saved. You can read them without a connection.`,
  partial: (failed: number) =>
    `${failed} ${failed === 1 ? 'page was' : 'pages were'} not saved. Press the button again when you are online.`,
  storage: (size: string) => `This app uses about ${size} on your phone.`,
  saveData: (size?: string) =>
    `Your phone is set to save data, so only the pages you open are kept. ${size ? `Saving all pages downloads about ${size}` : 'Saving all pages uses some data'}. Nothing is downloaded until you press the button.`,
  unsupported: 'This browser cannot save pages to read offline.',
};
