/** The advice card's heading: focus goes there when a new answer arrives (kept apart from the card's code, which loads later). */
export const ADVICE_HEADING_ID = 'lw-advice-heading';
