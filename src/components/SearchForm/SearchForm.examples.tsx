import type { Example } from '../test-examples.ts';
import { SearchForm } from './SearchForm.tsx';

/** On the search page, with what was searched for. */
export const withQuery: Example = { url: '/search/?q=乘车', element: <SearchForm query="乘车" /> };

/** On an English home page, empty. */
export const englishHome: Example = { url: '/en/', element: <SearchForm id="home-search" /> };
