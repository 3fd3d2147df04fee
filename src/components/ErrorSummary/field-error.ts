/**
 * One problem with one field, in the person's language: what the error summary lists and the field shows, and what
 * the API answers with (`422 {errors: FieldError[]}`). Imports nothing, so the service worker's outbox can carry it.
 */
export interface FieldError {
  /** The field's `name`, as DESIGN.md's contract spells it. */
  field: string;
  message: string;
}
