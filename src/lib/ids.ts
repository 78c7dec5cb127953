import { v7 as uuidv7 } from 'uuid';

/**
 * Client-made, time-ordered ids (UUID v7): records can be created offline on any device
 * and merged later without collisions, and sort roughly by creation time.
 */
export function newId(): string {
  return uuidv7();
}
