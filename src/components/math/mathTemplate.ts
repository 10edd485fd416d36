/**
 * A decimal literal, as fixed4() and the learning rates write them: with a dot, or with the decimal
 * comma of a Spanish page (the typesetter reads "1,5655" as one number, as it reads "1.5655").
 */
const DECIMAL = /\d+[.,]\d+/g;
/** What every decimal becomes in a formula's shape; any decimal typesets as one <mn> like it. */
const SLOT = '0.0000';
const TYPESET_SLOT = `<mn>${SLOT}</mn>`;
/** A slot in the kept markup, marked so the page can find it and write its number. */
const SLOT_MARKUP = `<mn data-slot="">${SLOT}</mn>`;
/** Shapes kept; the derivations have a few dozen at most, so this only bounds a pathological case. */
const MAX_SHAPES = 256;

/** A typeset formula: its shape's markup, and the numbers that go in the shape's slots, in order. */
export interface Typeset {
  readonly markup: string;
  readonly values: readonly string[];
}

/**
 * A typesetter that typesets each formula's shape once. The live formulas change only their
 * numbers from one step to the next, so the shape (every decimal replaced by a slot) is typeset
 * the first time; after that a Step gets the same markup and new numbers for its slots, which
 * the page writes into the slots' text (MathBlock), instead of parsing, typesetting and laying out
 * a new formula (about 2 ms of a 4 ms budget). Signs stay in the shape, since "−" typesets as an
 * operator of its own. Where the slots cannot be matched one to one, the formula is typeset
 * whole, with no slots, as before.
 */
export function byShape(render: (tex: string) => string): (tex: string) => Typeset {
  const shapes = new Map<string, string | null>();
  return (tex) => {
    const values = tex.match(DECIMAL);
    if (!values) return { markup: render(tex), values: [] };
    const shape = tex.replace(DECIMAL, SLOT);
    let markup = shapes.get(shape);
    if (markup === undefined) {
      const parts = render(shape).split(TYPESET_SLOT);
      markup = parts.length === values.length + 1 ? parts.join(SLOT_MARKUP) : null;
      if (shapes.size >= MAX_SHAPES) shapes.clear();
      shapes.set(shape, markup);
    }
    return markup === null ? { markup: render(tex), values: [] } : { markup, values };
  };
}

/** The markup with its numbers in place: what typesetting the whole formula writes. */
export function filled({ markup, values }: Typeset): string {
  const parts = markup.split(SLOT_MARKUP);
  return parts.reduce((out, part, i) => out + (i === 0 ? '' : `<mn>${values[i - 1]}</mn>`) + part, '');
}

/** Writes the numbers into the slots of markup already in the page (the text of each slot). */
export function fillSlots(root: ParentNode, values: readonly string[]): void {
  const slots = root.querySelectorAll('mn[data-slot]');
  values.forEach((value, i) => {
    const slot = slots[i];
    if (!slot || slot.textContent === value) return;
    // The text node's value, not the slot's textContent: replacing the node would restyle it.
    const text = slot.firstChild;
    if (text?.nodeType === Node.TEXT_NODE && text === slot.lastChild) text.nodeValue = value;
    else slot.textContent = value;
  });
}
