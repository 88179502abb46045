// Colours for communities and entity kinds, shared by the GEXF export and the HTML explorer.

import type { EntityKind } from './model.js';

/** Twelve colours distinguishable on white (a qualitative palette chosen for this project). */
export const COMMUNITY_COLOURS = [
  '#1f6fb2', '#e0702b', '#2f9e44', '#c92a2a', '#7048e8', '#8d5a3b',
  '#d6336c', '#5c677d', '#a8a800', '#0c9aa6', '#f08c00', '#364fc7',
];

export const KIND_COLOURS: Record<EntityKind, string> = {
  Person: '#1f6fb2', Country: '#c92a2a', Organisation: '#2f9e44', Event: '#e0702b', Place: '#7048e8', Office: '#5c677d', Rank: '#8d5a3b',
};

export function colourOfCommunity(community: number): string {
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length];
}
