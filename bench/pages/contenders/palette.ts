/** The kit's light palette (`--credit-series-1…12`), so every contender draws in the same colours. */
export const PALETTE = [
  '#1a5fb4', '#c45a00', '#137a63', '#7a4fc2', '#b8336a', '#7a6400',
  '#0b7285', '#a33b2c', '#4d5f73', '#8e3fa8', '#2f7a1f', '#6e5241',
];
