import { KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/**
 * Mouse (after 5 px, so clicks still open cards), touch (after a long press, so a finger that
 * moves at once scrolls the board instead), and keyboard: Space picks up and drops, arrows
 * move, Escape cancels. Enter is left to open the card, not to start a drag.
 *
 * Mouse and touch sensors, not the pointer sensor: the pointer sensor also takes touch
 * pointers, and the browser cancels those as soon as it starts to pan, so a touch drag died
 * half-way. The touch sensor holds the gesture once the long press has made it a drag.
 */
export function useBoardSensors() {
  return useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );
}
