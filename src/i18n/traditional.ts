import { Converter } from 'opencc-js';

/**
 * Build time only: simplified Chinese → traditional Chinese (Taiwan standard characters). Traditional pages are
 * generated from the simplified text, never converted in the browser, and never written by hand.
 */
export const toTraditional: (text: string) => string = Converter({ from: 'cn', to: 'tw' });
