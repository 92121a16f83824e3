import { nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type StyleProperties = Readonly<Record<string, string>>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through the
 * `style` attribute: Lit's `styleMap` writes the attribute on its first render (lit/lit#4719),
 * which a Content-Security-Policy without `'unsafe-inline'` in `style-src` blocks, while CSSOM
 * writes are allowed. Names are CSS names (`top`, `--_x`); a name left out is removed.
 */
class StylePropsDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() belongs on an element: <div ${styleProps({...})}>');
  }

  render(_properties: StyleProperties) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.names = new Set(Object.keys(properties));
    return nothing;
  }
}

/** Use on the element itself: `<div ${styleProps({ top: '10%' })}>`. */
export const styleProps = directive(StylePropsDirective);
