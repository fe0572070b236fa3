import type { MessageData } from './finding';

const PLACEHOLDER = /\{(\w+)\}/gu;

/** The {placeholders} a template needs. */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Fills a zh-CN template. A missing value shows as its placeholder, never as "undefined". */
export function renderTemplate(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
}
