/**
 * Letters and files posted or collected (`deliveries`, migration 008): staff record "posted on" with the carrier's
 * tracking number, or "collected on"; the applicant sees each in the request's history (`RequestStatus.deliveries`).
 * Read by server/requests/repository.ts (`requestDeliveries`), with the request's status.
 */
import type { Queryable } from '../db/database.ts';
import type { Delivery } from '../requests/repository.ts';

export const deliveryMethods = ['post', 'collection'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

/** One delivery: `on` a China date (YYYY-MM-DD); `trackingNumber` for a posted letter sent with one. */
export type { Delivery };

/** Most characters a tracking number may have: carriers' run to about 20. */
export const MAX_TRACKING_NUMBER = 40;

export async function insertDelivery(tx: Queryable, requestId: number, delivery: Delivery, recordedAt: Date): Promise<void> {
  await tx.query('INSERT INTO deliveries (request_id, method, delivered_on, tracking_number, recorded_at) VALUES ($1, $2, $3, $4, $5)', [
    requestId,
    delivery.method,
    delivery.on,
    delivery.trackingNumber ?? null,
    recordedAt.toISOString(),
  ]);
}
