// Where a page's social card lives, and its size: shared by the card route and the route
// middleware that links it (which must not load the renderer).
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The card's path under og/ for a docs entry id ('' and 'index' are the home page, 'en' its English one). */
export const cardPath = (id: string) => `${id.replace(/\/?index$/, '') || 'index'}.png`;
