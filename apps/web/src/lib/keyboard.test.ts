import { describe, expect, it } from 'vitest';
import { isTyping, keyAction, stepIndex, type KeyInput } from './keyboard';

const press = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: 'BODY' } as unknown as EventTarget,
  ...extra,
});

describe('keyAction', () => {
  it('maps j, k and / to next, previous and search', () => {
    expect(keyAction(press('j'))).toBe('next');
    expect(keyAction(press('k'))).toBe('previous');
    expect(keyAction(press('/'))).toBe('search');
    expect(keyAction(press('x'))).toBeNull();
    expect(keyAction(press('J'))).toBeNull();
  });

  it('ignores keys typed into fields, with modifiers, or already handled', () => {
    expect(keyAction(press('j', { target: { tagName: 'INPUT' } as unknown as EventTarget }))).toBeNull();
    expect(keyAction(press('/', { target: { tagName: 'textarea' } as unknown as EventTarget }))).toBeNull();
    expect(keyAction(press('j', { target: { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget }))).toBeNull();
    expect(keyAction(press('j', { ctrlKey: true }))).toBeNull();
    expect(keyAction(press('k', { metaKey: true }))).toBeNull();
    expect(keyAction(press('j', { isComposing: true }))).toBeNull();
    expect(keyAction(press('j', { defaultPrevented: true }))).toBeNull();
  });
});

describe('isTyping', () => {
  it('is true only for text-taking elements', () => {
    expect(isTyping(null)).toBe(false);
    expect(isTyping({ tagName: 'A' } as unknown as EventTarget)).toBe(false);
    expect(isTyping({ tagName: 'SELECT' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'INPUT', type: 'search' } as unknown as EventTarget)).toBe(true);
  });

  it('is false for a checkbox or a button, which take no text', () => {
    expect(isTyping({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTyping({ tagName: 'INPUT', type: 'submit' } as unknown as EventTarget)).toBe(false);
  });
});

describe('stepIndex', () => {
  it('starts at the first item going down and the last going up', () => {
    expect(stepIndex(-1, 3, 'next')).toBe(0);
    expect(stepIndex(-1, 3, 'previous')).toBe(2);
  });

  it('moves by one and stops at the ends', () => {
    expect(stepIndex(0, 3, 'next')).toBe(1);
    expect(stepIndex(2, 3, 'next')).toBe(2);
    expect(stepIndex(0, 3, 'previous')).toBe(0);
    expect(stepIndex(-1, 0, 'next')).toBe(-1);
  });
});
