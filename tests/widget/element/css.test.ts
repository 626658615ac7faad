// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adoptStyles, css } from '../../../widget/element/css';

const shadowRoot = () => document.createElement('div').attachShadow({ mode: 'open' });

describe('css and adoptStyles', () => {
  it('joins a style with the styles and numbers it holds, escapes as written', () => {
    const inner = css`
      a {
        color: red;
      }
    `;
    const outer = css`
      ${inner} p {
        margin: ${4}px;
        content: '\2192';
      }
    `;
    // Prettier lays the templates out; what counts is what stands between the spaces.
    expect(outer.split(/\s+/).filter(Boolean)).toEqual([
      'a',
      '{',
      'color:',
      'red;',
      '}',
      'p',
      '{',
      'margin:',
      '4px;',
      'content:',
      "'\\2192';",
      '}',
    ]);
  });

  it("gives a root one sheet per style, in order, replacing the root's earlier sheets", () => {
    const root = shadowRoot();
    adoptStyles(root, [
      css`
        p {
          color: red;
        }
      `,
    ]);
    adoptStyles(root, [
      css`
        :host {
          display: block;
        }
      `,
      css`
        p {
          margin: 0;
        }
      `,
    ]);
    expect(root.adoptedStyleSheets.map((sheet) => sheet.cssRules[0]!.cssText)).toEqual([':host { display: block; }', 'p { margin: 0px; }']);
  });

  it('shares the sheet of one style between the roots that adopt it', () => {
    const style = css`
      p {
        color: red;
      }
    `;
    const first = shadowRoot();
    const second = shadowRoot();
    adoptStyles(first, [style]);
    adoptStyles(second, [style]);
    expect(second.adoptedStyleSheets[0]).toBe(first.adoptedStyleSheets[0]);
  });
});
