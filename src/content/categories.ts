/** The disclosure catalogue's categories, in the order the catalogue shows them. */
export const disclosureCategories = [
  'organisation',
  'policy',
  'plans',
  'budget',
  'reports',
  'suggestions',
  'services',
] as const;

export type DisclosureCategory = (typeof disclosureCategories)[number];
